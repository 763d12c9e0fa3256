CREATE TABLE "client_external_ids" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"external_id" text NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "client_external_ids_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "client_external_ids_key" UNIQUE("organization_id","source","external_id")
);
--> statement-breakpoint
CREATE TABLE "client_tags" (
	"organization_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"tag_id" uuid NOT NULL,
	CONSTRAINT "client_tags_organization_id_client_id_tag_id_pk" PRIMARY KEY("organization_id","client_id","tag_id")
);
--> statement-breakpoint
CREATE TABLE "clients" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid,
	"type" text DEFAULT 'individual' NOT NULL,
	"tax_form" text,
	"full_name" text NOT NULL,
	"phone" text,
	"email" text,
	"gender" text,
	"birth_date" date,
	"passport" text,
	"passport_comment" text,
	"reg_address" text,
	"reg_postcode" text,
	"reg_comment" text,
	"inn" text,
	"snils" text,
	"loyalty_card" text,
	"status" text DEFAULT 'active' NOT NULL,
	"tester" boolean DEFAULT false NOT NULL,
	"note" text,
	"source" text NOT NULL,
	"first_login_at" timestamp with time zone,
	"last_visit_at" timestamp with time zone,
	"name_norm" text NOT NULL,
	"phone_digits" text,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "clients_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "leads" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"phone" text NOT NULL,
	"phone_digits" text NOT NULL,
	"source" text DEFAULT 'showcase' NOT NULL,
	"converted_client_id" uuid,
	"converted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "leads_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "premise_links" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"premise_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"role" text NOT NULL,
	"owner_client_id" uuid,
	"ddu_number" text,
	"ddu_date" date,
	"act_number" text,
	"act_date" date,
	"certificate_number" text,
	"certificate_date" date,
	"contract_number" text,
	"contract_date" date,
	"share_numerator" integer,
	"share_denominator" integer,
	"comment" text,
	"online_payment" boolean DEFAULT true NOT NULL,
	"keep_on_sync" boolean DEFAULT false NOT NULL,
	"added_by_kind" text NOT NULL,
	"added_by_staff_id" uuid,
	"added_by_client_id" uuid,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "premise_links_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "premise_links_key" UNIQUE("organization_id","premise_id","client_id")
);
--> statement-breakpoint
CREATE TABLE "registration_request_comments" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"author_staff_id" uuid,
	"author_name" text NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registration_request_comments_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "registration_requests" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" text DEFAULT 'registration' NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"phone" text NOT NULL,
	"full_name" text NOT NULL,
	"address_text" text NOT NULL,
	"object_id" uuid,
	"premise_id" uuid,
	"requested_role" text,
	"account_id" uuid,
	"client_id" uuid,
	"link_id" uuid,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"reject_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registration_requests_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "resident_accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"phone" text NOT NULL,
	"password_hash" text,
	"first_login_at" timestamp with time zone,
	"last_seen_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "resident_accounts_phone_key" UNIQUE("phone")
);
--> statement-breakpoint
ALTER TABLE "change_history" ADD COLUMN "client_id" uuid;--> statement-breakpoint
ALTER TABLE "client_external_ids" ADD CONSTRAINT "client_external_ids_client_fk" FOREIGN KEY ("organization_id","client_id") REFERENCES "public"."clients"("organization_id","id") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "client_tags" ADD CONSTRAINT "client_tags_client_fk" FOREIGN KEY ("organization_id","client_id") REFERENCES "public"."clients"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_tags" ADD CONSTRAINT "client_tags_tag_fk" FOREIGN KEY ("organization_id","tag_id") REFERENCES "public"."tags"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clients" ADD CONSTRAINT "clients_account_id_resident_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."resident_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clients" ADD CONSTRAINT "clients_org_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_org_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "premise_links" ADD CONSTRAINT "premise_links_premise_fk" FOREIGN KEY ("organization_id","premise_id") REFERENCES "public"."premises"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "premise_links" ADD CONSTRAINT "premise_links_client_fk" FOREIGN KEY ("organization_id","client_id") REFERENCES "public"."clients"("organization_id","id") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "premise_links" ADD CONSTRAINT "premise_links_owner_fk" FOREIGN KEY ("organization_id","premise_id","owner_client_id") REFERENCES "public"."premise_links"("organization_id","premise_id","client_id") ON DELETE no action ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "registration_request_comments" ADD CONSTRAINT "registration_request_comments_request_fk" FOREIGN KEY ("organization_id","request_id") REFERENCES "public"."registration_requests"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_requests" ADD CONSTRAINT "registration_requests_account_id_resident_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."resident_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_requests" ADD CONSTRAINT "registration_requests_org_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "client_external_ids_client_idx" ON "client_external_ids" USING btree ("organization_id","client_id");--> statement-breakpoint
CREATE INDEX "client_tags_tag_idx" ON "client_tags" USING btree ("organization_id","tag_id");--> statement-breakpoint
CREATE UNIQUE INDEX "clients_account_key" ON "clients" USING btree ("organization_id","account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "clients_phone_key" ON "clients" USING btree ("organization_id","phone");--> statement-breakpoint
CREATE INDEX "clients_name_sort_idx" ON "clients" USING btree ("organization_id","name_norm" collate "C");--> statement-breakpoint
CREATE INDEX "clients_visit_idx" ON "clients" USING btree ("organization_id","last_visit_at");--> statement-breakpoint
CREATE INDEX "clients_name_trgm_idx" ON "clients" USING gin ("organization_id","name_norm" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "clients_phone_trgm_idx" ON "clients" USING gin ("organization_id","phone_digits" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "clients_phone_prefix_idx" ON "clients" USING btree ("organization_id","phone_digits" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "clients_phone_suffix_idx" ON "clients" USING btree ("organization_id",reverse("phone_digits") text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "leads_phone_key" ON "leads" USING btree ("organization_id","phone");--> statement-breakpoint
CREATE INDEX "premise_links_client_idx" ON "premise_links" USING btree ("organization_id","client_id");--> statement-breakpoint
CREATE INDEX "premise_links_owner_idx" ON "premise_links" USING btree ("organization_id","premise_id","owner_client_id");--> statement-breakpoint
CREATE INDEX "registration_request_comments_request_idx" ON "registration_request_comments" USING btree ("organization_id","request_id");--> statement-breakpoint
CREATE INDEX "registration_requests_status_idx" ON "registration_requests" USING btree ("organization_id","status","created_at");--> statement-breakpoint
CREATE INDEX "change_history_client_idx" ON "change_history" USING btree ("organization_id","client_id","id");
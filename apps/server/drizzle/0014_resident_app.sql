CREATE TABLE "account_balances" (
	"organization_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"amount" numeric(14, 2) NOT NULL,
	"period" date NOT NULL,
	"computed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "account_balances_organization_id_account_id_pk" PRIMARY KEY("organization_id","account_id")
);
--> statement-breakpoint
CREATE TABLE "insurance_policies" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"premise_id" uuid NOT NULL,
	"insurer" text NOT NULL,
	"number" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "insurance_policies_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "resident_notifications" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"type" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"link" text,
	"premise_id" uuid,
	"dedupe_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	CONSTRAINT "resident_notifications_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "photo_key" text;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "photo_content_type" text;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "photo_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "address_as" text;--> statement-breakpoint
ALTER TABLE "premise_links" ADD COLUMN "rent_until" date;--> statement-breakpoint
ALTER TABLE "legal_entities" ADD COLUMN "payment_url_template" text;--> statement-breakpoint
ALTER TABLE "objects" ADD COLUMN "brand_name" text;--> statement-breakpoint
ALTER TABLE "objects" ADD COLUMN "brand_color" text;--> statement-breakpoint
ALTER TABLE "objects" ADD COLUMN "brand_logo_key" text;--> statement-breakpoint
ALTER TABLE "objects" ADD COLUMN "brand_logo_content_type" text;--> statement-breakpoint
ALTER TABLE "objects" ADD COLUMN "brand_logo_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "brand_name" text;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "brand_color" text;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "brand_logo_key" text;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "brand_logo_content_type" text;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "brand_logo_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "products" text[] DEFAULT '{requests}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "premise_documents" ADD COLUMN "visible_to_residents" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "account_balances" ADD CONSTRAINT "account_balances_account_fk" FOREIGN KEY ("organization_id","account_id") REFERENCES "public"."personal_accounts"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insurance_policies" ADD CONSTRAINT "insurance_policies_premise_fk" FOREIGN KEY ("organization_id","premise_id") REFERENCES "public"."premises"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_notifications" ADD CONSTRAINT "resident_notifications_account_id_resident_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."resident_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_notifications" ADD CONSTRAINT "resident_notifications_org_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "insurance_policies_number_key" ON "insurance_policies" USING btree ("organization_id","premise_id","number");--> statement-breakpoint
CREATE INDEX "resident_notifications_account_idx" ON "resident_notifications" USING btree ("organization_id","account_id","created_at");--> statement-breakpoint
CREATE INDEX "resident_notifications_unread_idx" ON "resident_notifications" USING btree ("organization_id","account_id") WHERE read_at is null;--> statement-breakpoint
CREATE UNIQUE INDEX "resident_notifications_dedupe_key" ON "resident_notifications" USING btree ("organization_id","dedupe_key");
CREATE TABLE "change_history" (
	"organization_id" uuid NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "change_history_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"entity_type" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"premise_id" uuid,
	"action" text NOT NULL,
	"changes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"actor_staff_id" uuid,
	"actor_name" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "change_history_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "legal_entities" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"inn" text NOT NULL,
	"kpp" text,
	"ogrn" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "legal_entities_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "legal_entities_inn_kpp_key" UNIQUE NULLS NOT DISTINCT("organization_id","inn","kpp")
);
--> statement-breakpoint
CREATE TABLE "object_groups" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "object_groups_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "objects" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"online_payment" boolean DEFAULT true NOT NULL,
	"group_id" uuid,
	"quarter_id" uuid,
	"image_key" text,
	"image_content_type" text,
	"image_version" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "objects_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quarters" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "quarters_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "personal_accounts" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"premise_id" uuid NOT NULL,
	"legal_entity_id" uuid NOT NULL,
	"number" text NOT NULL,
	"els" text,
	"external_id" text,
	"hidden_from_residents" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "personal_accounts_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "personal_accounts_number_key" UNIQUE("organization_id","legal_entity_id","number")
);
--> statement-breakpoint
CREATE TABLE "premise_documents" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"premise_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"date" date,
	"file_key" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" bigint NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "premise_documents_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "premise_tags" (
	"organization_id" uuid NOT NULL,
	"premise_id" uuid NOT NULL,
	"tag_id" uuid NOT NULL,
	CONSTRAINT "premise_tags_organization_id_premise_id_tag_id_pk" PRIMARY KEY("organization_id","premise_id","tag_id")
);
--> statement-breakpoint
CREATE TABLE "premises" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"object_id" uuid NOT NULL,
	"type" text NOT NULL,
	"street" text,
	"house" text,
	"building" text,
	"number" text,
	"room" text,
	"entrance" text,
	"floor" integer DEFAULT 0 NOT NULL,
	"rooms" integer,
	"total_area" numeric(12, 2),
	"living_area" numeric(12, 2),
	"online_payment" boolean DEFAULT true NOT NULL,
	"note" text,
	"external_id" text,
	"street_norm" text DEFAULT '' NOT NULL,
	"house_norm" text DEFAULT '' NOT NULL,
	"building_norm" text DEFAULT '' NOT NULL,
	"number_norm" text DEFAULT '' NOT NULL,
	"room_norm" text DEFAULT '' NOT NULL,
	"sort_key" text NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "premises_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "premises_address_key" UNIQUE NULLS NOT DISTINCT("organization_id","object_id","type","street_norm","house_norm","building_norm","number_norm","room_norm")
);
--> statement-breakpoint
CREATE TABLE "tags" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"name_norm" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tags_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "tags_name_key" UNIQUE("organization_id","name_norm")
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"window_started_at" timestamp with time zone NOT NULL,
	"hits" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "roles" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"permissions" text[] DEFAULT '{}'::text[] NOT NULL,
	"system" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "roles_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "staff" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"login" text NOT NULL,
	"password_hash" text NOT NULL,
	"full_name" text NOT NULL,
	"role_id" uuid NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"last_login_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "staff_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "staff_sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ip" text,
	"user_agent" text
);
--> statement-breakpoint
ALTER TABLE "change_history" ADD CONSTRAINT "change_history_org_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_entities" ADD CONSTRAINT "legal_entities_org_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "object_groups" ADD CONSTRAINT "object_groups_org_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objects" ADD CONSTRAINT "objects_org_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objects" ADD CONSTRAINT "objects_group_fk" FOREIGN KEY ("organization_id","group_id") REFERENCES "public"."object_groups"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objects" ADD CONSTRAINT "objects_quarter_fk" FOREIGN KEY ("organization_id","quarter_id") REFERENCES "public"."quarters"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quarters" ADD CONSTRAINT "quarters_org_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personal_accounts" ADD CONSTRAINT "personal_accounts_premise_fk" FOREIGN KEY ("organization_id","premise_id") REFERENCES "public"."premises"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personal_accounts" ADD CONSTRAINT "personal_accounts_legal_entity_fk" FOREIGN KEY ("organization_id","legal_entity_id") REFERENCES "public"."legal_entities"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "premise_documents" ADD CONSTRAINT "premise_documents_premise_fk" FOREIGN KEY ("organization_id","premise_id") REFERENCES "public"."premises"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "premise_tags" ADD CONSTRAINT "premise_tags_premise_fk" FOREIGN KEY ("organization_id","premise_id") REFERENCES "public"."premises"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "premise_tags" ADD CONSTRAINT "premise_tags_tag_fk" FOREIGN KEY ("organization_id","tag_id") REFERENCES "public"."tags"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "premises" ADD CONSTRAINT "premises_org_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "premises" ADD CONSTRAINT "premises_object_fk" FOREIGN KEY ("organization_id","object_id") REFERENCES "public"."objects"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tags" ADD CONSTRAINT "tags_org_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roles" ADD CONSTRAINT "roles_org_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff" ADD CONSTRAINT "staff_org_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff" ADD CONSTRAINT "staff_role_fk" FOREIGN KEY ("organization_id","role_id") REFERENCES "public"."roles"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_sessions" ADD CONSTRAINT "staff_sessions_staff_fk" FOREIGN KEY ("organization_id","staff_id") REFERENCES "public"."staff"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "change_history_premise_idx" ON "change_history" USING btree ("organization_id","premise_id","id");--> statement-breakpoint
CREATE INDEX "change_history_entity_idx" ON "change_history" USING btree ("organization_id","entity_type","entity_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "object_groups_name_key" ON "object_groups" USING btree ("organization_id",lower("name"));--> statement-breakpoint
CREATE INDEX "objects_group_idx" ON "objects" USING btree ("organization_id","group_id");--> statement-breakpoint
CREATE INDEX "objects_quarter_idx" ON "objects" USING btree ("organization_id","quarter_id");--> statement-breakpoint
CREATE UNIQUE INDEX "quarters_name_key" ON "quarters" USING btree ("organization_id",lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "personal_accounts_external_id_key" ON "personal_accounts" USING btree ("organization_id","external_id");--> statement-breakpoint
CREATE INDEX "personal_accounts_premise_idx" ON "personal_accounts" USING btree ("organization_id","premise_id");--> statement-breakpoint
CREATE INDEX "personal_accounts_number_idx" ON "personal_accounts" USING btree ("organization_id","number" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "personal_accounts_els_idx" ON "personal_accounts" USING btree ("organization_id","els");--> statement-breakpoint
CREATE INDEX "premise_documents_premise_idx" ON "premise_documents" USING btree ("organization_id","premise_id");--> statement-breakpoint
CREATE INDEX "premise_tags_tag_idx" ON "premise_tags" USING btree ("organization_id","tag_id");--> statement-breakpoint
CREATE UNIQUE INDEX "premises_external_id_key" ON "premises" USING btree ("organization_id","external_id");--> statement-breakpoint
CREATE INDEX "premises_object_sort_idx" ON "premises" USING btree ("organization_id","object_id","sort_key" collate "C");--> statement-breakpoint
CREATE INDEX "premises_sort_idx" ON "premises" USING btree ("organization_id","sort_key" collate "C");--> statement-breakpoint
CREATE INDEX "premises_area_idx" ON "premises" USING btree ("organization_id","total_area");--> statement-breakpoint
CREATE INDEX "premises_number_idx" ON "premises" USING btree ("organization_id","number_norm","house_norm");--> statement-breakpoint
CREATE INDEX "premises_house_idx" ON "premises" USING btree ("organization_id","house_norm");--> statement-breakpoint
CREATE INDEX "premises_street_trgm_idx" ON "premises" USING gin ("organization_id","street_norm" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "tags_name_trgm_idx" ON "tags" USING gin ("organization_id","name_norm" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "roles_name_key" ON "roles" USING btree ("organization_id",lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "staff_login_key" ON "staff" USING btree (lower("login"));--> statement-breakpoint
CREATE INDEX "staff_role_idx" ON "staff" USING btree ("organization_id","role_id");--> statement-breakpoint
CREATE INDEX "staff_sessions_staff_idx" ON "staff_sessions" USING btree ("organization_id","staff_id");
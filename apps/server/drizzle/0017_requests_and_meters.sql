-- Composite tenant keys: ON DELETE SET NULL names the one column to clear (PostgreSQL 15+), the
-- organisation stays.
CREATE TABLE "activity_records" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"premise_id" uuid,
	"client_id" uuid,
	"subject" text NOT NULL,
	"status" text,
	"note" text,
	"result" text,
	"occurred_at" timestamp with time zone NOT NULL,
	"author_staff_id" uuid,
	"external_source" text,
	"external_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activity_records_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "meter_readings" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"meter_id" uuid NOT NULL,
	"taken_on" date NOT NULL,
	"value1" numeric(14, 3) NOT NULL,
	"value2" numeric(14, 3),
	"value3" numeric(14, 3),
	"source" text NOT NULL,
	"author_staff_id" uuid,
	"author_client_id" uuid,
	"jump_confirmed" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meter_readings_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "meter_settings" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"window_from_day" smallint,
	"window_to_day" smallint,
	"jump_factor" numeric(6, 2) DEFAULT '5' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meters" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"premise_id" uuid NOT NULL,
	"account_id" uuid,
	"resource" text NOT NULL,
	"tariffs" smallint DEFAULT 1 NOT NULL,
	"serial_number" text NOT NULL,
	"place" text,
	"installed_on" date,
	"verified_on" date,
	"next_verification_on" date,
	"replaced_on" date,
	"replaced_by_id" uuid,
	"external_source" text,
	"external_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meters_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "organization_counters" (
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"value" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "organization_counters_organization_id_name_pk" PRIMARY KEY("organization_id","name")
);
--> statement-breakpoint
CREATE TABLE "request_comments" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"body" text NOT NULL,
	"internal" boolean DEFAULT false NOT NULL,
	"author_kind" text NOT NULL,
	"author_staff_id" uuid,
	"author_client_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "request_comments_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "request_photos" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"comment_id" uuid,
	"storage_key" text NOT NULL,
	"content_type" text NOT NULL,
	"author_kind" text NOT NULL,
	"author_staff_id" uuid,
	"author_client_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "request_photos_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "request_types" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"archived" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "request_types_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "service_requests" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"number" integer NOT NULL,
	"type_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"description" text,
	"premise_id" uuid,
	"client_id" uuid,
	"source" text NOT NULL,
	"assignee_staff_id" uuid,
	"due_at" timestamp with time zone,
	"status" text NOT NULL,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	"rating" smallint,
	"review" text,
	"rated_at" timestamp with time zone,
	"resident_changed_at" timestamp with time zone,
	"resident_seen_at" timestamp with time zone,
	"external_source" text,
	"external_id" text,
	"subject_norm" text NOT NULL,
	"created_by_staff_id" uuid,
	"created_by_client_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_requests_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
ALTER TABLE "activity_records" ADD CONSTRAINT "activity_records_premise_fk" FOREIGN KEY ("organization_id","premise_id") REFERENCES "public"."premises"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_records" ADD CONSTRAINT "activity_records_client_fk" FOREIGN KEY ("organization_id","client_id") REFERENCES "public"."clients"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meter_readings" ADD CONSTRAINT "meter_readings_meter_fk" FOREIGN KEY ("organization_id","meter_id") REFERENCES "public"."meters"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meter_settings" ADD CONSTRAINT "meter_settings_org_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meters" ADD CONSTRAINT "meters_premise_fk" FOREIGN KEY ("organization_id","premise_id") REFERENCES "public"."premises"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meters" ADD CONSTRAINT "meters_account_fk" FOREIGN KEY ("organization_id","account_id") REFERENCES "public"."personal_accounts"("organization_id","id") ON DELETE SET NULL ("account_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_counters" ADD CONSTRAINT "organization_counters_org_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_comments" ADD CONSTRAINT "request_comments_request_fk" FOREIGN KEY ("organization_id","request_id") REFERENCES "public"."service_requests"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_photos" ADD CONSTRAINT "request_photos_request_fk" FOREIGN KEY ("organization_id","request_id") REFERENCES "public"."service_requests"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_types" ADD CONSTRAINT "request_types_org_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_org_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_type_fk" FOREIGN KEY ("organization_id","type_id") REFERENCES "public"."request_types"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_premise_fk" FOREIGN KEY ("organization_id","premise_id") REFERENCES "public"."premises"("organization_id","id") ON DELETE SET NULL ("premise_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_client_fk" FOREIGN KEY ("organization_id","client_id") REFERENCES "public"."clients"("organization_id","id") ON DELETE SET NULL ("client_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_assignee_fk" FOREIGN KEY ("organization_id","assignee_staff_id") REFERENCES "public"."staff"("organization_id","id") ON DELETE SET NULL ("assignee_staff_id") ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activity_records_premise_idx" ON "activity_records" USING btree ("organization_id","premise_id","occurred_at","id");--> statement-breakpoint
CREATE INDEX "activity_records_client_idx" ON "activity_records" USING btree ("organization_id","client_id","occurred_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "activity_records_external_key" ON "activity_records" USING btree ("organization_id","external_source","external_id") WHERE external_id is not null;--> statement-breakpoint
CREATE INDEX "meter_readings_meter_idx" ON "meter_readings" USING btree ("organization_id","meter_id","taken_on");--> statement-breakpoint
CREATE INDEX "meter_readings_taken_idx" ON "meter_readings" USING btree ("organization_id","taken_on","id");--> statement-breakpoint
CREATE INDEX "meters_premise_idx" ON "meters" USING btree ("organization_id","premise_id");--> statement-breakpoint
CREATE UNIQUE INDEX "meters_external_key" ON "meters" USING btree ("organization_id","external_source","external_id") WHERE external_id is not null;--> statement-breakpoint
CREATE INDEX "request_comments_request_idx" ON "request_comments" USING btree ("organization_id","request_id","created_at");--> statement-breakpoint
CREATE INDEX "request_photos_request_idx" ON "request_photos" USING btree ("organization_id","request_id");--> statement-breakpoint
CREATE UNIQUE INDEX "request_types_name_key" ON "request_types" USING btree ("organization_id",lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "service_requests_number_key" ON "service_requests" USING btree ("organization_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "service_requests_external_key" ON "service_requests" USING btree ("organization_id","external_source","external_id") WHERE external_id is not null;--> statement-breakpoint
CREATE INDEX "service_requests_created_idx" ON "service_requests" USING btree ("organization_id","created_at","id");--> statement-breakpoint
CREATE INDEX "service_requests_status_idx" ON "service_requests" USING btree ("organization_id","status","created_at");--> statement-breakpoint
CREATE INDEX "service_requests_premise_idx" ON "service_requests" USING btree ("organization_id","premise_id","created_at");--> statement-breakpoint
CREATE INDEX "service_requests_client_idx" ON "service_requests" USING btree ("organization_id","client_id","created_at");--> statement-breakpoint
CREATE INDEX "service_requests_assignee_idx" ON "service_requests" USING btree ("organization_id","assignee_staff_id","created_at");--> statement-breakpoint
CREATE INDEX "service_requests_updated_idx" ON "service_requests" USING btree ("organization_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "service_requests_subject_trgm_idx" ON "service_requests" USING gin ("organization_id","subject_norm" gin_trgm_ops);
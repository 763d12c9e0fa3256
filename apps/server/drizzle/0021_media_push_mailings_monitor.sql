CREATE TABLE "mailing_recipients" (
	"organization_id" uuid NOT NULL,
	"mailing_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"phone" text,
	"status" text DEFAULT 'queued' NOT NULL,
	"reason" text,
	"sms_message_id" uuid,
	"notification_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mailing_recipients_organization_id_mailing_id_client_id_pk" PRIMARY KEY("organization_id","mailing_id","client_id")
);
--> statement-breakpoint
CREATE TABLE "mailings" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"number" integer NOT NULL,
	"channel" text NOT NULL,
	"title" text NOT NULL,
	"text" text NOT NULL,
	"source" text NOT NULL,
	"filter" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"initiator_staff_id" uuid,
	"initiator_name" text NOT NULL,
	"send_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"recipients_total" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mailings_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "monitor_metrics" (
	"organization_id" uuid NOT NULL,
	"period" text NOT NULL,
	"starts_on" date NOT NULL,
	"active_users" integer DEFAULT 0 NOT NULL,
	"push_users" integer DEFAULT 0 NOT NULL,
	"push_disables" integer DEFAULT 0 NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "monitor_metrics_organization_id_period_starts_on_pk" PRIMARY KEY("organization_id","period","starts_on")
);
--> statement-breakpoint
CREATE TABLE "push_deliveries" (
	"organization_id" uuid NOT NULL,
	"notification_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"status" text NOT NULL,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "push_deliveries_organization_id_notification_id_session_id_pk" PRIMARY KEY("organization_id","notification_id","session_id")
);
--> statement-breakpoint
CREATE TABLE "push_subscriptions" (
	"session_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"endpoint" text NOT NULL,
	"p256dh" text,
	"auth" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "monitor_min_app_version" text;--> statement-breakpoint
ALTER TABLE "mailing_recipients" ADD CONSTRAINT "mailing_recipients_mailing_fk" FOREIGN KEY ("organization_id","mailing_id") REFERENCES "public"."mailings"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mailings" ADD CONSTRAINT "mailings_org_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_metrics" ADD CONSTRAINT "monitor_metrics_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "push_deliveries" ADD CONSTRAINT "push_deliveries_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "push_subscriptions" ADD CONSTRAINT "push_subscriptions_session_id_resident_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."resident_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "push_subscriptions" ADD CONSTRAINT "push_subscriptions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "push_subscriptions" ADD CONSTRAINT "push_subscriptions_account_id_resident_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."resident_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mailing_recipients_client_idx" ON "mailing_recipients" USING btree ("organization_id","client_id");--> statement-breakpoint
CREATE INDEX "mailing_recipients_queued_idx" ON "mailing_recipients" USING btree ("organization_id","mailing_id") WHERE status = 'queued';--> statement-breakpoint
CREATE UNIQUE INDEX "mailings_number_key" ON "mailings" USING btree ("organization_id","number");--> statement-breakpoint
CREATE INDEX "mailings_created_idx" ON "mailings" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE INDEX "mailings_due_idx" ON "mailings" USING btree ("send_at") WHERE status in ('scheduled', 'sending');--> statement-breakpoint
CREATE INDEX "push_subscriptions_account_idx" ON "push_subscriptions" USING btree ("organization_id","account_id");
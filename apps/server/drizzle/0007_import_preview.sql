ALTER TABLE "imports" ADD COLUMN "preview" jsonb;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "fingerprint" text;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "result" jsonb;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "batch_id" uuid;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "applied_at" timestamp with time zone;
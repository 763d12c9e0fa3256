ALTER TABLE "imports" ADD COLUMN "progress_stage" text;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "rows_done" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "apply_requested_by" uuid;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "apply_actor_name" text;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "apply_valid_only" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "apply_claimed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "apply_problem" jsonb;
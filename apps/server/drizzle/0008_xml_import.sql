CREATE TABLE "xml_folder_files" (
	"organization_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"size" bigint NOT NULL,
	"mtime_ms" bigint NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"import_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "xml_folder_files_organization_id_file_name_pk" PRIMARY KEY("organization_id","file_name")
);
--> statement-breakpoint
CREATE TABLE "xml_folders" (
	"organization_id" uuid NOT NULL,
	"path" text NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "xml_folders_organization_id_pk" PRIMARY KEY("organization_id")
);
--> statement-breakpoint
ALTER TABLE "imports" ALTER COLUMN "legal_entity_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "imports" ALTER COLUMN "object_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "source" text;--> statement-breakpoint
ALTER TABLE "xml_folder_files" ADD CONSTRAINT "xml_folder_files_org_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "xml_folders" ADD CONSTRAINT "xml_folders_org_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "xml_folder_files_status_idx" ON "xml_folder_files" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "xml_folders_path_key" ON "xml_folders" USING btree ("path");
DROP INDEX "xml_folders_path_key";--> statement-breakpoint
ALTER TABLE "xml_folders" DROP COLUMN "path";
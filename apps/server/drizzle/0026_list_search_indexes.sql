-- Issue 16: a surname prefix and «кв N» read their first page in order from an index to the id, and «кв N» counts its total from the index alone.
DROP INDEX "clients_name_sort_idx";--> statement-breakpoint
DROP INDEX "premises_number_sort_idx";--> statement-breakpoint
CREATE INDEX "clients_name_sort_idx" ON "clients" USING btree ("organization_id","name_norm" collate "C","id");--> statement-breakpoint
CREATE INDEX "premises_number_sort_idx" ON "premises" USING btree ("organization_id","number_norm","sort_key" collate "C","id","type");
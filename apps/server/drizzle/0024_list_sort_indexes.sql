-- Issue 16: each offered sort of the premises and clients lists read in order from an index (organisation first, nulls last both ways, the id last).
DROP INDEX "clients_visit_idx";--> statement-breakpoint
DROP INDEX "premises_area_idx";--> statement-breakpoint
CREATE INDEX "clients_visit_desc_idx" ON "clients" USING btree ("organization_id","last_visit_at" desc nulls last,"id" desc);--> statement-breakpoint
CREATE INDEX "clients_phone_desc_idx" ON "clients" USING btree ("organization_id","phone" desc nulls last,"id" desc);--> statement-breakpoint
CREATE INDEX "premises_area_desc_idx" ON "premises" USING btree ("organization_id","total_area" desc nulls last,"sort_key" collate "C","id");--> statement-breakpoint
CREATE INDEX "clients_visit_idx" ON "clients" USING btree ("organization_id","last_visit_at","id");--> statement-breakpoint
CREATE INDEX "premises_area_idx" ON "premises" USING btree ("organization_id","total_area","sort_key" collate "C","id");
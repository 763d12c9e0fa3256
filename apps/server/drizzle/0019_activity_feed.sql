-- ACT-1: the «Активность» tab reads a premise's and a client's requests, readings and records newest
-- first by keyset on (time, id): indexes that end in (created_at, id).
DROP INDEX "service_requests_premise_idx";--> statement-breakpoint
DROP INDEX "service_requests_client_idx";--> statement-breakpoint
CREATE INDEX "meter_readings_meter_created_idx" ON "meter_readings" USING btree ("organization_id","meter_id","created_at","id");--> statement-breakpoint
CREATE INDEX "meter_readings_client_idx" ON "meter_readings" USING btree ("organization_id","author_client_id","created_at","id") WHERE author_client_id is not null;--> statement-breakpoint
CREATE INDEX "service_requests_premise_idx" ON "service_requests" USING btree ("organization_id","premise_id","created_at","id");--> statement-breakpoint
CREATE INDEX "service_requests_client_idx" ON "service_requests" USING btree ("organization_id","client_id","created_at","id");
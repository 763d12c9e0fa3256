-- ACT-3: the «Активность» counters (open and all requests of a premise or a client) from the index alone.
CREATE INDEX "service_requests_premise_status_idx" ON "service_requests" USING btree ("organization_id","premise_id","status");--> statement-breakpoint
CREATE INDEX "service_requests_client_status_idx" ON "service_requests" USING btree ("organization_id","client_id","status");
CREATE INDEX "clients_account_idx" ON "clients" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "resident_sessions_account_only_idx" ON "resident_sessions" USING btree ("account_id");
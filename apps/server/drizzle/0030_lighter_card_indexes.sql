-- Fewer index entries for every card a batch writes (issue 16: the integration API's new and
-- changed clients at a million). clients_account_key puts the account first and takes over
-- clients_account_idx (T-3's cross-organisation lookups by account): one index fewer on clients.
-- change_history's three lookup indexes hold only the entries read through them: a premise card's
-- (premise_id set), a client card's (client_id set), and the records read by themselves
-- (listEntityHistory: registration and service requests). A new client's two entries went into
-- all four indexes; now into two.
DROP INDEX "clients_account_idx";--> statement-breakpoint
DROP INDEX "clients_account_key";--> statement-breakpoint
DROP INDEX "change_history_premise_idx";--> statement-breakpoint
DROP INDEX "change_history_client_idx";--> statement-breakpoint
DROP INDEX "change_history_entity_idx";--> statement-breakpoint
CREATE UNIQUE INDEX "clients_account_key" ON "clients" USING btree ("account_id","organization_id");--> statement-breakpoint
CREATE INDEX "change_history_premise_idx" ON "change_history" USING btree ("organization_id","premise_id","id") WHERE premise_id is not null;--> statement-breakpoint
CREATE INDEX "change_history_client_idx" ON "change_history" USING btree ("organization_id","client_id","id") WHERE client_id is not null;--> statement-breakpoint
CREATE INDEX "change_history_entity_idx" ON "change_history" USING btree ("organization_id","entity_type","entity_id","id") WHERE entity_type in ('registration_request', 'service_request');
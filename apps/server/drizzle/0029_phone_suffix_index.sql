-- C-2's «the last 3–4 digits of the phone» reads the last four digits only: the index holds them
-- (reversed, for a prefix match) instead of the whole reversed number. Its keys are 10,000 texts
-- per organisation, which btree deduplication keeps at a few MB, where the whole number made a
-- ~70 MB index at a million clients whose every insert landed on a random page and read it from
-- disk — a quarter of the cost of inserting a client there (issue 16). The planner knows the new
-- expression's values only after ANALYZE: without it, «4035» was read along the name index instead
-- (1.6 s at a million clients, against 3 ms).
DROP INDEX "clients_phone_suffix_idx";--> statement-breakpoint
CREATE INDEX "clients_phone_suffix_idx" ON "clients" USING btree ("organization_id", reverse(right("phone_digits", 4)) text_pattern_ops);--> statement-breakpoint
ANALYZE "clients";

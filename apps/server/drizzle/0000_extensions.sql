-- Trigram search (P-2, C-2) and btree columns inside GIN indexes, so that every search index
-- starts with organization_id.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS btree_gin;

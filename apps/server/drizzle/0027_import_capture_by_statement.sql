-- Rollback capture (0005) by statement, not by row: each statement that writes one of the captured
-- tables while a transaction names an import batch records all its rows with one INSERT … SELECT
-- from its transition tables, instead of a PL/pgSQL call and an INSERT per row — those were about a
-- quarter of an integration batch's time at a million clients (issue 16, bench:integration
-- --statements). The images, the organisation and the order per row (seq, statement after
-- statement) stay as they were. PostgreSQL allows transition tables on single-event triggers only,
-- so each table gets one trigger per event. An UPDATE pairs its old and new rows by `id`, which no
-- statement changes; premise_tags and client_tags have no `id` (their key is what an update would
-- change), so their updates stay captured row by row.
CREATE FUNCTION domovoy_capture_import_insert() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  batch text := nullif(current_setting('domovoy.import_batch', true), '');
BEGIN
  IF batch IS NULL THEN
    RETURN NULL;
  END IF;
  -- Resident accounts belong to no organisation (T-3): recorded under the batch's.
  INSERT INTO import_changes (organization_id, batch_id, table_name, op, before, after)
  SELECT coalesce(to_jsonb(n)->>'organization_id', current_setting('domovoy.import_organization'))::uuid,
    batch::uuid, TG_TABLE_NAME, 'INSERT', NULL, to_jsonb(n)
  FROM new_rows n;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION domovoy_capture_import_delete() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  batch text := nullif(current_setting('domovoy.import_batch', true), '');
BEGIN
  IF batch IS NULL THEN
    RETURN NULL;
  END IF;
  INSERT INTO import_changes (organization_id, batch_id, table_name, op, before, after)
  SELECT coalesce(to_jsonb(o)->>'organization_id', current_setting('domovoy.import_organization'))::uuid,
    batch::uuid, TG_TABLE_NAME, 'DELETE', to_jsonb(o), NULL
  FROM old_rows o;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION domovoy_capture_import_update() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  batch text := nullif(current_setting('domovoy.import_batch', true), '');
BEGIN
  IF batch IS NULL THEN
    RETURN NULL;
  END IF;
  INSERT INTO import_changes (organization_id, batch_id, table_name, op, before, after)
  SELECT coalesce(to_jsonb(n)->>'organization_id', current_setting('domovoy.import_organization'))::uuid,
    batch::uuid, TG_TABLE_NAME, 'UPDATE', to_jsonb(o), to_jsonb(n)
  FROM old_rows o JOIN new_rows n ON n.id = o.id;
  RETURN NULL;
END
$$;
--> statement-breakpoint
DROP TRIGGER premises_import_capture ON premises;
--> statement-breakpoint
CREATE TRIGGER premises_import_capture_insert AFTER INSERT ON premises
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION domovoy_capture_import_insert();
--> statement-breakpoint
CREATE TRIGGER premises_import_capture_delete AFTER DELETE ON premises
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION domovoy_capture_import_delete();
--> statement-breakpoint
CREATE TRIGGER premises_import_capture_update AFTER UPDATE ON premises
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION domovoy_capture_import_update();
--> statement-breakpoint
DROP TRIGGER personal_accounts_import_capture ON personal_accounts;
--> statement-breakpoint
CREATE TRIGGER personal_accounts_import_capture_insert AFTER INSERT ON personal_accounts
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION domovoy_capture_import_insert();
--> statement-breakpoint
CREATE TRIGGER personal_accounts_import_capture_delete AFTER DELETE ON personal_accounts
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION domovoy_capture_import_delete();
--> statement-breakpoint
CREATE TRIGGER personal_accounts_import_capture_update AFTER UPDATE ON personal_accounts
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION domovoy_capture_import_update();
--> statement-breakpoint
DROP TRIGGER tags_import_capture ON tags;
--> statement-breakpoint
CREATE TRIGGER tags_import_capture_insert AFTER INSERT ON tags
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION domovoy_capture_import_insert();
--> statement-breakpoint
CREATE TRIGGER tags_import_capture_delete AFTER DELETE ON tags
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION domovoy_capture_import_delete();
--> statement-breakpoint
CREATE TRIGGER tags_import_capture_update AFTER UPDATE ON tags
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION domovoy_capture_import_update();
--> statement-breakpoint
DROP TRIGGER clients_import_capture ON clients;
--> statement-breakpoint
CREATE TRIGGER clients_import_capture_insert AFTER INSERT ON clients
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION domovoy_capture_import_insert();
--> statement-breakpoint
CREATE TRIGGER clients_import_capture_delete AFTER DELETE ON clients
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION domovoy_capture_import_delete();
--> statement-breakpoint
CREATE TRIGGER clients_import_capture_update AFTER UPDATE ON clients
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION domovoy_capture_import_update();
--> statement-breakpoint
DROP TRIGGER client_external_ids_import_capture ON client_external_ids;
--> statement-breakpoint
CREATE TRIGGER client_external_ids_import_capture_insert AFTER INSERT ON client_external_ids
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION domovoy_capture_import_insert();
--> statement-breakpoint
CREATE TRIGGER client_external_ids_import_capture_delete AFTER DELETE ON client_external_ids
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION domovoy_capture_import_delete();
--> statement-breakpoint
CREATE TRIGGER client_external_ids_import_capture_update AFTER UPDATE ON client_external_ids
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION domovoy_capture_import_update();
--> statement-breakpoint
DROP TRIGGER premise_links_import_capture ON premise_links;
--> statement-breakpoint
CREATE TRIGGER premise_links_import_capture_insert AFTER INSERT ON premise_links
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION domovoy_capture_import_insert();
--> statement-breakpoint
CREATE TRIGGER premise_links_import_capture_delete AFTER DELETE ON premise_links
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION domovoy_capture_import_delete();
--> statement-breakpoint
CREATE TRIGGER premise_links_import_capture_update AFTER UPDATE ON premise_links
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION domovoy_capture_import_update();
--> statement-breakpoint
DROP TRIGGER registration_requests_import_capture ON registration_requests;
--> statement-breakpoint
CREATE TRIGGER registration_requests_import_capture_insert AFTER INSERT ON registration_requests
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION domovoy_capture_import_insert();
--> statement-breakpoint
CREATE TRIGGER registration_requests_import_capture_delete AFTER DELETE ON registration_requests
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION domovoy_capture_import_delete();
--> statement-breakpoint
CREATE TRIGGER registration_requests_import_capture_update AFTER UPDATE ON registration_requests
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION domovoy_capture_import_update();
--> statement-breakpoint
DROP TRIGGER leads_import_capture ON leads;
--> statement-breakpoint
CREATE TRIGGER leads_import_capture_insert AFTER INSERT ON leads
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION domovoy_capture_import_insert();
--> statement-breakpoint
CREATE TRIGGER leads_import_capture_delete AFTER DELETE ON leads
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION domovoy_capture_import_delete();
--> statement-breakpoint
CREATE TRIGGER leads_import_capture_update AFTER UPDATE ON leads
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION domovoy_capture_import_update();
--> statement-breakpoint
DROP TRIGGER resident_accounts_import_capture ON resident_accounts;
--> statement-breakpoint
CREATE TRIGGER resident_accounts_import_capture_insert AFTER INSERT ON resident_accounts
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION domovoy_capture_import_insert();
--> statement-breakpoint
CREATE TRIGGER resident_accounts_import_capture_delete AFTER DELETE ON resident_accounts
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION domovoy_capture_import_delete();
--> statement-breakpoint
CREATE TRIGGER resident_accounts_import_capture_update AFTER UPDATE ON resident_accounts
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION domovoy_capture_import_update();
--> statement-breakpoint
DROP TRIGGER premise_tags_import_capture ON premise_tags;
--> statement-breakpoint
CREATE TRIGGER premise_tags_import_capture_insert AFTER INSERT ON premise_tags
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION domovoy_capture_import_insert();
--> statement-breakpoint
CREATE TRIGGER premise_tags_import_capture_delete AFTER DELETE ON premise_tags
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION domovoy_capture_import_delete();
--> statement-breakpoint
CREATE TRIGGER premise_tags_import_capture_update AFTER UPDATE ON premise_tags
  FOR EACH ROW EXECUTE FUNCTION domovoy_capture_import_change();
--> statement-breakpoint
DROP TRIGGER client_tags_import_capture ON client_tags;
--> statement-breakpoint
CREATE TRIGGER client_tags_import_capture_insert AFTER INSERT ON client_tags
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION domovoy_capture_import_insert();
--> statement-breakpoint
CREATE TRIGGER client_tags_import_capture_delete AFTER DELETE ON client_tags
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION domovoy_capture_import_delete();
--> statement-breakpoint
CREATE TRIGGER client_tags_import_capture_update AFTER UPDATE ON client_tags
  FOR EACH ROW EXECUTE FUNCTION domovoy_capture_import_change();

-- Rollback of imports: while a transaction names an import batch (set_config('domovoy.import_batch',
-- <id>, true)), every row it inserts, updates or deletes in the tables an import touches is recorded
-- with its image before and after (merges and cascades included). Outside a batch the trigger only
-- reads the setting.
CREATE FUNCTION domovoy_capture_import_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  batch text := nullif(current_setting('domovoy.import_batch', true), '');
  before_image jsonb;
  after_image jsonb;
BEGIN
  IF batch IS NULL THEN
    RETURN NULL;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    before_image := to_jsonb(OLD);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    after_image := to_jsonb(NEW);
  END IF;
  -- Resident accounts belong to no organisation (T-3): recorded under the batch's.
  INSERT INTO import_changes (organization_id, batch_id, table_name, op, before, after)
  VALUES (
    coalesce(coalesce(after_image, before_image)->>'organization_id',
      current_setting('domovoy.import_organization'))::uuid,
    batch::uuid, TG_TABLE_NAME, TG_OP, before_image, after_image);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER premises_import_capture AFTER INSERT OR UPDATE OR DELETE ON premises
  FOR EACH ROW EXECUTE FUNCTION domovoy_capture_import_change();
--> statement-breakpoint
CREATE TRIGGER personal_accounts_import_capture AFTER INSERT OR UPDATE OR DELETE ON personal_accounts
  FOR EACH ROW EXECUTE FUNCTION domovoy_capture_import_change();
--> statement-breakpoint
CREATE TRIGGER tags_import_capture AFTER INSERT OR UPDATE OR DELETE ON tags
  FOR EACH ROW EXECUTE FUNCTION domovoy_capture_import_change();
--> statement-breakpoint
CREATE TRIGGER premise_tags_import_capture AFTER INSERT OR UPDATE OR DELETE ON premise_tags
  FOR EACH ROW EXECUTE FUNCTION domovoy_capture_import_change();
--> statement-breakpoint
CREATE TRIGGER clients_import_capture AFTER INSERT OR UPDATE OR DELETE ON clients
  FOR EACH ROW EXECUTE FUNCTION domovoy_capture_import_change();
--> statement-breakpoint
CREATE TRIGGER client_external_ids_import_capture AFTER INSERT OR UPDATE OR DELETE ON client_external_ids
  FOR EACH ROW EXECUTE FUNCTION domovoy_capture_import_change();
--> statement-breakpoint
CREATE TRIGGER client_tags_import_capture AFTER INSERT OR UPDATE OR DELETE ON client_tags
  FOR EACH ROW EXECUTE FUNCTION domovoy_capture_import_change();
--> statement-breakpoint
CREATE TRIGGER premise_links_import_capture AFTER INSERT OR UPDATE OR DELETE ON premise_links
  FOR EACH ROW EXECUTE FUNCTION domovoy_capture_import_change();
--> statement-breakpoint
CREATE TRIGGER registration_requests_import_capture AFTER INSERT OR UPDATE OR DELETE ON registration_requests
  FOR EACH ROW EXECUTE FUNCTION domovoy_capture_import_change();
--> statement-breakpoint
CREATE TRIGGER leads_import_capture AFTER INSERT OR UPDATE OR DELETE ON leads
  FOR EACH ROW EXECUTE FUNCTION domovoy_capture_import_change();
--> statement-breakpoint
CREATE TRIGGER resident_accounts_import_capture AFTER INSERT OR UPDATE OR DELETE ON resident_accounts
  FOR EACH ROW EXECUTE FUNCTION domovoy_capture_import_change();

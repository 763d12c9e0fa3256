-- Rollback capture (0005, 0027) of inserted rows: one import_changes row per statement, holding
-- for each row it inserted the row's keys and the digest of its image (`#`: md5 of the row's
-- text), not the whole image. Rollback reads three things of an inserted row: its keys (to delete
-- it), the premise and client it belongs to (the cards' history), and whether it still looks as
-- the batch left it — which the digest of the row as it is now answers as exactly as the image did
-- (the same values give the same text). Whole images of every new client, external id and
-- resident account, a row and a foreign-key check each, were the second-largest cost of a batch
-- of new clients at a million (issue 16). Updates and deletes keep their whole images, a row each:
-- rollback writes those back. Batches recorded before this keep their whole images, and rollback
-- reads both forms (rollback.repository.ts). Each table's keys are named in its own branch:
-- PL/pgSQL prepares a branch's statement for a table only when that table runs it.
CREATE OR REPLACE FUNCTION domovoy_capture_import_insert() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  batch uuid := nullif(current_setting('domovoy.import_batch', true), '')::uuid;
BEGIN
  IF batch IS NULL THEN
    RETURN NULL;
  END IF;
  IF TG_TABLE_NAME = 'resident_accounts' THEN
    -- Resident accounts belong to no organisation (T-3): recorded under the batch's.
    INSERT INTO import_changes (organization_id, batch_id, table_name, op, before, after)
    SELECT current_setting('domovoy.import_organization')::uuid, batch, TG_TABLE_NAME, 'INSERT', NULL,
      jsonb_agg(jsonb_build_object('id', n.id, '#', md5(n::text)))
    FROM new_rows n HAVING count(*) > 0;
  ELSIF TG_TABLE_NAME = 'personal_accounts' THEN
    INSERT INTO import_changes (organization_id, batch_id, table_name, op, before, after)
    SELECT n.organization_id, batch, TG_TABLE_NAME, 'INSERT', NULL,
      jsonb_agg(jsonb_build_object('id', n.id, 'premise_id', n.premise_id, '#', md5(n::text)))
    FROM new_rows n GROUP BY n.organization_id;
  ELSIF TG_TABLE_NAME = 'client_external_ids' THEN
    INSERT INTO import_changes (organization_id, batch_id, table_name, op, before, after)
    SELECT n.organization_id, batch, TG_TABLE_NAME, 'INSERT', NULL,
      jsonb_agg(jsonb_build_object('id', n.id, 'client_id', n.client_id, '#', md5(n::text)))
    FROM new_rows n GROUP BY n.organization_id;
  ELSIF TG_TABLE_NAME = 'premise_links' THEN
    INSERT INTO import_changes (organization_id, batch_id, table_name, op, before, after)
    SELECT n.organization_id, batch, TG_TABLE_NAME, 'INSERT', NULL,
      jsonb_agg(jsonb_build_object('id', n.id, 'premise_id', n.premise_id, 'client_id', n.client_id,
        '#', md5(n::text)))
    FROM new_rows n GROUP BY n.organization_id;
  ELSIF TG_TABLE_NAME = 'premise_tags' THEN
    INSERT INTO import_changes (organization_id, batch_id, table_name, op, before, after)
    SELECT n.organization_id, batch, TG_TABLE_NAME, 'INSERT', NULL,
      jsonb_agg(jsonb_build_object('premise_id', n.premise_id, 'tag_id', n.tag_id, '#', md5(n::text)))
    FROM new_rows n GROUP BY n.organization_id;
  ELSIF TG_TABLE_NAME = 'client_tags' THEN
    INSERT INTO import_changes (organization_id, batch_id, table_name, op, before, after)
    SELECT n.organization_id, batch, TG_TABLE_NAME, 'INSERT', NULL,
      jsonb_agg(jsonb_build_object('client_id', n.client_id, 'tag_id', n.tag_id, '#', md5(n::text)))
    FROM new_rows n GROUP BY n.organization_id;
  ELSE
    -- premises, clients, tags, registration_requests, leads: keyed by (organization_id, id).
    INSERT INTO import_changes (organization_id, batch_id, table_name, op, before, after)
    SELECT n.organization_id, batch, TG_TABLE_NAME, 'INSERT', NULL,
      jsonb_agg(jsonb_build_object('id', n.id, '#', md5(n::text)))
    FROM new_rows n GROUP BY n.organization_id;
  END IF;
  RETURN NULL;
END
$$;

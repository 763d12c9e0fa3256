import {
  bigint,
  boolean,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { tenantId, timestamps } from './columns';
import { organizations } from './organizations';

/**
 * I-1: an organisation's key for its accounting system (1C, its own server). Only the SHA-256
 * of the key is stored; the key itself is shown once, when it is created.
 */
export const apiKeys = pgTable(
  'api_keys',
  {
    ...tenantId(),
    name: text('name').notNull(),
    keyHash: text('key_hash').notNull(),
    /** The first characters of the key, so that staff can tell keys apart. */
    keyPrefix: text('key_prefix').notNull(),
    scopes: text('scopes').array().notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true, mode: 'date' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      name: 'api_keys_org_fk',
      columns: [t.organizationId],
      foreignColumns: [organizations.id],
    }).onDelete('cascade'),
    uniqueIndex('api_keys_hash_key').on(t.keyHash),
  ],
);

/** An applied import: a batch of the integration API (later an Excel or an XML file), rollable back. */
export const importBatches = pgTable(
  'import_batches',
  {
    ...tenantId(),
    /** api.clients, api.premises, api.accounts, api.links; later xlsx and xml. */
    kind: text('kind').notNull(),
    status: text('status').notNull().default('applied'),
    apiKeyId: uuid('api_key_id'),
    staffId: uuid('staff_id'),
    actorName: text('actor_name').notNull(),
    summary: jsonb('summary').$type<Record<string, number>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    rolledBackAt: timestamp('rolled_back_at', { withTimezone: true, mode: 'date' }),
    rolledBackBy: uuid('rolled_back_by'),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      name: 'import_batches_org_fk',
      columns: [t.organizationId],
      foreignColumns: [organizations.id],
    }).onDelete('cascade'),
    index('import_batches_created_idx').on(t.organizationId, t.createdAt),
  ],
);

/**
 * Every row an applied batch inserted, updated or deleted, with its image before and after,
 * written by a trigger while the transaction names the batch (`domovoy.import_batch`): merges and
 * cascades included. Rollback replays them backwards where rows still look as the batch left them.
 */
export const importChanges = pgTable(
  'import_changes',
  {
    organizationId: uuid('organization_id').notNull(),
    batchId: uuid('batch_id').notNull(),
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity(),
    tableName: text('table_name').notNull(),
    op: text('op').notNull(),
    before: jsonb('before').$type<Record<string, unknown>>(),
    after: jsonb('after').$type<Record<string, unknown>>(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.batchId, t.seq] }),
    foreignKey({
      name: 'import_changes_batch_fk',
      columns: [t.organizationId, t.batchId],
      foreignColumns: [importBatches.organizationId, importBatches.id],
    }).onDelete('cascade'),
  ],
);

/**
 * I-2, I-3: an uploaded Excel or XML file and the work on it, which a background worker does
 * (queued → parsing → ready or failed). The CRM polls it, so it survives a page reload.
 */
export const imports = pgTable(
  'imports',
  {
    ...tenantId(),
    kind: text('kind').notNull(),
    status: text('status').notNull().default('queued'),
    /** Chosen at upload for an Excel file; an XML file names them itself (null here). */
    legalEntityId: uuid('legal_entity_id'),
    objectId: uuid('object_id'),
    /** I-2: the XML file's source system (its client external ids belong to it). */
    source: text('source'),
    fileName: text('file_name').notNull(),
    fileKey: text('file_key').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    /** Sheet rows read so far, and the sheet's own claim of its size when it makes one. */
    rowsRead: integer('rows_read').notNull().default(0),
    rowsEstimated: integer('rows_estimated'),
    /**
     * The stage the worker is in — 'read' (the file), 'preview' (the dry run), 'apply' — and the
     * data rows the preview or the apply has gone through (of `rowCount`).
     */
    progressStage: text('progress_stage'),
    rowsDone: integer('rows_done').notNull().default(0),
    rowCount: integer('row_count'),
    errorCount: integer('error_count'),
    unknownColumns: text('unknown_columns').array(),
    /** Why the whole file was refused: { code, message, detail? }. */
    problem: jsonb('problem').$type<{ code: string; message: string; detail?: string }>(),
    /** What applying would do, worked out by a dry run after reading (premises files). */
    preview: jsonb('preview').$type<Record<string, unknown>>(),
    /** The state of the object's premises and accounts the preview saw; apply refuses another. */
    fingerprint: text('fingerprint'),
    /** What applying did, and the batch that can roll it back. */
    result: jsonb('result').$type<Record<string, unknown>>(),
    batchId: uuid('batch_id'),
    /**
     * An apply asked for (status 'applying'): by whom and how. The worker takes it (claimed_at) and
     * applies in the background; when it cannot, the import is 'ready' again with the reason.
     */
    applyRequestedBy: uuid('apply_requested_by'),
    applyActorName: text('apply_actor_name'),
    applyValidOnly: boolean('apply_valid_only').notNull().default(false),
    applyClaimedAt: timestamp('apply_claimed_at', { withTimezone: true, mode: 'date' }),
    /**
     * The process reading or applying the file («host|pid|start»): a server restarted on the same
     * machine sees that process gone and takes the work up at once (see `requeueStalled`).
     */
    worker: text('worker'),
    applyProblem: jsonb('apply_problem').$type<{ code: string; message: string; detail?: string }>(),
    appliedAt: timestamp('applied_at', { withTimezone: true, mode: 'date' }),
    createdBy: uuid('created_by'),
    actorName: text('actor_name').notNull(),
    ...timestamps(),
    finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      name: 'imports_org_fk',
      columns: [t.organizationId],
      foreignColumns: [organizations.id],
    }).onDelete('cascade'),
    index('imports_created_idx').on(t.organizationId, t.createdAt),
    // The worker's queue: the oldest waiting import of any organisation.
    index('imports_queue_idx').on(t.status, t.createdAt),
  ],
);

/** The rows of a parsed file, typed by the template's columns, with their problems. */
export const importRows = pgTable(
  'import_rows',
  {
    organizationId: uuid('organization_id').notNull(),
    importId: uuid('import_id').notNull(),
    rowNumber: integer('row_number').notNull(),
    values: jsonb('values').$type<Record<string, unknown>>().notNull(),
    errors: jsonb('errors').$type<{ column: string; value: string; code: string; message: string }[]>(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.importId, t.rowNumber] }),
    foreignKey({
      name: 'import_rows_import_fk',
      columns: [t.organizationId, t.importId],
      foreignColumns: [imports.organizationId, imports.id],
    }).onDelete('cascade'),
  ],
);

/**
 * I-2: the organisations watching their folder of XML files: the row is the switch. The folder is
 * `<XML_FOLDER_ROOT>/<organisation id>/`, chosen by the server, so no path is stored.
 */
export const xmlFolders = pgTable(
  'xml_folders',
  {
    organizationId: uuid('organization_id').notNull(),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId] }),
    foreignKey({
      name: 'xml_folders_org_fk',
      columns: [t.organizationId],
      foreignColumns: [organizations.id],
    }).onDelete('cascade'),
  ],
);

/**
 * I-2: the files of a watched folder already taken, by name, size and modification time: an
 * unchanged file is not read twice. `status`: pending (its import is being read) → applied, held
 * (waits for a person in the CRM) or failed.
 */
export const xmlFolderFiles = pgTable(
  'xml_folder_files',
  {
    organizationId: uuid('organization_id').notNull(),
    fileName: text('file_name').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    mtimeMs: bigint('mtime_ms', { mode: 'number' }).notNull(),
    status: text('status').notNull().default('pending'),
    importId: uuid('import_id'),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.fileName] }),
    foreignKey({
      name: 'xml_folder_files_org_fk',
      columns: [t.organizationId],
      foreignColumns: [organizations.id],
    }).onDelete('cascade'),
    index('xml_folder_files_status_idx').on(t.status),
  ],
);

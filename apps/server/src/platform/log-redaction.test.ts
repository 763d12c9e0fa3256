import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/build-test-app';
import { buildApp, type DomovoyApp } from '../app';
import { loadConfig } from '../config';
import type { Database } from '../db/database';
import { safeError } from './log-redaction';
import { localFileStorage } from './storage';

// Issue 10, hole 8: an error log names the failed SQL and its SQLSTATE, never the values — the
// parameters of a query carry names, phones and API-key hashes.
const PHONE = '+79161234567';
const NAME = 'Иванова Мария Петровна';
const KEY_HASH = 'c0ffee00deadbeefc0ffee00deadbeefc0ffee00deadbeefc0ffee00deadbeef';

describe('logs without personal data', () => {
  let dir: string;
  let database: Database;
  let app: DomovoyApp;
  const lines: string[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'domovoy-logs-'));
    database = await createTestDatabase();
    app = await buildApp({
      config: loadConfig({ DATA_DIR: dir, XML_FOLDER_POLL_SECONDS: '0' }),
      db: database.db,
      storage: localFileStorage(path.join(dir, 'files')),
      logger: { level: 'info', stream: { write: (line) => void lines.push(line) } },
    });
    // Real failures of both drivers, with personal data among the parameters.
    const db = database.db;
    app.get('/api/test/bad-cast', { config: { public: true } }, async () => {
      await db.execute(sql`select ${NAME}::uuid as id`);
    });
    app.get('/api/test/out-of-range', { config: { public: true } }, async () => {
      await db.execute(sql`select ${PHONE}::int as n`);
    });
    app.get('/api/test/duplicate', { config: { public: true } }, async () => {
      await db.execute(
        sql`insert into rate_limits (key, window_started_at, hits) values (${KEY_HASH}, now(), 1), (${KEY_HASH}, now(), 1)`,
      );
    });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('logs a failed query by its SQL and code, without its parameters, URL query values or secrets', async () => {
    const answers = await Promise.all([
      app.inject({
        url: `/api/test/bad-cast?search=${encodeURIComponent(NAME)}&phone=${encodeURIComponent(PHONE)}`,
        headers: { authorization: `Bearer ${KEY_HASH}`, cookie: `domovoy_session=${KEY_HASH}` },
      }),
      app.inject({ url: '/api/test/out-of-range' }),
      app.inject({ url: '/api/test/duplicate' }),
    ]);
    expect(answers.map((a) => a.statusCode)).toEqual([500, 500, 500]);
    for (const answer of answers) expect(answer.body).not.toMatch(/select|insert|rate_limits/);

    const log = lines.join('');
    const errors = lines.map((line) => JSON.parse(line)).filter((entry) => entry.msg === 'unhandled error');
    expect(errors).toHaveLength(3);
    const logged = (sqlText: string) => errors.find((e) => e.err.message.includes(sqlText))?.err;
    expect(logged('select $1::uuid as id').cause).toMatchObject({ code: '22P02' });
    expect(logged('select $1::int as n').cause).toMatchObject({ code: '22003' });
    const duplicate = logged('insert into rate_limits');
    expect(duplicate.cause).toMatchObject({ code: '23505', constraint: 'rate_limits_pkey' });
    expect(duplicate.cause.message).toContain('"rate_limits_pkey"');
    expect(duplicate.stack).toMatch(/\n\s+at /);
    expect(log).toContain('/api/test/bad-cast?search&phone');
    for (const secret of [PHONE, PHONE.slice(1), NAME, encodeURIComponent(NAME), KEY_HASH]) {
      expect(log).not.toContain(secret);
    }
  });

  it('keeps the whitelisted fields of any error, and no others', () => {
    const error = Object.assign(new Error('Failed query: select $1\nparams: 4000000010,Петров'), {
      params: ['4000000010', 'Петров'],
      query: 'select $1',
      detail: 'Key (phone)=(4000000010) already exists.',
      code: '23505',
    });
    const safe = JSON.stringify(safeError(error));
    expect(safe).toContain('select $1');
    expect(safe).toContain('23505');
    expect(safe).not.toMatch(/4000000010|Петров/);
    const refused = Object.assign(new Error('invalid input value for enum premise_type: "Петров"'), {
      code: '22P02',
    });
    expect(safeError(refused).message).toBe('invalid input value for enum premise_type: "[redacted]"');
  });
});

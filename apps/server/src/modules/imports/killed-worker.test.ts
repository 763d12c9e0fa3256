// Issue 15: a process killed while it applies a file leaves the live tables as they were, and the
// server that is still running (or started again) on that machine takes the apply up at once — not
// after the two-minute stall — because the process that held it is gone.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TestApp } from '../../../test/build-test-app';
import { makeObject } from '../../../test/fixtures';
import type { Client } from '../../../test/helpers';
import { writeWorkbook } from '../../../test/import-files';
import { type ImportSetup, openImportSetup } from '../../../test/import-setup';
import { settled, uploadImport } from '../../../test/imports';
import { queryRows } from '../../db/database';
import * as repo from './imports.repository';
import { newWorkerIdentity, workerGone } from './worker-identity';

vi.setConfig({ testTimeout: 180_000 });

let setup: ImportSetup;
let t: TestApp;
let admin: Client;
let legalEntityId: string;

beforeAll(async () => {
  setup = await openImportSetup();
  ({ t, admin, legalEntityId } = setup);
});
afterAll(() => setup.close());

const HEADERS = ['Тип помещения', 'Улица', 'Дом', 'Номер помещения', 'Общая площадь', 'Лицевой счёт'];

async function uploadFlats(objectId: string, n: number, street: string) {
  const rows = Array.from({ length: n }, (_, i) => [
    'Квартира',
    street,
    '1',
    String(i + 1),
    40,
    `${street.length}${9_000_000 + i}`,
  ]);
  const path = await writeWorkbook(join(setup.dir.dir, `${street}.xlsx`), [{ rows: [HEADERS, ...rows] }]);
  const job = await uploadImport(
    admin,
    { kind: 'premises', legalEntityId, objectId },
    { name: 'квартиры.xlsx', data: await readFile(path) },
  );
  expect(job.status, JSON.stringify(job)).toBe('ready');
  return job;
}

const premisesIn = async (objectId: string) =>
  (
    await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from premises where object_id = ${objectId}`,
    )
  )[0]?.n ?? 0;

/** A pid no process has now: a child's that has exited (and been reaped). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  const pid = child.pid as number;
  await new Promise((resolve) => child.on('exit', resolve));
  return pid;
}

describe('a worker that is gone', () => {
  it('is told apart from a live one: same machine, a pid no process has, or this pid started again', async () => {
    const me = newWorkerIdentity();
    const [host, pid, start] = me.split('|');
    expect(workerGone(`${host}|${await deadPid()}|1|x`, me)).toBe(true);
    expect(workerGone(`${host}|${pid}|${Number(start) - 60_000}|x`, me)).toBe(true);
    // Another worker of this very process, a live process, another machine: not known to be gone.
    expect(workerGone(newWorkerIdentity(), me)).toBe(false);
    expect(workerGone(`${host}|${process.ppid}|1|x`, me)).toBe(false);
    expect(workerGone(`другой-сервер|${await deadPid()}|1|x`, me)).toBe(false);
  });

  it('has its apply and its reading taken up at once, a live one’s not before the stall', async () => {
    const objectId = (await makeObject(admin)).id;
    const job = await uploadFlats(objectId, 3, 'ул. Сиротская');
    const [host] = newWorkerIdentity().split('|');
    const dead = `${host}|${await deadPid()}|1|x`;
    const alive = `${host}|${process.ppid}|1|x`;
    const state = (tx: typeof t.db) =>
      queryRows<{ claimed: boolean; worker: string | null }>(
        tx,
        sql`select apply_claimed_at is not null as claimed, worker from imports where id = ${job.id}`,
      );
    // One transaction, rolled back: the app's own queue timer cannot run in between.
    const seen = await t.db
      .transaction(async (tx) => {
        const claim = (worker: string) =>
          tx.execute(sql`update imports set status = 'applying', apply_claimed_at = now(), worker = ${worker},
            updated_at = now() where id = ${job.id}`);
        const recover = () => repo.requeueStalled(tx, [], (other) => workerGone(other, newWorkerIdentity()));
        await claim(alive);
        await recover();
        const live = await state(tx);
        await claim(dead);
        await recover();
        const gone = await state(tx);
        await tx.execute(sql`update imports set status = 'parsing', worker = ${dead}, updated_at = now()
          where id = ${job.id}`);
        await recover();
        const [reading] = await queryRows<{ status: string }>(
          tx,
          sql`select status from imports where id = ${job.id}`,
        );
        throw Object.assign(new Error('rollback'), { seen: { live, gone, reading } });
      })
      .catch((error: { seen?: unknown }) => error.seen);
    expect(seen).toEqual({
      live: [{ claimed: true, worker: alive }],
      gone: [{ claimed: false, worker: null }],
      // Read again from the start.
      reading: { status: 'queued' },
    });
  });

  // Another process must open the same database: PostgreSQL only (the embedded one is the
  // server's own; a restarted embedded server takes its work up when it starts, `onReady`).
  it.runIf(process.env.TEST_DATABASE_URL)(
    'killed mid-apply: its pages are undone and this server applies the file again at once',
    async () => {
      const objectId = (await makeObject(admin)).id;
      const n = 6_000;
      const job = await uploadFlats(objectId, n, 'ул. Прерванная');
      const script = fileURLToPath(new URL('../../../test/apply-in-child.ts', import.meta.url));
      const child: ChildProcess = spawn(
        process.execPath,
        ['--import', 'tsx', script, t.databaseUrl as string, t.storageDir, admin.organizationId, job.id],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let output = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });
      child.stderr?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });
      const exited = new Promise((resolve) => child.on('exit', resolve));
      // Killed once its apply has gone through two pages (its progress is written beside it): the
      // first is committed by then (each page is, as the next one is read).
      await expect
        .poll(
          async () => {
            const [row] = await queryRows<{ rows_done: number; status: string }>(
              t.db,
              sql`select rows_done, status from imports where id = ${job.id}`,
            );
            return row && row.status === 'applying' && row.rows_done >= 2_000;
          },
          { timeout: 60_000, interval: 20 },
        )
        .toBe(true);
      child.kill('SIGKILL');
      await exited;
      expect(output).not.toContain('applied');
      // The pages it committed are there (the page it was in died with it), in a batch still open:
      // not listed, not for rolling back by hand.
      const written = await premisesIn(objectId);
      expect(written % 1_000).toBe(0);
      expect(written).toBeGreaterThanOrEqual(1_000);
      expect(written).toBeLessThan(n);
      const [open] = await queryRows<{ id: string; status: string }>(
        t.db,
        sql`select b.id, b.status from imports i join import_batches b on b.id = i.batch_id
          where i.id = ${job.id}`,
      );
      expect(open?.status).toBe('applying');
      const listed = (await admin.get('/api/import-batches?pageSize=100')).body.items as { id: string }[];
      expect(listed.map((batch) => batch.id)).not.toContain(open?.id);
      const refused = await admin.post(`/api/import-batches/${open?.id}/rollback`);
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('IMPORT_NOT_READY');

      // The queue's timer (every 5 s) sees the process gone and takes the file up: what the dead
      // process wrote is put back first, then the file applied once (every premise created by it).
      // `settled` gives up after 60 s, and the stall alone would wait 120 s.
      const done = await settled(admin, job.id);
      expect(done).toMatchObject({ status: 'applied', result: { premises: { created: n } } });
      expect(await premisesIn(objectId)).toBe(n);
      const batches = await queryRows<{ n: number }>(
        t.db,
        sql`select count(*)::int as n from import_batches where id = ${open?.id as string}`,
      );
      expect(batches[0]?.n).toBe(0);
    },
  );
});

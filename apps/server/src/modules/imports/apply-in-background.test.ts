// I-3: an apply is asked for at once (202) and done by the worker in the background, with progress;
// one that cannot be done leaves the file ready with the reason, and a crashed one is taken up again.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/build-test-app';
import { makeObject, makePremise } from '../../../test/fixtures';
import type { Client } from '../../../test/helpers';
import { writeWorkbook } from '../../../test/import-files';
import { type ImportSetup, openImportSetup } from '../../../test/import-setup';
import { applyImport, settled, uploadImport } from '../../../test/imports';
import { chunkedTransaction } from '../../db/chunked-transaction';
import { queryRows } from '../../db/database';
import { fileKind } from './apply-file';
import { jobActor } from './apply-import';
import * as repo from './imports.repository';

let setup: ImportSetup;
let t: TestApp;
let admin: Client;
let legalEntityId: string;
let dir: ImportSetup['dir'];

beforeAll(async () => {
  setup = await openImportSetup();
  ({ t, admin, legalEntityId, dir } = setup);
});
afterAll(() => setup.close());

const PREMISES = ['Тип помещения', 'Улица', 'Дом', 'Номер помещения', 'Общая площадь', 'Лицевой счёт'];
const CONSOLIDATED = [
  'Тип помещения',
  'Улица',
  'Дом',
  'Номер помещения',
  'ФИО / наименование',
  'Телефон',
  'Основание',
];

async function upload(kind: 'premises' | 'consolidated', objectId: string, rows: unknown[][]) {
  const path = await writeWorkbook(join(dir.dir, `${Math.random().toString(36).slice(2)}.xlsx`), [
    { rows: [kind === 'premises' ? PREMISES : CONSOLIDATED, ...rows] },
  ]);
  const job = await uploadImport(
    admin,
    { kind, legalEntityId, objectId },
    { name: 'файл.xlsx', data: await readFile(path) },
  );
  expect(job.status, JSON.stringify(job)).toBe('ready');
  return job;
}

const flats = (n: number, street = 'ул. Фоновая') =>
  Array.from({ length: n }, (_, i) => ['Квартира', street, '1', String(i + 1), 40, String(7_000_000 + i)]);

const premisesIn = async (objectId: string) =>
  (
    await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from premises where object_id = ${objectId}`,
    )
  )[0]?.n ?? 0;

const historyCount = async () =>
  (await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from change_history`))[0]?.n ?? 0;

describe('applying a file in the background', () => {
  it('answers 202 «applying» at once; the worker applies it and the file is «applied»', async () => {
    const objectId = (await makeObject(admin)).id;
    const job = await upload('premises', objectId, flats(3));
    expect(job.progress).toMatchObject({ stage: null });

    const asked = await admin.post(`/api/imports/${job.id}/apply`, {});
    expect(asked.status).toBe(202);
    expect(asked.body).toMatchObject({ status: 'applying', progress: { stage: 'apply', rowsDone: 0 } });
    // A second ask while it runs (or after) is refused, never applied twice.
    const again = await admin.post(`/api/imports/${job.id}/apply`, {});
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('IMPORT_NOT_READY');

    const done = await settled(admin, job.id);
    expect(done).toMatchObject({
      status: 'applied',
      applyProblem: null,
      progress: { stage: null },
      result: { premises: { created: 3 } },
    });
    expect(done.batchId).toEqual(expect.any(String));
    expect(await premisesIn(objectId)).toBe(3);
  });

  it('an apply that can no longer be done leaves the file ready, with the reason, and writes nothing', async () => {
    const objectId = (await makeObject(admin)).id;
    const job = await upload('premises', objectId, flats(2, 'ул. Поздняя'));
    // The object changes after the preview, and the apply is asked for past the route's check
    // (as if it had been asked just before the change): the worker finds the preview stale. In
    // this order the queue's timer cannot claim the apply before the change (it did under load).
    await makePremise(admin, objectId, { street: 'ул. Другая', house: '5', number: '1' });
    const row = await repo.findImport(t.db, admin.organizationId, job.id);
    if (!row) throw new Error('no import');
    await repo.requestApply(t.db, row, { staffId: null, name: 'Интеграция' }, false);
    // The queue's timer wakes the worker (every 5 s).
    const after = await settled(admin, job.id);
    expect(after).toMatchObject({
      status: 'ready',
      progress: { stage: null },
      applyProblem: { code: 'IMPORT_PREVIEW_STALE' },
    });
    expect(await premisesIn(objectId)).toBe(1);
    // Asked again, it is refused at once with the same reason.
    const refused = await admin.post(`/api/imports/${job.id}/apply`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('IMPORT_PREVIEW_STALE');
  });

  it('an apply whose process died is taken up again, but not one this process is working on', async () => {
    const objectId = (await makeObject(admin)).id;
    const job = await upload('premises', objectId, flats(1, 'ул. Прерванная'));
    const claimed = (tx: typeof t.db) =>
      queryRows<{ status: string; claimed: boolean }>(
        tx,
        sql`select status, apply_claimed_at is not null as claimed from imports where id = ${job.id}`,
      );
    // One transaction, rolled back: the app's own stall check cannot run in between.
    const seen = await t.db
      .transaction(async (tx) => {
        await tx.execute(sql`update imports set status = 'applying', apply_claimed_at = now(),
          updated_at = now() - interval '3 minutes' where id = ${job.id}`);
        await repo.requeueStalled(tx, [job.id]);
        const whileBusy = await claimed(tx);
        await repo.requeueStalled(tx, []);
        const afterCrash = await claimed(tx);
        throw Object.assign(new Error('rollback'), { seen: { whileBusy, afterCrash } });
      })
      .catch((error: { seen?: unknown }) => error.seen);
    expect(seen).toEqual({
      whileBusy: [{ status: 'applying', claimed: true }],
      afterCrash: [{ status: 'applying', claimed: false }],
    });
    // Unclaimed, it is the worker's again: applied.
    expect((await applyImport(admin, job.id)).body.status).toBe('applied');
  });

  // Issue 15: the apply commits page by page, so the embedded database — one connection — serves
  // other requests between pages (it served none until the apply's end).
  it('serves other requests while it applies, page by page: its progress is seen as it goes', async () => {
    const objectId = (await makeObject(admin)).id;
    const n = 3_000;
    const job = await upload('premises', objectId, flats(n, 'ул. Долгая'));
    expect((await admin.post(`/api/imports/${job.id}/apply`, {})).status).toBe(202);
    const seen = new Set<number>();
    for (;;) {
      const { body } = await admin.get(`/api/imports/${job.id}`);
      if (body.status !== 'applying') {
        expect(body.status).toBe('applied');
        break;
      }
      seen.add(body.progress.rowsDone);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(
      [...seen].some((rows) => rows > 0 && rows < n),
      [...seen].join(', '),
    ).toBe(true);
    expect(await premisesIn(objectId)).toBe(n);
  }, 120_000);

  it('an apply that fails after pages were written puts them back: the live tables are as they were', async () => {
    const objectId = (await makeObject(admin)).id;
    const n = 2_500;
    const job = await upload('premises', objectId, flats(n, 'ул. Сорванная'));
    const historyBefore = await historyCount();
    // The third page fails in the database itself (a trigger of this test's: flat 2,100).
    await t.db.execute(sql`create function fail_flat_2100() returns trigger language plpgsql as $$
      begin
        if new.number = '2100' and new.object_id = ${sql.raw(`'${objectId}'`)} then
          raise exception 'test: the disk is full';
        end if;
        return new;
      end $$`);
    await t.db.execute(sql`create trigger fail_flat_2100 before insert on premises
      for each row execute function fail_flat_2100()`);
    try {
      const seen = new Set<number>();
      expect((await admin.post(`/api/imports/${job.id}/apply`, {})).status).toBe(202);
      let after: Record<string, unknown> & { status: string };
      for (;;) {
        after = (await admin.get(`/api/imports/${job.id}`)).body;
        if (after.status !== 'applying') break;
        seen.add(await premisesIn(objectId));
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(after).toMatchObject({ status: 'ready', applyProblem: { code: 'INTERNAL' }, batchId: null });
      // Pages were written (and seen) before the failure; all of them are gone.
      expect(Math.max(...seen), [...seen].join(', ')).toBeGreaterThanOrEqual(1_000);
      expect(await premisesIn(objectId)).toBe(0);
      const left = await queryRows<{ n: number }>(
        t.db,
        sql`select count(*)::int as n from import_batches where status = 'applying'`,
      );
      expect(left[0]?.n).toBe(0);
      // R-4: the two pages written stay in the history, each premise with an entry saying it was
      // put back (and so does each of their accounts).
      const undone = await queryRows<{ entity_type: string; n: number }>(
        t.db,
        sql`select entity_type, count(*)::int as n from change_history
          where changes->0->>'new' = 'Загрузка файла прервана, её изменения отменены'
          group by 1 order by 1`,
      );
      expect(undone).toEqual([
        { entity_type: 'account', n: 2_000 },
        { entity_type: 'premise', n: 2_000 },
      ]);
      expect((await historyCount()) - historyBefore).toBe(4 * 2_000);
    } finally {
      await t.db.execute(sql`drop trigger fail_flat_2100 on premises`);
      await t.db.execute(sql`drop function fail_flat_2100()`);
    }
    // Applied again, it writes the file once.
    expect((await applyImport(admin, job.id)).body).toMatchObject({
      status: 'applied',
      result: { premises: { created: n } },
    });
    expect(await premisesIn(objectId)).toBe(n);
  }, 120_000);

  it('reports its progress a page at a time: each clean row once per pass over the file', async () => {
    const objectId = (await makeObject(admin)).id;
    const premises = await upload('premises', objectId, flats(1_500, 'ул. Страничная'));
    const consolidated = await upload('consolidated', objectId, [
      ['Квартира', 'ул. Сводная', '2', '1', 'Иванов Иван Иванович', '+7 916 000-00-01', 'Собственник'],
      ['Квартира', 'ул. Сводная', '2', '2', 'Петров Пётр Петрович', '+7 916 000-00-02', 'Собственник'],
    ]);
    const pages = async (id: string) => {
      const row = await repo.findImport(t.db, admin.organizationId, id);
      if (!row) throw new Error('no import');
      const actor = await jobActor(t.db, row, null, 'Проверка');
      const seen: number[] = [];
      await t.db
        .transaction(async (tx) => {
          await fileKind(row.kind).apply(tx, actor, row, (rows) => seen.push(rows));
          throw new Error('rollback');
        })
        .catch(() => {});
      return { seen, passes: fileKind(row.kind).passes };
    };
    expect(await pages(premises.id)).toEqual({ seen: [1000, 500], passes: 1 });
    // Applied for real (committed page by page), the embedded database's pages are 250 rows: a page
    // is what other requests wait for there.
    const row = await repo.findImport(t.db, admin.organizationId, premises.id);
    if (!row) throw new Error('no import');
    const actor = await jobActor(t.db, row, null, 'Проверка');
    const chunked: number[] = [];
    await chunkedTransaction(
      t.db,
      async () => {},
      (tx) => fileKind(row.kind).apply(tx, actor, row, (rows) => chunked.push(rows)),
    );
    expect(chunked).toEqual(process.env.TEST_DATABASE_URL ? [1000, 500] : [250, 250, 250, 250, 250, 250]);
    expect(await premisesIn(objectId)).toBe(1_500);
    // Premises and accounts, then clients and links (the last page read is the empty one).
    expect(await pages(consolidated.id)).toEqual({ seen: [2, 2, 0], passes: 2 });
  });
});

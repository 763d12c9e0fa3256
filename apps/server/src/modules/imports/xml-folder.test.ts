// I-2: the watched folder — an administrator switches it on; each scan reads new and changed *.xml,
// applies a clean file, holds one that removes owners, and files everything under done/ or failed/.
import { readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { makeLegalEntity, makeObject } from '../../../test/fixtures';
import { type Client, makeOrganization } from '../../../test/helpers';
import { queryRows } from '../../db/database';
import { addToPremise, makeClient } from '../links/link-fixtures';
import { exampleXml, type XmlIds, xmlFile } from './xml-fixtures';

let t: TestApp;
let admin: Client;
let ids: XmlIds;
let folder: string;

beforeAll(async () => {
  t = await buildTestApp();
  ({ admin } = await makeOrganization(t));
  ids = { objectId: (await makeObject(admin)).id, legalEntityId: (await makeLegalEntity(admin)).id };
  folder = path.join(t.config.dataDir, 'xml', admin.organizationId);
});
afterAll(async () => {
  await t.close();
});

const PAST = new Date(Date.now() - 60_000);

/** Puts a file into the folder as a finished one (modified a minute ago, so the scan takes it). */
async function drop(name: string, content: string, mtime = PAST) {
  const file = path.join(folder, name);
  await writeFile(file, content);
  await utimes(file, mtime, mtime);
  return file;
}

const report = async (sub: 'done' | 'failed', stem: string) =>
  JSON.parse(await readFile(path.join(folder, sub, `${stem}.report.json`), 'utf8'));

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

const importCount = async () =>
  (
    await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from imports where organization_id = ${admin.organizationId}`,
    )
  )[0]?.n;

describe('the watched XML folder (I-2)', () => {
  it('is switched on by an administrator: the server makes the folder under the root and tells where it is', async () => {
    const off = {
      enabled: false,
      path: folder,
      donePath: path.join(folder, 'done'),
      failedPath: path.join(folder, 'failed'),
      updatedAt: null,
    };
    expect((await admin.get('/api/integration/xml-folder')).body).toEqual(off);
    expect(await exists(folder)).toBe(false);
    const put = (enabled: boolean) =>
      admin.request({ method: 'PUT', url: '/api/integration/xml-folder', payload: { enabled } });
    const on = await put(true);
    expect(on.status, JSON.stringify(on.body)).toBe(200);
    expect(on.body).toEqual({ ...off, enabled: true, updatedAt: expect.any(String) });
    expect((await stat(folder)).isDirectory()).toBe(true);
    expect((await admin.get('/api/integration/xml-folder')).body.enabled).toBe(true);
    // Off leaves the folder and its files; on again is the same folder.
    expect((await put(false)).body).toEqual(off);
    expect(await exists(folder)).toBe(true);
    expect((await put(true)).body.path).toBe(folder);
  });

  it('applies a clean file and files it under done/ with its report', async () => {
    await drop('clean.xml', exampleXml(ids));
    await t.app.xmlFolders.scanOnce();
    expect(await exists(path.join(folder, 'clean.xml'))).toBe(false);
    expect(await exists(path.join(folder, 'done', 'clean.xml'))).toBe(true);
    const done = await report('done', 'clean');
    expect(done).toMatchObject({
      file: 'clean.xml',
      status: 'applied',
      rowCount: 11,
      rowsWithErrors: 0,
      counts: { premises: { created: 2 }, clients: { created: 3 }, links: { created: 4 } },
      deletions: { total: 0 },
      errors: [],
    });
    expect(done.crmUrl).toBe(`/imports/${done.importId}`);
    const job = (await admin.get(`/api/imports/${done.importId}`)).body;
    expect(job).toMatchObject({ kind: 'xml', status: 'applied', actorName: 'Папка XML' });
    expect(job.batchId).not.toBeNull();
  });

  it('does not read an unchanged file again; a changed one is read', async () => {
    const before = await importCount();
    const moved = path.join(folder, 'done', 'clean.xml');
    const { mtime } = await stat(moved);
    await drop('clean.xml', await readFile(moved, 'utf8'), mtime);
    await t.app.xmlFolders.scanOnce();
    expect(await importCount()).toBe(before);
    expect(await exists(path.join(folder, 'clean.xml'))).toBe(true);

    await utimes(path.join(folder, 'clean.xml'), PAST, new Date(PAST.getTime() - 1000));
    await t.app.xmlFolders.scanOnce();
    expect(await importCount()).toBe((before ?? 0) + 1);
    // Nothing changed in the data: applied with nothing to roll back, filed as clean-2 beside the first.
    expect(await report('done', 'clean-2')).toMatchObject({
      status: 'applied',
      counts: { premises: { unchanged: 2 } },
    });
  });

  it('leaves a file still being written for the next scan', async () => {
    const before = await importCount();
    await drop('fresh.xml', exampleXml(ids), new Date());
    await t.app.xmlFolders.scanOnce();
    expect(await importCount()).toBe(before);
    expect(await exists(path.join(folder, 'fresh.xml'))).toBe(true);
    await utimes(path.join(folder, 'fresh.xml'), PAST, PAST);
    await t.app.xmlFolders.scanOnce();
    expect(await exists(path.join(folder, 'done', 'fresh.xml'))).toBe(true);
  });

  it('holds a file that removes owners (I-5) for a person in the CRM, filed under done/', async () => {
    const flat = (
      await queryRows<{ id: string }>(
        t.db,
        sql`select id from premises where organization_id = ${admin.organizationId} and external_id = '1C-P-015'`,
      )
    )[0] as { id: string };
    const extra = await makeClient(admin, 'Лишний Лев');
    expect((await addToPremise(admin, flat.id, { clientId: extra.id, role: 'owner' })).status).toBe(201);
    await drop('removes.xml', exampleXml(ids));
    await t.app.xmlFolders.scanOnce();
    const held = await report('done', 'removes');
    expect(held).toMatchObject({ status: 'held', deletions: { total: 1 } });
    expect(held.message).toContain(held.crmUrl);
    const job = (await admin.get(`/api/imports/${held.importId}`)).body;
    expect(job).toMatchObject({ status: 'ready', preview: { deletions: { total: 1 } } });
    expect((await admin.get(`/api/premises/${flat.id}/clients`)).body).toHaveLength(3);
  });

  it('files a broken file and one with row errors under failed/, the latter with its errors as .xlsx', async () => {
    await drop('broken.xml', '<import xmlns="urn:domovoy:import:1" version="1">\n<clients>\n</import>');
    await drop(
      'rows.xml',
      xmlFile(ids, {
        clients:
          '    <client externalId="R-1"><fullName>Строкин Роман</fullName><phone>12345</phone></client>',
      }),
    );
    await t.app.xmlFolders.scanOnce();
    expect(await report('failed', 'broken')).toMatchObject({
      status: 'failed',
      // At the line the <clients> left open starts on, not the line of </import> that revealed it.
      problem: {
        code: 'IMPORT_XML_MALFORMED',
        detail: expect.stringContaining('Строка 2, символ 1: элемент <clients>'),
      },
    });
    expect(await exists(path.join(folder, 'failed', 'broken.errors.xlsx'))).toBe(false);
    const rows = await report('failed', 'rows');
    expect(rows).toMatchObject({
      status: 'failed',
      rowsWithErrors: 1,
      errors: [{ row: 4, column: 'phone', value: '12345' }],
    });
    expect((await admin.get(`/api/imports/${rows.importId}`)).body.status).toBe('ready');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(folder, 'failed', 'rows.errors.xlsx'));
    const sheet = workbook.getWorksheet('Ошибки');
    expect(((sheet?.getRow(2).values ?? []) as unknown[]).slice(1, 4)).toEqual([4, 'phone', '12345']);
    expect((await readdir(folder)).filter((name) => name.endsWith('.xml'))).toEqual([]);
  });
});

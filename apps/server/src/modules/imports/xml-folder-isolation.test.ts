// I-2, issue 10: the watched folder cannot cross tenants. The server chooses each organisation's
// folder (`<root>/<organisation id>/`); nothing put in its place or inside it — a link to another
// organisation's folder, to its done/, outside the root, a linked file — is read, moved or written.
import { link, mkdir, readdir, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ERRORS } from '@domovoy/contract';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { makeLegalEntity, makeObject } from '../../../test/fixtures';
import { type Client, makeOrganization } from '../../../test/helpers';
import { tempDir } from '../../../test/import-files';
import { queryRows } from '../../db/database';
import { exampleXml, type XmlIds } from './xml-fixtures';

let t: TestApp;
let a: Client;
let b: Client;
let idsA: XmlIds;
let folderA: string;
let folderB: string;
let outside: Awaited<ReturnType<typeof tempDir>>;

const PAST = new Date(Date.now() - 60_000);
const setFolder = (staff: Client, body: Record<string, unknown>) =>
  staff.request({ method: 'PUT', url: '/api/integration/xml-folder', payload: body });

beforeAll(async () => {
  t = await buildTestApp();
  a = (await makeOrganization(t)).admin;
  b = (await makeOrganization(t)).admin;
  idsA = { objectId: (await makeObject(a)).id, legalEntityId: (await makeLegalEntity(a)).id };
  folderA = (await setFolder(a, { enabled: true })).body.path;
  folderB = (await setFolder(b, { enabled: true })).body.path;
  outside = await tempDir();
});
afterAll(async () => {
  await t.close();
  await outside.remove();
});

/** A finished file (modified a minute ago) that organisation A could import: A's own ids. */
async function plant(file: string) {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, exampleXml(idsA));
  await utimes(file, PAST, PAST);
  return file;
}

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

const countOf = async (table: 'clients' | 'imports', organizationId: string) =>
  (
    await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from ${sql.identifier(table)} where organization_id = ${organizationId}`,
    )
  )[0]?.n;

/** Puts a link to `target` where organisation A's folder is. */
async function replaceFolderA(target: string) {
  await rm(folderA, { recursive: true, force: true });
  await symlink(target, folderA);
}

describe('the watched XML folder across organisations (issue 10)', () => {
  it('gives each organisation its own folder, directly under the root, neither inside the other', async () => {
    const root = t.config.xmlFolderRoot;
    expect(folderA).toBe(path.join(root, a.organizationId));
    expect(folderB).toBe(path.join(root, b.organizationId));
    expect(folderA).not.toBe(folderB);
    expect(path.dirname(folderA)).toBe(root);
    expect(path.dirname(folderB)).toBe(root);
    expect(folderA.startsWith(folderB + path.sep)).toBe(false);
    expect(folderB.startsWith(folderA + path.sep)).toBe(false);
    expect((await stat(folderA)).isDirectory()).toBe(true);
    expect((await stat(folderB)).isDirectory()).toBe(true);
  });

  it('offers no way to type a path: the folder stays the one the server chose', async () => {
    const typed = await setFolder(a, { path: '/etc' });
    expect(typed.status).toBe(400);
    expect(typed.body.errors).toEqual([expect.objectContaining({ field: 'enabled' })]);
    for (const body of [
      { enabled: true, path: '/etc' },
      { enabled: true, path: folderB },
    ]) {
      const response = await setFolder(a, body);
      expect(response.status).toBe(200);
      expect(response.body.path).toBe(folderA);
    }
    expect((await a.get('/api/integration/xml-folder')).body).toMatchObject({ enabled: true, path: folderA });
  });

  it('watches a folder switched on before the server chose folders at the server folder (made on the scan)', async () => {
    // Migration 0011 dropped the typed paths and kept the switch: the row alone, no folder yet.
    const c = (await makeOrganization(t)).admin;
    await queryRows(t.db, sql`insert into xml_folders (organization_id) values (${c.organizationId})`);
    const folderC = path.join(t.config.xmlFolderRoot, c.organizationId);
    expect(await exists(folderC)).toBe(false);
    await t.app.xmlFolders.scanOnce();
    expect((await stat(folderC)).isDirectory()).toBe(true);
    expect((await c.get('/api/integration/xml-folder')).body).toMatchObject({ enabled: true, path: folderC });
  });

  it("does not read or move another organisation's files through a link put in place of its folder", async () => {
    // B stops watching: its files stay where they are, and A must not take them either.
    expect((await setFolder(b, { enabled: false })).status).toBe(200);
    const bFile = await plant(path.join(folderB, 'b.xml'));
    const bDone = await plant(path.join(folderB, 'done', 'b-old.xml'));
    const outsideFile = await plant(path.join(outside.dir, 'outside.xml'));
    for (const target of [folderB, path.dirname(bDone), t.config.xmlFolderRoot, outside.dir]) {
      await replaceFolderA(target);
      await t.app.xmlFolders.scanOnce();
      for (const file of [bFile, bDone, outsideFile]) expect(await exists(file), file).toBe(true);
      expect(await exists(path.join(folderB, 'failed'))).toBe(false);
      expect(await readdir(outside.dir)).toEqual(['outside.xml']);
      expect(await countOf('imports', a.organizationId)).toBe(0);
      expect(await countOf('clients', a.organizationId)).toBe(0);
      expect(await countOf('imports', b.organizationId)).toBe(0);
      // Switching on again does not accept the link, and says nothing about whose folder it is.
      const again = await setFolder(a, { enabled: true });
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({
        code: 'XML_FOLDER_UNAVAILABLE',
        title: ERRORS.XML_FOLDER_UNAVAILABLE.message,
      });
      expect(JSON.stringify(again.body)).not.toMatch(new RegExp(`организац|${b.organizationId}`, 'i'));
    }
    await rm(folderA);
    expect((await setFolder(a, { enabled: true })).status).toBe(200);
    expect((await stat(folderA)).isDirectory()).toBe(true);
  });

  it('does not follow a linked file (symbolic or hard) to a file elsewhere', async () => {
    const target = await plant(path.join(outside.dir, 'target.xml'));
    await symlink(target, path.join(folderA, 'linked.xml'));
    await link(target, path.join(folderA, 'hard.xml'));
    await t.app.xmlFolders.scanOnce();
    expect(await countOf('imports', a.organizationId)).toBe(0);
    expect(await exists(target)).toBe(true);
    expect((await readdir(folderA)).sort()).toEqual(['hard.xml', 'linked.xml']);
    await rm(path.join(folderA, 'linked.xml'));
    await rm(path.join(folderA, 'hard.xml'));
  });

  it('writes no report through a link put in place of done/', async () => {
    const elsewhere = path.join(outside.dir, 'elsewhere');
    await mkdir(elsewhere);
    await symlink(elsewhere, path.join(folderA, 'done'));
    await plant(path.join(folderA, 'clean.xml'));
    await t.app.xmlFolders.scanOnce();
    expect(await countOf('imports', a.organizationId)).toBe(1);
    expect(await readdir(elsewhere)).toEqual([]);
    expect(await exists(path.join(folderA, 'clean.xml'))).toBe(true);
  });
});

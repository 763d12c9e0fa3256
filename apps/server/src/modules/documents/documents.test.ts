import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { makeObject, makePremise } from '../../../test/fixtures';
import { type Client, makeOrganization, makeStaff } from '../../../test/helpers';
import { multipart, PDF_BYTES } from '../../../test/multipart';

let t: TestApp;
let admin: Client;
let objectId: string;

// A small upload limit (1 MB) to test the size check without large payloads.
beforeAll(async () => {
  t = await buildTestApp({ MAX_UPLOAD_MB: '1' });
  ({ admin } = await makeOrganization(t));
  objectId = (await makeObject(admin)).id;
});
afterAll(() => t.close());

const PNG_BYTES = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6300010000050001' +
    '0d0a2db40000000049454e44ae426082',
  'hex',
);

async function upload(
  client: Client,
  premiseId: string,
  fields: Record<string, string>,
  file?: Parameters<typeof multipart>[1],
) {
  return client.request({
    method: 'POST',
    url: `/api/premises/${premiseId}/documents`,
    ...multipart(fields, file),
  });
}

async function storedFiles(organizationId: string): Promise<string[]> {
  const dir = path.join(t.config.dataDir, 'files', 'org', organizationId, 'documents');
  return readdir(dir).catch(() => []);
}

describe('P-9: documents of a premise', () => {
  it('uploads a document with title, description and date, lists and downloads it', async () => {
    const premise = await makePremise(admin, objectId);
    const response = await upload(
      admin,
      premise.id,
      { title: 'План квартиры', description: 'Поэтажный план БТИ', date: '2026-03-15' },
      { name: 'план-бти.pdf', type: 'application/pdf', data: PDF_BYTES },
    );
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      premiseId: premise.id,
      title: 'План квартиры',
      description: 'Поэтажный план БТИ',
      date: '2026-03-15',
      fileName: 'план-бти.pdf',
      contentType: 'application/pdf',
      size: PDF_BYTES.length,
    });
    const list = await admin.get(`/api/premises/${premise.id}/documents`);
    expect(list.body.map((d: { title: string }) => d.title)).toEqual(['План квартиры']);

    const file = await admin.get(response.body.fileUrl);
    expect(file.status).toBe(200);
    expect(file.raw.equals(PDF_BYTES)).toBe(true);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(String(file.headers['content-disposition'])).toContain(
      `filename*=UTF-8''${encodeURIComponent('план-бти.pdf')}`,
    );
  });

  it('searches by title and description, not by the file name', async () => {
    const premise = await makePremise(admin, objectId);
    await upload(
      admin,
      premise.id,
      { title: 'Страховой полис', description: 'Полис на 2026 год' },
      { name: 'scan-001.pdf', type: 'application/pdf', data: PDF_BYTES },
    );
    await upload(
      admin,
      premise.id,
      { title: 'Правила проживания' },
      { name: 'полис.png', type: 'image/png', data: PNG_BYTES },
    );
    const titles = async (q: string) =>
      (await admin.get(`/api/premises/${premise.id}/documents?search=${encodeURIComponent(q)}`)).body.map(
        (d: { title: string }) => d.title,
      );
    expect(await titles('полис')).toEqual(['Страховой полис']);
    expect(await titles('2026')).toEqual(['Страховой полис']);
    expect(await titles('ПРАВИЛА')).toEqual(['Правила проживания']);
    expect(await titles('scan-001')).toEqual([]);
  });

  it('edits title, description and date, and deletes the document with its file', async () => {
    const premise = await makePremise(admin, objectId);
    const created = (
      await upload(
        admin,
        premise.id,
        { title: 'Акт' },
        { name: 'a.pdf', type: 'application/pdf', data: PDF_BYTES },
      )
    ).body;
    const edited = await admin.patch(`/api/documents/${created.id}`, {
      title: 'Акт приёмки',
      description: 'Подписан',
      date: '2026-01-20',
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ title: 'Акт приёмки', description: 'Подписан', date: '2026-01-20' });
    const before = await storedFiles(admin.organizationId);
    expect((await admin.delete(`/api/documents/${created.id}`)).status).toBe(204);
    expect((await admin.get(created.fileUrl)).status).toBe(404);
    expect(await storedFiles(admin.organizationId)).toHaveLength(before.length - 1);
    const summaries = (await admin.get(`/api/premises/${premise.id}/history`)).body.map(
      (e: { summary: string }) => e.summary,
    );
    expect(summaries).toEqual([
      'Удалён документ Акт приёмки',
      'Изменён документ: Название, Описание, Дата',
      'Добавлен документ Акт',
      'Создано помещение',
    ]);
  });

  it('refuses a file above the size limit, a file of a type not allowed, and a missing file — storing nothing', async () => {
    const premise = await makePremise(admin, objectId);
    const filesBefore = await storedFiles(admin.organizationId);
    const big = Buffer.concat([PDF_BYTES, Buffer.alloc(1024 * 1024 + 10, 0x20)]);
    const tooLarge = await upload(
      admin,
      premise.id,
      { title: 'Большой' },
      { name: 'big.pdf', type: 'application/pdf', data: big },
    );
    expect(tooLarge.status).toBe(400);
    expect(tooLarge.body.code).toBe('FILE_TOO_LARGE');
    expect(tooLarge.body.errors[0]).toMatchObject({ field: 'file', message: 'Файл больше 1 МБ' });

    const script = Buffer.from(
      'MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff'.padEnd(300, '\x00'),
      'latin1',
    );
    const exe = await upload(
      admin,
      premise.id,
      { title: 'Вирус' },
      { name: 'invoice.pdf', type: 'application/pdf', data: script },
    );
    expect(exe.status).toBe(400);
    expect(exe.body.code).toBe('FILE_TYPE_NOT_ALLOWED');
    const html = await upload(
      admin,
      premise.id,
      { title: 'Страница' },
      { name: 'page.html', type: 'text/html', data: Buffer.from('<script>alert(1)</script>') },
    );
    expect(html.body.code).toBe('FILE_TYPE_NOT_ALLOWED');

    const noFile = await upload(admin, premise.id, { title: 'Без файла' });
    expect(noFile.status).toBe(400);
    expect(noFile.body.errors).toEqual([{ field: 'file', code: 'FILE_REQUIRED', message: 'Приложите файл' }]);
    const noTitle = await upload(
      admin,
      premise.id,
      { title: '', date: '2026-02-30' },
      { name: 'a.pdf', type: 'application/pdf', data: PDF_BYTES },
    );
    expect(noTitle.status).toBe(400);
    expect(noTitle.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['date', 'title']);

    expect((await admin.get(`/api/premises/${premise.id}/documents`)).body).toEqual([]);
    expect(await storedFiles(admin.organizationId)).toEqual(filesBefore);
  });

  it('accepts plain text files as .txt and refuses a JSON body where a form is expected', async () => {
    const premise = await makePremise(admin, objectId);
    const text = await upload(
      admin,
      premise.id,
      { title: 'Памятка' },
      { name: 'памятка.txt', type: 'text/plain', data: Buffer.from('Вывоз мусора по средам') },
    );
    expect(text.status).toBe(201);
    expect(text.body.contentType).toBe('text/plain');
    const json = await admin.post(`/api/premises/${premise.id}/documents`, { title: 'x' });
    expect(json.status).toBe(415);
    expect(json.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('R-2: a role without «Редактирование» may read and download but not upload, edit or delete', async () => {
    const premise = await makePremise(admin, objectId);
    const doc = (
      await upload(
        admin,
        premise.id,
        { title: 'Схема' },
        { name: 's.pdf', type: 'application/pdf', data: PDF_BYTES },
      )
    ).body;
    const viewer = await makeStaff(t, admin, ['premises.view']);
    expect((await viewer.get(`/api/premises/${premise.id}/documents`)).status).toBe(200);
    expect((await viewer.get(doc.fileUrl)).status).toBe(200);
    const filesBefore = await storedFiles(admin.organizationId);
    const refused = await upload(
      viewer,
      premise.id,
      { title: 'Чужой' },
      { name: 'x.pdf', type: 'application/pdf', data: PDF_BYTES },
    );
    expect(refused.status).toBe(403);
    expect(await storedFiles(admin.organizationId)).toEqual(filesBefore);
    expect((await viewer.patch(`/api/documents/${doc.id}`, { title: 'Y' })).status).toBe(403);
    expect((await viewer.delete(`/api/documents/${doc.id}`)).status).toBe(403);
    const other = await makeOrganization(t);
    expect((await other.admin.get(doc.fileUrl)).status).toBe(404);
    expect((await other.admin.get(`/api/premises/${premise.id}/documents`)).status).toBe(404);
  });
});

describe('APP-3: «Видно жителям»', () => {
  it('is off by default, set on upload or by a patch, and written to the history', async () => {
    const premise = await makePremise(admin, objectId);
    const hidden = await upload(
      admin,
      premise.id,
      { title: 'Акт' },
      { name: 'a.pdf', type: 'application/pdf', data: PDF_BYTES },
    );
    expect(hidden.status).toBe(201);
    expect(hidden.body.visibleToResidents).toBe(false);
    const shown = await upload(
      admin,
      premise.id,
      { title: 'Договор', visibleToResidents: 'true' },
      { name: 'd.pdf', type: 'application/pdf', data: PDF_BYTES },
    );
    expect(shown.body.visibleToResidents).toBe(true);
    const bad = await upload(
      admin,
      premise.id,
      { title: 'Договор', visibleToResidents: 'да' },
      { name: 'd.pdf', type: 'application/pdf', data: PDF_BYTES },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('visibleToResidents');

    const patched = await admin.patch(`/api/documents/${hidden.body.id}`, { visibleToResidents: true });
    expect(patched.status).toBe(200);
    expect(patched.body).toEqual(expect.objectContaining({ title: 'Акт', visibleToResidents: true }));
    const list = (await admin.get(`/api/premises/${premise.id}/documents`)).body;
    expect(list.map((d: { visibleToResidents: boolean }) => d.visibleToResidents)).toEqual([true, true]);
    const history = (await admin.get(`/api/premises/${premise.id}/history`)).body;
    const entries = Array.isArray(history) ? history : history.items;
    expect(JSON.stringify(entries)).toContain('visibleToResidents');

    const viewer = await makeStaff(t, admin, ['premises.view']);
    const refused = await viewer.patch(`/api/documents/${hidden.body.id}`, { visibleToResidents: false });
    expect(refused.status).toBe(403);
  });
});

import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { PII_MASK } from '@domovoy/contract';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { fixturePhone } from '../../../test/fixtures';
import { type Client, makeOrganization, makeStaff } from '../../../test/helpers';
import { RESIDENT_API, type Resident, signInResident } from '../../../test/residents';
import { changeHistory, clients } from '../../db/schema';

type Org = { admin: Client; slug: string; id: string };

let t: TestApp;
let a: Org;
let b: Org;

async function org(name: string): Promise<Org> {
  const made = await makeOrganization(t, name);
  return { admin: made.admin, slug: made.organization.slug, id: made.organization.id };
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A one-pixel PNG of the colour; its header may declare another size (nothing decodes it). */
function makePng([r, g, bl]: [number, number, number], [width, height] = [1, 1]): Buffer {
  const header = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.from([0, r, g, bl]))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

const RED = makePng([255, 0, 0]);
const BLUE = makePng([0, 0, 255]);

function multipart(data: Buffer, fileName = 'photo.png', contentType = 'image/png') {
  const boundary = 'domovoy-photo-boundary';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), data, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

const patch = (resident: Resident, body: unknown) =>
  resident.request({ method: 'PATCH', url: `${RESIDENT_API}/me/profile`, payload: body as object });
const uploadPhoto = (resident: Resident, data: Buffer, fileName?: string, type?: string) =>
  resident.request({ method: 'PUT', url: `${RESIDENT_API}/me/photo`, ...multipart(data, fileName, type) });

/** One person with a card in A and in B (T-3), signed in to A. */
async function residentInTwo(name = 'Иванов Иван Иванович') {
  const phone = fixturePhone();
  const inA = (await a.admin.post('/api/clients', { fullName: name, phone, gender: 'male' })).body;
  const inB = (
    await b.admin.post('/api/clients', { fullName: 'Иванов Иван', phone, email: 'old@example.ru' })
  ).body;
  const resident = await signInResident(t, phone, a.slug);
  return { phone, inA: inA.id as string, inB: inB.id as string, resident };
}

const cardsOf = (phone: string) => t.db.select().from(clients).where(eq(clients.phone, phone));
const historyOf = (o: Org, id: string) => o.admin.get(`/api/clients/${id}/history`);
/** Files stored for the account: a replaced or deleted photo must not stay behind. */
const storedPhotos = (accountId: string) =>
  readdir(path.join(t.config.dataDir, 'files', 'residents', accountId, 'photos')).catch(() => []);

beforeAll(async () => {
  t = await buildTestApp();
  a = await org('УК Профиль А');
  b = await org('УК Профиль Б');
});
afterAll(() => t?.close());

describe('«Мои данные» (APP-5)', () => {
  it('an edit changes the card in every organisation, with the resident as the author in each history', async () => {
    const { phone, inA, inB, resident } = await residentInTwo();
    const body = { fullName: 'Петров Пётр Петрович', birthDate: '1985-04-12', email: 'Petrov@Example.ru' };
    const edited = await patch(resident, body);
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body).toEqual({
      type: 'individual',
      fullName: 'Петров Пётр Петрович',
      birthDate: '1985-04-12',
      email: 'petrov@example.ru',
      phone,
      gender: 'male',
      photoUrl: null,
    });

    for (const [o, id, oldName] of [
      [a, inA, 'Иванов Иван Иванович'],
      [b, inB, 'Иванов Иван'],
    ] as const) {
      const card = (await o.admin.get(`/api/clients/${id}`)).body;
      expect(card).toMatchObject({ fullName: 'Петров Пётр Петрович', birthDate: '1985-04-12' });
      expect(card.email).toBe('petrov@example.ru');
      const [entry] = (await historyOf(o, id)).body;
      expect(entry).toMatchObject({
        action: 'update',
        actor: null,
        actorName: `Клиент в приложении: ${oldName}`,
      });
      expect(entry.changes).toEqual(
        expect.arrayContaining([
          { field: 'fullName', old: oldName, new: 'Петров Пётр Петрович' },
          { field: 'birthDate', old: null, new: '1985-04-12' },
        ]),
      );
    }
    // The author's name is personal data: masked for a role without «ФИО».
    const noNames = await makeStaff(t, a.admin, ['clients.view']);
    const [masked] = (await noNames.get(`/api/clients/${inA}/history`)).body;
    expect(masked.actorName).toBe(`Клиент в приложении: ${PII_MASK}`);

    // In B's session, «Мои данные» read B's card: the same data now.
    const inBSession = await signInResident(t, phone, b.slug);
    expect((await inBSession.get('/me/profile')).body).toMatchObject({ fullName: 'Петров Пётр Петрович' });
  });

  it('refuses a bad e-mail, a birth date in the future and an empty name: 400 per field, nothing written', async () => {
    const { phone, resident } = await residentInTwo();
    const before = await cardsOf(phone);
    const historyBefore = await t.db.select().from(changeHistory);

    const email = await patch(resident, { email: 'not-an-email', fullName: 'Новое Имя' });
    expect(email.status).toBe(400);
    expect(email.headers['content-type']).toContain('application/problem+json');
    expect(email.body.errors).toEqual([expect.objectContaining({ field: 'email', code: 'EMAIL_FORMAT' })]);

    const future = await patch(resident, { birthDate: '2999-01-01' });
    expect(future.status).toBe(400);
    expect(future.body.errors).toEqual([
      expect.objectContaining({ field: 'birthDate', code: 'BIRTH_DATE_RANGE' }),
    ]);

    for (const fullName of ['', '   ']) {
      const empty = await patch(resident, { fullName });
      expect(empty.status).toBe(400);
      expect(empty.body.errors).toEqual([expect.objectContaining({ field: 'fullName' })]);
    }
    const digits = await patch(resident, { fullName: 'Иван 2000' });
    expect(digits.body.errors).toEqual([
      expect.objectContaining({ field: 'fullName', code: 'NAME_LETTERS' }),
    ]);

    expect(await cardsOf(phone)).toEqual(before);
    expect((await t.db.select().from(changeHistory)).length).toBe(historyBefore.length);
  });

  it('a card that refuses the change in one organisation leaves the other unchanged too', async () => {
    const { phone, inB, resident } = await residentInTwo();
    // B's card holds an e-mail the rules refuse (written before them): validated as a whole card (C-5).
    await t.db.update(clients).set({ email: 'broken' }).where(eq(clients.id, inB));
    const before = await cardsOf(phone);
    const refused = await patch(resident, { fullName: 'Сидоров Семён' });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'email' })]);
    expect(await cardsOf(phone)).toEqual(before);
  });

  it('phone and gender are not editable: refused with 400, nothing written; other unknown fields are dropped', async () => {
    const { phone, resident } = await residentInTwo();
    const before = await cardsOf(phone);
    for (const body of [{ phone: fixturePhone() }, { gender: 'female' }, { fullName: 'Новое Имя', phone }]) {
      const refused = await patch(resident, body);
      expect(refused.status).toBe(400);
      expect(refused.body.code).toBe('VALIDATION_FAILED');
      expect(refused.body.errors).toEqual([
        { field: Object.keys(body).at(-1), code: 'NOT', message: 'Это поле здесь не изменяется' },
      ]);
    }
    expect(await cardsOf(phone)).toEqual(before);

    // Fields outside «Мои данные» are not the app's to change: dropped, as everywhere in the API
    // (an empty edit writes nothing).
    const ignored = await patch(resident, { passport: '4510 123456', note: 'из приложения' });
    expect(ignored.status).toBe(200);
    expect(await cardsOf(phone)).toEqual(before);
  });

  it('type: an individual has no tax form, an entrepreneur keeps letters-only names', async () => {
    const { inA, resident } = await residentInTwo();
    const asEntrepreneur = await patch(resident, { type: 'entrepreneur' });
    expect(asEntrepreneur.status).toBe(200);
    expect(asEntrepreneur.body.type).toBe('entrepreneur');
    expect((await a.admin.patch(`/api/clients/${inA}`, { taxForm: 'usn' })).status).toBe(200);
    const back = await patch(resident, { type: 'individual' });
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    expect((await a.admin.get(`/api/clients/${inA}`)).body).toMatchObject({
      type: 'individual',
      taxForm: null,
    });
  });

  it('a resident without a card gets 404 and writes nothing', async () => {
    const lead = await signInResident(t, fixturePhone(), a.slug);
    expect((await patch(lead, { fullName: 'Кто-то' })).status).toBe(404);
    expect((await lead.get('/me/profile')).status).toBe(404);
    expect((await uploadPhoto(lead, RED)).status).toBe(404);
  });

  it('a staff session never opens «Мои данные», a resident token never opens the staff photo', async () => {
    const { inA, resident } = await residentInTwo();
    const staff = await a.admin.request({ method: 'PATCH', url: `${RESIDENT_API}/me/profile`, payload: {} });
    expect(staff.status).toBe(401);
    const photo = await resident.request({ method: 'GET', url: `/api/clients/${inA}/photo` });
    expect(photo.status).toBe(401);
  });
});

describe('photo (APP-5)', () => {
  it('upload, replace and delete: one file for every card, old files removed, history in each', async () => {
    const { inA, inB, resident } = await residentInTwo();
    const accountId = resident.signIn.account.id as string;
    const uploaded = await uploadPhoto(resident, RED);
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(200);
    expect(uploaded.body.photoUrl).toBe(`${RESIDENT_API}/me/photo?v=1`);
    const mine = await resident.get('/me/photo');
    expect(mine.status).toBe(200);
    expect(mine.headers['content-type']).toBe('image/png');
    expect(mine.raw.equals(RED)).toBe(true);
    expect(await storedPhotos(accountId)).toHaveLength(1);

    const cardA = (await a.admin.get(`/api/clients/${inA}`)).body;
    expect(cardA.photoUrl).toBe(`/api/clients/${inA}/photo?v=1`);
    expect((await a.admin.get(cardA.photoUrl)).raw.equals(RED)).toBe(true);
    expect((await b.admin.get(`/api/clients/${inB}/photo`)).raw.equals(RED)).toBe(true);
    const [entry] = (await historyOf(b, inB)).body;
    expect(entry).toMatchObject({
      summary: 'Изменён клиент: Фото',
      actorName: 'Клиент в приложении: Иванов Иван',
    });

    const replaced = await uploadPhoto(resident, BLUE, 'me.jpg', 'image/jpeg');
    expect(replaced.body.photoUrl).toBe(`${RESIDENT_API}/me/photo?v=2`);
    expect((await resident.get('/me/photo')).raw.equals(BLUE)).toBe(true);
    expect((await b.admin.get(`/api/clients/${inB}/photo`)).raw.equals(BLUE)).toBe(true);
    expect(await storedPhotos(accountId)).toHaveLength(1);

    const removed = await resident.request({ method: 'DELETE', url: `${RESIDENT_API}/me/photo` });
    expect(removed.status).toBe(204);
    expect((await resident.get('/me/profile')).body.photoUrl).toBeNull();
    expect((await resident.get('/me/photo')).status).toBe(404);
    expect((await a.admin.get(`/api/clients/${inA}`)).body.photoUrl).toBeNull();
    expect((await a.admin.get(`/api/clients/${inA}/photo`)).status).toBe(404);
    expect(await storedPhotos(accountId)).toEqual([]);
  });

  it('refuses a text file named .png, a GIF, an oversized file and too many pixels, keeping the photo', async () => {
    const { phone, resident } = await residentInTwo();
    const accountId = resident.signIn.account.id as string;
    await uploadPhoto(resident, RED);
    const before = await cardsOf(phone);
    const gif = Buffer.from('474946383961010001000000002c00000000010001000002003b', 'hex');
    for (const [data, name, type, code] of [
      [Buffer.from('not an image'), 'photo.png', 'image/png', 'FILE_TYPE_NOT_ALLOWED'],
      [gif, 'a.gif', 'image/gif', 'FILE_TYPE_NOT_ALLOWED'],
      [Buffer.concat([RED, Buffer.alloc(5 * 1024 * 1024)]), 'big.png', 'image/png', 'FILE_TOO_LARGE'],
      [makePng([0, 0, 0], [9000, 10]), 'wide.png', 'image/png', 'IMAGE_TOO_LARGE'],
    ] as const) {
      const refused = await uploadPhoto(resident, data, name, type);
      expect(refused.status, name).toBe(400);
      expect(refused.body.code, name).toBe(code);
      expect(refused.body.errors[0].field).toBe('file');
    }
    expect(await cardsOf(phone)).toEqual(before);
    expect((await resident.get('/me/photo')).raw.equals(RED)).toBe(true);
    expect(await storedPhotos(accountId)).toHaveLength(1);

    const noFile = await resident.request({
      method: 'PUT',
      url: `${RESIDENT_API}/me/photo`,
      payload: { file: 'x' },
    });
    expect(noFile.status).toBe(415);
  });

  it('R-3: a role without «ФИО» gets no photo (403, photoUrl null); another organisation gets 404', async () => {
    const { inA, resident } = await residentInTwo();
    await uploadPhoto(resident, RED);
    const noNames = await makeStaff(t, a.admin, ['clients.view', 'clients.pii.contacts']);
    expect((await noNames.get(`/api/clients/${inA}`)).body.photoUrl).toBeNull();
    const refused = await noNames.get(`/api/clients/${inA}/photo`);
    expect(refused.status).toBe(403);
    expect(refused.raw.equals(RED)).toBe(false);
    const withNames = await makeStaff(t, a.admin, ['clients.view', 'clients.pii.name']);
    expect((await withNames.get(`/api/clients/${inA}/photo`)).raw.equals(RED)).toBe(true);
    expect((await b.admin.get(`/api/clients/${inA}/photo`)).status).toBe(404);
  });
});

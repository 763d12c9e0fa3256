import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { type Client, makeOrganization, makeStaff, send } from '../../../test/helpers';
import { declaredPixels } from '../../platform/images';

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A one-pixel RGB PNG of the given colour; its header may declare another size (nothing decodes it). */
function makePng([r, g, b]: [number, number, number], [width, height] = [1, 1]): Buffer {
  const header = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.from([0, r, g, b]))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

const RED = makePng([255, 0, 0]);
const BLUE = makePng([0, 0, 255]);
const MB = 1024 * 1024;

function multipart(data: Buffer, fileName = 'photo.png', contentType = 'image/png', field = 'file') {
  const boundary = 'domovoy-test-boundary';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), data, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

describe('object image (T-1, T-2)', () => {
  let t: TestApp;
  let admin: Client;
  let stranger: Client;

  const imageUrl = (id: string) => `/api/objects/${id}/image`;
  const upload = (id: string, data: Buffer, fileName?: string, contentType?: string, client = admin) =>
    client.request({ method: 'PUT', url: imageUrl(id), ...multipart(data, fileName, contentType) });
  const createObject = async (name: string) =>
    (await admin.post('/api/objects', { name, address: '' })).body.id;
  /** Files the organisation has in storage: a replaced or deleted image must not stay behind. */
  const storedFiles = async () => {
    const folder = path.join(t.config.dataDir, 'files', 'org', admin.organizationId, 'objects');
    return readdir(folder).catch(() => []);
  };

  beforeAll(async () => {
    t = await buildTestApp();
    ({ admin } = await makeOrganization(t));
    ({ admin: stranger } = await makeOrganization(t));
  });
  afterAll(() => t.close());

  it('stores a PNG by its real type and serves the same bytes with caching headers', async () => {
    const id = await createObject('ЖК Картинка');
    // The client's claimed type is ignored: the bytes say PNG.
    const uploaded = await upload(id, RED, 'dom.bin', 'application/octet-stream');
    expect(uploaded.status).toBe(200);
    expect(uploaded.body).toMatchObject({ id, name: 'ЖК Картинка', imageUrl: `${imageUrl(id)}?v=1` });
    expect((await admin.get(`/api/objects/${id}`)).body.imageUrl).toBe(`${imageUrl(id)}?v=1`);

    const image = await admin.get(uploaded.body.imageUrl);
    expect(image.status).toBe(200);
    expect(image.raw.equals(RED)).toBe(true);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.headers['cache-control']).toBe('private, max-age=300');
    expect(image.headers['x-content-type-options']).toBe('nosniff');
  });

  it('replacing the image changes its URL, serves the new bytes and removes the old file', async () => {
    const id = await createObject('ЖК Замена');
    const before = (await storedFiles()).length;
    await upload(id, RED);
    const replaced = await upload(id, BLUE);
    expect(replaced.status).toBe(200);
    expect(replaced.body.imageUrl).toBe(`${imageUrl(id)}?v=2`);
    expect((await admin.get(imageUrl(id))).raw.equals(BLUE)).toBe(true);
    expect((await storedFiles()).length).toBe(before + 1);
  });

  it('refuses a text file named .png and a GIF (FILE_TYPE_NOT_ALLOWED), keeping the old image', async () => {
    const id = await createObject('ЖК Тип');
    await upload(id, RED);
    const files = await storedFiles();
    const gif = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');
    for (const [data, name] of [
      [Buffer.from('это не картинка\n'), 'photo.png'],
      [gif, 'photo.gif'],
    ] as const) {
      const refused = await upload(id, data, name);
      expect(refused.status, name).toBe(400);
      expect(refused.body.code).toBe('FILE_TYPE_NOT_ALLOWED');
      expect(refused.body.errors).toEqual([
        { field: 'file', code: 'FILE_TYPE_NOT_ALLOWED', message: 'Этот тип файла не поддерживается' },
      ]);
    }
    expect((await admin.get(`/api/objects/${id}`)).body.imageUrl).toBe(`${imageUrl(id)}?v=1`);
    expect((await admin.get(imageUrl(id))).raw.equals(RED)).toBe(true);
    expect(await storedFiles()).toEqual(files);
  });

  it('accepts an image of exactly 5 MB and refuses a larger one (FILE_TOO_LARGE)', async () => {
    const id = await createObject('ЖК Размер');
    // Bytes after IEND do not change what the file is.
    const padded = (size: number) => Buffer.concat([RED, Buffer.alloc(size - RED.length)]);
    const files = await storedFiles();
    const tooLarge = await upload(id, padded(5 * MB + 1));
    expect(tooLarge.status).toBe(400);
    expect(tooLarge.body.code).toBe('FILE_TOO_LARGE');
    expect(tooLarge.body.errors).toEqual([
      { field: 'file', code: 'FILE_TOO_LARGE', message: 'Файл больше 5 МБ' },
    ]);
    expect((await admin.get(`/api/objects/${id}`)).body.imageUrl).toBeNull();
    expect(await storedFiles()).toEqual(files);

    expect((await upload(id, padded(5 * MB))).status).toBe(200);
  });

  it('refuses an image declaring more than 8000 pixels a side or 40 megapixels (IMAGE_TOO_LARGE)', async () => {
    const id = await createObject('ЖК Пиксели');
    await upload(id, RED);
    const files = await storedFiles();
    for (const size of [
      [100_000, 100_000],
      [8001, 10],
      [7000, 6000],
    ] as [number, number][]) {
      const refused = await upload(id, makePng([0, 255, 0], size));
      expect(refused.status, String(size)).toBe(400);
      expect(refused.body.errors).toEqual([
        {
          field: 'file',
          code: 'IMAGE_TOO_LARGE',
          message: `Изображение ${size[0]}×${size[1]} пикселей: допускается не больше 8000 пикселей по стороне и 40 мегапикселей`,
        },
      ]);
    }
    // A PNG whose header is cut off: its size cannot be read.
    const unreadable = await upload(id, RED.subarray(0, 20));
    expect(unreadable.status).toBe(400);
    expect(unreadable.body.errors).toEqual([
      { field: 'file', code: 'IMAGE_UNREADABLE', message: 'Не удалось прочитать размеры изображения' },
    ]);
    expect((await admin.get(imageUrl(id))).raw.equals(RED)).toBe(true);
    expect(await storedFiles()).toEqual(files);
    // At the limit: 8000 × 5000 is 40 megapixels.
    expect((await upload(id, makePng([0, 255, 0], [8000, 5000]))).status).toBe(200);
  });

  it('reads no size from a cut-off header even when the bytes after it in memory would make one', () => {
    // A Buffer is often a slice of a larger ArrayBuffer (Node's pool): what follows the 20 bytes
    // here is a height of 1210308598, and it must not be read as this file's.
    const memory = Buffer.concat([RED.subarray(0, 20), Buffer.from([0x48, 0x24, 0x2a, 0x36])]);
    expect(() => declaredPixels(memory.subarray(0, 20))).toThrow(
      expect.objectContaining({ code: 'FILE_TYPE_NOT_ALLOWED' }),
    );
    expect(declaredPixels(makePng([0, 0, 0], [640, 480]))).toEqual({ width: 640, height: 480 });
  });

  it('requires a file in the field «file» of a multipart request', async () => {
    const id = await createObject('ЖК Без файла');
    const wrongField = await admin.request({
      method: 'PUT',
      url: imageUrl(id),
      ...multipart(RED, 'a.png', 'image/png', 'photo'),
    });
    expect(wrongField.status).toBe(400);
    expect(wrongField.body.code).toBe('FILE_REQUIRED');
    expect(wrongField.body.errors[0]).toMatchObject({ field: 'file', message: 'Приложите изображение' });
    const json = await admin.request({ method: 'PUT', url: imageUrl(id), payload: { file: 'x' } });
    expect(json.status).toBe(415);
    expect(json.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect((await admin.get(`/api/objects/${id}`)).body.imageUrl).toBeNull();
  });

  it('deletes the image, and deleting the object removes its file', async () => {
    const id = await createObject('ЖК Удаление');
    const files = await storedFiles();
    await upload(id, RED);
    expect((await admin.delete(imageUrl(id))).status).toBe(204);
    expect((await admin.get(`/api/objects/${id}`)).body.imageUrl).toBeNull();
    const gone = await admin.get(imageUrl(id));
    expect(gone.status).toBe(404);
    expect(gone.body.code).toBe('NOT_FOUND');
    expect(await storedFiles()).toEqual(files);

    await upload(id, BLUE);
    expect((await storedFiles()).length).toBe(files.length + 1);
    expect((await admin.delete(`/api/objects/${id}`)).status).toBe(204);
    expect(await storedFiles()).toEqual(files);
  });

  it('access: 401 without a session; every staff member sees it, changing it needs settings.manage', async () => {
    const id = await createObject('ЖК Доступ');
    await upload(id, RED);
    const viewer = await makeStaff(t, admin, ['premises.view']);
    const calls = [
      { method: 'GET', url: imageUrl(id), write: false },
      { method: 'PUT', url: imageUrl(id), ...multipart(BLUE), write: true },
      { method: 'DELETE', url: imageUrl(id), write: true },
    ] as const;
    for (const call of calls) {
      expect((await send(t, call)).status, call.method).toBe(401);
      const response = await viewer.request(call);
      expect(response.status, call.method).toBe(call.write ? 403 : 200);
      if (call.write) expect(response.body.code).toBe('FORBIDDEN');
    }
    expect((await admin.get(`/api/objects/${id}`)).body.imageUrl).toBe(`${imageUrl(id)}?v=1`);
    expect((await admin.get(imageUrl(id))).raw.equals(RED)).toBe(true);
  });

  it("T-1: another organisation's admin gets 404 and no image", async () => {
    const id = await createObject('ЖК Чужой');
    await upload(id, RED);
    for (const call of [
      () => stranger.get(imageUrl(id)),
      () => upload(id, BLUE, 'photo.png', 'image/png', stranger),
      () => stranger.delete(imageUrl(id)),
    ]) {
      const response = await call();
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('NOT_FOUND');
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    expect((await admin.get(imageUrl(id))).raw.equals(RED)).toBe(true);
    expect((await admin.get(`/api/objects/${id}`)).body.imageUrl).toBe(`${imageUrl(id)}?v=1`);
  });
});

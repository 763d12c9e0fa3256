import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { imageSize } from 'image-size';
import { Type } from 'typebox';
import { fieldError } from './errors';
import type { FileStorage } from './storage';
import { IMAGE_TYPES, type StoredFile, type UploadPolicy } from './uploads';

// Uploaded pictures (object images T-2, brand logos T-3, residents' photos APP-5) take one path:
// the type sniffed from the bytes (platform/uploads), the size limit of the policy, and the pixel
// size read from the header — a file of kilobytes may declare 100000×100000 pixels (40 GB once
// decoded). A refused file is removed again; a replaced one after the commit.

/** Reads the uploaded file into storage under the policy (the route knows the request). */
export type ReceiveFile = (storage: FileStorage, policy: UploadPolicy) => Promise<StoredFile | undefined>;

/** A stored picture on its way to the browser. */
export type ImageFile = { stream: Readable; contentType: string };

/** What a kind of picture may be, and how its errors name it. */
export type ImageLimits = {
  maxSide: number;
  maxPixels: number;
  /** «Изображение», «Логотип», «Фото»: the subject of the too-large message. */
  noun: string;
  /** The message when the request carried no file. */
  required: string;
};

/** The pixel size an image's header declares; IMAGE_UNREADABLE when there is none to read. */
export function declaredPixels(bytes: Buffer): { width: number; height: number } {
  const unreadable = () =>
    fieldError(
      'FILE_TYPE_NOT_ALLOWED',
      'file',
      'Не удалось прочитать размеры изображения',
      'IMAGE_UNREADABLE',
    );
  let width: number | undefined;
  let height: number | undefined;
  try {
    // image-size reads through a DataView over the whole ArrayBuffer, unbounded: a truncated file
    // held in a slice of Node's shared pool would be measured from a neighbour's bytes. An exact
    // copy makes a read past the end throw instead.
    ({ width, height } = imageSize(new Uint8Array(bytes)));
  } catch {
    throw unreadable();
  }
  if (!(width && height && width > 0 && height > 0)) throw unreadable();
  return { width, height };
}

/** Refuses a stored image whose header declares too many pixels, or none that can be read. */
export async function checkPixels(storage: FileStorage, key: string, limits: ImageLimits): Promise<void> {
  const stream = await storage.get(key);
  const { width, height } = declaredPixels(stream ? Buffer.concat(await stream.toArray()) : Buffer.alloc(0));
  if (width > limits.maxSide || height > limits.maxSide || width * height > limits.maxPixels)
    throw fieldError(
      'IMAGE_TOO_LARGE',
      'file',
      `${limits.noun} ${width}×${height} пикселей: допускается не больше ${limits.maxSide} пикселей по стороне и ${limits.maxPixels / 1_000_000} мегапикселей`,
    );
}

/** Called after the commit: a file left behind wastes space, a failed request would mislead. */
export async function discardFile(storage: FileStorage, key: string | null | undefined): Promise<void> {
  if (key) await storage.delete(key).catch(() => undefined);
}

/** Stores the upload and checks its pixels; the file is removed again when it is refused. */
export async function receiveImage(
  storage: FileStorage,
  policy: UploadPolicy,
  limits: ImageLimits,
  receive: ReceiveFile,
): Promise<StoredFile> {
  const file = await receive(storage, policy);
  if (!file) throw fieldError('FILE_REQUIRED', 'file', limits.required);
  try {
    await checkPixels(storage, file.key, limits);
    return file;
  } catch (error) {
    await discardFile(storage, file.key);
    throw error;
  }
}

/**
 * Runs `use` with a freshly received image (e.g. points a row at it in a transaction); when `use`
 * fails, the file is removed, so a refused request leaves nothing behind.
 */
export async function withReceivedImage<T>(
  storage: FileStorage,
  policy: UploadPolicy,
  limits: ImageLimits,
  receive: ReceiveFile,
  use: (file: StoredFile) => Promise<T>,
): Promise<T> {
  const file = await receiveImage(storage, policy, limits, receive);
  try {
    return await use(file);
  } catch (error) {
    await discardFile(storage, file.key);
    throw error;
  }
}

const binary = Type.Unsafe<Readable>({ type: 'string', format: 'binary' });

/** The OpenAPI answer of an image route: the stream in its sniffed type. */
export const imageResponse = {
  description: 'Изображение с его типом',
  content: Object.fromEntries(IMAGE_TYPES.map((type) => [type, { schema: binary }])),
};

/** The query of a versioned image address (`?v=` changes with every new file). */
export const imageVersionQuery = (description: string) =>
  Type.Object({ v: Type.Optional(Type.String({ maxLength: 100, description })) });

/**
 * Sends an image in its sniffed type; nosniff keeps browsers from reading an uploaded file as
 * anything else. The default cache suits a versioned, session-guarded address.
 */
export function sendImage(reply: FastifyReply, image: ImageFile, cacheControl = 'private, max-age=300') {
  return reply
    .header('content-type', image.contentType)
    .header('cache-control', cacheControl)
    .header('x-content-type-options', 'nosniff')
    .send(image.stream);
}

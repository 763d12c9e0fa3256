import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { fileTypeFromBuffer } from 'file-type';
import { AppError, fieldError } from './errors';
import {
  forbiddenCharacterError,
  hasForbiddenCharacter,
  headerText,
  isMalformedMultipart,
} from './input-guard';
import type { FileStorage } from './storage';

export type StoredFile = { key: string; fileName: string; contentType: string; size: number };

export type UploadPolicy = {
  maxBytes: number;
  /** Content types accepted, as detected from the file's bytes (never the client's claim). */
  allowed: readonly string[];
  /** Plain text has no signature: accepted for these extensions when it is valid UTF-8. */
  textExtensions?: readonly string[];
  /** Storage key prefix, e.g. `org/<id>/documents`. */
  prefix: string;
};

export const DOCUMENT_TYPES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/heic',
  'image/tiff',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/x-cfb', // .doc and .xls (OLE compound files)
  'application/zip',
] as const;

export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

const SNIFF_BYTES = 4100;

/** The first bytes of a stream, and a stream that replays them followed by the rest. */
async function peek(stream: Readable, size: number): Promise<{ head: Buffer; whole: Readable }> {
  const iterator = stream[Symbol.asyncIterator]();
  const chunks: Buffer[] = [];
  let length = 0;
  let done = false;
  while (length < size) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    chunks.push(next.value as Buffer);
    length += (next.value as Buffer).length;
  }
  async function* replay() {
    yield* chunks;
    if (!done)
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { head: Buffer.concat(chunks), whole: Readable.from(replay()) };
}

function isUtf8Text(head: Buffer): boolean {
  if (head.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(
      head.length >= SNIFF_BYTES ? head.subarray(0, SNIFF_BYTES - 4) : head,
    );
    return true;
  } catch {
    return false;
  }
}

async function detectType(head: Buffer, fileName: string, policy: UploadPolicy): Promise<string> {
  const detected = await fileTypeFromBuffer(head);
  if (detected && policy.allowed.includes(detected.mime)) return detected.mime;
  const extension = fileName.split('.').pop()?.toLowerCase() ?? '';
  if (!detected && policy.textExtensions?.includes(extension) && isUtf8Text(head)) {
    return extension === 'csv' ? 'text/csv' : 'text/plain';
  }
  throw fieldError(
    'FILE_TYPE_NOT_ALLOWED',
    'file',
    'Этот тип файла не поддерживается',
    'FILE_TYPE_NOT_ALLOWED',
  );
}

/** Streams one uploaded file into storage after checking its real type; nothing is buffered whole. */
export async function storeUpload(
  file: MultipartFile,
  storage: FileStorage,
  policy: UploadPolicy,
): Promise<StoredFile> {
  const fileName = checkedText(file.filename || 'file', 'file').slice(0, 255);
  const { head, whole } = await peek(file.file, SNIFF_BYTES);
  if (head.length === 0) throw fieldError('FILE_REQUIRED', 'file', 'Файл пустой', 'FILE_EMPTY');
  const contentType = await detectType(head, fileName, policy);
  const key = `${policy.prefix}/${randomUUID()}`;
  try {
    const { size } = await storage.put(key, whole);
    if (file.file.truncated) throw new Error('truncated');
    return { key, fileName, contentType, size };
  } catch (error) {
    await storage.delete(key);
    if (file.file.truncated || (error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      const mb = Math.floor(policy.maxBytes / 1024 / 1024);
      throw fieldError('FILE_TOO_LARGE', 'file', `Файл больше ${mb} МБ`, 'FILE_TOO_LARGE');
    }
    throw error;
  }
}

/**
 * Reads a multipart request: text fields and at most one file (stored as it arrives).
 * A request without a file part gives `file: undefined`; the caller decides if that is allowed.
 */
export async function readMultipart(
  request: FastifyRequest,
  storage: FileStorage,
  policy: UploadPolicy,
): Promise<{ fields: Record<string, string>; file: StoredFile | undefined }> {
  if (!request.isMultipart())
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', { detail: 'Ожидается multipart/form-data' });
  const fields: Record<string, string> = {};
  let file: StoredFile | undefined;
  try {
    for await (const part of request.parts({ limits: { fileSize: policy.maxBytes, files: 1, fields: 20 } })) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file') {
          part.file.resume();
          continue;
        }
        file = await storeUpload(part, storage, policy);
      } else {
        const name = checkedText(part.fieldname, headerText(part.fieldname) ?? '');
        fields[name] = checkedText(String(part.value ?? ''), name);
      }
    }
  } catch (error) {
    if (file) await storage.delete(file.key);
    if (isMalformedMultipart(error)) throw new AppError('MULTIPART_MALFORMED');
    throw error;
  }
  return { fields, file };
}

/**
 * Multipart text skips the JSON guard: the same characters are refused here, and U+FFFD, which is
 * what invalid UTF-8 in a field or a file name becomes on decoding.
 */
function checkedText(text: string, field: string): string {
  if (hasForbiddenCharacter(text)) throw forbiddenCharacterError(field);
  if (text.includes('\uFFFD')) throw new AppError('INVALID_ENCODING');
  return text;
}

import type { Readable } from 'node:stream';
import { fieldError } from '../../platform/errors';
import type { FileStorage } from '../../platform/storage';
import { IMAGE_TYPES, type StoredFile, type UploadPolicy } from '../../platform/uploads';
import { declaredPixels } from '../objects/object-image.service';
import { brandLogoPrefix } from './brands.view';

/** T-3: a logo is small; the server-wide upload limit may lower it further. */
export const LOGO_MAX_BYTES = 1024 * 1024;
/** Read from the file's header: a file of kilobytes may declare gigapixels once decoded. */
export const LOGO_MAX_SIDE = 4096;
export const LOGO_MAX_PIXELS = 16_000_000;

/** Reads the uploaded file into storage under the policy (the route knows the request). */
export type ReceiveFile = (storage: FileStorage, policy: UploadPolicy) => Promise<StoredFile | undefined>;

export type LogoFile = { stream: Readable; contentType: string };

/** JPEG, PNG or WebP by its bytes — never SVG, which is a document that may carry scripts. */
export function logoPolicy(organizationId: string, maxUploadBytes: number): UploadPolicy {
  return {
    maxBytes: Math.min(LOGO_MAX_BYTES, maxUploadBytes),
    allowed: IMAGE_TYPES,
    prefix: brandLogoPrefix(organizationId),
  };
}

/** Called after the commit: a file left behind wastes space, a failed request would mislead. */
export async function discardLogo(storage: FileStorage, key: string | null | undefined): Promise<void> {
  if (key) await storage.delete(key).catch(() => undefined);
}

/** Stores the upload and checks its pixels; the file is removed again when it is refused. */
export async function receiveLogo(
  storage: FileStorage,
  policy: UploadPolicy,
  receive: ReceiveFile,
): Promise<StoredFile> {
  const file = await receive(storage, policy);
  if (!file) throw fieldError('FILE_REQUIRED', 'file', 'Приложите изображение логотипа');
  try {
    const stream = await storage.get(file.key);
    const { width, height } = declaredPixels(
      stream ? Buffer.concat(await stream.toArray()) : Buffer.alloc(0),
    );
    if (width > LOGO_MAX_SIDE || height > LOGO_MAX_SIDE || width * height > LOGO_MAX_PIXELS)
      throw fieldError(
        'IMAGE_TOO_LARGE',
        'file',
        `Логотип ${width}×${height} пикселей: допускается не больше ${LOGO_MAX_SIDE} пикселей по стороне и ${LOGO_MAX_PIXELS / 1_000_000} мегапикселей`,
      );
    return file;
  } catch (error) {
    await discardLogo(storage, file.key);
    throw error;
  }
}

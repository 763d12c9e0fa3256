import type { ImageLimits } from '../../platform/images';
import { IMAGE_TYPES, type UploadPolicy } from '../../platform/uploads';
import { brandLogoPrefix } from './brands.view';

/** T-3: a logo is small; the server-wide upload limit may lower it further. */
export const LOGO_MAX_BYTES = 1024 * 1024;

/** Read from the file's header: a file of kilobytes may declare gigapixels once decoded. */
export const logoLimits: ImageLimits = {
  maxSide: 4096,
  maxPixels: 16_000_000,
  noun: 'Логотип',
  required: 'Приложите изображение логотипа',
};

/** JPEG, PNG or WebP by its bytes — never SVG, which is a document that may carry scripts. */
export function logoPolicy(organizationId: string, maxUploadBytes: number): UploadPolicy {
  return {
    maxBytes: Math.min(LOGO_MAX_BYTES, maxUploadBytes),
    allowed: IMAGE_TYPES,
    prefix: brandLogoPrefix(organizationId),
  };
}

// Test fixtures of the brand tests: logo files and PUT requests (the staff test client has no put).
import type { Client } from '../../../test/helpers';
import { multipart } from '../../../test/multipart';
import { png } from '../../../test/tenant-data';

/** The test PNG with another declared size (nothing decodes it: the header is what is checked). */
export function pngOfSize(width: number, height: number): Buffer {
  const bytes = Buffer.from(png);
  bytes.writeUInt32BE(width, 16);
  bytes.writeUInt32BE(height, 20);
  return bytes;
}

export const LOGO = png;
export const OTHER_LOGO = pngOfSize(2, 2);

export const putJson = (client: Client, url: string, payload: unknown) =>
  client.request({ method: 'PUT', url, payload: payload as object });
export const putFile = (client: Client, url: string, data: Buffer, name = 'logo.png', type = 'image/png') =>
  client.request({ method: 'PUT', url, ...multipart({}, { name, type, data }) });

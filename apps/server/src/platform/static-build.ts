import { statSync } from 'node:fs';
import path from 'node:path';
import { AppError } from './errors';

// What the CRM at `/` and the resident app at `/app/` share: finding a file of a Vite build by the
// request's path, never outside the build folder.

/** A file of the build at this path inside it, if there is one (relative to the build folder). */
export function buildFile(root: string, inside: string): string | undefined {
  const file = path.join(root, inside);
  if (!file.startsWith(root + path.sep)) return undefined;
  return statSync(file, { throwIfNoEntry: false })?.isFile() ? path.relative(root, file) : undefined;
}

/** The request's path without its query, percent-decoded; a malformed encoding is a 400. */
export function decodePath(url: string): string {
  try {
    return decodeURIComponent(url.split('?')[0] ?? '/');
  } catch {
    throw new AppError('BAD_REQUEST');
  }
}

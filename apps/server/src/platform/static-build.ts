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

/** Content types of the built files the build also writes compressed (`x.js.br`, `x.js.gz`). */
const COMPRESSED_TYPES: Record<string, string> = {
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};
const ENCODINGS = [
  ['br', '.br'],
  ['gzip', '.gz'],
] as const;

/**
 * The Brotli or gzip copy of a built script or style sheet, written beside it by the build, that the
 * request's Accept-Encoding takes (Brotli first); its content type is the original's.
 */
export function compressedBuildFile(root: string, file: string, acceptEncoding: string | undefined) {
  const type = COMPRESSED_TYPES[path.extname(file)];
  if (!type || !acceptEncoding) return undefined;
  const accepted = acceptEncoding
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter((part) => !/;\s*q=0(\.0*)?$/.test(part))
    .map((part) => part.split(';')[0]?.trim());
  for (const [encoding, extension] of ENCODINGS) {
    const copy = accepted.includes(encoding) ? buildFile(root, file + extension) : undefined;
    if (copy) return { file: copy, encoding, type };
  }
  return undefined;
}

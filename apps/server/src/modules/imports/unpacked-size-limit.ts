// A zip bomb: an .xlsx of kilobytes that unpacks into gigabytes. ExcelJS's streaming reader pipes
// the file into unzipper's parser and inflates each part as it reaches it; this watch sits on that
// parser. Each part's size, as its local header declares it, is checked before the part is inflated
// (the central directory at the file's end says the same, but the file arrives as a stream), and
// the bytes really inflated are counted as they come, since a header may lie.
import { Readable, type Transform, type TransformCallback } from 'node:stream';
import { AppError } from '../../platform/errors';
import {
  XLSX_MAX_OTHER_PART_BYTES,
  XLSX_MAX_SHARED_STRINGS_BYTES,
  XLSX_MAX_UNPACKED_BYTES,
} from './import-limits';

type ZipEntry = Transform & { path?: unknown; vars?: { uncompressedSize?: number } };

export type UnpackedSizeLimits = {
  /** All the parts together. */
  total: number;
  /** One part (by its path in the zip). */
  part: (path: string) => number;
};

export const XLSX_UNPACKED_LIMITS: UnpackedSizeLimits = {
  total: XLSX_MAX_UNPACKED_BYTES,
  part: (path) =>
    /^xl\/worksheets\/sheet\d+\.xml$/.test(path)
      ? XLSX_MAX_UNPACKED_BYTES
      : path === 'xl/sharedStrings.xml'
        ? XLSX_MAX_SHARED_STRINGS_BYTES
        : XLSX_MAX_OTHER_PART_BYTES,
};

const mb = (bytes: number) => Math.floor(bytes / 1024 / 1024);

export type UnpackedSizeWatch = {
  /** The error that stopped the reading, once one did. */
  failure(): AppError | undefined;
  /**
   * `next`, or that error as soon as the reading stops: the reader may be left waiting on a part it
   * no longer gets. (Not `Promise.race` with one long-pending promise: each race leaves a reaction on
   * it that holds the race's result, so every chunk of rows read stayed in memory.)
   */
  race<T>(next: Promise<T>): Promise<T>;
};

/**
 * Watches the zip parser `source` is piped into. Over a limit, the part being inflated ends where
 * it is, the parser fails, `source` is destroyed and a pending `race` rejects.
 */
export function watchUnpackedSize(source: Readable, limits: UnpackedSizeLimits): UnpackedSizeWatch {
  let failure: AppError | undefined;
  const waiting = new Set<(error: AppError) => void>();
  let total = 0;
  let zip: Readable | undefined;

  function stop(entry: ZipEntry, detail: string) {
    if (failure) return;
    failure = new AppError('IMPORT_FILE_TOO_LARGE_UNPACKED', { detail });
    entry.push(null); // whoever reads the part sees it end (a temporary file gets closed)
    zip?.destroy(failure);
    source.destroy();
    for (const reject of waiting) reject(failure);
    waiting.clear();
  }

  function watchEntry(entry: ZipEntry) {
    const path = String(entry.path);
    const limit = limits.part(path);
    let seen = 0;
    entry.on('error', () => {}); // a part nobody reads any more must not crash the process
    entry._transform = (chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) => {
      if (failure) return callback();
      seen += chunk.length;
      total += chunk.length;
      if (seen > limit) stop(entry, `Часть книги ${path} после распаковки больше ${mb(limit)} МБ`);
      else if (total > limits.total) stop(entry, `Книга после распаковки больше ${mb(limits.total)} МБ`);
      return failure ? callback() : callback(null, chunk);
    };
    const declared = entry.vars?.uncompressedSize ?? 0;
    if (declared > limit) stop(entry, `Часть книги ${path} после распаковки больше ${mb(limit)} МБ`);
    else if (total + declared > limits.total)
      stop(entry, `Книга после распаковки больше ${mb(limits.total)} МБ`);
  }

  const pipe = source.pipe.bind(source);
  source.pipe = <T extends NodeJS.WritableStream>(destination: T, options?: { end?: boolean }): T => {
    if (destination instanceof Readable) {
      zip = destination;
      const push = destination.push.bind(destination);
      destination.push = (chunk: unknown, encoding?: BufferEncoding) => {
        if (chunk && typeof chunk === 'object' && 'path' in chunk) watchEntry(chunk as ZipEntry);
        return push(chunk, encoding);
      };
    }
    return pipe(destination, options);
  };
  function race<T>(next: Promise<T>): Promise<T> {
    if (failure) {
      next.catch(() => {});
      return Promise.reject(failure);
    }
    return new Promise<T>((resolve, reject) => {
      waiting.add(reject);
      next.then(resolve, reject).finally(() => waiting.delete(reject));
    });
  }
  return { failure: () => failure, race };
}

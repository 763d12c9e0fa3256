import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Where files live (documents, images). Local folder by default; S3-compatible later. */
export type FileStorage = {
  /** Stores the stream under `key`; the file appears only once complete. */
  put(key: string, data: Readable): Promise<{ size: number }>;
  get(key: string): Promise<Readable | undefined>;
  delete(key: string): Promise<void>;
};

export function localFileStorage(root: string): FileStorage {
  const resolve = (key: string) => {
    const full = path.resolve(root, key);
    if (!full.startsWith(path.resolve(root) + path.sep))
      throw new Error(`Storage key escapes the root: ${key}`);
    return full;
  };
  return {
    async put(key, data) {
      const target = resolve(key);
      await mkdir(path.dirname(target), { recursive: true });
      const partial = `${target}.partial-${process.pid}-${Date.now()}`;
      try {
        await pipeline(data, createWriteStream(partial));
        await rename(partial, target);
      } catch (error) {
        await rm(partial, { force: true });
        throw error;
      }
      return { size: (await stat(target)).size };
    },
    async get(key) {
      const target = resolve(key);
      try {
        await stat(target);
      } catch {
        return undefined;
      }
      return createReadStream(target);
    },
    async delete(key) {
      await rm(resolve(key), { force: true });
    },
  };
}

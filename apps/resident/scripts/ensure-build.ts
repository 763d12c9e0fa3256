// `npm start` runs this (after the CRM's): builds the resident app (Vite + PWA) into
// apps/resident/dist when there is no build or a source is newer than it.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const appDir = fileURLToPath(new URL('..', import.meta.url));
const repoDir = path.resolve(appDir, '../..');

// What ends up in the bundle: the app, and the two packages it imports.
const SOURCES = [
  path.join(appDir, 'src'),
  path.join(appDir, 'public'),
  path.join(appDir, 'index.html'),
  path.join(appDir, 'vite.config.ts'),
  path.join(appDir, 'package.json'),
  path.join(repoDir, 'packages/contract/src'),
  path.join(repoDir, 'packages/api-client/src'),
];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce(
    (newest, name) => Math.max(newest, newestMtime(path.join(entry, name))),
    0,
  );
}

/** Whether apps/resident/dist is missing (index.html or the service worker) or older than a source. */
export function residentBuildIsStale(): boolean {
  const built = path.join(appDir, 'dist', 'index.html');
  if (!existsSync(built) || !existsSync(path.join(appDir, 'dist', 'sw.js'))) return true;
  const builtAt = statSync(built).mtimeMs;
  return SOURCES.some((source) => newestMtime(source) > builtAt);
}

export async function ensureResidentBuild(): Promise<void> {
  if (!residentBuildIsStale()) return;
  console.log('Building the resident app (apps/resident) …');
  // Vite is imported only when there is something to build: loading it takes seconds.
  const { build } = await import('vite');
  // Vite keeps a NODE_ENV it finds (Vitest sets «test»): the served app is always the production one.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: appDir, mode: 'production', logLevel: 'warn' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  ensureResidentBuild().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

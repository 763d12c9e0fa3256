// `npm start` runs this first: builds the CRM (Vite) into apps/crm/dist when there is no build
// or a source is newer than it, so the README's one command brings up everything.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const crmDir = fileURLToPath(new URL('..', import.meta.url));
const repoDir = path.resolve(crmDir, '../..');

// What ends up in the bundle: the app, and the two packages it imports.
const SOURCES = [
  path.join(crmDir, 'src'),
  path.join(crmDir, 'public'),
  path.join(crmDir, 'index.html'),
  path.join(crmDir, 'vite.config.ts'),
  path.join(crmDir, 'package.json'),
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

/** Whether apps/crm/dist is missing or older than any of its sources. */
export function crmBuildIsStale(): boolean {
  const built = path.join(crmDir, 'dist', 'index.html');
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return SOURCES.some((source) => newestMtime(source) > builtAt);
}

export async function ensureCrmBuild(): Promise<void> {
  if (!crmBuildIsStale()) return;
  console.log('Building the CRM web app (apps/crm) …');
  // Vite is imported only when there is something to build: loading it takes seconds.
  const { build } = await import('vite');
  // Vite keeps a NODE_ENV it finds (Vitest sets «test»), and React would then be its development
  // build: the served app is always the production one.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: crmDir, mode: 'production', logLevel: 'warn' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  ensureCrmBuild().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

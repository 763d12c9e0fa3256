// `npm start`, the browser tests and the screenshot scripts build a web app (the CRM, the resident
// app) with Vite only when there is no build or a source is newer than it, so the README's one
// command brings up everything and a second start does not wait for a build.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoDir = path.resolve(import.meta.dirname, '..');

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce(
    (newest, name) => Math.max(newest, newestMtime(path.join(entry, name))),
    0,
  );
}

/** Vite as the app has it installed (each app keeps its own). */
type LoadVite = () => Promise<{
  build: (config: { root: string; mode: string; logLevel: 'warn' }) => Promise<unknown>;
}>;

/**
 * The build of the Vite app in `appDir`: stale when one of `outputs` (files of dist/, index.html
 * first) is missing or any source is newer than index.html. Vite is loaded only when there is
 * something to build: loading it takes seconds.
 */
export function viteAppBuild(
  appDir: string,
  label: string,
  loadVite: LoadVite,
  outputs: readonly string[] = ['index.html'],
) {
  // What ends up in the bundle: the app, and the two packages it imports.
  const sources = [
    ...['src', 'public', 'index.html', 'vite.config.ts', 'package.json'].map((name) =>
      path.join(appDir, name),
    ),
    path.join(repoDir, 'packages/contract/src'),
    path.join(repoDir, 'packages/api-client/src'),
  ];

  function isStale(): boolean {
    const built = path.join(appDir, 'dist', 'index.html');
    if (outputs.some((output) => !existsSync(path.join(appDir, 'dist', output)))) return true;
    const builtAt = statSync(built).mtimeMs;
    return sources.some((source) => newestMtime(source) > builtAt);
  }

  async function ensure(): Promise<void> {
    if (!isStale()) return;
    console.log(`Building ${label} …`);
    const { build } = await loadVite();
    // Vite keeps a NODE_ENV it finds (Vitest sets «test»), and React would then be its development
    // build: the served app is always the production one.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({ root: appDir, mode: 'production', logLevel: 'warn' });
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
  }

  return { isStale, ensure };
}

/** Runs `ensure` when the script is the one node was started with (`tsx …/ensure-build.ts`). */
export function runIfMain(moduleUrl: string, ensure: () => Promise<void>): void {
  if (process.argv[1] && fileURLToPath(moduleUrl) === path.resolve(process.argv[1])) {
    ensure().catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
  }
}

// The real server process on a fresh embedded database with the demo organisation, on a free
// port: what the browser tests and the screenshots run against.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoDir = fileURLToPath(new URL('../../..', import.meta.url));

export type RunningServer = { url: string; stop(): Promise<void> };

export async function startServer({
  adminPassword,
  timeoutMs = 240_000,
  env = {},
}: {
  adminPassword: string;
  timeoutMs?: number;
  /** More settings of the server (a browser test of a setting's effect). */
  env?: Record<string, string>;
}) {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'domovoy-crm-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/server.ts'], {
    cwd: repoDir,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DATA_DIR: dataDir,
      PORT: '0',
      ADMIN_PASSWORD: adminPassword,
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`the server did not start in time:\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /Domovoy is running: (http:\/\/\S+)/.exec(output)?.[1];
      // The demo organisation is ready once the login line is printed.
      if (found && /Log in as/.test(output)) {
        clearTimeout(timer);
        resolve(found);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      await exited;
      await rm(dataDir, { recursive: true, force: true });
    },
  } satisfies RunningServer;
}

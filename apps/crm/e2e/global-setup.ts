// Browser tests run against the real server process (`npm start` minus the build check, done here
// first) on a fresh embedded database with the demo organisation, on a free port.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { ensureCrmBuild } from '../scripts/ensure-build';

declare module 'vitest' {
  export interface ProvidedContext {
    crmBaseUrl: string;
    crmAdminPassword: string;
  }
}

const repoDir = fileURLToPath(new URL('../../..', import.meta.url));
export const ADMIN_PASSWORD = 'e2e-admin-password';

function waitForUrl(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`the server did not start in time:\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /Domovoy is running: (http:\/\/\S+)/.exec(output)?.[1];
      if (url && /Log in as/.test(output)) {
        clearTimeout(timer);
        resolve(url);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code}:\n${output}`));
    });
  });
}

export default async function setup(project: TestProject) {
  await ensureCrmBuild();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'domovoy-crm-e2e-'));
  const server = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/server.ts'], {
    cwd: repoDir,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DATA_DIR: dataDir,
      PORT: '0',
      ADMIN_PASSWORD,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await waitForUrl(server, 240_000);
  project.provide('crmBaseUrl', url);
  project.provide('crmAdminPassword', ADMIN_PASSWORD);
  return async () => {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
    await rm(dataDir, { recursive: true, force: true });
  };
}

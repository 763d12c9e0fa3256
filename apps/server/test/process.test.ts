// The newcomer's path through real processes and real HTTP: `npm start` prints the URL and
// the login, the printed password works; the CLI commands do what their help says.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { openPglite } from '../src/db/database';
import { localFileStorage } from '../src/platform/storage';
import { createUtf8Database, dropDatabase, withDatabase } from './global-setup';

const run = promisify(execFile);
const src = fileURLToPath(new URL('../src/', import.meta.url));
const node = (script: string, args: string[] = []) =>
  [process.execPath, ['--import', 'tsx', path.join(src, script), ...args]] as const;

// Each test starts real processes (a fresh embedded database each): minutes on a loaded machine.
vi.setConfig({ testTimeout: 180_000 });

let dataDir: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'domovoy-process-'));
  // A clean environment: the embedded database in its own folder, whatever the caller has set.
  env = { PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

function waitForOutput(child: ChildProcess, pattern: RegExp, timeoutMs = 90_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`no ${pattern} in:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (pattern.test(output)) {
        clearTimeout(timer);
        resolve(output);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
}

describe('npm start (issue 2, item 10)', () => {
  // The embedded database; on the PostgreSQL run of the suite, a fresh PostgreSQL database with DEMO=1.
  it('starts on an empty database with the demo, prints how to log in, and stops on SIGTERM', async () => {
    const adminUrl = process.env.TEST_DATABASE_URL;
    const dbName = `domovoy_start_${process.pid}`;
    if (adminUrl) await createUtf8Database(adminUrl, dbName);
    const database = adminUrl ? { DATABASE_URL: withDatabase(adminUrl, dbName), DEMO: '1' } : {};
    const [cmd, args] = node('server.ts');
    const child = spawn(cmd, args, { env: { ...env, ...database, PORT: '0' } });
    try {
      const output = await waitForOutput(child, /Log in as: admin \/ \S+/);
      const url = /Domovoy is running: (http:\/\/\S+)/.exec(output)?.[1];
      const password = /Log in as: admin \/ (\S+)/.exec(output)?.[1];
      expect(url).toBeDefined();
      expect(output).toContain('/api/docs');

      const login = await fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ login: 'admin', password }),
      });
      expect(login.status).toBe(200);
      const { token } = (await login.json()) as { token: string };
      const premises = await fetch(`${url}/api/premises?search=${encodeURIComponent('кв 15')}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(((await premises.json()) as { total: number }).total).toBeGreaterThan(0);
      expect((await fetch(`${url}/api/openapi.json`)).status).toBe(200);
      expect((await fetch(`${url}/api/docs`)).status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
    if (adminUrl) await dropDatabase(adminUrl, dbName);
  });

  it('refuses to start with a bad variable, naming it', async () => {
    const [cmd, args] = node('server.ts');
    const failure = await run(cmd, [...args], { env: { ...env, PORT: 'abc', MAX_UPLOAD_MB: '0' } }).catch(
      (e) => e,
    );
    expect(failure.code).toBe(1);
    expect(failure.stderr).toContain('PORT=abc');
    expect(failure.stderr).toContain('MAX_UPLOAD_MB=0');
  });
});

describe('npm run domovoy -- <command> (issue 2, item 11)', () => {
  it('shows help for every command', async () => {
    for (const command of ['migrate', 'create-organisation', 'create-admin', 'seed-demo', 'set-password']) {
      const [cmd, args] = node('cli.ts', [command, '--help']);
      const { stdout } = await run(cmd, [...args], { env });
      expect(stdout).toContain(`Usage: domovoy ${command}`);
    }
  });

  it('migrates, creates an organisation and its admin, resets a password; the admin can log in', async () => {
    const cliDir = await mkdtemp(path.join(tmpdir(), 'domovoy-cli-'));
    const cli = async (...rest: string[]) => {
      const [cmd, args] = node('cli.ts', rest);
      return (await run(cmd, [...args], { env: { ...env, DATA_DIR: cliDir } })).stdout;
    };
    expect(await cli('migrate')).toContain('Migrations applied');
    expect(await cli('create-organisation', '--name', 'УК Северная')).toContain(
      'Organisation created: УК Северная',
    );
    expect(
      await cli(
        'create-admin',
        '--organisation',
        'УК Северная',
        '--login',
        'chief',
        '--password',
        'first-password',
      ),
    ).toContain('Administrator created in УК Северная');
    const reset = await cli('set-password', '--login', 'chief');
    const password = /Password set for chief: (\S+)/.exec(reset)?.[1];
    expect(password).toMatch(/^\w{16}$/);
    expect(await cli('seed-demo', '--admin-password', 'demo-password')).toContain('Demo created');
    expect(await cli('seed-demo')).toContain('already exists');

    const failure = await (async () => {
      const [cmd, args] = node('cli.ts', ['create-admin', '--organisation', 'Нет такой', '--login', 'x']);
      return run(cmd, [...args], { env }).catch((e) => e);
    })();
    expect(failure.code).toBe(1);
    expect(failure.stderr).toContain('No organisation "Нет такой"');

    // The database the CLI wrote, opened by the app: the reset password logs in.
    const database = await openPglite({ dataDir: path.join(cliDir, 'db') });
    const config = loadConfig({ DATA_DIR: cliDir });
    const app = await buildApp({
      config,
      db: database.db,
      storage: localFileStorage(path.join(cliDir, 'files')),
    });
    try {
      const login = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { login: 'chief', password },
      });
      expect(login.statusCode).toBe(200);
      expect(login.json().me.organization.name).toBe('УК Северная');
      const old = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { login: 'chief', password: 'first-password' },
      });
      expect(old.statusCode).toBe(401);
    } finally {
      await app.close();
      await database.close();
      await rm(cliDir, { recursive: true, force: true });
    }
  });
});

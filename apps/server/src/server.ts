// Process entry: config → database → migrations → demo data → app → listen (ARCHITECTURE "Server").
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './db/database';
import { type DemoOutcome, ensureDemo } from './demo/ensure-demo';
import { localFileStorage } from './platform/storage';

function banner(url: string, demo: DemoOutcome): string {
  const lines = ['', `  Domovoy is running: ${url}`, `  API reference (OpenAPI 3.1): ${url}/api/docs`];
  if (demo.created) {
    lines.push(
      '',
      `  Demo organisation «УК Демо» created with ${demo.premiseCount} premises.`,
      `  Log in as: ${demo.login} / ${demo.passwordFromEnv ? '(the ADMIN_PASSWORD you set)' : demo.password}`,
      `  Resident app: ${url}/app/demo/ — phone +7 999 000-00-01, the code is in the CRM's «Настройки → SMS»`,
      `  Second organisation «УК Северный берег» (/app/sever/): log in as ${demo.secondLogin}, the same password.`,
    );
    if (!demo.passwordFromEnv)
      lines.push(
        '  This password is shown once; save it. Change it with: npm run domovoy -- set-password --login admin',
      );
  } else {
    lines.push(
      '',
      '  Log in with your staff login. Forgot the admin password? npm run domovoy -- set-password --login admin',
    );
  }
  lines.push(
    `  Example: curl -s ${url}/api/auth/login -H 'content-type: application/json' -d '{"login":"admin","password":"…"}'`,
    '',
  );
  return lines.join('\n');
}

async function main() {
  const config = loadConfig();
  const database = await openDatabase(config);
  await database.migrate();
  const storage = localFileStorage(path.join(config.dataDir, 'files'));
  const demo = await ensureDemo(database, config, storage);
  const app = await buildApp({
    config,
    db: database.db,
    storage,
    logger: { level: config.logLevel },
    crmDir: fileURLToPath(new URL('../../crm/dist', import.meta.url)),
    residentAppDir: fileURLToPath(new URL('../../resident/dist', import.meta.url)),
  });
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url =
    config.publicUrl ?? `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  console.log(banner(url, demo));

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});

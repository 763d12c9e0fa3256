// Browser tests of the resident app run against the real server process (what `npm start` runs
// after its build checks, done here first) on a fresh embedded database with the demo
// organisation — the CRM's browser tests' pattern and its server starter, with a server of
// their own (so sign-in code limits of the two suites never meet). The CRM is built too (skipped
// when up to date): a test opens the resident's card in it, which the server serves at `/` only
// when apps/crm/dist exists.
import type { TestProject } from 'vitest/node';
import { ensureCrmBuild } from '../../crm/scripts/ensure-build';
import { startServer } from '../../crm/scripts/start-server';
import { ensureResidentBuild } from '../scripts/ensure-build';
import { CODE_RESEND_SECONDS } from './code-resend';

declare module 'vitest' {
  export interface ProvidedContext {
    residentBaseUrl: string;
    residentAdminPassword: string;
  }
}

const ADMIN_PASSWORD = 'e2e-admin-password';

export default async function setup(project: TestProject) {
  await ensureCrmBuild();
  await ensureResidentBuild();
  const server = await startServer({
    adminPassword: ADMIN_PASSWORD,
    env: { RESIDENT_CODE_RESEND_SECONDS: String(CODE_RESEND_SECONDS) },
  });
  project.provide('residentBaseUrl', server.url);
  project.provide('residentAdminPassword', ADMIN_PASSWORD);
  return () => server.stop();
}

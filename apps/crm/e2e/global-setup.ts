// Browser tests run against the real server process (what `npm start` runs after its build
// check, done here first) on a fresh embedded database with the demo organisation.
import type { TestProject } from 'vitest/node';
import { ensureCrmBuild } from '../scripts/ensure-build';
import { startServer } from '../scripts/start-server';

declare module 'vitest' {
  export interface ProvidedContext {
    crmBaseUrl: string;
    crmAdminPassword: string;
  }
}

const ADMIN_PASSWORD = 'e2e-admin-password';

export default async function setup(project: TestProject) {
  await ensureCrmBuild();
  const server = await startServer({ adminPassword: ADMIN_PASSWORD });
  project.provide('crmBaseUrl', server.url);
  project.provide('crmAdminPassword', ADMIN_PASSWORD);
  return () => server.stop();
}

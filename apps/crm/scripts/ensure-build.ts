// `npm start` runs this first: builds the CRM (Vite) into apps/crm/dist when it is stale.
import { fileURLToPath } from 'node:url';
import { runIfMain, viteAppBuild } from '../../../scripts/vite-app-build';

const crm = viteAppBuild(
  fileURLToPath(new URL('..', import.meta.url)),
  'the CRM web app (apps/crm)',
  () => import('vite'),
);

export const crmBuildIsStale = crm.isStale;
export const ensureCrmBuild = crm.ensure;

runIfMain(import.meta.url, ensureCrmBuild);

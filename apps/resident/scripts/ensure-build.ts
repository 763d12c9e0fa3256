// `npm start` runs this (after the CRM's): builds the resident app (Vite + PWA) into
// apps/resident/dist when it is stale — the service worker missing counts as stale.
import { fileURLToPath } from 'node:url';
import { runIfMain, viteAppBuild } from '../../../scripts/vite-app-build';

const resident = viteAppBuild(
  fileURLToPath(new URL('..', import.meta.url)),
  'the resident app (apps/resident)',
  () => import('vite'),
  ['index.html', 'sw.js'],
);

export const residentBuildIsStale = resident.isStale;
export const ensureResidentBuild = resident.ensure;

runIfMain(import.meta.url, ensureResidentBuild);

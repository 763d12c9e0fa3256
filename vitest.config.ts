import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // One worker per core. Vitest's default leaves a core free, which on CI's two cores ran the
    // server suite in a single process: ~22 min instead of 14.6 min. Set for every project: Vitest
    // refuses projects of one group with different worker counts. The browser projects run their
    // files one after another all the same (fileParallelism: false).
    maxWorkers: '100%',
    projects: [
      {
        test: {
          name: 'contract',
          root: './packages/contract',
          include: ['src/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'server',
          root: './apps/server',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          globalSetup: ['./test/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'crm',
          root: './apps/crm',
          include: ['src/**/*.test.ts'],
        },
      },
      {
        test: {
          // Browser tests of the CRM (issue 5): Chromium against the real server process.
          name: 'crm-e2e',
          root: './apps/crm',
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['./e2e/global-setup.ts'],
          // One server for all files; files share it one after another.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // A page under a loaded machine takes more than expect.poll's default second to settle.
          expect: { poll: { timeout: 15_000 } },
        },
      },
      {
        test: {
          name: 'resident',
          root: './apps/resident',
          include: ['src/**/*.test.ts'],
        },
      },
      {
        test: {
          // Browser tests of the resident app (issue 12): Chromium at a phone viewport against the
          // real server process, started by this project's own global setup.
          name: 'resident-e2e',
          root: './apps/resident',
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['./e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // A page under a loaded machine takes more than expect.poll's default second to settle.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});

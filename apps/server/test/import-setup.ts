// The setup of the import test files: the app on a fresh database, an organisation's
// administrator, a legal entity for the accounts, and a folder for the files the tests write.
import { buildTestApp, type TestApp } from './build-test-app';
import { makeLegalEntity } from './fixtures';
import { type Client, makeOrganization } from './helpers';
import { tempDir } from './import-files';

export type ImportSetup = {
  t: TestApp;
  admin: Client;
  legalEntityId: string;
  dir: Awaited<ReturnType<typeof tempDir>>;
  close(): Promise<void>;
};

/** Call in `beforeAll`, and `close()` in `afterAll`. */
export async function openImportSetup(): Promise<ImportSetup> {
  const t = await buildTestApp();
  const { admin } = await makeOrganization(t);
  const legalEntityId = (await makeLegalEntity(admin)).id;
  const dir = await tempDir();
  return {
    t,
    admin,
    legalEntityId,
    dir,
    async close() {
      await dir.remove();
      await t.close();
    },
  };
}

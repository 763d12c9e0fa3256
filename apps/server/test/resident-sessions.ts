// S-1..S-3: a device session as the resident app's sign-in stores it, inserted directly (tests of
// the CRM's «Информирование» do not go through the SMS sign-in). The token is returned for tests
// that call the resident API with it.
import { createHash, randomBytes } from 'node:crypto';
import { residentSessions } from '../src/db/schema';
import type { TestApp } from './build-test-app';

type SessionInsert = Partial<typeof residentSessions.$inferInsert>;

export async function makeResidentSession(
  t: TestApp,
  organizationId: string,
  accountId: string,
  overrides: SessionInsert = {},
) {
  const token = randomBytes(32).toString('base64url');
  const [row] = await t.db
    .insert(residentSessions)
    .values({
      tokenHash: createHash('sha256').update(token).digest('hex'),
      organizationId,
      accountId,
      deviceName: 'iPhone 15',
      devicePlatform: 'ios',
      appVersion: '4.8.2',
      ...overrides,
    })
    .returning();
  if (!row) throw new Error('resident session: insert returned no row');
  return { ...row, token };
}

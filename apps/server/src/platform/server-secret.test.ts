import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-test-app';
import { serverSecret } from './server-secret';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('server secret', () => {
  it('is made once and then read by every caller (as by every server process), one per name', async () => {
    const first = await serverSecret(t.db, 'test-key');
    expect(first).toHaveLength(32);
    expect((await serverSecret(t.db, 'test-key')).equals(first)).toBe(true);
    const [again, other] = await Promise.all([
      serverSecret(t.db, 'test-key'),
      serverSecret(t.db, 'other-key'),
    ]);
    expect(again.equals(first)).toBe(true);
    expect(other.equals(first)).toBe(false);
  });
});

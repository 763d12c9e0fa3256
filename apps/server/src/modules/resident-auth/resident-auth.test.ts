import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { fixturePhone } from '../../../test/fixtures';
import { type Client, makeOrganization, send } from '../../../test/helpers';
import {
  ageCodes,
  lastCode,
  RESIDENT_API,
  requestCode,
  residentFor,
  signInResident,
  verifyCode,
} from '../../../test/residents';
import {
  residentAccounts,
  residentAppOpens,
  residentAuthCodes,
  residentSessions,
  smsMessages,
} from '../../db/schema';
import { hashToken } from '../../platform/tokens';

let t: TestApp;
let admin: Client;
let slug: string;
let orgName: string;

beforeAll(async () => {
  t = await buildTestApp();
  const made = await makeOrganization(t, 'УК Светлый дом');
  admin = made.admin;
  slug = made.organization.slug;
  orgName = made.organization.name;
});
afterAll(() => t?.close());

const rows = async (table: typeof residentSessions | typeof residentAuthCodes | typeof smsMessages) =>
  (await t.db.select({ n: count() }).from(table))[0]?.n ?? 0;

describe('sign-in with a code (AUTH-1)', () => {
  it('sends a Russian SMS under the organisation’s name and opens a device session', async () => {
    const phone = fixturePhone();
    const sent = await requestCode(t, phone, slug);
    expect(sent.status).toBe(200);
    expect(sent.body).toEqual({ expiresInSeconds: 300, resendInSeconds: 60 });
    const [sms] = await t.db.select().from(smsMessages).where(eq(smsMessages.phone, phone));
    expect(sms?.text).toMatch(new RegExp(`^Код для входа в приложение «${orgName}»: \\d{6}\\.`));
    expect(sms?.purpose).toBe('auth_code');
    // Only a hash of the code is kept.
    const [stored] = await t.db.select().from(residentAuthCodes).where(eq(residentAuthCodes.phone, phone));
    expect(stored?.codeHash).not.toContain(await lastCode(t, phone));

    const device = { name: 'Pixel 8', platform: 'android', appVersion: '1.2.3', pushPermission: false };
    const verified = await verifyCode(t, {
      phone: `8${phone.slice(2)}`,
      organization: slug,
      code: await lastCode(t, phone),
      device,
    });
    expect(verified.status).toBe(200);
    expect(verified.body).toEqual({
      token: expect.any(String),
      account: { id: expect.any(String), phone, hasPassword: false },
      organization: { id: admin.organizationId, slug, name: orgName },
      isClient: false,
    });
    const [session] = await t.db
      .select()
      .from(residentSessions)
      .where(eq(residentSessions.accountId, verified.body.account.id));
    expect(session).toMatchObject({
      deviceName: 'Pixel 8',
      devicePlatform: 'android',
      appVersion: '1.2.3',
      osPermission: false,
    });
    expect(session?.tokenHash).not.toBe(verified.body.token);
    const [account] = await t.db.select().from(residentAccounts).where(eq(residentAccounts.phone, phone));
    expect(account?.firstLoginAt).not.toBeNull();
    const opens = await t.db
      .select()
      .from(residentAppOpens)
      .where(eq(residentAppOpens.accountId, account?.id ?? ''));
    expect(opens).toEqual([expect.objectContaining({ appVersion: '1.2.3' })]);

    const resident = residentFor(t, verified.body.token);
    expect((await resident.post('/auth/logout')).status).toBe(204);
    expect((await resident.post('/auth/logout')).body.code).toBe('RESIDENT_SESSION_REQUIRED');
  });

  it('allows a session without device data', async () => {
    const phone = fixturePhone();
    await requestCode(t, phone, slug);
    const verified = await verifyCode(t, { phone, organization: slug, code: await lastCode(t, phone) });
    expect(verified.status).toBe(200);
    const [session] = await t.db
      .select()
      .from(residentSessions)
      .where(eq(residentSessions.accountId, verified.body.account.id));
    expect(session).toMatchObject({
      deviceName: null,
      devicePlatform: null,
      appVersion: null,
      osPermission: null,
    });
  });

  it('answers a known phone exactly as an unknown one', async () => {
    const known = (await signInResident(t, fixturePhone(), slug)).signIn.account.phone as string;
    const answers = await Promise.all([requestCode(t, known, slug), requestCode(t, fixturePhone(), slug)]);
    expect(answers[0]?.status).toBe(200);
    expect(answers[0]?.body).toEqual(answers[1]?.body);
  });

  it('refuses a wrong, expired or reused code, and the 6th try even with the right code', async () => {
    const phone = fixturePhone();
    const tryCode = (code: string) => verifyCode(t, { phone, organization: slug, code }, '198.51.100.1');
    await requestCode(t, phone, slug);
    const code = await lastCode(t, phone);
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) {
      const refused = await tryCode(wrong);
      expect(refused.status).toBe(401);
      expect(refused.body).toMatchObject({
        code: 'CODE_INVALID',
        title: 'Неверный или устаревший код. Запросите новый код',
      });
      expect(refused.headers['content-type']).toContain('application/problem+json');
    }
    expect((await tryCode(code)).body.code).toBe('CODE_INVALID');

    await ageCodes(t, phone, 61);
    await requestCode(t, phone, slug);
    const second = await lastCode(t, phone);
    for (let i = 0; i < 4; i++) expect((await tryCode(wrong === second ? '222222' : wrong)).status).toBe(401);
    expect((await tryCode(second)).status).toBe(200);
    expect((await tryCode(second)).body.code).toBe('CODE_INVALID');

    await ageCodes(t, phone, 61);
    await requestCode(t, phone, slug);
    const third = await lastCode(t, phone);
    await ageCodes(t, phone, 300);
    expect((await tryCode(third)).body.code).toBe('CODE_INVALID');
  });

  it('takes only the newest code', async () => {
    const phone = fixturePhone();
    await requestCode(t, phone, slug);
    const first = await lastCode(t, phone);
    await ageCodes(t, phone, 61);
    await requestCode(t, phone, slug);
    const second = await lastCode(t, phone);
    if (first !== second)
      expect((await verifyCode(t, { phone, organization: slug, code: first })).body.code).toBe(
        'CODE_INVALID',
      );
    expect((await verifyCode(t, { phone, organization: slug, code: second })).status).toBe(200);
  });

  it('sends a new code to a phone no sooner than 60 s after the last', async () => {
    const phone = fixturePhone();
    expect((await requestCode(t, phone, slug)).status).toBe(200);
    const soon = await requestCode(t, phone, slug);
    expect(soon.status).toBe(429);
    expect(soon.body.code).toBe('CODE_TOO_SOON');
    expect(soon.body.retryAfterSeconds).toBeGreaterThan(0);
    expect(soon.body.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(Number(soon.headers['retry-after'])).toBe(soon.body.retryAfterSeconds);
    await ageCodes(t, phone, 61);
    expect((await requestCode(t, phone, slug)).status).toBe(200);
  });

  it('takes the wait before another code from RESIDENT_CODE_RESEND_SECONDS', async () => {
    const quick = await buildTestApp({ RESIDENT_CODE_RESEND_SECONDS: '10' });
    try {
      const { organization } = await makeOrganization(quick, 'УК Быстрый код');
      const phone = fixturePhone();
      const sent = await requestCode(quick, phone, organization.slug);
      expect(sent.body).toEqual({ expiresInSeconds: 300, resendInSeconds: 10 });
      const soon = await requestCode(quick, phone, organization.slug);
      expect(soon.body.code).toBe('CODE_TOO_SOON');
      expect(soon.body.retryAfterSeconds).toBeLessThanOrEqual(10);
      await ageCodes(quick, phone, 11);
      expect((await requestCode(quick, phone, organization.slug)).status).toBe(200);
    } finally {
      await quick.close();
    }
  });

  it('limits codes per phone and per address in an hour', async () => {
    const phone = fixturePhone();
    for (let i = 0; i < 5; i++) {
      expect((await requestCode(t, phone, slug, `192.0.2.${i + 1}`)).status).toBe(200);
      await ageCodes(t, phone, 61);
    }
    const perPhone = await requestCode(t, phone, slug, '192.0.2.99');
    expect(perPhone.status).toBe(429);
    expect(perPhone.body.code).toBe('TOO_MANY_ATTEMPTS');
    expect(perPhone.body.retryAfterSeconds).toBeGreaterThan(60 * 50);

    const address = '203.0.113.40';
    for (let i = 0; i < 20; i++)
      expect((await requestCode(t, fixturePhone(), slug, address)).status).toBe(200);
    const before = await rows(smsMessages);
    const perAddress = await requestCode(t, fixturePhone(), slug, address);
    expect(perAddress.status).toBe(429);
    expect(perAddress.body.code).toBe('TOO_MANY_ATTEMPTS');
    expect(await rows(smsMessages)).toBe(before);
    expect((await requestCode(t, fixturePhone(), slug, '203.0.113.41')).status).toBe(200);
  });

  it('limits failed code tries per address in an hour', async () => {
    const address = '203.0.113.60';
    const phone = fixturePhone();
    await requestCode(t, phone, slug);
    for (let i = 0; i < 30; i++) {
      const guess = await verifyCode(
        t,
        { phone: fixturePhone(), organization: slug, code: '000000' },
        address,
      );
      expect(guess.status).toBe(401);
    }
    const code = await lastCode(t, phone);
    const refused = await verifyCode(t, { phone, organization: slug, code }, address);
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('TOO_MANY_ATTEMPTS');
    // The refusal spent none of the code's tries: the owner signs in from elsewhere.
    expect((await verifyCode(t, { phone, organization: slug, code }, '198.51.100.60')).status).toBe(200);
  }, 60_000);

  it('refuses bad input with a Russian problem and writes nothing', async () => {
    const before = [await rows(residentAuthCodes), await rows(smsMessages), await rows(residentSessions)];
    const badPhone = await requestCode(t, '12345', slug);
    expect(badPhone.status).toBe(400);
    expect(badPhone.body.errors).toEqual([expect.objectContaining({ field: 'phone', code: 'PHONE_FORMAT' })]);
    const unknownOrg = await requestCode(t, fixturePhone(), 'no-such-organisation');
    expect(unknownOrg.status).toBe(404);
    expect(unknownOrg.body).toMatchObject({
      code: 'ORGANIZATION_NOT_FOUND',
      title: 'Управляющая организация не найдена',
    });
    const badDevice = await verifyCode(t, {
      phone: fixturePhone(),
      organization: slug,
      code: '123456',
      device: { name: 'x'.repeat(101), pushPermission: 'maybe' },
    });
    expect(badDevice.status).toBe(400);
    expect(badDevice.body.code).toBe('VALIDATION_FAILED');
    const noCode = await verifyCode(t, { phone: fixturePhone(), organization: slug, code: '123456' });
    expect(noCode.status).toBe(401);
    expect([await rows(residentAuthCodes), await rows(smsMessages), await rows(residentSessions)]).toEqual(
      before,
    );
  });
});

describe('resident and staff doors stay apart', () => {
  it('a resident token opens no staff route, and staff credentials open no resident route', async () => {
    const resident = await signInResident(t, fixturePhone(), slug);
    for (const url of ['/api/auth/me', '/api/clients', '/api/registration-requests']) {
      const response = await resident.request({ method: 'GET', url });
      expect(response.status, url).toBe(401);
      expect(response.body.code).toBe('UNAUTHENTICATED');
    }
    const staffBearer = await send(t, {
      method: 'POST',
      url: `${RESIDENT_API}/auth/logout`,
      headers: { authorization: `Bearer ${admin.token}` },
    });
    expect(staffBearer.status).toBe(401);
    expect(staffBearer.body.code).toBe('RESIDENT_SESSION_REQUIRED');
    const staffCookie = await send(t, {
      method: 'PUT',
      url: `${RESIDENT_API}/devices/current/notifications`,
      cookies: { domovoy_session: admin.token },
      payload: { osPermission: true, types: {} },
    });
    expect(staffCookie.status).toBe(401);
    expect((await admin.get('/api/auth/me')).status).toBe(200);
  });

  it('touches the session at most once a minute and counts one app open per device and day', async () => {
    const resident = await signInResident(t, fixturePhone(), slug);
    const sessionOf = async () =>
      (
        await t.db
          .select()
          .from(residentSessions)
          .where(eq(residentSessions.tokenHash, hashToken(resident.token)))
      )[0];
    const first = await sessionOf();
    const report = { osPermission: true, types: {} };
    for (let i = 0; i < 3; i++)
      expect((await resident.put('/devices/current/notifications', report)).status).toBe(200);
    expect((await sessionOf())?.lastSeenAt).toEqual(first?.lastSeenAt);
    await t.db
      .update(residentSessions)
      .set({ lastSeenAt: sql`${residentSessions.lastSeenAt} - interval '2 minutes'` })
      .where(eq(residentSessions.id, first?.id ?? ''));
    await resident.put('/devices/current/notifications', report);
    expect((await sessionOf())?.lastSeenAt.getTime()).toBeGreaterThan(first?.lastSeenAt.getTime() ?? 0);
    const opens = await t.db
      .select()
      .from(residentAppOpens)
      .where(eq(residentAppOpens.sessionId, first?.id ?? ''));
    expect(opens).toHaveLength(1);
  });
});

describe('passwords (AUTH-1)', () => {
  const login = (phone: string, password: string, remoteAddress = '127.0.0.1') =>
    send(t, {
      method: 'POST',
      url: `${RESIDENT_API}/auth/login`,
      payload: { phone, organization: slug, password, device: { name: 'Планшет' } },
      remoteAddress,
    });

  it('sets a first password, changes it with the current one and ends the other sessions', async () => {
    const phone = fixturePhone();
    expect((await login(phone, 'anything-at-all')).body.code).toBe('CREDENTIALS_INVALID_RESIDENT');
    const byCode = await signInResident(t, phone, slug);
    expect((await byCode.put('/auth/password', { newPassword: 'first-password' })).status).toBe(204);

    const signedIn = await login(phone, 'first-password');
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.account.hasPassword).toBe(true);
    const tablet = residentFor(t, signedIn.body.token);
    const noCurrent = await tablet.put('/auth/password', { newPassword: 'second-password' });
    expect(noCurrent.status).toBe(400);
    expect(noCurrent.body.code).toBe('PASSWORD_CURRENT_INVALID');
    const wrong = await tablet.put('/auth/password', {
      currentPassword: 'nope',
      newPassword: 'second-password',
    });
    expect(wrong.body.code).toBe('PASSWORD_CURRENT_INVALID');
    const changed = await tablet.put('/auth/password', {
      currentPassword: 'first-password',
      newPassword: 'second-password',
    });
    expect(changed.status).toBe(204);

    expect(
      (await byCode.put('/devices/current/notifications', { osPermission: true, types: {} })).status,
    ).toBe(401);
    expect(
      (await tablet.put('/devices/current/notifications', { osPermission: true, types: {} })).status,
    ).toBe(200);
    expect((await login(phone, 'first-password')).status).toBe(401);
    expect((await login(phone, 'second-password')).status).toBe(200);
  });

  it('resets a forgotten password through a code sign-in, for 15 minutes', async () => {
    const phone = fixturePhone();
    const first = await signInResident(t, phone, slug);
    await first.put('/auth/password', { newPassword: 'forgotten-one' });
    const again = await signInResident(t, phone, slug);
    expect((await again.put('/auth/password', { newPassword: 'remembered-one' })).status).toBe(204);
    expect((await login(phone, 'remembered-one')).status).toBe(200);

    const late = await signInResident(t, phone, slug);
    await t.db
      .update(residentSessions)
      .set({ createdAt: sql`${residentSessions.createdAt} - interval '16 minutes'` })
      .where(eq(residentSessions.tokenHash, hashToken(late.token)));
    expect((await late.put('/auth/password', { newPassword: 'third-one-here' })).body.code).toBe(
      'PASSWORD_CURRENT_INVALID',
    );
  });

  it('limits failed password logins per phone and address, as staff logins are', async () => {
    const phone = fixturePhone();
    const owner = await signInResident(t, phone, slug);
    await owner.put('/auth/password', { newPassword: 'owner-password' });
    const attacker = '203.0.113.90';
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await login(phone, `guess-${i}`, attacker)).status);
    expect(statuses).toEqual([...Array(10).fill(401), 429, 429]);
    expect((await login(phone, 'owner-password', attacker)).body.code).toBe('TOO_MANY_ATTEMPTS');
    expect((await login(phone, 'owner-password', '198.51.100.90')).status).toBe(200);
  }, 60_000);
});

import { desc, eq, sql } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { residentAuthCodes, smsMessages } from '../src/db/schema';
import type { TestApp } from './build-test-app';
import { type Response, send } from './helpers';

// The resident app's side of tests (issue 11): codes are read from the SMS outbox, as a newcomer
// on `npm start` reads them in the CRM.

export const RESIDENT_API = '/api/resident/v1';

/** The code of the last SMS sent to the phone. */
export async function lastCode(t: TestApp, phone: string): Promise<string> {
  const [row] = await t.db
    .select({ text: smsMessages.text })
    .from(smsMessages)
    .where(eq(smsMessages.phone, phone))
    .orderBy(desc(smsMessages.createdAt))
    .limit(1);
  const code = /\b(\d{6})\b/.exec(row?.text ?? '')?.[1];
  if (!code) throw new Error(`no code sent to ${phone}`);
  return code;
}

/** Time passes for the phone's codes: they were made (and expire) `seconds` earlier. */
export async function ageCodes(t: TestApp, phone: string, seconds: number) {
  const shift = sql`make_interval(secs => ${seconds})`;
  await t.db
    .update(residentAuthCodes)
    .set({
      createdAt: sql`${residentAuthCodes.createdAt} - ${shift}`,
      expiresAt: sql`${residentAuthCodes.expiresAt} - ${shift}`,
    })
    .where(eq(residentAuthCodes.phone, phone));
}

export type Resident = {
  token: string;
  // biome-ignore lint/suspicious/noExplicitAny: a test reads response bodies through its assertions.
  signIn: any;
  request(options: InjectOptions): Promise<Response>;
  get(path: string): Promise<Response>;
  post(path: string, body?: unknown): Promise<Response>;
  put(path: string, body?: unknown): Promise<Response>;
};

/** A client of the resident API for one device session; paths are under /api/resident/v1. */
// biome-ignore lint/suspicious/noExplicitAny: the sign-in answer as the test got it.
export function residentFor(t: TestApp, token: string, signIn: any = null): Resident {
  const request = (options: InjectOptions) =>
    send(t, { ...options, headers: { authorization: `Bearer ${token}`, ...options.headers } });
  const payload = (body: unknown) => body as InjectOptions['payload'];
  return {
    token,
    signIn,
    request,
    get: (path) => request({ method: 'GET', url: `${RESIDENT_API}${path}` }),
    post: (path, body) => request({ method: 'POST', url: `${RESIDENT_API}${path}`, payload: payload(body) }),
    put: (path, body) => request({ method: 'PUT', url: `${RESIDENT_API}${path}`, payload: payload(body) }),
  };
}

export function requestCode(t: TestApp, phone: string, organization: string, remoteAddress = '127.0.0.1') {
  return send(t, {
    method: 'POST',
    url: `${RESIDENT_API}/auth/code`,
    payload: { phone, organization },
    remoteAddress,
  });
}

export function verifyCode(
  t: TestApp,
  body: { phone: string; organization: string; code: string; device?: unknown },
  remoteAddress = '127.0.0.1',
) {
  return send(t, { method: 'POST', url: `${RESIDENT_API}/auth/verify`, payload: body, remoteAddress });
}

/**
 * A device signed in with a code from the outbox; `remoteAddress` for a file that signs in more
 * often than the per-address limit of codes allows.
 */
export async function signInResident(
  t: TestApp,
  phone: string,
  organization: string,
  device: unknown = { name: 'iPhone Тест', platform: 'ios', appVersion: '1.0.0', pushPermission: true },
  remoteAddress = '127.0.0.1',
): Promise<Resident> {
  const sent = await requestCode(t, phone, organization, remoteAddress);
  if (sent.status !== 200) throw new Error(`code: ${sent.status} ${JSON.stringify(sent.body)}`);
  const code = await lastCode(t, phone);
  const verified = await verifyCode(t, { phone, organization, code, device }, remoteAddress);
  if (verified.status !== 200) throw new Error(`verify: ${verified.status} ${JSON.stringify(verified.body)}`);
  // The next code for the phone may be asked at once (the 60 s rule is tested on its own).
  await ageCodes(t, phone, 61);
  return residentFor(t, verified.body.token, verified.body);
}

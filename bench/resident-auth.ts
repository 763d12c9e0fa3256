// Issue 11's figures: a resident's sign-in by SMS code (code request + verify, two requests) and
// `GET /api/resident/v1/me`, through the real app on the benchmark's data set (every generated
// client has a resident account). Each sign-in uses another phone and another client address, as
// real residents would (one phone is limited to a code a minute). The code is read from the SMS
// outbox between the two requests, outside the measured time; SMS delivery runs in the
// background job runner and is not part of it either.
import { sql } from 'drizzle-orm';
import type { DomovoyApp } from '../apps/server/src/app';
import { type Db, queryRows } from '../apps/server/src/db/database';
import { benchPhone } from './client-layout';
import { formatTable, type Measurement, measure, summarize } from './measure';

export type ResidentAuthFigures = {
  code: Measurement;
  verify: Measurement;
  signIn: Measurement;
  me: Measurement;
  accounts: number;
};

const DEVICE = { name: 'Bench phone', platform: 'android', appVersion: '4.8.0', pushPermission: true };

async function post(app: DomovoyApp, url: string, body: unknown, address: string) {
  const response = await app.inject({ method: 'POST', url, payload: body as object, remoteAddress: address });
  if (response.statusCode >= 300) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
  return response.json();
}

export async function measureResidentAuth(
  app: DomovoyApp,
  db: Db,
  organization: string,
  accounts: number,
  options: { warmup: number; iterations: number },
): Promise<ResidentAuthFigures> {
  const tokens: string[] = [];
  // Spread over the generated phones; addresses in 10.x.y.z, one per sign-in.
  const phoneOf = (i: number) =>
    benchPhone(Math.floor((i * accounts) / (options.warmup + options.iterations + 1)));
  const addressOf = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
  const times: number[] = [];
  const codeTimes: number[] = [];
  const verifyTimes: number[] = [];
  for (let i = 0; i < options.warmup + options.iterations; i++) {
    const phone = phoneOf(i);
    const address = addressOf(i);
    let started = performance.now();
    await post(app, '/api/resident/v1/auth/code', { phone, organization }, address);
    const codeMs = performance.now() - started;
    const [sms] = await queryRows<{ text: string }>(
      db,
      sql`select text from sms_messages where phone = ${phone} order by created_at desc limit 1`,
    );
    const code = /\d{6}/.exec(sms?.text ?? '')?.[0];
    if (!code) throw new Error(`no code in the outbox for ${phone}`);
    started = performance.now();
    const session = await post(
      app,
      '/api/resident/v1/auth/verify',
      { phone, organization, code, device: DEVICE },
      address,
    );
    const verifyMs = performance.now() - started;
    tokens.push(session.token);
    if (i >= options.warmup) {
      codeTimes.push(codeMs);
      verifyTimes.push(verifyMs);
      times.push(codeMs + verifyMs);
    }
  }
  const one = { min: 1, median: 1, max: 1 };
  const signIn: Measurement = { latency: summarize(times), results: one };
  const code: Measurement = { latency: summarize(codeTimes), results: one };
  const verify: Measurement = { latency: summarize(verifyTimes), results: one };

  const me = await measure(async (i) => {
    const token = tokens[i % tokens.length];
    const response = await app.inject({
      method: 'GET',
      url: '/api/resident/v1/me',
      headers: { authorization: `Bearer ${token}` },
    });
    if (response.statusCode !== 200) throw new Error(`/me: ${response.statusCode} ${response.body}`);
    return response.json().organizations?.length ?? 0;
  }, options);
  return { code, verify, signIn, me, accounts };
}

export function printResidentAuth(figures: ResidentAuthFigures) {
  const ms = (value: number) => value.toFixed(1);
  const row = (title: string, m: Measurement) => [
    title,
    String(m.latency.count),
    ms(m.latency.p50),
    ms(m.latency.p95),
    ms(m.latency.p99),
    ms(m.latency.max),
  ];
  console.log(
    `Resident sign-in (issue 11) with ${figures.accounts.toLocaleString('en')} resident accounts, ms:`,
  );
  console.log(
    formatTable(
      ['', 'n', 'p50', 'p95', 'p99', 'max'],
      [
        row('POST /api/resident/v1/auth/code', figures.code),
        row('POST /api/resident/v1/auth/verify', figures.verify),
        row('code request + verify (two requests)', figures.signIn),
        row('GET /api/resident/v1/me', figures.me),
      ],
    ),
  );
  console.log('Issue 11 target (reported, not asserted): p95 < 20 ms on PostgreSQL.');
}

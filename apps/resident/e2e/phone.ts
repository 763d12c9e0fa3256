import { createApiClient } from '@domovoy/api-client';
import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { CODE_RESEND_SECONDS } from './code-resend';

export { launchBrowser, openPhone, type PhonePage } from './browser';

export const baseUrl = () => inject('residentBaseUrl');

/** The CRM administrator's password on this server (the CRM's login form takes it as well). */
export const adminPassword = () => inject('residentAdminPassword');

/** The API as the administrator's script sees it (Bearer token). */
export async function adminApi() {
  const login = await fetch(`${baseUrl()}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: 'admin', password: adminPassword() }),
  });
  if (!login.ok) throw new Error(`admin login: ${login.status}`);
  const { token } = (await login.json()) as { token: string };
  return createApiClient({ baseUrl: baseUrl(), token });
}

/** The newest sign-in code sent to the phone (E.164), read in the SMS outbox as an administrator. */
export async function codeFromOutbox(phone: string, sentAfter: Date): Promise<string> {
  const api = await adminApi();
  for (let attempt = 0; attempt < 50; attempt++) {
    const { data } = await api.GET('/api/sms-messages', { params: { query: { pageSize: 20 } } });
    const message = data?.items.find((m) => m.phone === phone && new Date(m.createdAt) >= sentAfter);
    const code = message && /\b(\d{6})\b/.exec(message.text)?.[1];
    if (code) return code;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no code for ${phone} in the outbox`);
}

/**
 * Waits until the phone may have a new code: CODE_RESEND_SECONDS after the last one sent to it
 * (the demo resident signs in from several files, in whatever order they run).
 */
export async function waitOutLastCode(phone: string): Promise<void> {
  const api = await adminApi();
  const { data } = await api.GET('/api/sms-messages', { params: { query: { pageSize: 20 } } });
  const last = data?.items.find((m) => m.phone === phone);
  const wait = last ? new Date(last.createdAt).getTime() + (CODE_RESEND_SECONDS + 2) * 1000 - Date.now() : 0;
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}

/** The paths of the answers the service worker keeps for offline reading (its «resident-data» cache). */
export function keptForOffline(page: Page): Promise<string[]> {
  return page.evaluate(async () =>
    (await (await caches.open('resident-data')).keys()).map((r) => new URL(r.url).pathname),
  );
}

import { createSign } from 'node:crypto';
import type { FcmConfig } from '../../config';
import { networkCause, type PushSender } from './push-sender';

const SCOPE = 'https://www.googleapis.com/auth/firebase.messaging';

type FcmError = { error?: { status?: string; details?: { errorCode?: string }[] } };

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

/** The service account's signed assertion for Google's token endpoint (RFC 7523, RS256). */
export function serviceAccountAssertion(config: FcmConfig, nowSeconds: number): string {
  const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }));
  const claims = base64url(
    JSON.stringify({
      iss: config.clientEmail,
      scope: SCOPE,
      aud: config.tokenUrl,
      iat: nowSeconds,
      exp: nowSeconds + 3600,
    }),
  );
  const signature = createSign('RSA-SHA256').update(`${header}.${claims}`).sign(config.privateKey);
  return `${header}.${claims}.${base64url(signature)}`;
}

/**
 * FCM HTTP v1 for a later native wrapper of the app: an OAuth 2.0 access token from the service
 * account (kept until a minute before it expires), then `POST /v1/projects/<id>/messages:send`
 * with the device's registration token. 404 / UNREGISTERED: the token is gone; 401: the access
 * token is dropped and the send is an error (tried again with a new one).
 */
export function fcmSender(config: FcmConfig, { timeoutMs }: { timeoutMs: number }): PushSender {
  let cached: { token: string; until: number } | undefined;

  async function accessToken(): Promise<string> {
    if (cached && cached.until > Date.now()) return cached.token;
    const response = await fetch(config.tokenUrl, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
        assertion: serviceAccountAssertion(config, Math.floor(Date.now() / 1000)),
      }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const answer = (await response.json().catch(() => ({}))) as {
      access_token?: string;
      expires_in?: number;
    };
    if (!response.ok || !answer.access_token)
      throw new Error(`FCM: токен не выдан (HTTP ${response.status})`);
    cached = {
      token: answer.access_token,
      until: Date.now() + Math.max(0, (answer.expires_in ?? 3600) - 60) * 1000,
    };
    return cached.token;
  }

  return {
    async send(target, payload) {
      if (target.kind !== 'fcm') return { error: 'не токен FCM' };
      let response: Response;
      try {
        const token = await accessToken();
        response = await fetch(
          `${config.apiUrl}/v1/projects/${encodeURIComponent(config.projectId)}/messages:send`,
          {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json; charset=utf-8' },
            body: JSON.stringify({
              message: {
                token: target.token,
                notification: { title: payload.brand, body: `${payload.title}\n${payload.body}` },
                // FCM data values are strings only; the wrapper opens `url` on a tap.
                data: { id: payload.id, title: payload.title, body: payload.body, url: payload.url },
                android: { notification: { tag: payload.id } },
              },
            }),
            signal: AbortSignal.timeout(timeoutMs),
          },
        );
      } catch (error) {
        return {
          error:
            error instanceof Error && error.message.startsWith('FCM')
              ? error.message
              : `FCM: ${networkCause(error)}`,
        };
      }
      if (response.ok) {
        await response.body?.cancel();
        return { ok: true };
      }
      const answer = (await response.json().catch(() => ({}))) as FcmError;
      const code = answer.error?.details?.find((d) => d.errorCode)?.errorCode ?? answer.error?.status;
      if (response.status === 404 || response.status === 410 || code === 'UNREGISTERED')
        return { gone: true };
      if (response.status === 401) cached = undefined;
      return { error: `FCM: HTTP ${response.status}${code ? ` ${code}` : ''}` };
    },
  };
}

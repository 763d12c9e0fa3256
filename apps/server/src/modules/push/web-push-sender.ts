import webpush from 'web-push';
import { networkCause, type PushSender } from './push-sender';
import type { VapidKeys } from './vapid-keys';

export type WebPushOptions = {
  keys: () => Promise<VapidKeys>;
  /** `mailto:` or `https:`: how a push service reaches the operator (VAPID `sub`). */
  subject: string;
  ttlSeconds: number;
  timeoutMs: number;
};

/**
 * Web Push (RFC 8030) with VAPID (RFC 8292) and the payload encrypted for the browser's keys
 * (RFC 8291, aes128gcm) by `web-push`; the request itself goes through fetch, so it has a timeout
 * and a plain-HTTP local fake can stand for a push service in tests (web-push's own send speaks
 * HTTPS only). 201 (or any 2xx): taken; 404/410: the subscription is gone.
 */
export function webPushSender({ keys, subject, ttlSeconds, timeoutMs }: WebPushOptions): PushSender {
  return {
    async send(target, payload) {
      if (target.kind !== 'webpush') return { error: 'не подписка Web Push' };
      const vapid = await keys();
      let request: webpush.RequestDetails;
      try {
        request = webpush.generateRequestDetails(
          { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
          JSON.stringify(payload),
          {
            vapidDetails: { subject, publicKey: vapid.publicKey, privateKey: vapid.privateKey },
            TTL: ttlSeconds,
            contentEncoding: 'aes128gcm',
            urgency: 'normal',
          },
        );
      } catch (error) {
        // Keys the browser gave that do not make a P-256 point: no retry makes them valid.
        return { error: `Web Push: ${(error as Error).message}` };
      }
      const headers = Object.fromEntries(
        Object.entries(request.headers)
          .filter(([name]) => name.toLowerCase() !== 'content-length')
          .map(([name, value]) => [name, String(value)]),
      );
      let response: Response;
      try {
        response = await fetch(request.endpoint, {
          method: 'POST',
          headers,
          body: request.body ? new Uint8Array(request.body) : null,
          signal: AbortSignal.timeout(timeoutMs),
          redirect: 'error',
        });
        await response.body?.cancel();
      } catch (error) {
        return { error: `Web Push: ${networkCause(error)}` };
      }
      if (response.status === 404 || response.status === 410) return { gone: true };
      if (response.ok) return { ok: true };
      return { error: `Web Push: HTTP ${response.status}` };
    },
  };
}

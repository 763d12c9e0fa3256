import type { PushPayload } from '@domovoy/contract';

/** Where one device receives push messages (a row of `push_subscriptions`). */
export type PushTarget =
  | { kind: 'webpush'; endpoint: string; p256dh: string; auth: string }
  | { kind: 'fcm'; token: string };

/**
 * `ok`: the push service took the message. `gone`: it answered 404/410 — the subscription is no
 * more (the app was uninstalled, the permission withdrawn) and is to be deleted. `error`: anything
 * else (network, timeout, 5xx, 429, a refusal): the delivery job tries again later.
 */
export type PushOutcome = { ok: true } | { gone: true } | { error: string };

/**
 * Issue 14: how a push leaves the server. One implementation per protocol (`web-push-sender.ts`,
 * `fcm-sender.ts`); the delivery job (`deliver-push.ts`) is the only caller. A sender never throws
 * for what the push service answered, and never puts the payload in an error (it reaches logs).
 */
export type PushSender = {
  send(target: PushTarget, payload: PushPayload): Promise<PushOutcome>;
};

/** A network failure's short cause (`ECONNREFUSED`, `TimeoutError`), without the URL or payload. */
export function networkCause(error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError') return 'нет ответа вовремя';
  const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined;
  return cause?.code ?? (error instanceof Error ? error.name : 'ошибка сети');
}

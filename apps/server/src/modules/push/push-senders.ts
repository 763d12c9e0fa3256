import type { PushSender } from './push-sender';

/** One sender for every kind of subscription: Web Push, and FCM where the server has it configured. */
export function pushSenders(senders: { webpush: PushSender; fcm: PushSender | undefined }): PushSender {
  return {
    send(target, payload) {
      if (target.kind === 'webpush') return senders.webpush.send(target, payload);
      if (senders.fcm) return senders.fcm.send(target, payload);
      return Promise.resolve({ error: 'FCM на сервере не настроен' });
    },
  };
}

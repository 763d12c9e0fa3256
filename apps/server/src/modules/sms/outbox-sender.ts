import type { SmsSender } from './sms-sender';

/**
 * The default provider: nothing leaves the server. The message stays in the outbox marked sent
 * by 'outbox', and the CRM shows it to administrators («Настройки → SMS»), so that a newcomer on
 * `npm start` signs in as a demo resident by reading the code there.
 */
export function outboxSender(): SmsSender {
  return { provider: 'outbox', send: async () => ({ providerMessageId: null }) };
}

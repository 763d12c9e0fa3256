/**
 * Issue 11: how an SMS leaves the server. One implementation per provider (`outbox-sender.ts`,
 * `smsru-sender.ts`), chosen by configuration in `sms-senders.ts`; the delivery job
 * (`deliver-sms.ts`) is the only caller.
 */
export type SmsSender = {
  /** Stored with each message sent through it (`sms_messages.provider`). */
  provider: string;
  /** Accepted by the provider, or throws an `SmsSendError` that says whether to try again. */
  send(phone: string, text: string): Promise<{ providerMessageId: string | null }>;
};

/**
 * `temporary`: the provider could not take it now (timeout, network, 5xx, «service unavailable»):
 * the job runner retries with backoff. `permanent`: trying again cannot help (invalid number,
 * wrong api_id, no money, text refused): the message fails at once. The message never carries
 * the SMS text (it ends up in logs and in `last_error`).
 */
export class SmsSendError extends Error {
  constructor(
    readonly kind: 'permanent' | 'temporary',
    message: string,
  ) {
    super(message);
  }
}

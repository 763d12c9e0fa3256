import { SmsSendError, type SmsSender } from './sms-sender';

export type SmsRuOptions = { apiId: string; from: string | undefined; url: string; timeoutMs: number };

/** SMS.ru's answer to `sms/send` with `json=1` (one recipient here). */
type SmsRuAnswer = {
  status?: string;
  status_code?: number;
  status_text?: string;
  sms?: Record<string, { status?: string; status_code?: number; status_text?: string; sms_id?: string }>;
  balance?: number;
};

/**
 * SMS.ru codes worth another try: 220 «сервис временно недоступен», 500 «ошибка на сервере».
 * Every other error code (200 wrong api_id, 201 no money, 202 wrong number, 207 number not
 * allowed, 230–232 limits per number…) fails at once: retrying a paid send the provider refused
 * would not help and could repeat a charge.
 */
const TEMPORARY_CODES = new Set([220, 500]);

/**
 * Issue 11: SMS.ru's HTTP API (https://sms.ru/api/send). POST (form body) rather than the GET
 * the docs show first: the api_id and the text stay out of URLs, proxies' logs and error messages.
 */
export function smsRuSender({ apiId, from, url, timeoutMs }: SmsRuOptions): SmsSender {
  return {
    provider: 'smsru',
    async send(phone, text) {
      const to = phone.replace(/^\+/, '');
      const body = new URLSearchParams({ api_id: apiId, to, msg: text, json: '1' });
      if (from) body.set('from', from);
      let response: Response;
      try {
        response = await fetch(url, { method: 'POST', body, signal: AbortSignal.timeout(timeoutMs) });
      } catch (error) {
        const timedOut = error instanceof Error && error.name === 'TimeoutError';
        throw new SmsSendError(
          'temporary',
          timedOut
            ? `SMS.ru: нет ответа за ${timeoutMs} мс`
            : `SMS.ru: сеть недоступна (${networkCause(error)})`,
        );
      }
      if (response.status >= 500 || response.status === 429)
        throw new SmsSendError('temporary', `SMS.ru: HTTP ${response.status}`);
      if (!response.ok) throw new SmsSendError('permanent', `SMS.ru: HTTP ${response.status}`);
      let answer: SmsRuAnswer;
      try {
        answer = (await response.json()) as SmsRuAnswer;
      } catch {
        throw new SmsSendError('temporary', 'SMS.ru: ответ не в формате JSON');
      }
      return { providerMessageId: accepted(answer, to) };
    },
  };
}

/** The message id when the request and this recipient are OK, else the classified error. */
function accepted(answer: SmsRuAnswer, to: string): string {
  if (answer.status !== 'OK') throw refused(answer.status_code, answer.status_text);
  const recipient = answer.sms?.[to];
  if (!recipient) throw new SmsSendError('temporary', 'SMS.ru: в ответе нет получателя');
  if (recipient.status !== 'OK' || !recipient.sms_id)
    throw refused(recipient.status_code, recipient.status_text);
  return recipient.sms_id;
}

function refused(code: number | undefined, text: string | undefined): SmsSendError {
  const kind = code !== undefined && TEMPORARY_CODES.has(code) ? 'temporary' : 'permanent';
  return new SmsSendError(kind, `SMS.ru ${code ?? '?'}: ${text ?? 'ошибка без описания'}`);
}

function networkCause(error: unknown): string {
  const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined;
  return cause?.code ?? (error instanceof Error ? error.name : 'ошибка');
}

import {
  countSms,
  type MailingAudience,
  type MailingBody,
  type MailingChannel,
  type MailingPreview,
  SKIP_REASONS,
  SMS_MAILING_MAX_SEGMENTS,
} from '@domovoy/contract';
import type { Dayjs } from 'dayjs';

export type MailingFormValues = {
  channel: MailingChannel;
  title: string;
  text: string;
  later: boolean;
  sendAt?: Dayjs | null;
};

/** M-1: «Символов: 75 · SMS: 2 (по 67)», as the operator will count the text. */
export function smsCountText(text: string): string {
  const count = countSms(text);
  if (count.segments === 0) return 'Символов: 0';
  return `Символов: ${count.characters} · SMS: ${count.segments} (по ${count.perSegment})`;
}

/** Why an SMS text would be refused: more parts than a mailing may take; undefined when it fits. */
export function smsTooLong(text: string): string | undefined {
  const count = countSms(text);
  if (count.segments <= SMS_MAILING_MAX_SEGMENTS) return undefined;
  const fits = SMS_MAILING_MAX_SEGMENTS * (count.encoding === 'gsm' ? 153 : 67);
  return `Не больше ${SMS_MAILING_MAX_SEGMENTS} SMS (${fits} символов): сократите текст на ${count.characters - fits}`;
}

/** The preview's refusals: «Не получат: нет телефона — 3, отключён тип «Рассылки» — 1»; empty when everyone can. */
export function skippedText(preview: MailingPreview): string {
  const parts = (Object.keys(preview.skipped) as (keyof MailingPreview['skipped'])[])
    .filter((reason) => preview.skipped[reason] > 0)
    .map((reason) => {
      const label = SKIP_REASONS[reason];
      return `${label.charAt(0).toLowerCase()}${label.slice(1)} — ${preview.skipped[reason]}`;
    });
  return parts.length > 0 ? `Не получат: ${parts.join(', ')}` : '';
}

/** A list's query without its page and order, and without empty filters: the mailing's conditions. */
export function listFilters<T extends object>(query: T) {
  const filters: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(query)) {
    if (name === 'page' || name === 'pageSize' || name === 'cursor' || name === 'sort') continue;
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    filters[name] = value;
  }
  return filters as Omit<T, 'page' | 'pageSize' | 'cursor' | 'sort'>;
}

export function bodyOf(values: MailingFormValues, audience: MailingAudience): MailingBody {
  return {
    channel: values.channel,
    title: values.title.trim(),
    text: values.text.trim(),
    audience,
    sendAt: values.later && values.sendAt ? values.sendAt.toISOString() : null,
  };
}

/** Whether the form holds anything the user typed (Esc then asks before dropping it). */
export function isFilled(values: Partial<MailingFormValues> | undefined): boolean {
  return Boolean(values?.title?.trim() || values?.text?.trim() || values?.sendAt);
}

import { type Static, Type } from 'typebox';
import { Id, Nullable, Page, PageQuery, Timestamp } from './common';

/** Issue 11: an outbox message's state, as «Настройки → SMS» names it. */
export const SMS_STATUSES = { queued: 'В очереди', sent: 'Отправлено', failed: 'Не отправлено' } as const;
export type SmsStatus = keyof typeof SMS_STATUSES;

/** Why an SMS was sent. */
export const SMS_PURPOSES: Record<string, string> = { auth_code: 'Код для входа' };

export const SmsMessage = Type.Object({
  id: Id,
  phone: Type.String({ description: 'Получатель (E.164); скрыт без права на контакты клиентов' }),
  text: Type.String({ description: 'Текст; код входа скрыт, когда его доставил настоящий провайдер' }),
  purpose: Type.String(),
  status: Type.Union([Type.Literal('queued'), Type.Literal('sent'), Type.Literal('failed')]),
  provider: Nullable(Type.String({ description: 'outbox — не покидало сервер; smsru — SMS.ru' })),
  providerMessageId: Nullable(Type.String()),
  attempts: Type.Integer(),
  lastError: Nullable(Type.String()),
  createdAt: Timestamp,
  sentAt: Nullable(Timestamp),
});
export type SmsMessage = Static<typeof SmsMessage>;

export const SmsMessageListQuery = Type.Object(PageQuery);
export type SmsMessageListQuery = Static<typeof SmsMessageListQuery>;

export const SmsMessagePage = Page(SmsMessage);
export type SmsMessagePage = Static<typeof SmsMessagePage>;

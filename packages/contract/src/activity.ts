// ACT-1..ACT-4: the kinds of action the «Активность» tab of a premise or client card lists.
// Requests and meter readings come from their own tables; the rest are activity records — a call
// logged by staff, and what other systems of the УО report through the integration API.

export const ACTIVITY_KINDS = {
  request: 'Заявка в УК',
  meter_reading: 'Показания счётчиков',
  call: 'Звонок',
  marketplace_order: 'Заказ в Маркетплейсе',
  bill_payment: 'Оплата счёта',
  one_time_pass: 'Разовый пропуск',
  permanent_pass: 'Постоянный пропуск',
  survey: 'Опрос',
  owners_meeting: 'Собрание собственников',
} as const;

export type ActivityKind = keyof typeof ACTIVITY_KINDS;

export const ACTIVITY_KIND_NAMES = Object.keys(ACTIVITY_KINDS) as ActivityKind[];

/** Kinds kept as activity records (a call from the CRM, the rest from the integration API). */
export const ACTIVITY_RECORD_KINDS = [
  'call',
  'marketplace_order',
  'bill_payment',
  'one_time_pass',
  'permanent_pass',
  'survey',
  'owners_meeting',
] as const satisfies readonly ActivityKind[];

export type ActivityRecordKind = (typeof ACTIVITY_RECORD_KINDS)[number];

/**
 * ACT-1 names one-time and permanent passes apart; the single `pass` kind that came before them is
 * refused from the integration API with a message naming the two (nothing had sent it).
 */
export const RETIRED_PASS_KIND = 'pass';

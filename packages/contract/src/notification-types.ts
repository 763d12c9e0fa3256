// S-3: the kinds of notification a resident turns on or off in the app, per device. The CRM's
// «Информирование» tab shows each with its state; the monitor (M-3) counts a device as having
// push allowed when the OS allows it and at least one type is on.

export const NOTIFICATION_TYPES = {
  requests: 'Заявки и обращения',
  meters: 'Показания счётчиков',
  bills: 'Начисления и оплата',
  news: 'Новости и объявления',
  mailings: 'Рассылки управляющей организации',
  people: 'Люди и доступы к помещениям',
  events: 'Мероприятия',
} as const;

export type NotificationType = keyof typeof NOTIFICATION_TYPES;

export const NOTIFICATION_TYPE_CODES = Object.keys(NOTIFICATION_TYPES) as NotificationType[];

// Issue 13, ACT-3, APP-4: requests to the УО (заявки). Statuses, their labels and the one table of
// allowed transitions; the server refuses any other change, the CRM offers only these.

export const SERVICE_REQUEST_STATUSES = {
  waiting: { label: 'Ожидание', open: true },
  in_progress: { label: 'В работе', open: true },
  paused: { label: 'Приостановлено', open: true },
  approval: { label: 'Согласование', open: true },
  needs_info: { label: 'Требует уточнения', open: true },
  done: { label: 'Выполнено', open: false },
  cancelled: { label: 'Отменено', open: false },
} as const satisfies Record<string, { label: string; open: boolean }>;

export type ServiceRequestStatus = keyof typeof SERVICE_REQUEST_STATUSES;

export const SERVICE_REQUEST_STATUS_CODES = Object.keys(SERVICE_REQUEST_STATUSES) as ServiceRequestStatus[];

/** ACT-3: the open statuses, counted beside the activity tab. */
export const OPEN_REQUEST_STATUSES = SERVICE_REQUEST_STATUS_CODES.filter(
  (status) => SERVICE_REQUEST_STATUSES[status].open,
);
export const CLOSED_REQUEST_STATUSES = SERVICE_REQUEST_STATUS_CODES.filter(
  (status) => !SERVICE_REQUEST_STATUSES[status].open,
);

/**
 * The one table of transitions: from a status, where a request may go. An open request moves
 * between the open statuses and closes as done or cancelled; a closed one may only be reopened
 * (back to work), e.g. when the resident says the leak is back.
 */
export const SERVICE_REQUEST_TRANSITIONS: Record<ServiceRequestStatus, readonly ServiceRequestStatus[]> = {
  waiting: ['in_progress', 'paused', 'approval', 'needs_info', 'done', 'cancelled'],
  in_progress: ['waiting', 'paused', 'approval', 'needs_info', 'done', 'cancelled'],
  paused: ['waiting', 'in_progress', 'approval', 'needs_info', 'done', 'cancelled'],
  approval: ['waiting', 'in_progress', 'paused', 'needs_info', 'done', 'cancelled'],
  needs_info: ['waiting', 'in_progress', 'paused', 'approval', 'done', 'cancelled'],
  done: ['in_progress'],
  cancelled: ['waiting'],
};

export function mayTransition(from: ServiceRequestStatus, to: ServiceRequestStatus): boolean {
  return SERVICE_REQUEST_TRANSITIONS[from].includes(to);
}

/** A request's subject is at most this long (a subject made from the description is cut to it). */
export const REQUEST_SUBJECT_MAX_LENGTH = 300;

export const SERVICE_REQUEST_SOURCES = {
  crm: 'CRM',
  app: 'Приложение жителя',
  phone: 'Телефонный звонок',
  integration: 'Интеграция',
} as const;

export type ServiceRequestSource = keyof typeof SERVICE_REQUEST_SOURCES;

/** The catalogue every organisation starts with («Настройки» → «Типы заявок»). */
export const DEFAULT_REQUEST_TYPES = [
  'Сантехника',
  'Электрика',
  'Лифт',
  'Уборка',
  'Благоустройство',
  'Прочее',
] as const;

/** «№ 1042»: how people write and read a request's number. */
export function formatRequestNumber(number: number): string {
  return `№ ${number}`;
}

/** A search that is a request number («1042», «№1042», «№ 1042», «#1042»): the number, else undefined. */
export function parseRequestNumber(search: string): number | undefined {
  const match = /^\s*(?:№|#|n|no\.?)?\s*(\d{1,9})\s*$/i.exec(search);
  return match?.[1] ? Number(match[1]) : undefined;
}

/** field names of a request's history entries, as the CRM shows them. */
export const SERVICE_REQUEST_FIELD_LABELS: Record<string, string> = {
  number: 'Номер',
  type: 'Тип',
  subject: 'Тема',
  description: 'Описание',
  premise: 'Помещение',
  client: 'Клиент',
  source: 'Источник',
  assignee: 'Исполнитель',
  dueAt: 'Срок',
  status: 'Статус',
  comment: 'Комментарий',
  internalComment: 'Внутренний комментарий',
  photo: 'Фото',
  rating: 'Оценка',
  review: 'Отзыв',
};

// C-5, C-6: client types, tax forms, genders, statuses and sources, with their Russian names.

export const CLIENT_TYPES = {
  individual: 'Физическое лицо',
  legal: 'Юридическое лицо',
  entrepreneur: 'ИП',
  foreign_branch: 'Филиал или представительство иностранного юр. лица',
} as const;
export type ClientType = keyof typeof CLIENT_TYPES;

export const TAX_FORMS = {
  osno: 'ОСНО — общая система',
  usn: 'УСН — упрощённая',
  eshn: 'ЕСХН — сельскохозяйственный налог',
  psn: 'ПСН — патентная',
  npd: 'НПД — налог на профессиональный доход',
  ausn: 'АУСН — автоматизированная упрощённая',
} as const;
export type TaxForm = keyof typeof TAX_FORMS;

export const GENDERS = { male: 'Мужской', female: 'Женский' } as const;
export type Gender = keyof typeof GENDERS;

export const CLIENT_STATUSES = { active: 'Активен', blocked: 'Заблокирован' } as const;
export type ClientStatus = keyof typeof CLIENT_STATUSES;

/** C-1: how a client came to the base. */
export const CLIENT_SOURCES = {
  self_registered: 'Зарегистрировался сам',
  registration_request: 'Одобренная заявка на регистрацию',
  manual: 'Добавлен вручную',
  import: 'Импорт',
} as const;
export type ClientSource = keyof typeof CLIENT_SOURCES;

/** AUTH-3, C-4: where a phone without a client card came in («Неидентифицированные» → «Откуда»). */
export const LEAD_SOURCES: Record<string, string> = {
  app: 'Приложение жителя',
  showcase: 'Витрина застройщика',
};

/** what a masked value looks like in every response, export and search result. */
export const PII_MASK = '********';

/** Russian names of client fields, for messages and the change history. */
export const CLIENT_FIELD_LABELS: Record<string, string> = {
  type: 'Тип',
  taxForm: 'Форма налогообложения',
  fullName: 'ФИО',
  addressAs: 'Как обращаться',
  phone: 'Телефон',
  extraPhone: 'Дополнительный телефон',
  email: 'Электронная почта',
  gender: 'Пол',
  birthDate: 'Дата рождения',
  passport: 'Паспорт',
  passportComment: 'Комментарий к паспорту',
  regAddress: 'Адрес регистрации',
  regPostcode: 'Индекс',
  regComment: 'Комментарий к адресу',
  inn: 'ИНН',
  kpp: 'КПП',
  ogrn: 'ОГРН / ОГРНИП',
  snils: 'СНИЛС',
  loyaltyCard: 'Карта лояльности',
  status: 'Статус',
  tester: 'Тестировщик',
  note: 'Примечание',
  photo: 'Фото',
  tags: 'Теги',
  source: 'Источник',
  externalId: 'Внешний идентификатор',
  note_external: 'Примечание к идентификатору',
  mergedFrom: 'Объединён с карточкой',
  decision: 'Решение',
  comment: 'Комментарий',
};

/** Russian names of link fields (L-2). */
export const LINK_FIELD_LABELS: Record<string, string> = {
  premise: 'Помещение',
  client: 'Клиент',
  role: 'Основание',
  owner: 'Зависит от собственника',
  dduNumber: 'Номер ДДУ',
  dduDate: 'Дата ДДУ',
  actNumber: 'Номер акта приёмки',
  actDate: 'Дата подписания акта',
  certificateNumber: 'Номер свидетельства',
  certificateDate: 'Дата выдачи свидетельства',
  contractNumber: 'Номер договора управления',
  contractDate: 'Дата договора управления',
  share: 'Доля в праве собственности',
  comment: 'Комментарий для сотрудников',
  onlinePayment: 'Оплата счетов онлайн',
  keepOnSync: 'Не удалять клиента при интеграции',
  rentDate: 'Дата арендной платы',
};

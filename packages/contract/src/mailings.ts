// M-1, M-2: mailings — their channels, statuses and the recipients' statuses as the CRM names
// them, and how an SMS is counted (the CRM shows it while the text is typed; the server refuses
// what the provider would not take).

export const MAILING_CHANNELS = { sms: 'SMS', push: 'Push' } as const;
export type MailingChannel = keyof typeof MAILING_CHANNELS;

export const MAILING_STATUSES = {
  scheduled: 'Запланирована',
  sending: 'Отправляется',
  done: 'Отправлена',
  cancelled: 'Отменена',
} as const;
export type MailingStatus = keyof typeof MAILING_STATUSES;

export const MAILING_SOURCES = {
  clients: 'Список клиентов',
  premises: 'Список помещений',
  client: 'Карточка клиента',
} as const;
export type MailingSource = keyof typeof MAILING_SOURCES;

export const RECIPIENT_STATUSES = {
  queued: 'В очереди',
  sent: 'Отправлено',
  delivered: 'Доставлено',
  failed: 'Ошибка',
  skipped: 'Пропущено',
} as const;
export type RecipientStatus = keyof typeof RECIPIENT_STATUSES;

/** Why a recipient cannot receive a mailing (the preview counts them; a skipped row names it). */
export const SKIP_REASONS = {
  noPhone: 'Нет телефона',
  noApp: 'Не входил в приложение',
  pushOff: 'Уведомления запрещены на устройстве',
  typeOff: 'Отключён тип «Рассылки»',
  cancelled: 'Рассылка отменена',
} as const;
export type SkipReason = keyof typeof SKIP_REASONS;

/** The longest SMS mailing: 10 parts of Cyrillic text. */
export const SMS_MAILING_MAX_SEGMENTS = 10;

// GSM 03.38: the basic set counts one character, the extension table two (it is escaped).
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENDED = '^{}\\[~]|€\f';

export type SmsCount = {
  /** `gsm` (Latin: 160 characters, 153 per part) or `ucs2` (Cyrillic: 70, 67 per part). */
  encoding: 'gsm' | 'ucs2';
  /** Characters as the operator counts them (an extension character of GSM counts two). */
  characters: number;
  segments: number;
  /** Characters per part for this text: 160/153 or 70/67. */
  perSegment: number;
  /** How many more characters fit into the last part. */
  left: number;
};

/** How a Russian operator counts an SMS: 70 Cyrillic characters in one part, 67 in each of several. */
export function countSms(text: string): SmsCount {
  let gsm = true;
  let septets = 0;
  for (const ch of text) {
    if (GSM_BASIC.includes(ch)) septets += 1;
    else if (GSM_EXTENDED.includes(ch)) septets += 2;
    else {
      gsm = false;
      break;
    }
  }
  if (gsm) {
    const perSegment = septets <= 160 ? 160 : 153;
    const segments = septets === 0 ? 0 : Math.ceil(septets / perSegment);
    return {
      encoding: 'gsm',
      characters: septets,
      segments,
      perSegment,
      left: segments * perSegment - septets,
    };
  }
  // UCS-2 counts UTF-16 code units: an emoji outside the basic plane takes two.
  const units = text.length;
  const perSegment = units <= 70 ? 70 : 67;
  const segments = Math.ceil(units / perSegment);
  return { encoding: 'ucs2', characters: units, segments, perSegment, left: segments * perSegment - units };
}

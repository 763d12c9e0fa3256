// I-3: the columns of the two Excel import templates. A header is matched with its aliases
// (case, spaces and «ё» aside), so the headers the exports write (exports/columns.ts) read back.
import {
  CLIENT_TYPES,
  type ClientType,
  LINK_ROLES,
  type LinkRole,
  PREMISE_TYPES,
  type PremiseType,
} from '@domovoy/contract';
import {
  type CellParser,
  cadastralNumber,
  date,
  decimal,
  domovoyCode,
  els,
  inn,
  integer,
  kpp,
  list,
  type OwnerRef,
  ogrn,
  oneOf,
  ownerRef,
  passport,
  phone,
  share,
  snils,
  text,
  yesNo,
} from './cell-parsers';

export type ImportColumn<T> = {
  header: string;
  /** Other headers of the same data: the exports' headers, common spellings. */
  aliases: readonly string[];
  /** The column must be in the file (its cells may still be empty where the row allows). */
  required: boolean;
  parse: CellParser<T>;
  /** One line for the instructions sheet: format and allowed values. */
  description: string;
  /** Template column width, in characters. */
  width: number;
  /** Excel number format of the template column. */
  numFmt?: string;
  /** Not required when the file has one of these columns (they name an existing premise). */
  requiredUnless?: readonly string[];
  /** Required only in a file with one of these columns (a file of clients alone has no premise). */
  requiredIfAny?: readonly string[];
  /** Read when a file has it, but not written into the template (the exports' columns). */
  inTemplate?: false;
};

const column = <T>(c: Omit<ImportColumn<T>, 'aliases' | 'required'> & Partial<ImportColumn<T>>) =>
  ({ aliases: [], required: false, ...c }) as ImportColumn<T>;

const TEXT_FORMAT = '@';
const DATE_FORMAT = 'dd.mm.yyyy';
const labels = (o: Record<string, { label: string }>) =>
  Object.fromEntries(Object.entries(o).map(([key, value]) => [key, value.label]));
const listOf = (o: Record<string, string>) =>
  Object.values(o)
    .map((label) => `«${label}»`)
    .join(', ');

const PREMISE_TYPE_LABELS = labels(PREMISE_TYPES) as Record<PremiseType, string>;
const ROLE_LABELS = labels(LINK_ROLES) as Record<LinkRole, string>;
const YES_NO = '«да» или «нет» (можно 1 / 0 или ✓); пусто — нет';

/** The columns that say which premise a row is about. */
export const PREMISE_KEYS = [
  'premiseType',
  'street',
  'house',
  'building',
  'number',
  'room',
  'address',
  'premiseExternalId',
] as const;

export const PREMISE_COLUMNS = {
  premiseType: column({
    header: 'Тип помещения',
    aliases: ['Тип'],
    required: true,
    requiredUnless: ['address', 'premiseExternalId'],
    requiredIfAny: PREMISE_KEYS,
    parse: oneOf(PREMISE_TYPE_LABELS, { 'Машино-место': 'parking', Нежилое: 'commercial' }),
    description: `Обязательно (кроме строки, которая называет существующее помещение внешним идентификатором). Одно из: ${listOf(PREMISE_TYPE_LABELS)}`,
    width: 18,
  }),
  street: column({
    header: 'Улица',
    aliases: ['Улица, СНТ'],
    parse: text(200),
    description: 'Улица (для участка — улица или СНТ); можно не заполнять, если у объекта одна улица',
    width: 24,
  }),
  house: column({
    header: 'Дом',
    aliases: ['Номер дома'],
    parse: text(50),
    description: 'Номер дома; обязателен для всех типов, кроме участка (у участка не заполняется)',
    width: 8,
    numFmt: TEXT_FORMAT,
  }),
  building: column({
    header: 'Корпус',
    aliases: ['Корп.', 'Корп'],
    parse: text(50),
    description: 'Корпус дома, если есть; у участка не заполняется',
    width: 8,
    numFmt: TEXT_FORMAT,
  }),
  number: column({
    header: 'Номер помещения',
    aliases: ['Номер', 'Номер квартиры', 'Квартира', '№ помещения', '№ кв.'],
    parse: text(50),
    description:
      'Номер квартиры, машиноместа, кладовой, апартаментов, помещения, блока или участка; у дома не заполняется',
    width: 10,
    numFmt: TEXT_FORMAT,
  }),
  room: column({
    header: 'Комната',
    aliases: ['Номер комнаты'],
    parse: text(50),
    description: 'Номер комнаты: только для типа «Комната», там обязателен',
    width: 9,
    numFmt: TEXT_FORMAT,
  }),
  entrance: column({
    header: 'Подъезд',
    parse: text(20),
    description: 'Подъезд; только для помещений в доме (не для дома, таунхауса, дуплекса и участка)',
    width: 9,
    numFmt: TEXT_FORMAT,
  }),
  floor: column({
    header: 'Этаж',
    parse: integer(-20, 300),
    description: 'Этаж — целое число от −20 до 300; пусто — 0; только для помещений в доме',
    width: 7,
  }),
  rooms: column({
    header: 'Количество комнат',
    aliases: ['Комнат', 'Кол-во комнат', 'Число комнат'],
    parse: integer(0, 100),
    description: 'Целое число от 0 до 100',
    width: 10,
  }),
  totalArea: column({
    header: 'Общая площадь',
    aliases: ['Общая площадь, м²', 'Общая площадь, м2', 'Площадь'],
    parse: decimal(1_000_000),
    description: 'Квадратные метры, через запятую или точку: 54,3',
    width: 10,
    numFmt: '0.00',
  }),
  livingArea: column({
    header: 'Жилая площадь',
    aliases: ['Жилая площадь, м²', 'Жилая площадь, м2'],
    parse: decimal(1_000_000),
    description: 'Квадратные метры; не больше общей площади',
    width: 10,
    numFmt: '0.00',
  }),
  cadastralNumber: column({
    header: 'Кадастровый номер',
    aliases: ['Кадастровый номер помещения', 'Кадастровый №', 'Кад. номер'],
    parse: cadastralNumber(),
    description:
      'Кадастровый номер Росреестра: четыре части через двоеточие — 2 цифры, 2 цифры, 6 или 7 цифр, номер (77:01:0001001:1234)',
    width: 22,
    numFmt: TEXT_FORMAT,
  }),
  registeredResidents: column({
    header: 'Зарегистрировано человек',
    aliases: ['Зарегистрировано', 'Количество зарегистрированных', 'Кол-во зарегистрированных'],
    parse: integer(0, 999),
    description: 'Сколько человек зарегистрировано в помещении: целое число от 0 до 999',
    width: 12,
  }),
  address: column({
    header: 'Адрес',
    aliases: ['Адрес помещения'],
    parse: text(500),
    description:
      'Адрес помещения, как его пишет выгрузка списка помещений: находит существующее помещение объекта (тип и части адреса тогда не нужны)',
    width: 40,
    inTemplate: false,
  }),
  premiseExternalId: column({
    header: 'Внешний идентификатор помещения',
    aliases: ['Внешний идентификатор', 'ID помещения', 'Код помещения'],
    parse: text(100),
    description: 'Код помещения в учётной системе (1С и др.), если есть',
    width: 18,
    numFmt: TEXT_FORMAT,
  }),
  premiseTags: column({
    header: 'Теги помещения',
    aliases: ['Теги'],
    parse: list(100),
    description: 'Названия тегов через «;» — только уже существующие теги, если у вас нет права их создавать',
    width: 20,
  }),
};

export const ACCOUNT_COLUMNS = {
  accountNumber: column({
    header: 'Лицевой счёт',
    aliases: ['Номер лицевого счёта', 'Л/с', 'ЛС', 'Номер ЛС'],
    parse: text(50),
    description: 'Номер лицевого счёта у юрлица, выбранного при загрузке; пусто — помещение без счёта',
    width: 16,
    numFmt: TEXT_FORMAT,
  }),
  els: column({
    header: 'ЕЛС',
    aliases: ['Единый лицевой счёт'],
    parse: els(),
    description: 'Единый лицевой счёт ГИС ЖКХ: 2 цифры, 2 заглавные русские буквы, 6 цифр (75ДА533315)',
    width: 13,
    numFmt: TEXT_FORMAT,
  }),
  accountExternalId: column({
    header: 'Внешний идентификатор лицевого счёта',
    aliases: ['ID лицевого счёта'],
    parse: text(100),
    description: 'Код лицевого счёта в учётной системе, если есть',
    width: 18,
    numFmt: TEXT_FORMAT,
  }),
  accountHidden: column({
    header: 'Не отображать в ЛК жителя',
    parse: yesNo(),
    description: `Скрыть лицевой счёт от жителей в приложении: ${YES_NO}`,
    width: 12,
  }),
};

export const CLIENT_COLUMNS = {
  clientFullName: column({
    header: 'ФИО / наименование',
    aliases: ['ФИО', 'ФИО в CRM', 'ФИО клиента', 'Наименование', 'Клиент'],
    required: true,
    parse: text(300),
    description:
      'ФИО человека (только буквы, пробел, дефис, апостроф) или название организации; пусто — строка без клиента',
    width: 32,
  }),
  clientPhone: column({
    header: 'Телефон',
    aliases: ['Телефон клиента', 'Мобильный телефон'],
    parse: phone(),
    description: 'Мобильный: +7, 8 или 10 цифр, например +7 916 123-45-67',
    width: 18,
    numFmt: TEXT_FORMAT,
  }),
  clientExtraPhone: column({
    header: 'Дополнительный телефон',
    aliases: ['Доп. телефон', 'Второй телефон', 'Телефон 2'],
    parse: phone(),
    description:
      'Второй номер для связи, в том же виде, что и «Телефон»; клиента по нему не ищут и вход в приложение по нему не открывается',
    width: 18,
    numFmt: TEXT_FORMAT,
  }),
  clientEmail: column({
    header: 'E-mail',
    aliases: ['Email', 'Электронная почта', 'Почта'],
    parse: text(200),
    description: 'Адрес электронной почты, например ivanov@mail.ru',
    width: 24,
  }),
  clientType: column({
    header: 'Тип клиента',
    parse: oneOf(CLIENT_TYPES as Record<ClientType, string>, {
      Физлицо: 'individual',
      'Физ. лицо': 'individual',
      Юрлицо: 'legal',
      'Юр. лицо': 'legal',
      'Индивидуальный предприниматель': 'entrepreneur',
    }),
    description: `Одно из: ${listOf(CLIENT_TYPES)}; пусто — физическое лицо`,
    width: 18,
  }),
  clientInn: column({
    header: 'ИНН',
    aliases: ['ИНН клиента'],
    parse: inn(),
    description: 'ИНН: 12 цифр у человека и ИП, 10 цифр у организации; проверяется контрольное число',
    width: 14,
    numFmt: TEXT_FORMAT,
  }),
  clientKpp: column({
    header: 'КПП',
    aliases: ['КПП клиента'],
    parse: kpp(),
    description: 'КПП — только у организации: 9 символов, например 773601001',
    width: 12,
    numFmt: TEXT_FORMAT,
  }),
  clientOgrn: column({
    header: 'ОГРН / ОГРНИП',
    aliases: ['ОГРН', 'ОГРНИП', 'ОГРН клиента'],
    parse: ogrn(),
    description:
      'ОГРН юридического лица — 13 цифр, ОГРНИП индивидуального предпринимателя — 15 цифр; проверяется контрольное число',
    width: 17,
    numFmt: TEXT_FORMAT,
  }),
  clientSnils: column({
    header: 'СНИЛС',
    parse: snils(),
    description: 'СНИЛС: 11 цифр, например 112-233-445 95; проверяется контрольное число',
    width: 15,
    numFmt: TEXT_FORMAT,
  }),
  clientPassport: column({
    header: 'Паспорт',
    aliases: ['Серия и номер паспорта', 'Паспорт (серия и номер)', 'Паспорт клиента'],
    parse: passport(),
    description: 'Паспорт гражданина РФ: серия и номер, 10 цифр, например 45 10 123456',
    width: 14,
    numFmt: TEXT_FORMAT,
  }),
  clientBirthDate: column({
    header: 'Дата рождения',
    aliases: ['День рождения'],
    parse: date(),
    description: 'Дата в формате дд.мм.гггг (или ячейка с датой Excel)',
    width: 12,
    numFmt: DATE_FORMAT,
  }),
  clientExternalId: column({
    header: 'Внешний идентификатор клиента',
    aliases: ['ID клиента', 'Код клиента'],
    parse: text(200),
    description: 'Код клиента в учётной системе; по нему клиент находится при повторной загрузке',
    width: 18,
    numFmt: TEXT_FORMAT,
  }),
  clientCode: column({
    header: 'Код клиента в Домовом',
    aliases: ['Код в Домовом'],
    parse: domovoyCode(),
    description:
      'Код карточки клиента, как его пишет выгрузка клиентов: находит именно этого клиента (в том числе без телефона и внешнего идентификатора)',
    width: 38,
    numFmt: TEXT_FORMAT,
    inTemplate: false,
  }),
};

const documentColumns = (
  prefix: 'ddu' | 'act' | 'certificate' | 'contract',
  number: { header: string; aliases?: string[] },
  day: { header: string; aliases?: string[] },
  what: string,
) => ({
  [`${prefix}Number`]: column({
    header: number.header,
    aliases: number.aliases ?? [],
    parse: text(100),
    description: `Номер ${what}`,
    width: 16,
    numFmt: TEXT_FORMAT,
  }),
  [`${prefix}Date`]: column({
    header: day.header,
    aliases: day.aliases ?? [],
    parse: date(),
    description: `Дата ${what} в формате дд.мм.гггг`,
    width: 12,
    numFmt: DATE_FORMAT,
  }),
});

export const LINK_COLUMNS = {
  role: column({
    header: 'Основание',
    aliases: ['Роль', 'Роль в помещении', 'Основание (роль)'],
    required: true,
    requiredIfAny: PREMISE_KEYS,
    parse: oneOf(ROLE_LABELS, { Житель: 'resident', 'Член семьи': 'resident' }),
    description: `Роль клиента в помещении, обязательна при заполненном клиенте. Одно из: ${listOf(ROLE_LABELS)}`,
    width: 22,
  }),
  owner: column<OwnerRef>({
    header: 'Зависит от собственника',
    aliases: ['Собственник', 'Телефон собственника'],
    parse: ownerRef(),
    description:
      'Для представителя, жителя, арендатора (и по желанию неподтверждённого собственника): телефон, внешний идентификатор или ФИО собственника этого же помещения',
    width: 20,
    numFmt: TEXT_FORMAT,
  }),
  share: column({
    header: 'Доля в праве собственности',
    aliases: ['Доля'],
    parse: share(),
    description: 'Только у собственника: 1/2, 0,5 или 50%; сумма долей помещения — не больше 1',
    width: 10,
    numFmt: TEXT_FORMAT,
  }),
  ...(documentColumns(
    'ddu',
    { header: 'Номер ДДУ' },
    { header: 'Дата ДДУ' },
    'договора долевого участия',
  ) as Record<'dduNumber', ImportColumn<string>> & Record<'dduDate', ImportColumn<string>>),
  ...(documentColumns(
    'act',
    { header: 'Номер акта приёмки' },
    { header: 'Дата подписания акта', aliases: ['Дата акта приёмки', 'Дата акта'] },
    'акта приёмки-передачи',
  ) as Record<'actNumber', ImportColumn<string>> & Record<'actDate', ImportColumn<string>>),
  ...(documentColumns(
    'certificate',
    { header: 'Номер свидетельства' },
    { header: 'Дата выдачи свидетельства', aliases: ['Дата свидетельства'] },
    'свидетельства о праве собственности',
  ) as Record<'certificateNumber', ImportColumn<string>> & Record<'certificateDate', ImportColumn<string>>),
  ...(documentColumns(
    'contract',
    { header: 'Номер договора управления' },
    { header: 'Дата договора управления' },
    'договора управления',
  ) as Record<'contractNumber', ImportColumn<string>> & Record<'contractDate', ImportColumn<string>>),
  keepOnSync: column({
    header: 'Не удалять клиента при интеграции',
    parse: yesNo(),
    description: `«да» — привязку не удалит загрузка, в которой этого клиента нет: ${YES_NO}`,
    width: 14,
  }),
  clientTags: column({
    header: 'Теги клиента',
    parse: list(100),
    description: 'Названия тегов клиента через «;»',
    width: 20,
  }),
};

export const IMPORT_TEMPLATES = {
  /** I-3: one row = premise + personal account + client + link. */
  consolidated: {
    title: 'Сводный шаблон',
    fileName: 'Шаблон импорта — сводный.xlsx',
    asciiFileName: 'import-consolidated.xlsx',
    columns: { ...PREMISE_COLUMNS, ...ACCOUNT_COLUMNS, ...CLIENT_COLUMNS, ...LINK_COLUMNS },
  },
  /** I-3: premises alone, with their personal accounts. */
  premises: {
    title: 'Шаблон помещений',
    fileName: 'Шаблон импорта — помещения.xlsx',
    asciiFileName: 'import-premises.xlsx',
    columns: { ...PREMISE_COLUMNS, ...ACCOUNT_COLUMNS },
  },
} as const;

export type TemplateKind = keyof typeof IMPORT_TEMPLATES;
export const TEMPLATE_KINDS = Object.keys(IMPORT_TEMPLATES) as TemplateKind[];

type Columns<K extends TemplateKind> = (typeof IMPORT_TEMPLATES)[K]['columns'];
export type ColumnKey<K extends TemplateKind> = keyof Columns<K> & string;

/**
 * The typed values of one row. A key is absent when its column is not in the file (leave that
 * data alone), null when the cell is empty or could not be read (the row then has an error).
 */
export type RowValues<K extends TemplateKind> = {
  [C in ColumnKey<K>]?: Columns<K>[C] extends ImportColumn<infer T> ? T | null : never;
};

export function templateColumns(kind: TemplateKind): [string, ImportColumn<unknown>][] {
  return Object.entries(IMPORT_TEMPLATES[kind].columns) as [string, ImportColumn<unknown>][];
}

/** The columns the downloadable template has (the exports' own columns are read, not offered). */
export function templateSheetColumns(kind: TemplateKind): [string, ImportColumn<unknown>][] {
  return templateColumns(kind).filter(([, c]) => c.inTemplate !== false);
}

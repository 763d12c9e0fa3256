import { type Static, Type } from 'typebox';
import { ClientStatusSchema, ClientTypeSchema, GenderSchema, TaxFormSchema } from './clients';
import { DateOnly, FieldProblemSchema, Id, Nullable, Text, Timestamp } from './common';
import { linkFields } from './links';
import { HistoryChange, PremiseTypeSchema, premiseFields } from './premises';

export const API_KEY_SCOPES = {
  import: 'Загрузка данных (клиенты, помещения, лицевые счета, связи, заявки)',
  export: 'Выгрузка отчётов',
} as const;
export type ApiKeyScope = keyof typeof API_KEY_SCOPES;

const ApiKeyScopeSchema = Type.Enum(Object.keys(API_KEY_SCOPES) as ApiKeyScope[]);

/** I-1: an organisation's key for its accounting system; the key itself is shown only once. */
export const ApiKey = Type.Object({
  id: Id,
  name: Type.String(),
  prefix: Type.String({ description: 'Начало ключа, чтобы отличать ключи друг от друга' }),
  scopes: Type.Array(ApiKeyScopeSchema),
  createdAt: Timestamp,
  lastUsedAt: Nullable(Timestamp),
  revokedAt: Nullable(Timestamp),
});

export const ApiKeyBody = Type.Object({
  name: Text(100, 1),
  scopes: Type.Array(ApiKeyScopeSchema, { minItems: 1, maxItems: 2, uniqueItems: true }),
});

export const ApiKeyCreated = Type.Object({
  ...ApiKey.properties,
  key: Type.String({
    description: 'Ключ для заголовка «Authorization: Bearer …». Показывается один раз: сохраните его',
  }),
});

export const INTEGRATION_BATCH_LIMIT = 1000;

export const ItemStatusSchema = Type.Enum(['created', 'updated', 'merged', 'unchanged', 'error']);
export type ItemStatus = Static<typeof ItemStatusSchema>;

/** The outcome of one item of a batch, in the order of the request. */
export const ItemResult = Type.Object({
  index: Type.Integer({ description: 'Номер элемента в запросе, с 0' }),
  externalId: Nullable(Type.String()),
  status: ItemStatusSchema,
  id: Nullable(Type.String({ description: 'Запись Domovoy, созданная или изменённая элементом' })),
  code: Type.Optional(Type.String()),
  message: Type.Optional(Type.String()),
  errors: Type.Optional(Type.Array(FieldProblemSchema)),
});
export type ItemResult = Static<typeof ItemResult>;

export const BatchResult = Type.Object({
  batchId: Nullable(
    Type.String({
      description: 'Загрузка, которую администратор может откатить; пусто, если ничего не изменилось',
    }),
  ),
  summary: Type.Object({
    created: Type.Integer(),
    updated: Type.Integer(),
    merged: Type.Integer(),
    unchanged: Type.Integer(),
    error: Type.Integer(),
  }),
  results: Type.Array(ItemResult),
});
export type BatchResult = Static<typeof BatchResult>;

const Items = (description: string) =>
  Type.Array(Type.Unknown(), {
    minItems: 1,
    maxItems: INTEGRATION_BATCH_LIMIT,
    description: `${description}. Каждый элемент проверяется отдельно: ошибка в одном не мешает остальным`,
  });

const SourceSystem = Type.Optional(
  Type.String({
    maxLength: 100,
    default: '',
    description: 'Внешняя система (например, «1С»); внешние идентификаторы уникальны в пределах системы',
  }),
);

/** I-4: a client of the accounting system, matched by its external id and phone. */
export const IntegrationClient = Type.Object({
  externalId: Text(200, 1),
  fullName: Text(300, 1),
  phone: Type.Optional(Nullable(Text(40))),
  extraPhone: Type.Optional(Nullable(Text(40))),
  email: Type.Optional(Nullable(Text(200))),
  type: Type.Optional(ClientTypeSchema),
  taxForm: Type.Optional(Nullable(TaxFormSchema)),
  gender: Type.Optional(Nullable(GenderSchema)),
  birthDate: Type.Optional(Nullable(DateOnly)),
  passport: Type.Optional(Nullable(Text(20))),
  inn: Type.Optional(Nullable(Text(20))),
  kpp: Type.Optional(Nullable(Text(20))),
  ogrn: Type.Optional(Nullable(Text(20))),
  snils: Type.Optional(Nullable(Text(20))),
  regAddress: Type.Optional(Nullable(Text(500))),
  regPostcode: Type.Optional(Nullable(Text(10))),
  loyaltyCard: Type.Optional(Nullable(Text(50))),
  note: Type.Optional(Nullable(Text(2000))),
  status: Type.Optional(ClientStatusSchema),
});
export type IntegrationClient = Static<typeof IntegrationClient>;

export const IntegrationClientsBody = Type.Object({
  source: SourceSystem,
  items: Items('Клиенты (схема IntegrationClient)'),
});

export type ApiKey = Static<typeof ApiKey>;
export type ApiKeyBody = Static<typeof ApiKeyBody>;
export type ApiKeyCreated = Static<typeof ApiKeyCreated>;
export type IntegrationClientsBody = Static<typeof IntegrationClientsBody>;

const { tags: _tags, externalId: _externalId, ...premiseItemFields } = premiseFields;

/**
 * A premise of the accounting system: matched by its external id, else by its address in the
 * object (then the id is attached to it), else created. The address is the item's as a whole.
 */
export const IntegrationPremise = Type.Object({
  externalId: Text(100, 1),
  objectId: Id,
  type: PremiseTypeSchema,
  ...premiseItemFields,
});
export type IntegrationPremise = Static<typeof IntegrationPremise>;

export const IntegrationPremisesBody = Type.Object({ items: Items('Помещения (схема IntegrationPremise)') });
export type IntegrationPremisesBody = Static<typeof IntegrationPremisesBody>;

/** A personal account of the accounting system, on a premise named by the premise's external id. */
export const IntegrationAccount = Type.Object({
  premiseExternalId: Text(100, 1),
  legalEntityId: Id,
  number: Text(50, 1),
  els: Type.Optional(Nullable(Text(20))),
  externalId: Type.Optional(Nullable(Text(100))),
  hiddenFromResidents: Type.Optional(Type.Boolean({ description: 'Не отображать в ЛК жителя' })),
});
export type IntegrationAccount = Static<typeof IntegrationAccount>;

export const IntegrationAccountsBody = Type.Object({
  items: Items('Лицевые счета (схема IntegrationAccount)'),
});
export type IntegrationAccountsBody = Static<typeof IntegrationAccountsBody>;

const { ownerClientId: _ownerClientId, ...linkItemFields } = linkFields;

/**
 * A client's link to a premise (L-2), both named by external ids: the premise's, and the
 * client's in the batch's source system (as the clients batch loaded them).
 */
export const IntegrationLink = Type.Object({
  premiseExternalId: Text(100, 1),
  clientExternalId: Text(200, 1),
  ownerExternalId: Type.Optional(
    Nullable(
      Type.String({
        maxLength: 200,
        description:
          'Внешний идентификатор собственника, от которого зависит клиент (для всех ролей, кроме собственника)',
      }),
    ),
  ),
  ...linkItemFields,
});
export type IntegrationLink = Static<typeof IntegrationLink>;

export const IntegrationLinksBody = Type.Object({
  source: SourceSystem,
  items: Items('Связи клиентов с помещениями (схема IntegrationLink)'),
});
export type IntegrationLinksBody = Static<typeof IntegrationLinksBody>;

/** An applied batch of the integration API (and later of a file import), as the CRM lists them. */
export const ImportBatch = Type.Object({
  id: Id,
  kind: Type.String({ description: 'api.clients, api.premises, api.accounts, api.links' }),
  status: Type.Enum(['applied', 'rolled_back']),
  actorName: Type.String({ description: 'Кто загрузил: сотрудник или ключ интеграции' }),
  summary: Type.Record(Type.String(), Type.Integer()),
  createdAt: Timestamp,
  rolledBackAt: Nullable(Timestamp),
});
export type ImportBatch = Static<typeof ImportBatch>;

export const IMPORT_KINDS = {
  consolidated: 'Сводный: помещение, лицевой счёт, клиент и его роль',
  premises: 'Помещения с лицевыми счетами',
  xml: 'XML из учётной системы',
} as const;
export type ImportKind = keyof typeof IMPORT_KINDS;

const Counts = Type.Object({ created: Type.Integer(), updated: Type.Integer(), unchanged: Type.Integer() });

/** How many changed records the preview lists (the rest are counted). */
export const PREVIEW_CHANGES_LISTED = 500;

/** A record the file creates or changes, as the preview found it (issue 15). */
export const ImportChange = Type.Object({
  entity: Type.Enum(['premise', 'account', 'client', 'link'], {
    description:
      'premise — помещение, account — лицевой счёт, client — клиент, link — привязка клиента к помещению',
  }),
  id: Nullable(
    Type.String({ format: 'uuid', description: 'Запись, которая изменится; у создаваемой — null' }),
  ),
  action: Type.Enum(['create', 'update'], { description: 'create — будет создана, update — изменится' }),
  premiseId: Nullable(
    Type.String({ format: 'uuid', description: 'Помещение записи, если оно уже есть (не создаётся файлом)' }),
  ),
  premiseAddress: Nullable(Type.String({ description: 'Адрес помещения (у помещения, счёта и привязки)' })),
  clientId: Nullable(
    Type.String({ format: 'uuid', description: 'Клиент записи, если он уже есть (не создаётся файлом)' }),
  ),
  clientName: Nullable(
    Type.String({ description: 'ФИО клиента (у клиента и привязки); без права на ФИО — звёздочки' }),
  ),
  accountNumber: Nullable(Type.String({ description: 'Номер лицевого счёта' })),
  changes: Type.Array(HistoryChange, {
    description:
      'У изменяемой записи — поля: было (old) → станет (new), как их запишет история изменений; персональные ' +
      'данные без права на них — звёздочками. У создаваемой — пусто',
  }),
});
export type ImportChange = Static<typeof ImportChange>;

export const ImportChanges = Type.Object(
  {
    total: Type.Integer({
      description: 'Сколько записей будет создано или изменено (как в счётчиках предпросмотра)',
    }),
    items: Type.Array(ImportChange, { description: `Первые ${PREVIEW_CHANGES_LISTED} записей` }),
  },
  {
    description:
      'Предпросмотр: какие записи загрузка создаст или изменит и какие поля изменятся (было → станет); null — ' +
      'предпросмотра нет или он сделан прежней версией',
  },
);
export type ImportChanges = Static<typeof ImportChanges>;

function FileOutcomeSchema(description: string) {
  return Type.Object(
    {
      premises: Counts,
      accounts: Counts,
      clients: Type.Optional(
        Type.Object(
          {
            created: Type.Integer(),
            updated: Type.Integer(),
            merged: Type.Integer(),
            unchanged: Type.Integer(),
          },
          { description: 'Клиенты (сводный файл): сопоставлены по I-4' },
        ),
      ),
      links: Type.Optional(Counts),
      deletions: Type.Optional(
        Type.Object(
          {
            total: Type.Integer({ description: 'Сколько привязок будет удалено (I-5)' }),
            kept: Type.Integer({
              description: 'Привязки, которые остались из-за флага «Не удалять клиента при интеграции»',
            }),
            skipped: Nullable(
              Type.String({ description: 'Почему удаления не выполняются (например, в файле есть ошибки)' }),
            ),
            items: Type.Array(
              Type.Object({
                premiseId: Id,
                premiseAddress: Type.String(),
                clientId: Id,
                clientName: Type.String(),
                role: Type.String(),
                dependents: Type.Array(
                  Type.Object({ clientId: Id, clientName: Type.String(), role: Type.String() }),
                  { description: 'Клиенты, зависящие от удаляемого собственника: удаляются вместе с ним' },
                ),
              }),
              { description: 'Первые 200 удаляемых собственников' },
            ),
            leftAlone: Type.Optional(
              Type.Array(
                Type.Object({
                  row: Type.Integer({ description: 'Строка (элемент <premise>) помещения в файле' }),
                  premiseId: Id,
                  premiseAddress: Type.String(),
                  reason: Type.String({ description: 'Почему собственники этого помещения не удаляются' }),
                }),
                {
                  description:
                    'XML-файл: первые 200 загруженных помещений, чьих собственников I-5 не трогает, потому что ' +
                    'элемент помещения (<account>, <link>) отклонён или с ошибками',
                },
              ),
            ),
          },
          {
            description:
              'I-5: собственники загружаемых помещений, которых нет в файле, и зависящие от них клиенты',
          },
        ),
      ),
      refusedRows: Type.Integer({ description: 'Строки, которые данные не приняли' }),
      refused: Type.Array(
        Type.Object({
          row: Type.Integer(),
          message: Type.String(),
          column: Type.Optional(
            Type.String({ description: 'Колонка, значение которой не принято (как её называет файл)' }),
          ),
          value: Type.Optional(Type.String({ description: 'Это значение' })),
        }),
        { description: 'Первые 100 таких строк' },
      ),
      notApplied: Type.Array(Type.String(), {
        description: 'Колонки, которые эта версия читает, но не загружает',
      }),
    },
    { description },
  );
}

/** I-3: an uploaded file and the background work on it, as the CRM polls it. */
export const ImportJob = Type.Object({
  id: Id,
  kind: Type.Enum(Object.keys(IMPORT_KINDS) as ImportKind[]),
  status: Type.Enum(
    ['queued', 'parsing', 'parsed', 'ready', 'applying', 'failed', 'applied', 'rolled_back'],
    {
      description:
        'queued — ждёт; parsing — читается и готовится предпросмотр; parsed — прочитан прежней версией без предпросмотра ' +
        '(загрузите снова); ready — готов предпросмотр; applying — загружается в базу (в фоне); failed — файл не принят; ' +
        'applied — загружен; rolled_back — загрузка отменена',
    },
  ),
  legalEntityId: Nullable(
    Type.String({
      format: 'uuid',
      description: 'Юрлицо лицевых счетов; у XML-файла null: оно в самом файле',
    }),
  ),
  objectId: Nullable(
    Type.String({ format: 'uuid', description: 'Объект помещений; у XML-файла null: он в самом файле' }),
  ),
  fileName: Type.String(),
  size: Type.Integer(),
  progress: Type.Object({
    stage: Nullable(
      Type.Enum(['read', 'preview', 'apply'], {
        description:
          'Что делается сейчас: read — чтение файла (rowsRead из rowsEstimated); preview — пробный прогон, apply — ' +
          'загрузка (rowsDone из rowCount)',
      }),
    ),
    rowsRead: Type.Integer({ description: 'Прочитано строк листа' }),
    rowsEstimated: Nullable(Type.Integer({ description: 'Строк на листе, если файл это указывает' })),
    rowsDone: Type.Integer({ description: 'Строк данных, которые прошёл предпросмотр или загрузка' }),
  }),
  rowCount: Nullable(Type.Integer({ description: 'Строк с данными' })),
  errorCount: Nullable(Type.Integer({ description: 'Строк с ошибками' })),
  unknownColumns: Type.Array(Type.String(), {
    description: 'Колонки файла, которых нет в шаблоне: пропущены',
  }),
  problem: Nullable(
    Type.Object({ code: Type.String(), message: Type.String(), detail: Type.Optional(Type.String()) }),
  ),
  preview: Nullable(FileOutcomeSchema('Что сделает загрузка (пробный прогон после чтения файла)')),
  changes: Nullable(ImportChanges),
  result: Nullable(FileOutcomeSchema('Что сделала загрузка')),
  applyProblem: Nullable(
    Type.Object(
      { code: Type.String(), message: Type.String(), detail: Type.Optional(Type.String()) },
      {
        description:
          'Почему последняя попытка загрузить файл не удалась (файл снова в состоянии ready); ' +
          'IMPORT_PREVIEW_STALE — данные изменились после предпросмотра, загрузите файл заново',
      },
    ),
  ),
  batchId: Nullable(Type.String({ description: 'Загрузка, которую можно отменить' })),
  actorName: Type.String(),
  createdAt: Timestamp,
  finishedAt: Nullable(Timestamp),
  appliedAt: Nullable(Timestamp),
});
export type ImportJob = Static<typeof ImportJob>;

/** One line of an import's errors: a cell the file could not be read in, or a row the data refused. */
export const ImportErrorLine = Type.Object({
  row: Type.Integer({ description: 'Строка файла (у XML — номер элемента)' }),
  column: Type.String({
    description: 'Колонка, как её называет файл; пусто, если причина не в одной ячейке',
  }),
  value: Type.String({ description: 'Значение, как оно записано в файле' }),
  message: Type.String({ description: 'Что не так' }),
  line: Type.Optional(
    Type.Integer({
      minimum: 1,
      description:
        'Только у ошибок в XML-файле: строка файла, где ошибка (у атрибута — строка, где он записан)',
    }),
  ),
  char: Type.Optional(
    Type.Integer({
      minimum: 1,
      description:
        'Только у ошибок в XML-файле: символ в строке line, где начинается элемент (у атрибута не указывается)',
    }),
  ),
  kind: Type.Enum(['error', 'refused'], {
    description:
      'error — ошибка в файле (строка не загружается); refused — строку не приняли данные при предпросмотре ' +
      'или загрузке (хранятся первые 100 таких строк)',
  }),
});
export type ImportErrorLine = Static<typeof ImportErrorLine>;

export const ImportApplyBody = Type.Object({
  validOnly: Type.Optional(
    Type.Boolean({
      description: 'Загрузить только строки без ошибок (по умолчанию файл с ошибками не загружается)',
    }),
  ),
});
export type ImportApplyBody = Static<typeof ImportApplyBody>;

/**
 * I-2: the organisation's watched folder of XML files. The server chooses it (`<root>/<organisation
 * id>/`): an organisation only switches it on or off, so it can never point at another's files.
 */
export const XmlFolder = Type.Object({
  enabled: Type.Boolean({ description: 'Сервер следит за папкой' }),
  path: Type.String({
    description: 'Папка организации на сервере (её выбирает сервер): сюда учётная система кладёт файлы *.xml',
  }),
  donePath: Type.String({ description: 'Куда переносятся загруженные файлы и файлы, ждущие решения' }),
  failedPath: Type.String({ description: 'Куда переносятся файлы с ошибками' }),
  updatedAt: Nullable(Timestamp),
});
export type XmlFolder = Static<typeof XmlFolder>;

export const XmlFolderBody = Type.Object(
  {
    enabled: Type.Boolean({
      description: 'true — следить за папкой (сервер создаст её), false — перестать (файлы остаются)',
    }),
  },
  { additionalProperties: false },
);
export type XmlFolderBody = Static<typeof XmlFolderBody>;

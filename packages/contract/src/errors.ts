// One catalogue: every error code with its HTTP status and Russian text (STYLE 8).
// Clients branch on `code`; the text is for people.

export const ERRORS = {
  VALIDATION_FAILED: { status: 400, message: 'Проверьте правильность заполнения полей' },
  BAD_REQUEST: { status: 400, message: 'Некорректный запрос' },
  INVALID_ENCODING: { status: 400, message: 'Текст запроса не в кодировке UTF-8' },
  MULTIPART_MALFORMED: {
    status: 400,
    message: 'Форма с файлом передана не полностью или с ошибкой: отправьте её ещё раз',
  },
  REFERENCE_NOT_FOUND: { status: 400, message: 'Связанная запись не найдена' },
  ADDRESS_FIELD_NOT_ALLOWED: {
    status: 400,
    message: 'Поле адреса не подходит для выбранного типа помещения',
  },
  PREMISE_ADDRESS_TAKEN: { status: 400, message: 'Помещение с таким адресом уже есть в этом объекте' },
  ACCOUNT_NUMBER_TAKEN: { status: 400, message: 'Лицевой счёт с таким номером уже есть у этого юрлица' },
  ELS_TAKEN: {
    status: 400,
    message: 'Этот ЕЛС уже указан у счёта другого помещения: ЕЛС принадлежит одному помещению',
  },
  EXTERNAL_ID_TAKEN: { status: 400, message: 'Такой внешний идентификатор уже используется' },
  LOGIN_TAKEN: { status: 400, message: 'Этот логин уже занят' },
  NAME_TAKEN: { status: 400, message: 'Запись с таким названием уже есть' },
  LEGAL_ENTITY_EXISTS: { status: 400, message: 'Юрлицо с таким ИНН и КПП уже есть' },
  FILE_REQUIRED: { status: 400, message: 'Приложите файл' },
  FILE_TOO_LARGE: { status: 400, message: 'Файл слишком большой' },
  FILE_TYPE_NOT_ALLOWED: { status: 400, message: 'Этот тип файла не поддерживается' },
  IMAGE_TOO_LARGE: { status: 400, message: 'Изображение слишком большое в пикселях: уменьшите его' },
  PHONE_TAKEN: { status: 409, message: 'Этот номер телефона уже у другого клиента' },
  PHONE_LOCKED: {
    status: 409,
    message: 'Номер телефона нельзя изменить: клиент уже входил в приложение',
  },
  MERGE_NOT_ALLOWED: { status: 409, message: 'Эти карточки нельзя объединить' },
  SHARES_EXCEED_WHOLE: { status: 400, message: 'Сумма долей собственников помещения больше 1' },
  OWNER_HAS_DEPENDENTS: {
    status: 409,
    message:
      'От этого собственника зависят другие клиенты помещения: удалите их или выберите им другого собственника',
  },
  CLIENT_ALREADY_LINKED: { status: 400, message: 'Клиент уже привязан к этому помещению' },
  REQUEST_ALREADY_DECIDED: { status: 409, message: 'Заявка уже рассмотрена' },
  LEAD_ALREADY_CONVERTED: { status: 409, message: 'Лид уже превращён в клиента' },
  PII_SEARCH_FORBIDDEN: {
    status: 403,
    message: 'Поиск по ФИО и телефону доступен только ролям, которые видят эти данные',
  },
  PII_SORT_FORBIDDEN: {
    status: 403,
    message: 'Сортировка по ФИО и телефону доступна только ролям, которые видят эти данные',
  },
  UNAUTHENTICATED: { status: 401, message: 'Войдите в систему' },
  INVALID_CREDENTIALS: { status: 401, message: 'Неверный логин или пароль' },
  FORBIDDEN: { status: 403, message: 'Недостаточно прав для этого действия' },
  TAG_CREATE_FORBIDDEN: {
    status: 403,
    message: 'Нет права создавать новые теги: выберите тег из списка существующих',
  },
  CROSS_SITE_REQUEST: { status: 403, message: 'Запрос с другого сайта отклонён' },
  PERMISSION_NOT_HELD: { status: 403, message: 'Нельзя выдать права, которых нет у вас самих' },
  ADMIN_ONLY: { status: 403, message: 'Это может сделать только администратор' },
  NOT_FOUND: { status: 404, message: 'Запись не найдена' },
  ROUTE_NOT_FOUND: { status: 404, message: 'Такого адреса API нет' },
  SYSTEM_ROLE_READONLY: {
    status: 409,
    message: 'Встроенную роль администратора нельзя изменить или удалить',
  },
  ROLE_IN_USE: { status: 409, message: 'Роль назначена сотрудникам: сначала назначьте им другую роль' },
  OWN_ACCESS_CHANGE: {
    status: 409,
    message: 'Нельзя заблокировать, удалить себя или лишить себя прав администратора',
  },
  OBJECT_HAS_PREMISES: {
    status: 409,
    message: 'К объекту относятся помещения: сначала удалите или перенесите их',
  },
  LEGAL_ENTITY_HAS_ACCOUNTS: {
    status: 409,
    message: 'У юрлица есть лицевые счета: сначала удалите или перенесите их',
  },
  API_KEY_REQUIRED: {
    status: 403,
    message: 'Этот раздел API доступен только по ключу интеграции (Authorization: Bearer dmv_…)',
  },
  API_KEY_SCOPE: { status: 403, message: 'Ключ интеграции не даёт доступа к этому разделу API' },
  // I-4 2b: the refusal of a client's phone change, worded as SPEC words it (2c: docs/decisions.md).
  IMPORT_PHONE_LOGGED_IN: {
    status: 409,
    message: 'Невозможно изменить номер телефона, так как клиент уже выполнил вход в личный кабинет',
  },
  IMPORT_FILE_MISSING: { status: 409, message: 'Файл загрузки не найден в хранилище: загрузите его снова' },
  IMPORT_NOT_READY: { status: 409, message: 'Сейчас это действие с файлом недоступно' },
  IMPORT_HAS_ERRORS: {
    status: 409,
    message: 'В файле есть строки с ошибками: исправьте их или загрузите только верные строки',
  },
  IMPORT_PREVIEW_STALE: {
    status: 409,
    message: 'Данные изменились после предпросмотра: загрузите файл снова, чтобы увидеть новый предпросмотр',
  },
  IMPORT_CONCURRENT: {
    status: 409,
    message:
      'Те же записи сейчас загружает другой запрос. Повторите загрузку: уже загруженное не продублируется',
  },
  IMPORT_NOTHING_TO_ROLL_BACK: { status: 409, message: 'Эта загрузка ничего не изменила: отменять нечего' },
  IMPORT_ALREADY_ROLLED_BACK: { status: 409, message: 'Эта загрузка уже отменена' },
  IMPORT_ROLLBACK_CONFLICT: {
    status: 409,
    message:
      'Загрузку нельзя отменить: после неё эти записи изменили. Отмените сначала более поздние изменения',
  },
  DUPLICATE_IN_BATCH: {
    status: 409,
    message: 'Запись с этим внешним идентификатором или телефоном уже есть выше в этой загрузке',
  },
  // I-3: an uploaded .xlsx that cannot be read as a whole; row problems are reported per row.
  IMPORT_NOT_XLSX: {
    status: 400,
    message:
      'Файл не является книгой Excel (.xlsx): откройте его в Excel или LibreOffice и сохраните как «Книга Excel (.xlsx)»',
  },
  IMPORT_NO_DATA_SHEET: { status: 400, message: 'В книге нет листа с данными' },
  IMPORT_EMPTY_SHEET: { status: 400, message: 'На листе с данными нет ни одной заполненной строки' },
  IMPORT_COLUMN_MISSING: { status: 400, message: 'В файле нет обязательной колонки' },
  // An Excel file uploaded as the other kind (its columns say which): named, so it is uploaded again as that.
  IMPORT_WRONG_KIND: {
    status: 400,
    message: 'Колонки файла относятся к другому виду загрузки: выберите вид, который подходит файлу',
  },
  IMPORT_DUPLICATE_COLUMN: { status: 400, message: 'Одна и та же колонка встречается в файле дважды' },
  IMPORT_MERGED_HEADER: {
    status: 400,
    message: 'В строке заголовков есть объединённые ячейки: у каждой колонки должен быть свой заголовок',
  },
  IMPORT_TOO_MANY_ROWS: { status: 400, message: 'В файле слишком много строк' },
  // A zip bomb, or a workbook too big to read: its parts are counted as they unpack.
  IMPORT_FILE_TOO_LARGE_UNPACKED: {
    status: 400,
    message: 'Книга Excel после распаковки слишком большая: разделите её на несколько файлов',
  },
  // I-2: an XML file that cannot be read as a whole; element problems are reported per row (line).
  IMPORT_NOT_XML: {
    status: 400,
    message: 'Файл не является XML-документом в кодировке UTF-8',
  },
  IMPORT_XML_MALFORMED: {
    status: 400,
    message: 'XML-файл повреждён или составлен с ошибкой: проверьте строку, указанную в подробностях',
  },
  IMPORT_XML_ROOT: {
    status: 400,
    message:
      'Это не файл загрузки Domovoy: корневой элемент должен быть <import xmlns="urn:domovoy:import:1">',
  },
  IMPORT_XML_VERSION: {
    status: 400,
    message: 'Версия формата не поддерживается: укажите version="1" (docs/xml/README.md)',
  },
  IMPORT_XML_EMPTY: { status: 400, message: 'В файле нет ни одного клиента и ни одного помещения' },
  // I-2: the server's folder for the organisation could not be made or is not a plain folder inside the
  // root (a link put in its place): the server's administrator has to look (the log says why).
  XML_FOLDER_UNAVAILABLE: {
    status: 409,
    message: 'Папку для файлов XML не удалось подготовить на сервере: обратитесь к администратору сервера',
  },
  // Resident sign-in (AUTH-1, issue 11). Answers never tell whether a phone is known.
  ORGANIZATION_NOT_FOUND: { status: 404, message: 'Управляющая организация не найдена' },
  CODE_INVALID: { status: 401, message: 'Неверный или устаревший код. Запросите новый код' },
  CODE_TOO_SOON: {
    status: 429,
    message: 'Новый код можно запросить чуть позже: подождите и повторите',
  },
  CREDENTIALS_INVALID_RESIDENT: { status: 401, message: 'Неверный номер телефона или пароль' },
  PASSWORD_CURRENT_INVALID: { status: 400, message: 'Текущий пароль указан неверно' },
  RESIDENT_SESSION_REQUIRED: {
    status: 401,
    message: 'Сеанс завершён. Войдите в приложение снова',
  },
  NOT_A_CLIENT: {
    status: 403,
    message: 'Вы ещё не клиент этой управляющей организации: отправьте заявку на добавление помещения',
  },
  REQUEST_PENDING_EXISTS: {
    status: 409,
    message: 'Такая заявка уже отправлена и ждёт рассмотрения',
  },
  // APP-6..APP-8: people in the resident app.
  PERSON_NAME_MISMATCH: {
    status: 409,
    message:
      'Номер уже зарегистрирован с другими ФИО. Проверьте корректность введенных данных и попробуйте еще раз или создайте заявку в управляющую компанию',
  },
  PEOPLE_ADD_FORBIDDEN: {
    status: 403,
    message: 'Добавлять людей в помещение могут только собственники и неподтверждённые собственники',
  },
  PERSON_ROLE_NOT_ALLOWED: { status: 403, message: 'Эту роль в помещении вы дать не можете' },
  GUESTS_NOT_AVAILABLE: {
    status: 403,
    message: 'Гостей можно добавлять, когда в управляющей организации подключены «Мероприятия»',
  },
  PERSON_IS_YOU: { status: 400, message: 'Себя добавить нельзя' },
  PERSON_ALREADY_GUEST: { status: 409, message: 'Этот человек уже у вас в гостях' },
  LINK_NOT_YOURS: {
    status: 403,
    message:
      'Этот доступ добавили не вы: изменить или закрыть его может тот, кто его добавил, или управляющая организация',
  },
  PERSON_NOT_YOURS: {
    status: 403,
    message: 'Удалить или изменить можно только человека, которого вы добавили сами',
  },
  // Issue 13: requests to the УО (заявки).
  REQUEST_STATUS_NOT_ALLOWED: {
    status: 409,
    message: 'Заявку нельзя перевести в этот статус из текущего',
  },
  REQUEST_TYPE_ARCHIVED: { status: 400, message: 'Этот тип заявки в архиве: выберите другой' },
  REQUEST_NOT_RATEABLE: { status: 409, message: 'Оценить можно только выполненную заявку' },
  REQUEST_CLOSED: { status: 409, message: 'Заявка закрыта: откройте её снова, чтобы изменить' },
  REQUESTS_NOT_AVAILABLE: {
    status: 403,
    message: 'Заявки в управляющую организацию сейчас не принимаются через приложение',
  },
  CLIENT_BLOCKED: {
    status: 403,
    message: 'Учётная запись заблокирована управляющей организацией: создавать заявки нельзя',
  },
  // Issue 13: meters (ИПУ) and their readings.
  METER_READING_LOWER: {
    status: 400,
    message: 'Показание меньше предыдущего. Если счётчик заменили, оформите замену счётчика',
  },
  METER_READING_ABOVE_NEXT: { status: 400, message: 'Показание больше следующего по дате показания' },
  METER_READING_JUMP: {
    status: 409,
    message:
      'Показание намного больше обычного расхода по этому счётчику. Проверьте его и подтвердите, если оно верно',
  },
  METER_READING_WINDOW: { status: 409, message: 'Показания сейчас не принимаются' },
  METER_REPLACED: {
    status: 409,
    message: 'Счётчик заменён: показания после замены вносятся по новому счётчику',
  },
  METER_READING_EXISTS: {
    status: 409,
    message:
      'На эту дату у счётчика уже есть другое показание. Чтобы заменить его, удалите его в CRM и загрузите снова',
  },
  METER_HAS_READINGS: {
    status: 409,
    message: 'У счётчика уже есть показания: ресурс и число тарифов изменить нельзя',
  },
  // Issue 14: mailings (M-1).
  MAILING_NO_RECIPIENTS: {
    status: 400,
    message: 'По этим условиям нет ни одного получателя: рассылку отправлять некому',
  },
  MAILING_NOT_CANCELLABLE: {
    status: 409,
    message: 'Рассылку уже нельзя отменить: она отправлена или отменена',
  },
  // Issue 17: bulk actions on the premises and clients lists.
  BULK_SELECTION_EMPTY: {
    status: 400,
    message:
      'Ничего не выбрано: отметьте строки или задайте условия списка (чтобы изменить весь список, подтвердите это явно)',
  },
  BULK_TOO_MANY: {
    status: 400,
    message: 'За один раз можно изменить не больше 100 000 записей: сузьте выбор поиском или фильтрами',
  },
  REQUEST_TIMEOUT: { status: 408, message: 'Запрос не пришёл полностью вовремя' },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'Слишком большой запрос' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'Неподдерживаемый формат запроса' },
  TOO_MANY_ATTEMPTS: { status: 429, message: 'Слишком много попыток. Повторите позже' },
  HEADERS_TOO_LARGE: { status: 431, message: 'Слишком большие заголовки запроса' },
  INTERNAL: { status: 500, message: 'Внутренняя ошибка сервера. Повторите попытку позже' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERRORS;

/** A problem about one field of the request (shown by the UI at that field). */
export type FieldProblem = { field: string; code: string; message: string };

/** The body of every error response (`application/problem+json`, RFC 9457). */
export type Problem = {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail?: string;
  errors?: FieldProblem[];
  retryAfterSeconds?: number;
  /** The other record a conflict is about (e.g. the client that has the phone, C-7). */
  conflictId?: string;
};

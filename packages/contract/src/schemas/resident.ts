import { type Static, Type } from 'typebox';
import { ProductCodeSchema, ResidentBrand } from './brands';
import { ClientTypeSchema, LinkRoleSchema } from './clients';
import { DateOnly, Id, Nullable, Text, Timestamp } from './common';
import { RequestKindSchema, RequestStatusSchema } from './registrations';
import { MoneyText } from './resident-premises';

// The resident app's API (issue 11): `/api/resident/v1/…`, device sessions with bearer tokens.

const Phone = Type.String({
  minLength: 1,
  maxLength: 40,
  description: 'Телефон: +7…, 8… или 10 цифр',
});
const OrganizationSlug = Type.String({
  minLength: 1,
  maxLength: 40,
  description: 'Короткое имя управляющей организации (её бренд в приложении, например demo)',
});

/** S-1: what the device tells about itself; every field may be missing («Неизвестное устройство»). */
export const ResidentDevice = Type.Object({
  name: Type.Optional(Text(100)),
  platform: Type.Optional(Text(40)),
  appVersion: Type.Optional(Text(40)),
  pushPermission: Type.Optional(Type.Boolean({ description: 'Разрешены ли уведомления в ОС' })),
});

export const ResidentCodeBody = Type.Object({ phone: Phone, organization: OrganizationSlug });

export const ResidentCodeResult = Type.Object({
  expiresInSeconds: Type.Integer({ description: 'Сколько секунд действует код' }),
  resendInSeconds: Type.Integer({ description: 'Через сколько секунд можно запросить новый код' }),
});

export const ResidentVerifyBody = Type.Object({
  phone: Phone,
  organization: OrganizationSlug,
  code: Type.String({ minLength: 1, maxLength: 12, description: 'Код из SMS (6 цифр)' }),
  device: Type.Optional(ResidentDevice),
});

export const ResidentLoginBody = Type.Object({
  phone: Phone,
  organization: OrganizationSlug,
  password: Type.String({ minLength: 1, maxLength: 200 }),
  device: Type.Optional(ResidentDevice),
});

export const ResidentPasswordBody = Type.Object({
  currentPassword: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 200,
      description:
        'Не нужен, если пароля ещё нет или сеанс открыт кодом из SMS не больше 15 минут назад (сброс пароля)',
    }),
  ),
  newPassword: Type.String({ minLength: 8, maxLength: 200 }),
});

export const ResidentAccount = Type.Object({
  id: Id,
  phone: Type.String({ description: 'E.164' }),
  hasPassword: Type.Boolean(),
});

export const ResidentOrganization = Type.Object({ id: Id, slug: Type.String(), name: Type.String() });

/** T-3, issue 12: an organisation in `me` with the brand its app wears and its products switched on. */
export const ResidentBrandedOrganization = Type.Object({
  ...ResidentOrganization.properties,
  brand: ResidentBrand,
  products: Type.Array(ProductCodeSchema, {
    description: 'Включённые продукты, в порядке каталога PRODUCTS',
  }),
});

export const ResidentSignIn = Type.Object({
  token: Type.String({ description: 'Токен сеанса устройства для заголовка Authorization: Bearer' }),
  account: ResidentAccount,
  organization: ResidentOrganization,
  isClient: Type.Boolean({ description: 'Есть ли у телефона карточка клиента в этой организации' }),
});

/** APP-5: what the app shows of the person's card in the organisation. */
export const ResidentCard = Type.Object({
  id: Id,
  type: ClientTypeSchema,
  fullName: Type.String(),
  birthDate: Nullable(DateOnly),
  email: Nullable(Type.String()),
});

export const ResidentPremise = Type.Object({
  id: Id,
  type: Type.String({ description: 'Тип помещения' }),
  address: Type.String(),
  objectName: Type.String(),
  role: LinkRoleSchema,
  linkedAt: Timestamp,
  /** T-3, APP-2: the object's brand, each field falling back to the organisation's. */
  brand: ResidentBrand,
  imageUrl: Nullable(
    Type.String({
      description:
        'Изображение объекта (фон карточки в «Мои помещения», APP-2): публичный неугадываемый адрес, ' +
        'новый для каждого изображения; null — у объекта его нет',
    }),
  ),
});

export const ResidentRequest = Type.Object({
  id: Id,
  kind: RequestKindSchema,
  status: RequestStatusSchema,
  addressText: Type.String(),
  premiseText: Nullable(Type.String()),
  requestedRole: Nullable(LinkRoleSchema),
  rejectReason: Nullable(Type.String()),
  createdAt: Timestamp,
  decidedAt: Nullable(Timestamp),
});

export const ResidentMe = Type.Object({
  account: ResidentAccount,
  organization: ResidentBrandedOrganization,
  organizations: Type.Array(ResidentBrandedOrganization, {
    description: 'Организации, где у телефона есть карточка клиента (T-3)',
  }),
  client: Nullable(ResidentCard),
  premises: Type.Array(ResidentPremise, {
    description: 'Помещения в этой организации, раньше привязанные — первыми',
  }),
  requests: Type.Array(ResidentRequest, { description: 'Заявки на добавление помещения, новые — первыми' }),
  unreadNotifications: Type.Integer({ description: 'APP-1: непрочитанные уведомления в этой организации' }),
  premisesEverywhere: Type.Integer({
    description: 'APP-1: помещения во всех организациях, где у телефона есть карточка («Мои помещения»)',
  }),
});

export const ResidentRequestBody = Type.Object({
  addressText: Text(500, 1),
  premiseText: Type.Optional(Text(100)),
  role: LinkRoleSchema,
  comment: Type.Optional(Text(2000)),
  fullName: Type.Optional(Text(300, 1)),
});

export const ResidentNotificationsBody = Type.Object({
  osPermission: Type.Boolean(),
  types: Type.Record(Type.String({ maxLength: 40 }), Type.Boolean(), {
    maxProperties: 50,
    description: 'Код типа уведомлений (каталог NOTIFICATION_TYPES) → включён ли он',
  }),
});

export const ResidentNotifications = Type.Object({
  osPermission: Type.Boolean(),
  types: Type.Record(Type.String(), Type.Boolean()),
  changedAt: Nullable(Timestamp),
});

/** T-3: a new device session in another organisation of the account, without a new SMS code. */
export const ResidentSwitchBody = Type.Object({ organization: OrganizationSlug });

/** APP-2: a premise in «Мои помещения» with what the list shows of it. */
export const ResidentListedPremise = Type.Object({
  ...ResidentPremise.properties,
  /** The sum due on the accounts residents see (only sums above zero, as «Оплатить все»); null: nothing. */
  due: Nullable(MoneyText),
  unreadNotifications: Type.Integer({ description: 'Непрочитанные уведомления об этом помещении' }),
});

/** T-3, APP-2: an organisation where the account has a card, with its premises in service. */
export const ResidentOrganizationPremises = Type.Object({
  ...ResidentBrandedOrganization.properties,
  current: Type.Boolean({ description: 'Организация, в которой открыт этот сеанс' }),
  premises: Type.Array(ResidentListedPremise, { description: 'Раньше привязанные — первыми' }),
});

export const ResidentAllPremises = Type.Object({
  organizations: Type.Array(ResidentOrganizationPremises, {
    description: 'Организация сеанса первой, затем другие, где у телефона есть карточка клиента',
  }),
});

export type ResidentDevice = Static<typeof ResidentDevice>;
export type ResidentCodeBody = Static<typeof ResidentCodeBody>;
export type ResidentCodeResult = Static<typeof ResidentCodeResult>;
export type ResidentVerifyBody = Static<typeof ResidentVerifyBody>;
export type ResidentLoginBody = Static<typeof ResidentLoginBody>;
export type ResidentPasswordBody = Static<typeof ResidentPasswordBody>;
export type ResidentAccount = Static<typeof ResidentAccount>;
export type ResidentOrganization = Static<typeof ResidentOrganization>;
export type ResidentBrandedOrganization = Static<typeof ResidentBrandedOrganization>;
export type ResidentSignIn = Static<typeof ResidentSignIn>;
export type ResidentCard = Static<typeof ResidentCard>;
export type ResidentPremise = Static<typeof ResidentPremise>;
export type ResidentRequest = Static<typeof ResidentRequest>;
export type ResidentMe = Static<typeof ResidentMe>;
export type ResidentRequestBody = Static<typeof ResidentRequestBody>;
export type ResidentNotificationsBody = Static<typeof ResidentNotificationsBody>;
export type ResidentNotifications = Static<typeof ResidentNotifications>;
export type ResidentSwitchBody = Static<typeof ResidentSwitchBody>;
export type ResidentListedPremise = Static<typeof ResidentListedPremise>;
export type ResidentOrganizationPremises = Static<typeof ResidentOrganizationPremises>;
export type ResidentAllPremises = Static<typeof ResidentAllPremises>;

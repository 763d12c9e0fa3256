import { type Static, Type } from 'typebox';
import { DateOnly, Id, Nullable, Text, Timestamp } from './common';
import { INTEGRATION_BATCH_LIMIT } from './integration';

// APP-2 and APP-3: what the accounting system sends about sums due and insurance, and what the
// resident app shows of a premise and of the sums to pay.

/** Roubles with kopecks as the database keeps them (numeric(14,2)): «1234.50», «-10.00». */
export const MoneyText = Type.String({
  pattern: '^-?\\d{1,12}\\.\\d{2}$',
  description: 'Сумма в рублях с копейками, строкой: «1234.50»; отрицательная — переплата',
});

const BILLING_ITEMS = (description: string) =>
  Type.Array(Type.Unknown(), {
    minItems: 1,
    maxItems: INTEGRATION_BATCH_LIMIT,
    description: `${description}. Каждый элемент проверяется отдельно: ошибка в одном не мешает остальным`,
  });

/**
 * APP-2: the sum due on a personal account. The account is named as the accounts batch names it:
 * by its number within the legal entity (legalEntityId + accountNumber), or by its external id.
 */
export const IntegrationBalance = Type.Object({
  legalEntityId: Type.Optional(Id),
  accountNumber: Type.Optional(Text(50, 1)),
  accountExternalId: Type.Optional(Text(100, 1)),
  amount: Type.Union([Type.Number(), Type.String({ maxLength: 20 })], {
    description: 'Сумма к оплате в рублях, не больше двух знаков после точки: 1234.5 или «1234.50»',
  }),
  period: Type.String({
    pattern: '^\\d{4}-(0[1-9]|1[0-2])$',
    description: 'Расчётный месяц, ГГГГ-ММ',
  }),
  computedAt: Type.Optional(Timestamp),
});
export type IntegrationBalance = Static<typeof IntegrationBalance>;

export const IntegrationBalancesBody = Type.Object({
  items: BILLING_ITEMS('Суммы к оплате по лицевым счетам (схема IntegrationBalance)'),
});
export type IntegrationBalancesBody = Static<typeof IntegrationBalancesBody>;

/** APP-3: a premise's insurance policy; the premise by its external id, the policy by its number. */
export const IntegrationInsurance = Type.Object({
  premiseExternalId: Text(100, 1),
  insurer: Text(300, 1),
  number: Text(100, 1),
  validFrom: DateOnly,
  validTo: DateOnly,
});
export type IntegrationInsurance = Static<typeof IntegrationInsurance>;

export const IntegrationInsuranceBody = Type.Object({
  items: BILLING_ITEMS('Страховые полисы помещений (схема IntegrationInsurance)'),
});
export type IntegrationInsuranceBody = Static<typeof IntegrationInsuranceBody>;

export const AccountBalance = Type.Object({
  amount: MoneyText,
  period: Type.String({ description: 'Расчётный месяц, ГГГГ-ММ' }),
  computedAt: Nullable(Timestamp),
  updatedAt: Timestamp,
});
export type AccountBalance = Static<typeof AccountBalance>;

export const ResidentPremiseAccount = Type.Object({
  id: Id,
  number: Type.String(),
  legalEntityName: Type.String(),
  balance: Nullable(AccountBalance),
});

export const InsurancePolicy = Type.Object({
  insurer: Type.String(),
  number: Type.String(),
  validFrom: DateOnly,
  validTo: DateOnly,
});
export type InsurancePolicy = Static<typeof InsurancePolicy>;

export const ResidentDocument = Type.Object({
  id: Id,
  title: Type.String(),
  date: Nullable(DateOnly),
  fileName: Type.String(),
  contentType: Type.String(),
  size: Type.Integer(),
  fileUrl: Type.String({ description: 'Скачать файл (с тем же токеном жителя)' }),
});
export type ResidentDocument = Static<typeof ResidentDocument>;

/** APP-3 «Мое помещение». */
export const ResidentPremiseCard = Type.Object({
  id: Id,
  type: Type.String({ description: 'Тип помещения' }),
  objectName: Type.String(),
  address: Type.String({ description: 'Адрес помещения' }),
  postcode: Nullable(Type.String({ description: 'Почтовый индекс, если он есть в адресе объекта' })),
  fullAddress: Type.String({ description: 'Адрес для копирования: индекс, адрес объекта, помещение' }),
  totalArea: Nullable(Type.Number()),
  livingArea: Nullable(Type.Number()),
  metersCount: Type.Integer({ description: 'Приборов учёта в работе (заменённые не считаются)' }),
  accounts: Type.Array(ResidentPremiseAccount, {
    description: 'Лицевые счета, кроме скрытых от жителей («Не отображать в ЛК жителя»)',
  }),
  insurance: Nullable(InsurancePolicy),
  documents: Type.Array(ResidentDocument, { description: 'Документы, которые сотрудники открыли жителям' }),
});
export type ResidentPremiseCard = Static<typeof ResidentPremiseCard>;

export const ResidentDocumentParams = Type.Object({ id: Id, documentId: Id });

export const ResidentPayment = Type.Object({
  accountId: Id,
  number: Type.String(),
  legalEntityName: Type.String(),
  amount: MoneyText,
  period: Type.String({ description: 'Расчётный месяц, ГГГГ-ММ' }),
  paymentUrl: Nullable(
    Type.String({ description: 'Страница оплаты юрлица; null — юрлицо не указало страницу оплаты' }),
  ),
});

/** The organisation that bills a premise in «Оплатить все» (T-3: the account may have cards in several). */
export const ResidentPaymentOrganization = Type.Object({
  id: Id,
  slug: Type.String(),
  name: Type.String({ description: 'Название бренда организации в приложении' }),
  current: Type.Boolean({ description: 'Организация сеанса' }),
});

/** APP-2 «Оплатить все»: the sums due, per premise, in every organisation where the phone has a card. */
export const ResidentPayments = Type.Object({
  premises: Type.Array(
    Type.Object({
      premiseId: Id,
      organization: ResidentPaymentOrganization,
      address: Type.String(),
      objectName: Type.String(),
      total: MoneyText,
      accounts: Type.Array(ResidentPayment),
    }),
    {
      description:
        'Помещения с суммами к оплате больше нуля: сначала организации сеанса, затем других организаций, ' +
        'где у телефона есть карточка; в каждой раньше привязанные — первыми',
    },
  ),
  total: MoneyText,
});
export type ResidentPayments = Static<typeof ResidentPayments>;

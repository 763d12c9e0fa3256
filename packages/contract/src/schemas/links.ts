import { type Static, Type } from 'typebox';
import { ClientStatusSchema, LinkRoleSchema, Masked } from './clients';
import { DateOnly, Id, Nullable, Text, Timestamp } from './common';

const doc = (what: string) => ({
  number: Nullable(Type.String({ description: `Номер: ${what}` })),
  date: Nullable(DateOnly),
});

/** L-2: a client's link to a premise, as the premise card and the client card show it. */
export const PremiseLink = Type.Object({
  id: Id,
  premiseId: Id,
  premiseAddress: Type.String(),
  objectName: Type.String(),
  clientId: Id,
  clientName: Type.String(),
  clientPhone: Nullable(Type.String()),
  clientStatus: ClientStatusSchema,
  role: LinkRoleSchema,
  roleLabel: Type.String(),
  ownerClientId: Nullable(Id),
  ownerName: Nullable(Type.String()),
  ddu: Type.Object(doc('ДДУ')),
  act: Type.Object(doc('акт приёмки')),
  certificate: Type.Object(doc('свидетельство о собственности')),
  contract: Type.Object(doc('договор управления')),
  share: Nullable(Type.String({ description: 'Доля в праве собственности: 1/2' })),
  comment: Nullable(Type.String({ description: 'Комментарий для сотрудников' })),
  onlinePayment: Type.Boolean(),
  keepOnSync: Type.Boolean({ description: 'Не удалять клиента при интеграции' }),
  rentDate: Nullable(
    Type.String({
      format: 'date',
      description: 'APP-8: дата арендной платы арендатора (в этот день каждого месяца); у других ролей null',
    }),
  ),
  addedBy: Type.Object({
    kind: Type.Enum(['staff', 'resident', 'import']),
    name: Nullable(Type.String()),
  }),
  masked: Masked,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

const docInput = Type.Optional(
  Type.Object({ number: Type.Optional(Nullable(Text(100))), date: Type.Optional(Nullable(DateOnly)) }),
);

/** The link fields shared by the CRM's forms and the integration API (L-2). */
export const linkFields = {
  role: Type.Optional(LinkRoleSchema),
  ownerClientId: Type.Optional(Nullable(Id)),
  ddu: docInput,
  act: docInput,
  certificate: docInput,
  contract: docInput,
  share: Type.Optional(Nullable(Text(40, 0))),
  comment: Type.Optional(Nullable(Text(2000))),
  onlinePayment: Type.Optional(Type.Boolean()),
  keepOnSync: Type.Optional(Type.Boolean()),
  rentDate: Type.Optional(
    Nullable(
      Type.String({ format: 'date', description: 'Дата арендной платы (только арендатору), ГГГГ-ММ-ДД' }),
    ),
  ),
};

/** L-1 from the premise card: add an existing client (by default as an owner). */
export const PremiseClientBody = Type.Object({ clientId: Id, ...linkFields });
/** L-1 from the client card: add a premise. */
export const ClientPremiseBody = Type.Object({ premiseId: Id, ...linkFields });
export const LinkPatch = Type.Object(linkFields);

/** A-1 on the client card: the personal accounts of a linked premise. */
export const LinkAccount = Type.Object({
  id: Id,
  number: Type.String(),
  legalEntityName: Type.String(),
  hiddenFromResidents: Type.Boolean(),
});

/** The client card's «Помещения» tab: each link with its premise's personal accounts. */
export const ClientPremiseLink = Type.Object({
  ...PremiseLink.properties,
  accounts: Type.Array(LinkAccount),
});

/** L-5: removing an owner that others depend on: take them along, or hand them to another owner. */
export const LinkDeleteQuery = Type.Object({
  dependents: Type.Optional(Type.Enum(['refuse', 'remove', 'reassign'], { default: 'refuse' })),
  reassignTo: Type.Optional(
    Type.String({
      format: 'uuid',
      description: 'Привязка собственника, к которому перейдут зависящие клиенты',
    }),
  ),
});

export type PremiseLink = Static<typeof PremiseLink>;
export type LinkAccount = Static<typeof LinkAccount>;
export type ClientPremiseLink = Static<typeof ClientPremiseLink>;
export type PremiseClientBody = Static<typeof PremiseClientBody>;
export type ClientPremiseBody = Static<typeof ClientPremiseBody>;
export type LinkPatch = Static<typeof LinkPatch>;
export type LinkDeleteQuery = Static<typeof LinkDeleteQuery>;

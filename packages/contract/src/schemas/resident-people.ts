import { type Static, Type } from 'typebox';
import { GenderSchema, LinkRoleSchema } from './clients';
import { DateOnly, Id, Nullable, Text, Timestamp } from './common';

// APP-6..APP-8 «Люди» in the resident app: the people of the resident's premises, their cards,
// and the people the resident adds (residents, representatives, tenants and guests).

/** APP-8: the roles a resident gives in a premise; owners are added only by staff. */
export const PERSON_LINK_ROLES = ['resident', 'representative', 'tenant'] as const;
export type PersonLinkRole = (typeof PERSON_LINK_ROLES)[number];
export const PersonLinkRoleSchema = Type.Enum([...PERSON_LINK_ROLES]);

/** APP-8: a role in a premise, or «Гость» (events; no premise). */
export const PERSON_ROLES = [...PERSON_LINK_ROLES, 'guest'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];
export const PersonRoleSchema = Type.Enum([...PERSON_ROLES]);

const PhotoUrl = Nullable(
  Type.String({ description: 'GET /api/resident/v1/people/{clientId}/photo?v=<версия>; null — фото нет' }),
);
const PersonName = Type.String({ description: 'ФИО, а у ребёнка — как к нему обращаться' });
const Child = Type.Boolean({ description: 'Младше 18 лет по дате рождения на сегодня' });
const RentDate = Nullable(
  Type.String({
    format: 'date',
    description:
      'Дата арендной платы (только арендатор): плата в этот день и в тот же день каждого следующего месяца',
  }),
);

export const PeopleQuery = Type.Object({ premiseId: Id });
export type PeopleQuery = Static<typeof PeopleQuery>;

/** One person in a role group of «Люди». */
export const PremisePerson = Type.Object({
  clientId: Id,
  name: PersonName,
  child: Child,
  photoUrl: PhotoUrl,
  me: Type.Boolean({ description: 'Это сам клиент' }),
  addedByMe: Type.Boolean({ description: 'Клиент сам добавил эту привязку: может изменить роль и удалить' }),
  rentDate: RentDate,
});
export type PremisePerson = Static<typeof PremisePerson>;

/** APP-6 «Люди» of one premise, grouped by role (LINK_ROLES order, empty groups left out). */
export const PremisePeople = Type.Object({
  premiseId: Id,
  myRole: LinkRoleSchema,
  canAdd: Type.Boolean({
    description: 'APP-8: добавлять людей в помещение могут собственник и неподтверждённый',
  }),
  addableRoles: Type.Array(PersonLinkRoleSchema, {
    description: 'Роли, которые клиент может дать в этом помещении',
  }),
  canAddGuests: Type.Boolean({
    description: 'Гостей можно добавлять: в организации подключены «Мероприятия»',
  }),
  groups: Type.Array(
    Type.Object({
      role: LinkRoleSchema,
      roleLabel: Type.String(),
      people: Type.Array(PremisePerson),
    }),
  ),
});
export type PremisePeople = Static<typeof PremisePeople>;

/** One of the client's premises where they may add people, with the roles they may give there. */
const AddablePremiseFields = {
  premiseId: Id,
  address: Type.String(),
  objectName: Type.String(),
  addableRoles: Type.Array(PersonLinkRoleSchema),
};

/** APP-6 «Все»: one person sharing any of the client's premises, or a guest of the client. */
export const PeopleAllItem = Type.Object({
  clientId: Id,
  name: PersonName,
  child: Child,
  photoUrl: PhotoUrl,
  sharedPremises: Type.Integer({ description: 'Помещений с общим доступом' }),
  guest: Type.Boolean({ description: 'Гость, которого добавил клиент' }),
  addedByMe: Type.Boolean({ description: 'Клиент сам добавлял этого человека в приложении' }),
});
export type PeopleAllItem = Static<typeof PeopleAllItem>;

export const PeopleAll = Type.Object({
  canAddGuests: Type.Boolean(),
  addablePremises: Type.Array(Type.Object({ ...AddablePremiseFields }), {
    description:
      'Помещения клиента, куда он может добавлять людей (собственник или неподтверждённый), и роли в каждом',
  }),
  people: Type.Array(PeopleAllItem, { description: 'Без самого клиента; по имени' }),
});
export type PeopleAll = Static<typeof PeopleAll>;

/** APP-8: the people the client added before — the only ones they may pick again. */
export const PeopleChoices = Type.Object({
  people: Type.Array(
    Type.Object({
      clientId: Id,
      name: PersonName,
      child: Child,
      photoUrl: PhotoUrl,
      guest: Type.Boolean(),
    }),
    { description: 'Только добавленные самим клиентом; по имени' },
  ),
});
export type PeopleChoices = Static<typeof PeopleChoices>;

/** A premise of another person's card that the client shares with them. */
export const PersonPremise = Type.Object({
  premiseId: Id,
  address: Type.String(),
  objectName: Type.String(),
  role: LinkRoleSchema,
  roleLabel: Type.String(),
  rentDate: RentDate,
  addedByMe: Type.Boolean({
    description:
      'L-4: клиент сам добавил эту привязку — может изменить роль, дату арендной платы, закрыть доступ',
  }),
  addableRoles: Type.Array(PersonLinkRoleSchema, {
    description: 'Роли, на которые клиент может сменить эту привязку (пусто, если привязку добавил не он)',
  }),
});
export type PersonPremise = Static<typeof PersonPremise>;

/**
 * T-3, APP-7: a premise the client shares with the person in another organisation where both have
 * a card (the same phones). Shown only: a change there needs that organisation's session.
 */
export const PersonOtherPremise = Type.Object({
  organization: Type.Object({
    id: Id,
    slug: Type.String(),
    name: Type.String({ description: 'Название бренда организации в приложении' }),
  }),
  premiseId: Id,
  address: Type.String(),
  objectName: Type.String(),
  role: LinkRoleSchema,
  roleLabel: Type.String(),
  rentDate: RentDate,
});
export type PersonOtherPremise = Static<typeof PersonOtherPremise>;

/** One of the client's premises where they may add this person. */
export const AddablePremise = Type.Object({ ...AddablePremiseFields });
export type AddablePremise = Static<typeof AddablePremise>;

/** APP-7: another user's card. */
export const PersonCard = Type.Object({
  clientId: Id,
  name: PersonName,
  fullName: Type.String(),
  addressAs: Nullable(Type.String({ description: 'Как обращаться к ребёнку' })),
  child: Child,
  birthDate: Nullable(DateOnly),
  gender: Nullable(GenderSchema),
  phone: Nullable(Type.String({ description: 'E.164; null у детей и у карточек без телефона' })),
  email: Nullable(Type.String()),
  photoUrl: PhotoUrl,
  createdAt: Timestamp,
  guest: Type.Boolean({ description: 'Гость клиента' }),
  addedByMe: Type.Boolean({ description: 'Клиент сам добавлял этого человека в приложении' }),
  canDelete: Type.Boolean({ description: '«Удалить пользователя»: только добавленного самим клиентом' }),
  canEdit: Type.Boolean({ description: 'Редактировать можно только своего гостя' }),
  premises: Type.Array(PersonPremise, { description: 'Только помещения, общие с клиентом' }),
  otherPremises: Type.Array(PersonOtherPremise, {
    description:
      'Общие с клиентом помещения в других организациях, где у обоих есть карточка (T-3), по организациям: ' +
      'только для просмотра — изменить доступ можно в сеансе той организации',
  }),
  addablePremises: Type.Array(AddablePremise, {
    description: 'Помещения клиента, куда он может добавить этого человека (он там ещё не привязан)',
  }),
});
export type PersonCard = Static<typeof PersonCard>;

export const PersonParams = Type.Object({ clientId: Id });
export const PersonPremiseParams = Type.Object({ clientId: Id, premiseId: Id });

/**
 * APP-8: add a new person. An adult needs phone and full name; a child (under 18 by the birth
 * date) has no phone, needs `addressAs` and may only be a resident or a guest. Every role but
 * guest needs a premise; the rent date is for tenants only.
 */
export const NewPersonBody = Type.Object({
  phone: Type.Optional(Text(40)),
  fullName: Type.Optional(Text(300, 1)),
  birthDate: Type.Optional(DateOnly),
  gender: Type.Optional(GenderSchema),
  addressAs: Type.Optional(Text(100, 1)),
  role: PersonRoleSchema,
  premiseId: Type.Optional(Id),
  rentDate: Type.Optional(DateOnly),
});
export type NewPersonBody = Static<typeof NewPersonBody>;

/** APP-8: give a person the client added before (or sees in «Все») a role in a premise, or make them a guest. */
export const PersonPremiseBody = Type.Object({
  role: PersonRoleSchema,
  premiseId: Type.Optional(Id),
  rentDate: Type.Optional(DateOnly),
});
export type PersonPremiseBody = Static<typeof PersonPremiseBody>;

/** APP-7: change the role or the rent date of a link the client added (L-4). */
export const PersonLinkPatch = Type.Object({
  role: Type.Optional(PersonLinkRoleSchema),
  rentDate: Type.Optional(Nullable(DateOnly)),
});
export type PersonLinkPatch = Static<typeof PersonLinkPatch>;

/** APP-7: edit a guest the client added. */
export const PersonPatch = Type.Object({
  fullName: Type.Optional(Text(300, 1)),
  birthDate: Type.Optional(Nullable(DateOnly)),
  gender: Type.Optional(Nullable(GenderSchema)),
  addressAs: Type.Optional(Nullable(Text(100, 1))),
  email: Type.Optional(Nullable(Text(200))),
});
export type PersonPatch = Static<typeof PersonPatch>;

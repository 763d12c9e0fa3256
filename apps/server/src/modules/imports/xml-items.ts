// I-2: one element of an XML file (a <client>, <premise>, <account> or <link>) as the integration
// API's item for it, checked by the item's schema, the XSD's rules and the card rules, with each
// problem at the element or attribute it came from (`column`: `phone`, `@type`, `address/@street`).
import {
  type FieldProblem,
  IntegrationAccount,
  IntegrationClient,
  IntegrationLink,
  IntegrationPremise,
  PREMISE_TYPE_NAMES,
} from '@domovoy/contract';
import { type TObject, Type } from 'typebox';
import { Compile } from 'typebox/compile';
import { AppError } from '../../platform/errors';
import { type SchemaError, toFieldProblems } from '../../platform/validation-messages';
import { accountValues } from '../accounts/account-values';
import { type ClientInput, clientValues } from '../clients/client-values';
import { linkValues } from '../links/link-values';
import { type PremiseInput, premiseValues } from '../premises/premise-values';
import { type RawElement, type RowProblem, valueAt as rawValueAt, XmlValues } from './xml-values';

export type XmlEntity = 'client' | 'premise' | 'account' | 'link';

/** What an `import_rows` row of an XML file holds. */
export type XmlRowValues =
  | { entity: 'client'; item: Record<string, unknown> }
  | { entity: 'premise'; item: Record<string, unknown>; hasLinks: boolean }
  | { entity: 'account' | 'link'; item: Record<string, unknown>; premiseRow: number };

/** The `<premises>` group a premise is in: the object and the legal entity of its accounts. */
export type XmlGroup = { objectId: string | undefined; legalEntityId: string | undefined };

// A premise may come without an external id (it is then found by its address): so may the
// premise's id its accounts and links carry. Otherwise the integration API's items as they are.
const withoutPremiseId = <S extends TObject>(schema: S, key: string) =>
  Type.Object({
    ...schema.properties,
    [key]: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  });

const SCHEMAS = {
  client: Compile(IntegrationClient),
  premise: Compile(withoutPremiseId(IntegrationPremise, 'externalId')),
  account: Compile(withoutPremiseId(IntegrationAccount, 'premiseExternalId')),
  link: Compile(withoutPremiseId(IntegrationLink, 'premiseExternalId')),
};

/** Where an item's field is in the file, relative to the element. */
const COLUMNS: Record<XmlEntity, Record<string, string>> = {
  client: { externalId: '@externalId', type: '@type' },
  premise: {
    externalId: '@externalId',
    type: '@type',
    objectId: 'premises/@objectId',
    street: 'address/@street',
    house: 'address/@house',
    building: 'address/@building',
    number: 'address/@number',
    room: 'address/@room',
  },
  account: {
    number: '@number',
    els: '@els',
    externalId: '@externalId',
    hiddenFromResidents: '@hiddenFromResidents',
    legalEntityId: 'premises/@legalEntityId',
    premiseExternalId: 'premise/@externalId',
  },
  link: {
    clientExternalId: '@client',
    ownerExternalId: '@owner',
    ownerClientId: '@owner',
    role: '@role',
    share: '@share',
    onlinePayment: '@onlinePayment',
    keepOnSync: '@keepOnSync',
    premiseExternalId: 'premise/@externalId',
    ...Object.fromEntries(
      ['ddu', 'act', 'certificate', 'contract'].flatMap((doc) => [
        [`${doc}.number`, `${doc}/@number`],
        [`${doc}.date`, `${doc}/@date`],
      ]),
    ),
  },
};

const columnOf = (entity: XmlEntity, field: string) => COLUMNS[entity][field] ?? field;

/** Messages clearer than the schema's for the fields a file most often gets wrong. */
function betterMessage(entity: XmlEntity, field: string, problem: FieldProblem): string {
  const column = columnOf(entity, field);
  if (problem.code === 'REQUIRED')
    return column.includes('@') ? `Обязательный атрибут ${column}` : `Обязательный элемент <${column}>`;
  if (field === 'objectId') return 'Укажите идентификатор объекта Domovoy (UUID из GET /api/objects)';
  if (field === 'legalEntityId')
    return 'Укажите идентификатор юрлица Domovoy (UUID из GET /api/legal-entities)';
  if (entity === 'premise' && field === 'type')
    return `Неизвестный тип помещения: допустимы ${PREMISE_TYPE_NAMES.join(', ')}`;
  return problem.message;
}

/** The item's schema problems, at the file's elements and attributes. */
function schemaProblems(entity: XmlEntity, item: unknown, valueAt: (column: string) => string) {
  const validator = SCHEMAS[entity];
  if (validator.Check(item)) return [];
  return toFieldProblems(validator.Errors(item) as SchemaError[]).map((problem) => ({
    column: columnOf(entity, problem.field),
    value: valueAt(columnOf(entity, problem.field)),
    code: problem.code,
    message: betterMessage(entity, problem.field, problem),
  }));
}

/** The card rules (the same the CRM's forms and the integration API apply), at the file's columns. */
function ruleProblems(entity: XmlEntity, check: () => unknown, valueAt: (column: string) => string) {
  try {
    check();
    return [];
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return (error.options.fields ?? []).map((problem) => ({
      column: columnOf(entity, problem.field),
      value: valueAt(columnOf(entity, problem.field)),
      code: problem.code,
      message: problem.message,
    }));
  }
}

/** The item's field a column of the file gives (`@owner` → `ownerExternalId`, `phone` → `phone`). */
function fieldAt(entity: XmlEntity, column: string): string {
  const found = Object.entries(COLUMNS[entity]).find(([, at]) => at === column);
  return (found?.[0] ?? column).split('.')[0] as string;
}

/**
 * The card rules of an element, given its well-typed fields (`valid`: the item without the fields
 * that already have a problem) and the names of those (`refused`). Returns the rules' check, or
 * null when they cannot run: a field they all depend on (a premise's type, a link's role) is bad.
 */
type Rules = (valid: Record<string, unknown>, refused: Set<string>) => (() => unknown) | null;

/**
 * Every problem of the element at once, as the Excel import reports every bad cell of a row:
 * the markup's, the XSD types', the schema's, then the card rules' on the fields that passed the
 * schema (the rules expect well-typed values). The first problem per column.
 */
function checked(
  entity: XmlEntity,
  raw: RawElement,
  item: Record<string, unknown>,
  read: RowProblem[],
  rules: Rules,
): { item: Record<string, unknown>; errors: RowProblem[] } {
  const valueAt = (column: string) => rawValueAt(raw, column);
  const found = [...raw.problems, ...read];
  const schema = schemaProblems(entity, item, valueAt);
  found.push(...schema);
  const refused = new Set(found.map((problem) => fieldAt(entity, problem.column)));
  const valid = Object.fromEntries(Object.entries(item).filter(([field]) => !refused.has(field)));
  const check = rules(valid, refused);
  if (check) found.push(...ruleProblems(entity, check, valueAt));
  const seen = new Set<string>();
  const errors = found.filter((problem) => !seen.has(problem.column) && seen.add(problem.column));
  return { item, errors };
}

/** A client's rules on the name and the ИНН depend on its type: with a bad type, only the others. */
const TYPE_BOUND = new Set(['fullName', 'inn', 'kpp', 'ogrn', 'taxForm']);

export function clientItem(raw: RawElement) {
  const v = new XmlValues(raw);
  const item: Record<string, unknown> = {
    ...v.attribute('externalId'),
    type: v.attribute('type').type ?? 'individual',
    ...v.required('fullName'),
  };
  for (const name of [
    'phone',
    'extraPhone',
    'email',
    'inn',
    'kpp',
    'ogrn',
    'snils',
    'birthDate',
    'passport',
  ] as const)
    Object.assign(item, v.text(name));
  for (const name of ['regAddress', 'regPostcode', 'loyaltyCard', 'note'] as const)
    Object.assign(item, v.text(name));
  return checked('client', raw, item, v.problems, (valid, refused) => () => {
    const { externalId: _, ...given } = valid;
    if (!refused.has('type')) return clientValues(given as ClientInput);
    try {
      return clientValues({ ...given, type: 'individual' } as ClientInput);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const fields = (error.options.fields ?? []).filter((problem) => !TYPE_BOUND.has(problem.field));
      if (fields.length > 0) throw new AppError('VALIDATION_FAILED', { fields });
      return undefined;
    }
  });
}

/** The group's attributes, so that a problem with them shows the value written. */
function withGroup(raw: RawElement, group: XmlGroup) {
  const attributes = new Map<string, string>();
  if (group.objectId !== undefined) attributes.set('objectId', group.objectId);
  if (group.legalEntityId !== undefined) attributes.set('legalEntityId', group.legalEntityId);
  raw.parts.set('premises', attributes);
}

export function premiseItem(raw: RawElement, group: XmlGroup) {
  withGroup(raw, group);
  const v = new XmlValues(raw);
  const item: Record<string, unknown> = {
    ...v.attribute('externalId'),
    objectId: group.objectId ?? '',
    ...v.attribute('type'),
    ...v.address(),
    ...v.text('entrance'),
    ...v.integer('floor'),
    ...v.integer('rooms'),
    ...v.area('totalArea'),
    ...v.area('livingArea'),
    ...v.text('cadastralNumber'),
    ...v.integer('registeredResidents'),
    ...v.boolean('onlinePayment'),
    ...v.text('note'),
  };
  // The address parts a premise has depend on its type: with a bad type, they cannot be checked.
  return checked('premise', raw, item, v.problems, (valid, refused) =>
    refused.has('type') ? null : () => premiseValues(valid as PremiseInput),
  );
}

export function accountItem(raw: RawElement, premiseExternalId: string | undefined, group: XmlGroup) {
  withGroup(raw, group);
  const v = new XmlValues(raw);
  const item: Record<string, unknown> = {
    ...(premiseExternalId ? { premiseExternalId } : {}),
    legalEntityId: group.legalEntityId ?? '',
    ...v.attribute('number'),
    ...v.attribute('els', true),
    ...v.attribute('externalId', true),
    ...v.booleanAttribute('hiddenFromResidents'),
  };
  // A bad number is reported already: a stand-in lets the rules check the rest.
  return checked(
    'account',
    raw,
    item,
    v.problems,
    (valid) => () => accountValues({ number: '-', ...valid } as Parameters<typeof accountValues>[0]),
  );
}

/** Stands for the owner while the link's own rules are checked (the owner is found when applying). */
const SOME_OWNER = '00000000-0000-4000-8000-000000000000';

export function linkItem(raw: RawElement, premiseExternalId: string | undefined) {
  const v = new XmlValues(raw);
  const { client: clientExternalId } = v.attribute('client');
  const { owner: ownerExternalId } = v.attribute('owner');
  const item: Record<string, unknown> = {
    ...(premiseExternalId ? { premiseExternalId } : {}),
    ...(clientExternalId === undefined ? {} : { clientExternalId }),
    ...(ownerExternalId === undefined ? {} : { ownerExternalId }),
    role: v.attribute('role').role ?? 'owner',
    ...v.attribute('share', true),
    ...v.documents(),
    ...v.text('comment'),
    ...v.booleanAttribute('onlinePayment'),
    ...v.booleanAttribute('keepOnSync'),
  };
  // Who must name an owner and who has a share depend on the role: with a bad role, no rules.
  return checked('link', raw, item, v.problems, (valid, refused) => {
    if (refused.has('role')) return null;
    const { premiseExternalId: _p, clientExternalId: _c, ownerExternalId: owner, ...patch } = valid;
    return () =>
      linkValues({ ...patch, ownerClientId: owner ? SOME_OWNER : null } as Parameters<typeof linkValues>[0]);
  });
}

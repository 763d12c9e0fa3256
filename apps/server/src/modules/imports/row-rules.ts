// The rules of a whole row, as the CRM applies them to a form: premise address per type and
// areas (premise-values), account (account-values), client card (client-values) and link
// (link-values). Their field problems are reported at the file's columns.
import type { FieldProblem } from '@domovoy/contract';
import { AppError } from '../../platform/errors';
import { accountValues } from '../accounts/account-values';
import { clientValues } from '../clients/client-values';
import { linkValues } from '../links/link-values';
import { type PremiseValues, premiseValues } from '../premises/premise-values';
import type { OwnerRef } from './cell-parsers';
import type { RowValues } from './columns';

/** What the row checks need: every column's value (undefined: not in the file). */
type Values = RowValues<'consolidated'>;
export type Problem = { key: string; code: string; message: string };
/** The row's problems, and its premise as `premiseValues` made it when the row has none. */
export type RowCheck = { problems: Problem[]; premise: PremiseValues | null };

/** Runs a values function; its field problems come back as problems at the given columns. */
function problemsOf(check: () => unknown, columnOf: Record<string, string>): Problem[] {
  try {
    check();
    return [];
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return (error.options.fields ?? []).flatMap((p: FieldProblem) => {
      const key = columnOf[p.field];
      return key ? [{ key, code: p.code, message: p.message }] : [];
    });
  }
}

const PREMISE_FIELDS = {
  street: 'street',
  house: 'house',
  building: 'building',
  number: 'number',
  room: 'room',
  entrance: 'entrance',
  floor: 'floor',
  totalArea: 'totalArea',
  livingArea: 'livingArea',
  cadastralNumber: 'cadastralNumber',
  registeredResidents: 'registeredResidents',
};

/** The rows of one premise follow each other (one row per client): its check is reused. */
type Memo = { key: unknown[] | null; problems: Problem[]; premise: PremiseValues | null };

/** What a premise's check reads of a row. */
const PREMISE_CHECKED = [
  'premiseType',
  'street',
  'house',
  'building',
  'number',
  'room',
  'entrance',
  'floor',
  'rooms',
  'totalArea',
  'livingArea',
  'cadastralNumber',
  'registeredResidents',
] as const;

/** The row has the premise of `key`: the same values, an empty one null or undefined alike. */
function samePremise(v: Values, key: unknown[] | null): boolean {
  if (key === null) return false;
  for (let i = 0; i < PREMISE_CHECKED.length; i++) {
    const a = v[PREMISE_CHECKED[i] as keyof Values];
    const b = key[i];
    if (a !== b && !(a == null && b == null)) return false;
  }
  return true;
}

function premiseProblems(v: Values, lastPremise: Memo): Problem[] {
  if (!v.premiseType) {
    lastPremise.key = null;
    lastPremise.premise = null;
    return [];
  }
  if (samePremise(v, lastPremise.key)) return lastPremise.problems;
  lastPremise.key = PREMISE_CHECKED.map((field) => v[field]);
  lastPremise.premise = null;
  lastPremise.problems = problemsOf(() => {
    lastPremise.premise = premiseValues({
      objectId: '',
      type: v.premiseType as NonNullable<Values['premiseType']>,
      street: v.street ?? null,
      house: v.house ?? null,
      building: v.building ?? null,
      number: v.number ?? null,
      room: v.room ?? null,
      entrance: v.entrance ?? null,
      floor: v.floor ?? null,
      rooms: v.rooms ?? null,
      totalArea: v.totalArea ?? null,
      livingArea: v.livingArea ?? null,
      cadastralNumber: v.cadastralNumber ?? null,
      registeredResidents: v.registeredResidents ?? null,
    });
  }, PREMISE_FIELDS);
  return lastPremise.problems;
}

function accountProblems(v: Values): Problem[] {
  const given = [v.accountNumber, v.els, v.accountExternalId].some((x) => x != null) || v.accountHidden;
  if (!given) return [];
  return problemsOf(
    () =>
      accountValues({
        legalEntityId: '',
        number: v.accountNumber ?? '',
        els: v.els ?? null,
        externalId: v.accountExternalId ?? null,
      }),
    { number: 'accountNumber', els: 'els' },
  );
}

const CLIENT_KEYS = [
  'clientFullName',
  'clientPhone',
  'clientExtraPhone',
  'clientEmail',
  'clientType',
  'clientInn',
  'clientKpp',
  'clientOgrn',
  'clientSnils',
  'clientPassport',
  'clientBirthDate',
  'clientExternalId',
  'clientCode',
  'clientTags',
] as const;
const LINK_KEYS = [
  'role',
  'owner',
  'share',
  'dduNumber',
  'dduDate',
  'actNumber',
  'actDate',
  'certificateNumber',
  'certificateDate',
  'contractNumber',
  'contractDate',
] as const;

const CLIENT_AND_LINK_KEYS = [...CLIENT_KEYS, ...LINK_KEYS];

const PREMISE_KEYS = [
  'premiseType',
  'street',
  'house',
  'building',
  'number',
  'room',
  'address',
  'premiseExternalId',
  'entrance',
  'floor',
  'rooms',
  'totalArea',
  'livingArea',
  'cadastralNumber',
  'registeredResidents',
  'premiseTags',
] as const;
const ACCOUNT_KEYS = ['accountNumber', 'els', 'accountExternalId'] as const;

const hasAny = (v: Values, keys: readonly (keyof Values)[]) =>
  keys.some((key) => {
    const value = v[key];
    return value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0);
  });

const CLIENT_FIELDS = {
  fullName: 'clientFullName',
  phone: 'clientPhone',
  email: 'clientEmail',
  inn: 'clientInn',
  kpp: 'clientKpp',
  ogrn: 'clientOgrn',
  snils: 'clientSnils',
  passport: 'clientPassport',
  birthDate: 'clientBirthDate',
};

function clientProblems(v: Values): Problem[] {
  const problems = problemsOf(
    () =>
      clientValues({
        type: v.clientType ?? 'individual',
        fullName: v.clientFullName ?? '',
        // The cell parser has normalised the phone already (the same contract function).
        phone: null,
        email: v.clientEmail ?? null,
        inn: v.clientInn ?? null,
        kpp: v.clientKpp ?? null,
        ogrn: v.clientOgrn ?? null,
        snils: v.clientSnils ?? null,
        passport: v.clientPassport ?? null,
        birthDate: v.clientBirthDate ?? null,
      }),
    CLIENT_FIELDS,
  );
  if (problems.length === 0) return problems;
  return problems.map((p) =>
    p.key === 'clientFullName' && p.code === 'REQUIRED'
      ? { ...p, message: 'Укажите ФИО или наименование клиента' }
      : p,
  );
}

const LINK_FIELDS = { ownerClientId: 'owner', share: 'share' };

function linkProblems(v: Values): Problem[] {
  if (!v.role) {
    return [{ key: 'role', code: 'REQUIRED', message: 'Укажите основание: роль клиента в помещении' }];
  }
  const owner = v.owner as OwnerRef | null | undefined;
  const doc = (number: string | null | undefined, date: string | null | undefined) => ({
    number: number ?? null,
    date: date ?? null,
  });
  return problemsOf(
    () =>
      linkValues({
        role: v.role as NonNullable<Values['role']>,
        // The owner is found later (in the file or the base); here only whether one is named counts.
        ownerClientId: owner ? owner.externalId : null,
        share: v.share ?? null,
        ddu: doc(v.dduNumber, v.dduDate),
        act: doc(v.actNumber, v.actDate),
        certificate: doc(v.certificateNumber, v.certificateDate),
        contract: doc(v.contractNumber, v.contractDate),
        keepOnSync: v.keepOnSync ?? false,
      }),
    LINK_FIELDS,
  );
}

/**
 * The checker of a file's rows: problems of a row as a whole. Columns whose cell already failed
 * are passed as empty, so they are not reported twice (`failed` holds their keys).
 */
export function rowChecker(): (values: Values, failed: ReadonlySet<string>) => RowCheck {
  const lastPremise: Memo = { key: null, problems: [], premise: null };
  return (values, failed) => {
    const problems = rowProblems(values, failed, lastPremise);
    return { problems, premise: problems.length === 0 ? lastPremise.premise : null };
  };
}

function rowProblems(values: Values, failed: ReadonlySet<string>, lastPremise: Memo): Problem[] {
  let v = values;
  if (failed.size > 0) {
    v = { ...values };
    for (const key of failed) (v as Record<string, unknown>)[key] = undefined;
  }
  const problems = [...premiseProblems(v, lastPremise), ...accountProblems(v)];
  const keys = CLIENT_AND_LINK_KEYS;
  const clientGiven = hasAny(v, keys) || keys.some((key) => failed.has(key));
  // A client alone (a clients export read back): found by phone or external id, no premise, no role.
  if (!hasPremise(v, failed) && clientGiven) return clientAloneProblems(v, failed);
  // A row of an export names its premise by the address text or the external id (found at apply).
  const namesExisting = Boolean(v.address || v.premiseExternalId);
  if (!v.premiseType && !failed.has('premiseType') && !namesExisting) {
    problems.push({ key: 'premiseType', code: 'REQUIRED', message: 'Укажите тип помещения' });
  }
  if (clientGiven) problems.push(...clientProblems(v), ...linkProblems(v));
  return problems.filter((p) => !failed.has(p.key));
}

/** Whether the row says anything of a premise or an account. */
function hasPremise(v: Values, failed: ReadonlySet<string>): boolean {
  return (
    hasAny(v, PREMISE_KEYS) ||
    PREMISE_KEYS.some((key) => failed.has(key)) ||
    hasAny(v, ACCOUNT_KEYS) ||
    ACCOUNT_KEYS.some((key) => failed.has(key))
  );
}

function clientAloneProblems(v: Values, failed: ReadonlySet<string>): Problem[] {
  const problems = clientProblems(v);
  if (
    !v.clientPhone &&
    !v.clientExternalId &&
    !v.clientCode &&
    !failed.has('clientPhone') &&
    !failed.has('clientCode')
  ) {
    problems.push({
      key: 'clientPhone',
      code: 'REQUIRED',
      message:
        'Клиента без помещения можно найти только по коду в Домовом, телефону или внешнему идентификатору: укажите их',
    });
  }
  if (hasAny(v, LINK_KEYS)) {
    problems.push({
      key: 'premiseType',
      code: 'REQUIRED',
      message: 'Для роли в помещении укажите помещение: тип и адрес',
    });
  }
  return problems.filter((p) => !failed.has(p.key));
}

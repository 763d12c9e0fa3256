import {
  type ClientBody,
  type ClientType,
  FIELD_ERROR_MESSAGES,
  type FieldErrorCode,
  type FieldProblem,
  innKind,
  normalizeEmail,
  normalizeInn,
  normalizeKpp,
  normalizeOgrn,
  normalizePassport,
  normalizePhone,
  normalizeSnils,
  ogrnKind,
  phoneSearchDigits,
} from '@domovoy/contract';
import { AppError } from '../../platform/errors';
import { tidySpaces } from '../../platform/tidy-spaces';

/** The state of a client card as validated: what the row stores (without keys and audit). */
export type ClientValues = {
  type: ClientType;
  taxForm: string | null;
  fullName: string;
  nameNorm: string;
  phone: string | null;
  phoneDigits: string | null;
  extraPhone: string | null;
  email: string | null;
  gender: string | null;
  birthDate: string | null;
  passport: string | null;
  passportComment: string | null;
  regAddress: string | null;
  regPostcode: string | null;
  regComment: string | null;
  inn: string | null;
  kpp: string | null;
  ogrn: string | null;
  snils: string | null;
  loyaltyCard: string | null;
  status: string;
  tester: boolean;
  note: string | null;
};

export type ClientInput = Omit<ClientBody, 'tags' | 'externalId'>;

const clean = (value: string | null | undefined) => (value ? tidySpaces(value) : '') || null;

// C-5: a person's name is letters only (any alphabet), with space, hyphen and apostrophe.
const PERSON_NAME = /^\p{L}[\p{L}\p{M} '’-]*$/u;
// An organisation's name also has digits, quotes and punctuation: ООО «Ромашка-2», АО "Дом".
const ORGANISATION_NAME = /^[\p{L}\p{N}][\p{L}\p{M}\p{N} '’"«»„“.,&()№/+-]*$/u;

export function normalizeName(name: string): string {
  return tidySpaces(name).toLowerCase().replaceAll('ё', 'е');
}

type Checker = (field: string, code: FieldErrorCode | string, message?: string) => void;

function checkDocuments(input: ClientInput, type: ClientType, problem: Checker) {
  const out = { passport: null as string | null, inn: null as string | null, snils: null as string | null };
  if (clean(input.passport)) {
    const r = normalizePassport(input.passport ?? '');
    if (r.ok) out.passport = r.value;
    else problem('passport', r.code);
  }
  if (clean(input.inn)) {
    const r = normalizeInn(input.inn ?? '');
    const person = type === 'individual' || type === 'entrepreneur';
    if (!r.ok) problem('inn', r.code);
    else if (person !== (innKind(r.value) === 'individual')) {
      problem(
        'inn',
        'INN_KIND_MISMATCH',
        person ? 'У физического лица и ИП ИНН из 12 цифр' : 'У организации ИНН из 10 цифр',
      );
    } else out.inn = r.value;
  }
  if (clean(input.snils)) {
    const r = normalizeSnils(input.snils ?? '');
    if (r.ok) out.snils = r.value;
    else problem('snils', r.code);
  }
  return { ...out, ...checkRegistry(input, type, problem) };
}

/**
 * Issue 15: a company's КПП (organisations only: a legal entity, a foreign one's branch) and its
 * ОГРН — 13 digits for a legal entity, the ОГРНИП of 15 for an ИП; a person has neither.
 */
function checkRegistry(input: ClientInput, type: ClientType, problem: Checker) {
  const out = { kpp: null as string | null, ogrn: null as string | null };
  const organisation = type === 'legal' || type === 'foreign_branch';
  if (clean(input.kpp)) {
    const r = normalizeKpp(input.kpp ?? '');
    if (!organisation) problem('kpp', 'KPP_NOT_FOR_TYPE', 'КПП указывается только у организации');
    else if (r.ok) out.kpp = r.value;
    else problem('kpp', r.code);
  }
  if (clean(input.ogrn)) {
    const r = normalizeOgrn(input.ogrn ?? '');
    if (type !== 'legal' && type !== 'entrepreneur') {
      problem('ogrn', 'OGRN_NOT_FOR_TYPE', 'ОГРН указывается только у юридического лица и ИП');
    } else if (!r.ok) problem('ogrn', r.code);
    else if ((type === 'entrepreneur') !== (ogrnKind(r.value) === 'individual')) {
      problem(
        'ogrn',
        'OGRN_KIND_MISMATCH',
        type === 'entrepreneur' ? 'У ИП ОГРНИП из 15 цифр' : 'У юридического лица ОГРН из 13 цифр',
      );
    } else out.ogrn = r.value;
  }
  return out;
}

function checkPerson(input: ClientInput, type: ClientType, problem: Checker) {
  const fullName = clean(input.fullName) ?? '';
  const person = type === 'individual' || type === 'entrepreneur';
  if (!fullName) problem('fullName', 'REQUIRED', 'Заполните поле');
  else if (!(person ? PERSON_NAME : ORGANISATION_NAME).test(fullName)) problem('fullName', 'NAME_LETTERS');
  if (type === 'individual' && input.taxForm) {
    problem(
      'taxForm',
      'TAX_FORM_NOT_FOR_INDIVIDUAL',
      'Форма налогообложения указывается только не для физических лиц',
    );
  }
  const birthDate = input.birthDate ?? null;
  if (birthDate && (birthDate < '1900-01-01' || birthDate > new Date().toISOString().slice(0, 10))) {
    problem('birthDate', 'BIRTH_DATE_RANGE', 'Дата рождения не может быть в будущем или раньше 1900 года');
  }
  return { fullName, birthDate };
}

function checkContacts(input: ClientInput, problem: Checker) {
  let phone: string | null = null;
  if (clean(input.phone)) {
    const r = normalizePhone(input.phone ?? '');
    if (r.ok) phone = r.value;
    else problem('phone', r.code);
  }
  let extraPhone: string | null = null;
  if (clean(input.extraPhone)) {
    const r = normalizePhone(input.extraPhone ?? '');
    if (r.ok) extraPhone = r.value;
    else problem('extraPhone', r.code);
  }
  const typed = clean(input.email);
  const checked = typed ? normalizeEmail(typed) : null;
  if (checked && !checked.ok) problem('email', checked.code);
  const email = checked?.ok ? checked.value : (typed?.toLowerCase() ?? null);
  const regPostcode = clean(input.regPostcode);
  if (regPostcode && !/^\d{6}$/.test(regPostcode)) problem('regPostcode', 'POSTCODE_FORMAT');
  return { phone, extraPhone, email, regPostcode };
}

/** C-5, C-6: validates a card's full state, with a Russian message per field. */
export function clientValues(input: ClientInput): ClientValues {
  const problems: FieldProblem[] = [];
  const problem: Checker = (field, code, message) =>
    problems.push({
      field,
      code,
      message: message ?? FIELD_ERROR_MESSAGES[code as FieldErrorCode] ?? 'Неверное значение',
    });
  const type = input.type ?? 'individual';
  const { fullName, birthDate } = checkPerson(input, type, problem);
  const documents = checkDocuments(input, type, problem);
  const { phone, extraPhone, email, regPostcode } = checkContacts(input, problem);
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', { fields: problems });
  return {
    type,
    taxForm: type === 'individual' ? null : (input.taxForm ?? null),
    fullName,
    nameNorm: normalizeName(fullName),
    phone,
    phoneDigits: phone ? phoneSearchDigits(phone) : null,
    extraPhone,
    email,
    gender: input.gender ?? null,
    birthDate,
    ...documents,
    passportComment: input.passportComment?.trim() || null,
    regAddress: clean(input.regAddress),
    regPostcode,
    regComment: input.regComment?.trim() || null,
    loyaltyCard: clean(input.loyaltyCard),
    status: input.status ?? 'active',
    tester: input.tester ?? false,
    note: input.note?.trim() || null,
  };
}

import {
  FIELD_ERROR_MESSAGES,
  type FieldProblem,
  type LinkPatch,
  type LinkRole,
  ownerRequired,
  parseShare,
  SHARE_ROLES,
} from '@domovoy/contract';
import { AppError } from '../../platform/errors';
import { tidySpaces } from '../../platform/tidy-spaces';
import type { LinkRecord } from './links.repository';

/** What a link row stores besides its keys and authorship (L-2), as validated. */
export type LinkValues = {
  role: LinkRole;
  ownerClientId: string | null;
  dduNumber: string | null;
  dduDate: string | null;
  actNumber: string | null;
  actDate: string | null;
  certificateNumber: string | null;
  certificateDate: string | null;
  contractNumber: string | null;
  contractDate: string | null;
  shareNumerator: number | null;
  shareDenominator: number | null;
  comment: string | null;
  onlinePayment: boolean;
  keepOnSync: boolean;
  /** APP-8: a tenant's rent date (due on that day of every month); only tenants have one. */
  rentDate: string | null;
};

/** L-1: a new link; «клиент будет добавлен собственником помещения» unless told otherwise. */
export const NEW_LINK: LinkValues = {
  role: 'owner',
  ownerClientId: null,
  dduNumber: null,
  dduDate: null,
  actNumber: null,
  actDate: null,
  certificateNumber: null,
  certificateDate: null,
  contractNumber: null,
  contractDate: null,
  shareNumerator: null,
  shareDenominator: null,
  comment: null,
  onlinePayment: true,
  keepOnSync: false,
  rentDate: null,
};

const DOCUMENTS = ['ddu', 'act', 'certificate', 'contract'] as const;
type DocInput = { number?: string | null; date?: string | null } | undefined;

const clean = (value: string | null | undefined) => (value ? tidySpaces(value) : '') || null;
const pick = <T>(value: T | undefined, fallback: T): T => (value === undefined ? fallback : value);

function mergeDocuments(input: LinkPatch, before: LinkValues) {
  const out: Partial<LinkValues> = {};
  for (const doc of DOCUMENTS) {
    const given: DocInput = input[doc];
    out[`${doc}Number`] = clean(pick(given?.number, before[`${doc}Number`]));
    out[`${doc}Date`] = pick(given?.date, before[`${doc}Date`]);
  }
  return out;
}

function mergeShare(input: LinkPatch, before: LinkValues, problems: FieldProblem[]) {
  const kept = { shareNumerator: before.shareNumerator, shareDenominator: before.shareDenominator };
  if (input.share === undefined) return kept;
  const text = clean(input.share);
  if (!text) return { shareNumerator: null, shareDenominator: null };
  const parsed = parseShare(text);
  if (parsed.ok)
    return { shareNumerator: parsed.value.numerator, shareDenominator: parsed.value.denominator };
  problems.push({ field: 'share', code: parsed.code, message: FIELD_ERROR_MESSAGES[parsed.code] });
  return kept;
}

/**
 * APP-8: a rent date given is kept (and refused below on a role other than tenant); a stored one
 * goes when the role stops being tenant without the edit naming it — it means nothing there.
 */
function mergeRentDate(input: LinkPatch, before: LinkValues): string | null {
  if (input.rentDate !== undefined) return input.rentDate;
  const role = pick(input.role, before.role);
  return role === 'tenant' ? before.rentDate : null;
}

/** L-2 rules that need nothing but the link itself: who names an owner, who holds a share. */
function checkOwnRules(values: LinkValues, problems: FieldProblem[]) {
  if (ownerRequired(values.role) && !values.ownerClientId) {
    problems.push({
      field: 'ownerClientId',
      code: 'OWNER_REQUIRED',
      message: 'Укажите собственника, от которого зависит клиент',
    });
  }
  if (values.role === 'owner' && values.ownerClientId) {
    problems.push({
      field: 'ownerClientId',
      code: 'OWNER_NOT_ALLOWED',
      message: 'Собственник ни от кого не зависит: уберите выбранного собственника',
    });
  }
  if (values.rentDate !== null && values.role !== 'tenant') {
    problems.push({
      field: 'rentDate',
      code: 'RENT_DATE_NOT_ALLOWED',
      message: 'Дату арендной платы указывают только арендатору',
    });
  }
  const shareRefused = problems.some((problem) => problem.field === 'share');
  if (values.shareNumerator !== null && !SHARE_ROLES.includes(values.role) && !shareRefused) {
    problems.push({
      field: 'share',
      code: 'SHARE_NOT_ALLOWED',
      message: 'Долю в праве собственности указывают только собственнику или неподтверждённому собственнику',
    });
  }
}

/**
 * The link as it will be: `before` (a new link's defaults or the stored link) with the input
 * laid over it, validated as a whole (L-2). Nothing is silently dropped: a share left on a
 * role that cannot hold one, or an owner named for an owner, is refused.
 */
export function linkValues(input: LinkPatch, before: LinkValues = NEW_LINK): LinkValues {
  const problems: FieldProblem[] = [];
  const values: LinkValues = {
    ...before,
    role: pick(input.role, before.role),
    ownerClientId: pick(input.ownerClientId, before.ownerClientId),
    ...mergeDocuments(input, before),
    ...mergeShare(input, before, problems),
    comment: input.comment === undefined ? before.comment : input.comment?.trim() || null,
    onlinePayment: pick(input.onlinePayment, before.onlinePayment),
    keepOnSync: pick(input.keepOnSync, before.keepOnSync),
    rentDate: mergeRentDate(input, before),
  };
  checkOwnRules(values, problems);
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', { fields: problems });
  return values;
}

/** The stored values of a link, for laying a patch over them. */
export function valuesOf(link: LinkRecord): LinkValues {
  const { ownerClientId, dduNumber, dduDate, actNumber, actDate, certificateNumber, certificateDate } = link;
  const {
    contractNumber,
    contractDate,
    shareNumerator,
    shareDenominator,
    comment,
    onlinePayment,
    keepOnSync,
    rentDate,
  } = link;
  return {
    role: link.role as LinkRole,
    ownerClientId,
    dduNumber,
    dduDate,
    actNumber,
    actDate,
    certificateNumber,
    certificateDate,
    contractNumber,
    contractDate,
    shareNumerator,
    shareDenominator,
    comment,
    onlinePayment,
    keepOnSync,
    rentDate,
  };
}

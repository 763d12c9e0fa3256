import {
  type ClientPremiseLink,
  formatPhone,
  formatPremiseAddress,
  formatShare,
  LINK_ROLES,
  type LinkAccount,
  type LinkRole,
  type PremiseLink,
  type PremiseType,
  type Share,
} from '@domovoy/contract';
import { maskedFlags, type PiiAccess, showContact, showName } from '../../platform/pii';
import type { LinkRecord, LinkRow } from './links.repository';

export function shareOf(link: Pick<LinkRecord, 'shareNumerator' | 'shareDenominator'>): Share | null {
  const { shareNumerator: numerator, shareDenominator: denominator } = link;
  return numerator !== null && denominator !== null ? { numerator, denominator } : null;
}

const premiseAddress = (row: LinkRow) => formatPremiseAddress(row.premise.type as PremiseType, row.premise);
const doc = (number: string | null, date: string | null) => ({ number, date });

/** L-4: who added the link. A resident's name is personal data like any other. */
function addedBy(row: LinkRow, access: PiiAccess): PremiseLink['addedBy'] {
  const kind = row.link.addedByKind as PremiseLink['addedBy']['kind'];
  if (kind === 'staff') return { kind, name: row.addedByStaffName };
  if (kind === 'resident')
    return { kind, name: row.addedByClientName && showName(row.addedByClientName, access) };
  return { kind, name: null };
}

/** L-2 with R-3: names and phones are masked here, as the clients view masks them. */
export function mapLink(row: LinkRow, access: PiiAccess): PremiseLink {
  const l = row.link;
  const share = shareOf(l);
  return {
    id: l.id,
    premiseId: l.premiseId,
    premiseAddress: premiseAddress(row),
    objectName: row.objectName,
    clientId: l.clientId,
    clientName: showName(row.clientName, access),
    clientPhone: showContact(row.clientPhone ? formatPhone(row.clientPhone) : null, access),
    clientStatus: row.clientStatus as PremiseLink['clientStatus'],
    role: l.role as LinkRole,
    roleLabel: LINK_ROLES[l.role as LinkRole].label,
    ownerClientId: l.ownerClientId,
    ownerName: showName(row.ownerName, access),
    ddu: doc(l.dduNumber, l.dduDate),
    act: doc(l.actNumber, l.actDate),
    certificate: doc(l.certificateNumber, l.certificateDate),
    contract: doc(l.contractNumber, l.contractDate),
    share: share && formatShare(share),
    comment: l.comment,
    onlinePayment: l.onlinePayment,
    keepOnSync: l.keepOnSync,
    rentDate: l.rentDate,
    addedBy: addedBy(row, access),
    masked: maskedFlags(access),
    createdAt: l.createdAt.toISOString(),
    updatedAt: l.updatedAt.toISOString(),
  };
}

type AccountRow = LinkAccount & { premiseId: string };

/** The client card's «Помещения»: the link with its premise's personal accounts. */
export function mapClientPremiseLink(
  row: LinkRow,
  accounts: AccountRow[],
  access: PiiAccess,
): ClientPremiseLink {
  const own = accounts.filter((account) => account.premiseId === row.link.premiseId);
  return {
    ...mapLink(row, access),
    accounts: own.map(({ id, number, legalEntityName, hiddenFromResidents }) => ({
      id,
      number,
      legalEntityName,
      hiddenFromResidents,
    })),
  };
}

/**
 * What the change history records of a link: values as shown — the premise's address,
 * the client's and the owner's names (masked on reading, R-3), the role's label, «1/2».
 */
export function linkHistoryFields(row: LinkRow) {
  const share = shareOf(row.link);
  return {
    ...row.link,
    premise: premiseAddress(row),
    client: row.clientName,
    role: LINK_ROLES[row.link.role as LinkRole].label,
    owner: row.ownerName,
    share: share && formatShare(share),
  };
}

/** a link's entries belong to both cards, the premise's and the client's. */
export function linkHistoryKeys(row: LinkRow) {
  const { id: entityId, premiseId, clientId } = row.link;
  return { entityType: 'link' as const, entityId, premiseId, clientId };
}

export const LINK_HISTORY_FIELDS = [
  'premise',
  'client',
  'role',
  'owner',
  'dduNumber',
  'dduDate',
  'actNumber',
  'actDate',
  'certificateNumber',
  'certificateDate',
  'contractNumber',
  'contractDate',
  'share',
  'comment',
  'onlinePayment',
  'keepOnSync',
  'rentDate',
] as const;

import {
  CLIENT_TYPES,
  type Client,
  type ClientListItem,
  type ClientPremiseRef,
  type ClientType,
  type ExternalId,
  formatPassport,
  formatPhone,
  formatPremiseAddress,
  formatSnils,
  type LinkRole,
  PREMISE_TYPES,
  type PremiseType,
  type Share,
} from '@domovoy/contract';
import type { clientExternalIds } from '../../db/schema';
import { maskedFlags, type PiiAccess, showContact, showName } from '../../platform/pii';
import { clientPhotoUrl } from './client-photo';
import type { ClientRow, PremiseRefRow } from './clients.repository';
import type { ClientExportRecord } from './export-clients.repository';

const iso = (date: Date | null) => (date ? date.toISOString() : null);
const actorRef = (id: string | null, name: string | null) => (id && name ? { id, name } : null);

export function mapPremiseRef(ref: PremiseRefRow): ClientPremiseRef {
  return {
    linkId: ref.linkId,
    premiseId: ref.premiseId,
    fullAddress: formatPremiseAddress(ref.type as PremiseType, ref),
    objectName: ref.objectName,
    role: ref.role as LinkRole,
  };
}

/** C-1 with R-3: the masking of names and contacts happens here and nowhere else. */
export function mapClientListItem(row: ClientRow, access: PiiAccess): ClientListItem {
  const c = row.client;
  return {
    id: c.id,
    type: c.type as ClientListItem['type'],
    fullName: showName(c.fullName, access),
    phone: showContact(c.phone ? formatPhone(c.phone) : null, access),
    status: c.status as ClientListItem['status'],
    source: c.source as ClientListItem['source'],
    premises: row.premises.map(mapPremiseRef),
    hasApp: c.firstLoginAt !== null,
    lastVisitAt: iso(c.lastVisitAt),
    tags: row.tags,
    masked: maskedFlags(access),
  };
}

export function mapExternalId(row: typeof clientExternalIds.$inferSelect): ExternalId {
  return {
    id: row.id,
    clientId: row.clientId,
    source: row.source,
    externalId: row.externalId,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function mapClient(row: ClientRow, externalIds: ExternalId[], access: PiiAccess): Client {
  const c = row.client;
  return {
    ...mapClientListItem(row, access),
    taxForm: c.taxForm as Client['taxForm'],
    tester: c.tester,
    extraPhone: showContact(c.extraPhone ? formatPhone(c.extraPhone) : null, access),
    email: showContact(c.email, access),
    gender: c.gender as Client['gender'],
    birthDate: showName(c.birthDate, access),
    passport: showName(c.passport && formatPassport(c.passport), access),
    passportComment: showName(c.passportComment, access),
    regAddress: showName(c.regAddress, access),
    regPostcode: showName(c.regPostcode, access),
    regComment: showName(c.regComment, access),
    inn: showName(c.inn, access),
    kpp: showName(c.kpp, access),
    ogrn: showName(c.ogrn, access),
    snils: showName(c.snils && formatSnils(c.snils), access),
    loyaltyCard: c.loyaltyCard,
    note: c.note,
    firstLoginAt: iso(c.firstLoginAt),
    // C-7: once the person has seen this card in the app, the phone is their login here. Decided by
    // this card alone: another organisation's cards of the account are not this tenant's business.
    phoneEditable: c.firstLoginAt === null,
    // the photo goes with the name (client-photo.ts).
    photoUrl: access.name ? clientPhotoUrl(c.id, c) : null,
    externalIds,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    createdBy: actorRef(c.createdBy, row.createdByName),
    updatedBy: actorRef(c.updatedBy, row.updatedByName),
  };
}

/** What the change history records of a client. */
export function clientHistoryView(row: ClientRow) {
  return { ...row.client, tags: row.tags };
}

export const CLIENT_HISTORY_FIELDS = [
  'type',
  'taxForm',
  'fullName',
  'phone',
  'extraPhone',
  'email',
  'gender',
  'birthDate',
  'passport',
  'passportComment',
  'regAddress',
  'regPostcode',
  'regComment',
  'inn',
  'kpp',
  'ogrn',
  'snils',
  'loyaltyCard',
  'status',
  'tester',
  'note',
  'tags',
] as const;

/** A premise of the client in the export: its object, address, the client's role and share there, entrance and floor. */
export type ClientExportPremise = {
  objectName: string;
  address: string;
  role: LinkRole;
  share: Share | null;
  entrance: string | null;
  floor: number | null;
};

/** C-9: one row of the clients export. Masked values are `PII_MASK`. */
export type ClientExportRow = {
  /** The card's own code in Domovoy: the consolidated import finds exactly this client by it. */
  id: string;
  /** «Физическое лицо», «Юридическое лицо»…: the import reads the name by it. */
  typeLabel: string;
  fullName: string;
  appName: string | null;
  phone: string | null;
  email: string | null;
  /** ГГГГ-ММ-ДД, or the mask. */
  birthDate: string | null;
  premises: ClientExportPremise[];
  accounts: string[];
  firstLoginAt: Date | null;
  lastVisitAt: Date | null;
  externalIds: { source: string; externalId: string }[];
  loyaltyCard: string | null;
  extraPhone: string | null;
  kpp: string | null;
  ogrn: string | null;
};

/** C-9 with R-3: names, the birth date, phones and e-mails are masked here as in the list. */
export function mapClientExportRow(
  c: ClientExportRecord,
  appName: string | null,
  access: PiiAccess,
): ClientExportRow {
  return {
    id: c.id,
    typeLabel: CLIENT_TYPES[c.type as ClientType] ?? c.type,
    fullName: showName(c.fullName, access),
    appName: showName(appName, access),
    phone: showContact(c.phone ? formatPhone(c.phone) : null, access),
    email: showContact(c.email, access),
    birthDate: showName(c.birthDate, access),
    premises: c.premises.map((p) => {
      const type = p.type as PremiseType;
      const inBuilding = PREMISE_TYPES[type].inBuilding;
      return {
        objectName: p.objectName,
        address: formatPremiseAddress(type, p),
        role: p.role as LinkRole,
        share:
          p.shareNumerator !== null && p.shareDenominator !== null
            ? { numerator: p.shareNumerator, denominator: p.shareDenominator }
            : null,
        entrance: inBuilding ? p.entrance : null,
        floor: inBuilding ? p.floor : null,
      };
    }),
    accounts: c.accounts,
    firstLoginAt: c.firstLoginAt,
    lastVisitAt: c.lastVisitAt,
    externalIds: c.externalIds,
    loyaltyCard: c.loyaltyCard,
    extraPhone: showContact(c.extraPhone ? formatPhone(c.extraPhone) : null, access),
    kpp: showName(c.kpp, access),
    ogrn: showName(c.ogrn, access),
  };
}

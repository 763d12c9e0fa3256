import { type LinkPatch, type LinkRole, type PremiseLink, SHARE_ROLES } from '@domovoy/contract';
import type dayjs from 'dayjs';
import { emptyToNull, fromDayjs, toDayjs } from '../../shared/format';

// L-2: the link form's values ↔ the API's link fields.

export const DOCS = [
  { key: 'ddu', number: 'Номер ДДУ', date: 'Дата ДДУ' },
  { key: 'act', number: 'Номер акта приёмки', date: 'Дата подписания' },
  { key: 'certificate', number: 'Номер свидетельства', date: 'Дата свидетельства' },
  { key: 'contract', number: 'Номер договора управления', date: 'Дата договора' },
] as const;

/**
 * The documents that fit a role (issue 17): an owner's title documents and the management
 * contract; a representative signs the contract; a resident or a tenant has none of them (a
 * tenant has the rent date instead). Values of hidden documents are kept, not erased.
 */
export function docsFor(role: LinkRole): readonly (typeof DOCS)[number][] {
  if (role === 'owner' || role === 'unconfirmed_owner') return DOCS;
  if (role === 'representative') return DOCS.filter((d) => d.key === 'contract');
  return [];
}

type DocKey = (typeof DOCS)[number]['key'];
type DocValue = { number?: string | null; date?: dayjs.Dayjs | null };

export type LinkFormValues = {
  role?: LinkRole;
  ownerClientId?: string | null;
  share?: string | null;
  comment?: string | null;
  onlinePayment?: boolean;
  keepOnSync?: boolean;
  rentDate?: dayjs.Dayjs | null;
} & Partial<Record<DocKey, DocValue>>;

export const linkToForm = (link: PremiseLink): LinkFormValues => ({
  role: link.role,
  ownerClientId: link.ownerClientId,
  share: link.share,
  comment: link.comment,
  onlinePayment: link.onlinePayment,
  keepOnSync: link.keepOnSync,
  rentDate: toDayjs(link.rentDate),
  ...Object.fromEntries(
    DOCS.map(({ key }) => [key, { number: link[key].number, date: toDayjs(link[key].date) }]),
  ),
});

export function formToLink(values: LinkFormValues): LinkPatch {
  const role = values.role ?? 'owner';
  const body: LinkPatch = {
    role,
    ownerClientId: role === 'owner' ? null : (values.ownerClientId ?? null),
    share: SHARE_ROLES.includes(role) ? emptyToNull(values.share) : null,
    comment: emptyToNull(values.comment),
    onlinePayment: values.onlinePayment ?? true,
    keepOnSync: values.keepOnSync ?? false,
    rentDate: role === 'tenant' ? fromDayjs(values.rentDate) : null,
  };
  for (const { key } of DOCS) {
    body[key] = { number: emptyToNull(values[key]?.number), date: fromDayjs(values[key]?.date) };
  }
  return body;
}

export const LINK_DEFAULTS: LinkFormValues = { role: 'owner', onlinePayment: true, keepOnSync: true };

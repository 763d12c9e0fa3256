// Issue 17: a premise's clients and a client's premises, each link as one entry of a cell that
// carries its role, share and documents, so that nothing has to be matched up across columns.
import { formatShare, LINK_ROLES, type LinkRole, type Share } from '@domovoy/contract';
import type { ClientExportPremise } from '../clients/clients.view';
import type { PremiseExportLink } from '../premises/premises.view';

/** Entries that hold «; » themselves: one a line. */
export const ENTRY_SEPARATOR = '\n';

/** ДД.ММ.ГГГГ of a date-only value (ГГГГ-ММ-ДД); anything else as it is. */
export function dateText(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : value;
}

export function entries(values: readonly string[]): string | null {
  return values.length > 0 ? values.join(ENTRY_SEPARATOR) : null;
}

/** «собственник, доля 1/2» — the share only where there is one. */
function roleText(role: LinkRole, share: Share | null): string {
  const label = LINK_ROLES[role].label.toLowerCase();
  return share ? `${label}, доля ${formatShare(share)}` : label;
}

/** «ДДУ № 7 от 31.01.2019»; only what is filled in. */
function documentText(title: string, number: string | null, date: string | null): string | null {
  if (!number && !date) return null;
  return [title, number && `№ ${number}`, date && `от ${dateText(date)}`].filter(Boolean).join(' ');
}

/** «Иванов И. И. (собственник, доля 1/2; свидетельство № 77-АБ 123 от 15.05.2020; ДДУ № 7 от 31.01.2019)». */
export function clientEntry(link: PremiseExportLink): string {
  const parts = [
    roleText(link.role, link.share),
    documentText('свидетельство', link.certificateNumber, link.certificateDate),
    documentText('ДДУ', link.dduNumber, link.dduDate),
    documentText('акт приёмки', link.actNumber, link.actDate),
    documentText('договор управления', link.contractNumber, link.contractDate),
  ].filter((part): part is string => part !== null);
  return `${link.client} (${parts.join('; ')})`;
}

/** «ЖК Северный: ул. Северная, д. 1, кв. 2 (собственник, доля 1/2)». */
export function premiseEntry(premise: ClientExportPremise): string {
  return `${premise.objectName}: ${premise.address} (${roleText(premise.role, premise.share)})`;
}

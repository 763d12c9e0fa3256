import { MAILING_SOURCES, type MailingSource } from '@domovoy/contract';
import { type FilterNames, filterLines } from '../../shared/filter-lines';

export type Names = FilterNames;

/**
 * «Кому» on a mailing's card: the list it was made from and that list's conditions, in the words
 * the list uses (shared/filter-lines.ts).
 */
export function audienceLines(
  source: MailingSource,
  filter: Record<string, unknown>,
  names: Names,
): { label: string; value: string }[] {
  // The whole audience may be kept ({ source, clients: {…} }) or only its list's filters.
  const nested = filter.clients ?? filter.premises;
  const conditions = {
    ...(nested && typeof nested === 'object' ? (nested as Record<string, unknown>) : filter),
  };
  if (typeof conditions.source === 'string' && conditions.source in MAILING_SOURCES) delete conditions.source;
  if (source === 'client') delete conditions.clientId;
  const lines = [{ label: 'Откуда', value: MAILING_SOURCES[source] }, ...filterLines(conditions, names)];
  if (lines.length === 1 && source !== 'client')
    lines.push({ label: 'Условия', value: 'все клиенты списка' });
  return lines;
}

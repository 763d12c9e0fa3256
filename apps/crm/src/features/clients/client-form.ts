import type { Client, ClientBody, ClientPatch, ClientType } from '@domovoy/contract';
import type dayjs from 'dayjs';
import { emptyToNull, fromDayjs, toDayjs } from '../../shared/format';

// C-5, C-6: the client form's values ↔ the API's client fields.

export type ClientFormValues = Omit<Partial<ClientBody>, 'birthDate'> & { birthDate?: dayjs.Dayjs | null };

/** Issue 15: a КПП is an organisation's (a legal entity, a foreign one's branch). */
export const kppFits = (type: ClientType) => type === 'legal' || type === 'foreign_branch';
/** Issue 15: an ОГРН is a legal entity's (13 digits), an ОГРНИП an ИП's (15 digits). */
export const ogrnFits = (type: ClientType) => type === 'legal' || type === 'entrepreneur';

const TEXT_FIELDS = [
  'fullName',
  'phone',
  'extraPhone',
  'email',
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
  'note',
  'externalId',
] as const;

export const clientToForm = (c: Client): ClientFormValues => ({
  ...c,
  externalId: undefined,
  // a hidden birth date arrives as asterisks, which no date picker can show.
  birthDate: /^\d{4}-\d{2}-\d{2}/.test(c.birthDate ?? '') ? toDayjs(c.birthDate) : null,
});

/** Form values → API body; empty text clears the field (null). */
export function formToClient(values: ClientFormValues): ClientBody {
  const body: ClientBody = {
    ...values,
    fullName: values.fullName?.trim() ?? '',
    birthDate: fromDayjs(values.birthDate),
  };
  for (const key of TEXT_FIELDS)
    if (key in values && key !== 'fullName') body[key] = emptyToNull(values[key]);
  if (values.type === 'individual') body.taxForm = null;
  // Issue 15: КПП and ОГРН follow the type as the form shows them (a hidden field is cleared).
  if (values.type !== undefined && !kppFits(values.type)) body.kpp = null;
  if (values.type !== undefined && !ogrnFits(values.type)) body.ogrn = null;
  return body;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * C-6: only the fields that changed, so a masked value («********») is never sent back
 * a role may not write what it cannot read).
 */
export function clientChanges(client: Client, values: ClientFormValues): ClientPatch {
  const next = formToClient(values);
  const before = formToClient(clientToForm(client));
  return Object.fromEntries(
    Object.entries(next).filter(([key, value]) => !same(value, before[key as keyof typeof before])),
  ) as ClientPatch;
}

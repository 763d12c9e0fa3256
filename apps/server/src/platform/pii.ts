import { type Masked, PII_MASK } from '@domovoy/contract';
import type { Actor } from './actor';

/**
 * which personal data the caller may see. Names go with identity documents (passport,
 * ИНН, КПП, ОГРН, СНИЛС, registration address, birth date); phones (both) go with e-mails. Views mask through
 * this, so lists, cards, links, requests, history and exports mask alike.
 */
export type PiiAccess = { name: boolean; contacts: boolean };

export function piiAccess(actor: Actor): PiiAccess {
  return {
    name: actor.permissions.has('clients.pii.name'),
    contacts: actor.permissions.has('clients.pii.contacts'),
  };
}

export function maskedFlags(access: PiiAccess): Masked {
  return { name: !access.name, contacts: !access.contacts };
}

export function showName<T extends string | null>(value: T, access: PiiAccess): T | string {
  return access.name || value === null ? value : PII_MASK;
}

export function showContact<T extends string | null>(value: T, access: PiiAccess): T | string {
  return access.contacts || value === null ? value : PII_MASK;
}

/** Fields of the change history that carry personal data, by the permission that shows them. */
export const NAME_FIELDS = new Set([
  'fullName',
  'addressAs',
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
  'client',
  'owner',
  'mergedFrom',
]);
export const CONTACT_FIELDS = new Set(['phone', 'extraPhone', 'email']);

import type { ClientPatch } from '@domovoy/contract';
import { type Actor, can } from '../../platform/actor';
import { AppError } from '../../platform/errors';

const NAME_INPUTS = [
  'fullName',
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
] as const;
const CONTACT_INPUTS = ['phone', 'extraPhone', 'email'] as const;

/**
 * a role writes only the personal data it may read. Setting a hidden phone would also
 * reveal, through the «номер уже у другого клиента» answer, whose number it is.
 */
export function assertMayEditPii(actor: Actor, input: ClientPatch) {
  const touches = (fields: readonly (keyof ClientPatch)[]) =>
    fields.some((field) => input[field] !== undefined);
  if (touches(NAME_INPUTS) && !can(actor, 'clients.pii.name')) {
    throw new AppError('FORBIDDEN', {
      detail: 'Изменять ФИО и документы клиента может роль с правом их просмотра',
    });
  }
  if (touches(CONTACT_INPUTS) && !can(actor, 'clients.pii.contacts')) {
    throw new AppError('FORBIDDEN', {
      detail: 'Изменять телефон и e-mail клиента может роль с правом их просмотра',
    });
  }
}

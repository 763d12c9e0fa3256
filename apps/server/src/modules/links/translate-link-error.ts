import { foreignKeyViolation, uniqueViolation } from '../../platform/db-errors';
import { fieldError } from '../../platform/errors';

/**
 * What the database guards besides the service (a concurrent writer that skipped the premise
 * lock, a row deleted meanwhile), as the same field errors the rules give.
 */
export function translateLinkWriteError(error: unknown, linkedField = 'clientId'): never {
  if (uniqueViolation(error) === 'premise_links_key') {
    throw fieldError('CLIENT_ALREADY_LINKED', linkedField, 'Клиент уже привязан к этому помещению');
  }
  const foreignKey = foreignKeyViolation(error);
  if (foreignKey === 'premise_links_owner_fk') {
    const message = 'Этот клиент не привязан к помещению: выберите собственника этого помещения';
    throw fieldError('VALIDATION_FAILED', 'ownerClientId', message, 'OWNER_NOT_LINKED');
  }
  if (foreignKey === 'premise_links_client_fk') {
    throw fieldError('REFERENCE_NOT_FOUND', 'clientId', 'Клиент не найден');
  }
  if (foreignKey === 'premise_links_premise_fk') {
    throw fieldError('REFERENCE_NOT_FOUND', 'premiseId', 'Помещение не найдено');
  }
  throw error;
}

import { uniqueViolation } from '../../platform/db-errors';
import { AppError, fieldError } from '../../platform/errors';

/** Unique keys the database guards (two requests racing past the checks), as field errors. */
export function translateClientWriteError(error: unknown): never {
  const unique = uniqueViolation(error);
  if (unique === 'clients_phone_key' || unique === 'clients_account_key') {
    throw new AppError('PHONE_TAKEN', {
      fields: [{ field: 'phone', code: 'PHONE_TAKEN', message: 'Этот номер уже у другого клиента' }],
    });
  }
  if (unique === 'client_external_ids_key') {
    throw fieldError('EXTERNAL_ID_TAKEN', 'externalId', 'Этот внешний идентификатор уже у другого клиента');
  }
  throw error;
}

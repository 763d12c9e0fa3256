import { uniqueViolation } from '../../platform/db-errors';
import { AppError, fieldError } from '../../platform/errors';

/** Unique keys the database guards, as field errors the form can show. */
export function translatePremiseWriteError(error: unknown): never {
  const unique = uniqueViolation(error);
  if (unique === 'premises_address_key') {
    throw new AppError('PREMISE_ADDRESS_TAKEN', {
      fields: [
        {
          field: 'number',
          code: 'PREMISE_ADDRESS_TAKEN',
          message: 'Помещение с таким адресом уже есть в этом объекте',
        },
      ],
    });
  }
  if (unique === 'premises_external_id_key') {
    throw fieldError('EXTERNAL_ID_TAKEN', 'externalId', 'Этот внешний идентификатор уже у другого помещения');
  }
  throw error;
}

import { type AccountBody, FIELD_ERROR_MESSAGES, type FieldProblem, normalizeEls } from '@domovoy/contract';
import { AppError } from '../../platform/errors';
import { tidySpaces } from '../../platform/tidy-spaces';
import type { AccountValues } from './accounts.repository';

/** number (trimmed, required), ЕЛС in the ГИС ЖКХ format, external id, hidden flag. */
export function accountValues(input: AccountBody): AccountValues {
  const problems: FieldProblem[] = [];
  const number = tidySpaces(input.number);
  if (!number) problems.push({ field: 'number', code: 'REQUIRED', message: 'Укажите номер лицевого счёта' });
  let els: string | null = null;
  if (input.els?.trim()) {
    const checked = normalizeEls(input.els);
    if (checked.ok) els = checked.value;
    else problems.push({ field: 'els', code: checked.code, message: FIELD_ERROR_MESSAGES[checked.code] });
  }
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', { fields: problems });
  return {
    legalEntityId: input.legalEntityId,
    number,
    els,
    externalId: input.externalId?.trim() || null,
    hiddenFromResidents: input.hiddenFromResidents ?? false,
  };
}

import {
  FIELD_ERROR_MESSAGES,
  type FieldProblem,
  innKind,
  normalizeInn,
  normalizeKpp,
  normalizeOgrn,
  ogrnKind,
  paymentUrlTemplateProblem,
} from '@domovoy/contract';
import { AppError } from '../../platform/errors';
import type { LegalEntityValues } from './legal-entities.repository';

type Input = {
  name: string;
  inn: string;
  kpp?: string | null;
  ogrn?: string | null;
  paymentUrlTemplate?: string | null;
};

/**
 * T-2: ИНН, КПП and ОГРН with their check digits. A 10-digit ИНН is an organisation: it has
 * a КПП and a 13-digit ОГРН; a 12-digit ИНН is an ИП: no КПП, a 15-digit ОГРНИП.
 */
export function validateLegalEntity(input: Input): LegalEntityValues {
  const problems: FieldProblem[] = [];
  const problem = (field: string, code: string, message: string) => problems.push({ field, code, message });
  const name = input.name.trim();
  if (!name) problem('name', 'REQUIRED', 'Заполните поле');

  const inn = normalizeInn(input.inn);
  if (!inn.ok) problem('inn', inn.code, FIELD_ERROR_MESSAGES[inn.code]);
  const kind = inn.ok ? innKind(inn.value) : undefined;

  let kpp: string | null = null;
  if (input.kpp?.trim()) {
    const checked = normalizeKpp(input.kpp);
    if (!checked.ok) problem('kpp', checked.code, FIELD_ERROR_MESSAGES[checked.code]);
    else if (kind === 'individual')
      problem('kpp', 'KPP_NOT_FOR_INDIVIDUAL', 'У ИП нет КПП: оставьте поле пустым');
    else kpp = checked.value;
  } else if (kind === 'legal') {
    problem('kpp', 'REQUIRED', 'Укажите КПП организации');
  }

  let ogrn: string | null = null;
  if (input.ogrn?.trim()) {
    const checked = normalizeOgrn(input.ogrn);
    if (!checked.ok) problem('ogrn', checked.code, FIELD_ERROR_MESSAGES[checked.code]);
    else if (kind && ogrnKind(checked.value) !== kind) {
      problem(
        'ogrn',
        'OGRN_KIND_MISMATCH',
        kind === 'legal' ? 'У организации ОГРН из 13 цифр' : 'У ИП ОГРНИП из 15 цифр',
      );
    } else ogrn = checked.value;
  }

  // APP-2: the payment page the resident app opens with the account number and the sum.
  const paymentUrlTemplate = input.paymentUrlTemplate?.trim() || null;
  const urlProblem = paymentUrlTemplate ? paymentUrlTemplateProblem(paymentUrlTemplate) : undefined;
  if (urlProblem) problem('paymentUrlTemplate', urlProblem.code, urlProblem.message);

  if (problems.length > 0 || !inn.ok) throw new AppError('VALIDATION_FAILED', { fields: problems });
  return { name, inn: inn.value, kpp, ogrn, paymentUrlTemplate };
}

import type { FormInstance } from 'antd';
import { ApiError } from './api-client';

/** A readable sentence for any error of a query or mutation. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) return error.problem.detail ?? error.problem.title;
  if (error instanceof TypeError) return 'Нет связи с сервером. Проверьте подключение и повторите';
  return 'Что-то пошло не так. Повторите попытку';
}

/**
 * Server field errors (problem+json `errors`, field «ddu.number») shown at their fields.
 * Returns the problems no field of the form took, for a message above the form.
 */
export function showFieldErrors(form: FormInstance, error: unknown, fieldMap: Record<string, string> = {}) {
  if (!(error instanceof ApiError) || !error.problem.errors?.length) return [errorText(error)];
  const known = new Set(
    form
      .getFieldsError()
      .map((f) => f.name.join('.'))
      .filter(Boolean),
  );
  const rest: string[] = [];
  const fields: { name: (string | number)[]; errors: string[] }[] = [];
  for (const problem of error.problem.errors) {
    const field = fieldMap[problem.field] ?? problem.field;
    if (known.has(field)) fields.push({ name: field.split('.'), errors: [problem.message] });
    else rest.push(problem.message);
  }
  form.setFields(fields);
  if (fields.length === 0) rest.unshift(error.problem.title);
  return rest;
}

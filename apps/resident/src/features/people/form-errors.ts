import type { FormInstance } from 'antd-mobile/es/components/form';
import { ApiError, errorText } from '../../shared/api-client';

/**
 * A refused save: the server's field errors go under the form's own fields. Anything but a plain
 * validation failure also returns its text to show above the button — PERSON_NAME_MISMATCH marks
 * the name and still needs its whole sentence (what to check, or to write to the УО).
 */
export function showServerErrors(
  form: FormInstance,
  error: unknown,
  fields: readonly string[],
): string | null {
  const errors = error instanceof ApiError ? (error.problem.errors ?? []) : [];
  const ours = errors.filter((e) => fields.includes(e.field));
  if (ours.length > 0) form.setFields(ours.map((e) => ({ name: e.field, errors: [e.message] })));
  const onlyFields = error instanceof ApiError && error.code === 'VALIDATION_FAILED' && ours.length > 0;
  return onlyFields ? null : errorText(error);
}

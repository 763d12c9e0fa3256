import type { FormInstance } from 'antd-mobile/es/components/form';
import { ApiError, errorText } from '../../shared/api-client';

/**
 * A refused save: the server's field errors go under the form's own fields; anything else
 * (PERSON_NAME_MISMATCH among them, whose text tells what to do) is returned to show above the
 * button.
 */
export function showServerErrors(
  form: FormInstance,
  error: unknown,
  fields: readonly string[],
): string | null {
  const errors = error instanceof ApiError ? (error.problem.errors ?? []) : [];
  const ours = errors.filter((e) => fields.includes(e.field));
  if (ours.length > 0) {
    form.setFields(ours.map((e) => ({ name: e.field, errors: [e.message] })));
    return null;
  }
  return errorText(error);
}

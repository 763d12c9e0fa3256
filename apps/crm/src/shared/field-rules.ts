import { type Check, FIELD_ERROR_MESSAGES, PII_MASK } from '@domovoy/contract';
import type { FormInstance } from 'antd';
import type { Rule } from 'antd/es/form';

/**
 * A field checked in the browser with the contract's own validator before the form is sent
 * (issue 17); the server checks again and its word is the last. Empty and masked values pass.
 */
export function checkedBy(check: (input: string) => Check<unknown>): Rule {
  return {
    validator: async (_, value: unknown) => {
      if (typeof value !== 'string' || !value.trim() || value.trim() === PII_MASK) return;
      const result = check(value);
      if (!result.ok) throw new Error(FIELD_ERROR_MESSAGES[result.code]);
    },
  };
}

/** Name paths of the fields a change touched: `{ ddu: { number } }` → `['ddu', 'number']`. */
function changedPaths(changed: Record<string, unknown>, prefix: string[] = []): string[][] {
  return Object.entries(changed).flatMap(([key, value]) =>
    value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype
      ? changedPaths(value as Record<string, unknown>, [...prefix, key])
      : [[...prefix, key]],
  );
}

/**
 * `onValuesChange` for a form that shows the server's field errors: an error leaves its field as
 * soon as the field changes (issue 17: a fixed value no longer sits under a stale red message).
 */
export function clearErrorsOnChange(form: FormInstance) {
  return (changed: Record<string, unknown>) => {
    const stale = changedPaths(changed).filter((name) => form.getFieldError(name).length > 0);
    if (stale.length > 0) form.setFields(stale.map((name) => ({ name, errors: [] })));
  };
}

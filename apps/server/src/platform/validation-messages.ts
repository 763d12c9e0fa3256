import { BRAND_COLOR_PATTERN, type FieldProblem } from '@domovoy/contract';

/** The part of an Ajv or TypeBox validation error we read. */
export type SchemaError = {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
};

const TYPE_MESSAGES: Record<string, string> = {
  integer: 'Введите целое число',
  number: 'Введите число',
  boolean: 'Выберите «да» или «нет»',
  string: 'Введите текст',
  array: 'Ожидается список значений',
  object: 'Ожидается объект',
  null: 'Оставьте поле пустым',
};

const FORMAT_MESSAGES: Record<string, string> = {
  uuid: 'Выберите значение из списка',
  date: 'Введите дату в формате ГГГГ-ММ-ДД',
  'date-time': 'Введите дату и время',
  email: 'Введите адрес электронной почты',
};

function message(error: SchemaError): string {
  const p = error.params;
  switch (error.keyword) {
    case 'required':
      return 'Обязательное поле';
    case 'minLength':
      return p.limit === 1 ? 'Заполните поле' : `Не короче ${p.limit} символов`;
    case 'maxLength':
      return `Не длиннее ${p.limit} символов`;
    case 'minimum':
      return `Значение не меньше ${p.limit}`;
    case 'maximum':
      return `Значение не больше ${p.limit}`;
    case 'exclusiveMinimum':
      return `Значение больше ${p.limit}`;
    case 'type': {
      const types = Array.isArray(p.type) ? p.type : [p.type];
      const first = types.find((t) => t !== 'null');
      return TYPE_MESSAGES[String(first)] ?? 'Неверный тип значения';
    }
    case 'format':
      return FORMAT_MESSAGES[String(p.format)] ?? 'Неверный формат';
    case 'enum':
    case 'const':
    case 'anyOf':
      return 'Выберите значение из списка';
    case 'pattern':
      return p.pattern === BRAND_COLOR_PATTERN ? 'Введите цвет в формате #RRGGBB' : 'Недопустимые символы';
    case 'additionalProperties':
      return 'Неизвестное поле';
    case 'not':
      // A field the schema names only to refuse it (the phone in «Мои данные», APP-5).
      return 'Это поле здесь не изменяется';
    case 'uniqueItems':
      return 'Значения не должны повторяться';
    case 'maxItems':
      return `Не больше ${p.limit} значений`;
    case 'minItems':
      return `Не меньше ${p.limit} значений`;
    default:
      return 'Неверное значение';
  }
}

function fieldName(error: SchemaError): string {
  const path = error.instancePath.replace(/^\//, '').replaceAll('/', '.');
  if (error.keyword === 'required') {
    const missing = String(
      error.params.missingProperty ?? (error.params.requiredProperties as string[])?.[0] ?? '',
    );
    return path ? `${path}.${missing}` : missing;
  }
  if (error.keyword === 'additionalProperties') {
    const extra = String(error.params.additionalProperty ?? '');
    return path ? `${path}.${extra}` : extra;
  }
  return path;
}

// A Nullable field reports each branch of its union plus the union itself; the branch that
// says what a value must be (a number ≥ 0, a date) is the one a person needs to read.
const isUnionNoise = (error: SchemaError) =>
  error.keyword === 'anyOf' || (error.keyword === 'type' && error.params.type === 'null');

/** Schema errors → one problem per field, in Russian. */
export function toFieldProblems(errors: readonly SchemaError[]): FieldProblem[] {
  const byField = new Map<string, SchemaError>();
  for (const error of errors) {
    const field = fieldName(error);
    const seen = byField.get(field);
    if (!seen || (isUnionNoise(seen) && !isUnionNoise(error))) byField.set(field, error);
  }
  return [...byField.entries()].map(([field, error]) => ({
    field,
    code: error.keyword.toUpperCase(),
    message: message(error),
  }));
}

import { type Static, type TSchema, Type } from 'typebox';

export const Id = Type.String({ format: 'uuid', description: 'Идентификатор записи (UUID)' });
export const Timestamp = Type.String({ format: 'date-time' });
export const DateOnly = Type.String({ format: 'date', description: 'Дата в формате ГГГГ-ММ-ДД' });

/**
 * A value or null. A schema of one plain type becomes a type list (`["integer", "null"]`): Ajv's
 * coercion then leaves a value of either type as it is. A union would not: its null branch comes
 * first (else a null would be coerced to 0 or "" by the other branch), and there Ajv coerced 0,
 * false and "" to null — a flat's 0 rooms or a «нет» answer were saved as empty.
 */
export function Nullable<T extends TSchema>(schema: T) {
  const { type } = schema as { type?: unknown };
  if (typeof type === 'string' && type !== 'null')
    return Type.Unsafe<Static<T> | null>({ ...schema, type: [type, 'null'] });
  return Type.Union([Type.Null(), schema]);
}

/** A short single-line text a person types (names, numbers, titles). */
export function Text(maxLength = 200, minLength = 0) {
  return Type.String({ maxLength, minLength });
}

export const IdParams = Type.Object({ id: Id });

export const PageQuery = {
  // Bounded so that the offset stays a number PostgreSQL takes (issue 10: a huge page was a 500).
  page: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: 100_000,
      default: 1,
      description: 'Номер страницы, с 1 (до 100000)',
    }),
  ),
  pageSize: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 200, default: 20, description: 'Записей на странице (до 200)' }),
  ),
};

/**
 * Issue 16: the premises and clients lists page on by a cursor — the `nextCursor` or `prevCursor`
 * of the previous answer, bound to its sort and filters — instead of `page`, at the cost of a page
 * however deep.
 */
export const CursorQuery = {
  cursor: Type.Optional(
    Type.String({
      maxLength: 4000,
      description:
        'nextCursor или prevCursor предыдущего ответа (вместо page): та же сортировка и те же фильтры',
    }),
  ),
};

export function Page<T extends TSchema>(item: T) {
  return Type.Object({
    items: Type.Array(item),
    total: Type.Integer({ description: 'Всего записей по условиям запроса' }),
    page: Type.Integer(),
    pageSize: Type.Integer(),
  });
}

/**
 * Issue 16: a page of a list that may hold a million rows — matches are counted up to a cap; past
 * it the whole list's total is the planner's estimate («≈ N») and a filtered one's is the cap
 * («более N»).
 */
export function ListPage<T extends TSchema>(item: T) {
  return Type.Object({
    ...Page(item).properties,
    totalCapped: Type.Boolean({
      description:
        'Совпадений больше, чем считается (10 000): total — этот предел, показывается «более 10 000»',
    }),
    totalEstimated: Type.Boolean({
      description:
        'total — оценка числа записей организации (без фильтров, больше 10 000), показывается «≈ N»',
    }),
    nextCursor: Nullable(
      Type.String({ description: 'Курсор следующей страницы (cursor=…); null — это последняя страница' }),
    ),
    prevCursor: Nullable(
      Type.String({ description: 'Курсор предыдущей страницы (cursor=…); null — это первая страница' }),
    ),
  });
}

export const ActorRef = Nullable(Type.Object({ id: Id, name: Type.String() }));

export const FieldProblemSchema = Type.Object({
  field: Type.String(),
  code: Type.String(),
  message: Type.String(),
});

export const ProblemSchema = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    code: Type.String(),
    detail: Type.Optional(Type.String()),
    errors: Type.Optional(Type.Array(FieldProblemSchema)),
    retryAfterSeconds: Type.Optional(Type.Integer()),
    conflictId: Type.Optional(
      Type.String({ description: 'Запись, с которой конфликт (например, клиент с этим телефоном)' }),
    ),
  },
  { $id: 'Problem', description: 'Ошибка (application/problem+json)' },
);

export const NoContent = Type.Null({ description: 'Нет содержимого' });

import { type Static, type TSchema, Type } from 'typebox';
import { ClientFilter } from './clients';
import { Text } from './common';
import { PremiseFilter } from './premises';

/** The largest number of rows one bulk action may change (a typo in a filter must not touch them all). */
export const BULK_MAX_ROWS = 100_000;

/**
 * Issue 17: add and remove tags on every row the list's filter selects — the rows ticked (`id`)
 * or «все найденные». A filter with no condition at all needs `all: true`: a body that lost its
 * filter must not tag the whole organisation.
 */
function bulkTagsBody<T extends TSchema>(filter: T) {
  return Type.Object({
    filter,
    all: Type.Optional(Type.Boolean({ description: 'Подтверждение: весь список без условий' })),
    add: Type.Optional(
      Type.Array(Text(100, 1), {
        maxItems: 50,
        description: 'Названия тегов: добавить (новые создаются при праве «Изменения тегов»)',
      }),
    ),
    remove: Type.Optional(Type.Array(Text(100, 1), { maxItems: 50, description: 'Названия тегов: снять' })),
  });
}

export const PremiseBulkTagsBody = bulkTagsBody(PremiseFilter);
export const ClientBulkTagsBody = bulkTagsBody(ClientFilter);

export const BulkTagsResult = Type.Object({
  matched: Type.Integer({ description: 'Выбрано записей' }),
  affected: Type.Integer({ description: 'Из них теги изменились' }),
});

export type PremiseBulkTagsBody = Static<typeof PremiseBulkTagsBody>;
export type ClientBulkTagsBody = Static<typeof ClientBulkTagsBody>;
export type BulkTagsResult = Static<typeof BulkTagsResult>;

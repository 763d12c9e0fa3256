import { BULK_MAX_ROWS, type BulkTagsResult, type Tag } from '@domovoy/contract';
import type { SQL } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { type Actor, can } from '../../platform/actor';
import { AppError, fieldError } from '../../platform/errors';
import { applyTags, type BulkTagTarget, countSelected } from './bulk-tags.repository';
import * as repo from './tags.repository';

/** What a bulk tag change asks for (the body without its filter, which the list's service reads). */
export type BulkTagsChange = { filter: { id?: string[] }; all?: boolean; add?: string[]; remove?: string[] };

/** One spelling of a tag for comparisons: «Угловая  квартира» = «угловая квартира». */
export function normalizeTagName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase().replaceAll('ё', 'е');
}

function cleanName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

export function tagsService({ db }: { db: Db }) {
  const service = {
    // Any staff member may pick from existing tags.
    async search(actor: Actor, search = '', limit = 20): Promise<Tag[]> {
      return repo.searchTags(db, actor.organizationId, normalizeTagName(search), limit);
    },

    /**
     * The ids of the named tags, creating the missing ones — which needs «Изменения тегов»
     * without it only existing tags can be chosen. Runs inside the caller's transaction.
     */
    async resolve(tx: Db, actor: Actor, names: readonly string[]): Promise<{ id: string; name: string }[]> {
      const wanted = new Map<string, string>();
      for (const name of names) {
        const norm = normalizeTagName(name);
        if (norm && !wanted.has(norm)) wanted.set(norm, cleanName(name));
      }
      const norms = [...wanted.keys()];
      const existing = await repo.findTagsByNorm(tx, actor.organizationId, norms);
      const missing = norms.filter((norm) => !existing.some((tag) => tag.nameNorm === norm));
      if (missing.length > 0) {
        if (!can(actor, 'tags.create')) {
          const list = missing.map((norm) => `«${wanted.get(norm)}»`).join(', ');
          throw new AppError('TAG_CREATE_FORBIDDEN', {
            detail: `Тег ${list} не существует, а создавать новые теги ваша роль не может`,
            fields: [
              {
                field: 'tags',
                code: 'TAG_CREATE_FORBIDDEN',
                message: `Нет тега ${list}: выберите из списка`,
              },
            ],
          });
        }
        await repo.insertTags(
          tx,
          actor.organizationId,
          missing.map((nameNorm) => ({ name: wanted.get(nameNorm) ?? nameNorm, nameNorm })),
        );
      }
      const all = missing.length > 0 ? await repo.findTagsByNorm(tx, actor.organizationId, norms) : existing;
      return all.map(({ id, name }) => ({ id, name }));
    },

    /**
     * Issue 17: tags added to and removed from every row `where` selects, inside the caller's
     * transaction. No condition at all is the whole list: only with `all`, so a body that lost its
     * filter cannot tag the whole organisation. The caller checks the permission to edit the rows.
     */
    async applyInBulk(
      tx: Db,
      actor: Actor,
      target: BulkTagTarget,
      where: SQL | undefined,
      change: BulkTagsChange,
      maxRows = BULK_MAX_ROWS,
    ): Promise<BulkTagsResult> {
      if (!change.add?.length && !change.remove?.length)
        throw fieldError('VALIDATION_FAILED', 'add', 'Укажите, какие теги добавить или снять', 'REQUIRED');
      if (!where && change.all !== true) throw new AppError('BULK_SELECTION_EMPTY');
      const selected = await countSelected(tx, target, actor.organizationId, where, maxRows);
      if (selected > maxRows) throw new AppError('BULK_TOO_MANY');
      // Ticked rows of which none is left (deleted meanwhile, or never this organisation's).
      if (selected === 0 && change.filter.id?.length)
        throw fieldError('REFERENCE_NOT_FOUND', 'filter.id', 'Отмеченные записи не найдены: обновите список');
      const add = (await service.resolve(tx, actor, change.add ?? [])).map((t) => t.id);
      // Tags are named as everywhere in the API; a name no tag has removes nothing. A tag both
      // added and removed is added: the two statements must not touch the same link.
      const named = await repo.findTagsByNorm(
        tx,
        actor.organizationId,
        (change.remove ?? []).map(normalizeTagName),
      );
      const remove = named.map((t) => t.id).filter((id) => !add.includes(id));
      return applyTags(tx, target, actor, where, add, remove);
    },
  };
  return service;
}

export type TagsService = ReturnType<typeof tagsService>;

import type { Tag } from '@domovoy/contract';
import type { Db } from '../../db/database';
import { type Actor, can } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import * as repo from './tags.repository';

/** One spelling of a tag for comparisons: «Угловая  квартира» = «угловая квартира». */
export function normalizeTagName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase().replaceAll('ё', 'е');
}

function cleanName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

export function tagsService({ db }: { db: Db }) {
  return {
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
  };
}

export type TagsService = ReturnType<typeof tagsService>;

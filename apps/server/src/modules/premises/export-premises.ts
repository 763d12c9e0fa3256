import type { PremiseExportQuery } from '@domovoy/contract';
import type { Db } from '../../db/database';
import { type Actor, assertCan } from '../../platform/actor';
import { groupBy } from '../../platform/group-by';
import { keysetPages } from '../../platform/keyset';
import { piiAccess } from '../../platform/pii';
import * as repo from './export-premises.repository';
import { premiseOrderKeys, premiseWhere } from './premise-filters';
import { mapPremiseExportRow, type PremiseExportRow } from './premises.view';

/**
 * P-8: the premises list as the list endpoint filters, searches and sorts it (the same
 * `premiseWhere` and order), read by keyset in pages of `pageSize`; each page's accounts, clients
 * and tags come in one query apiece. Section access is enough: R-2 lets a user without
 * «Редактирование» export premises. Access is checked before any row is read.
 */
export async function exportPremises(
  db: Db,
  actor: Actor,
  query: PremiseExportQuery,
  pageSize = 2000,
): Promise<AsyncGenerator<PremiseExportRow[]>> {
  assertCan(actor, 'premises.view');
  const organizationId = actor.organizationId;
  const access = piiAccess(actor);
  const where = premiseWhere(organizationId, query, access);
  const keys = premiseOrderKeys(query.sort);
  const pages = keysetPages(keys, pageSize, (after) =>
    repo.premiseExportPage(db, organizationId, { where, keys, after, limit: pageSize }),
  );
  return withRelated(db, organizationId, pages, access);
}

async function* withRelated(
  db: Db,
  organizationId: string,
  pages: AsyncGenerator<repo.PremiseExportRecord[]>,
  access: ReturnType<typeof piiAccess>,
): AsyncGenerator<PremiseExportRow[]> {
  for await (const page of pages) {
    const ids = page.map((p) => p.id);
    const [accounts, links, tags] = await Promise.all([
      repo.accountNumbersOf(db, organizationId, ids),
      repo.linksOf(db, organizationId, ids),
      repo.tagNamesOf(db, organizationId, ids),
    ]);
    const accountsOf = groupBy(accounts, (a) => a.premiseId);
    const linksOf = groupBy(links, (l) => l.premiseId);
    const tagsOf = groupBy(tags, (t) => t.premiseId);
    yield page.map((p) =>
      mapPremiseExportRow(
        p,
        {
          accounts: (accountsOf.get(p.id) ?? []).map((a) => a.number),
          links: linksOf.get(p.id) ?? [],
          tags: (tagsOf.get(p.id) ?? []).map((t) => t.name),
        },
        access,
      ),
    );
  }
}

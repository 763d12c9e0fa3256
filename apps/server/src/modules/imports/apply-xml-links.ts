import type { LinkPatch, LinkRole } from '@domovoy/contract';
import { findMatches } from '../integration/clients-batch.repository';
import { applyLinkItems, type LinkItem } from '../integration/import-links';
import { type Cause, noteCause } from './xml-left-alone';
import { refusal, type XmlApply, type XmlRow, xmlRows } from './xml-rows';

/** Owners first: a dependent's owner must be linked before it (in the same write or earlier). */
const ROLE_RANK: Record<LinkRole, number> = {
  owner: 0,
  unconfirmed_owner: 1,
  representative: 2,
  resident: 2,
  tenant: 2,
};

type LinkFields = LinkPatch & {
  clientExternalId: string;
  ownerExternalId?: string;
  premiseExternalId?: string;
};

/**
 * L-2: the links of the premises that loaded, their clients and owners found by external id in the
 * file's source system. A premise's links are written together, owners first. Returns every
 * `<premise>|<client>` the file links (I-5 keeps them), and the premises with a link refused (with
 * the first such) — whose owners the file does not fully say, so I-5 leaves them alone.
 */
export async function applyXmlLinks(run: XmlApply) {
  const carried = new Map<string, number>();
  const unsure = new Map<string, Cause>();
  const premiseOf = new Map<number, string>();
  const refuse = (row: number, message: string) => {
    run.refuse(row, message);
    const premiseId = premiseOf.get(row);
    if (premiseId) noteCause(unsure, premiseId, { row, element: 'link', refused: true });
  };
  let held: LinkItem[] = [];
  const write = async (items: LinkItem[]) => {
    items.sort(
      (a, b) =>
        ROLE_RANK[(a.patch.role ?? 'owner') as LinkRole] - ROLE_RANK[(b.patch.role ?? 'owner') as LinkRole] ||
        a.index - b.index,
    );
    for (const result of await applyLinkItems(run.tx, run.actor, items)) {
      if (result.status === 'error') refuse(result.index, refusal(result, 'Привязка не загружена'));
      else if (result.status !== 'merged' && run.outcome.links) run.outcome.links[result.status] += 1;
    }
  };

  for await (const page of xmlRows(run.tx, run.job, 'link', run.onRows, run.refreshStats)) {
    const items = [...held, ...(await resolve(run, page, premiseOf, carried, refuse))];
    // The last premise of a page may go on in the next one: its links wait to be written together.
    const last = premiseOf.get(page[page.length - 1]?.rowNumber ?? 0);
    held = last ? items.filter((item) => item.premiseId === last) : [];
    await write(last ? items.filter((item) => item.premiseId !== last) : items);
  }
  if (held.length > 0) await write(held);
  return { carried: new Set(carried.keys()), unsure };
}

/** A page's links with their premise, client and owner found; the rest refused. */
async function resolve(
  run: XmlApply,
  page: XmlRow[],
  premiseOf: Map<number, string>,
  carried: Map<string, number>,
  refuse: (row: number, message: string) => void,
): Promise<LinkItem[]> {
  const fields = (row: XmlRow) => row.values.item as LinkFields;
  const externalIds = new Set(
    page.flatMap((row) => [
      fields(row).clientExternalId,
      ...(fields(row).ownerExternalId ? [fields(row).ownerExternalId as string] : []),
    ]),
  );
  const { byExternalId } = await findMatches(
    run.tx,
    run.actor.organizationId,
    run.source,
    [...externalIds],
    [],
  );
  const source = run.source ? ` системы «${run.source}»` : '';
  const items: LinkItem[] = [];
  for (const row of page) {
    const premiseRow = row.values.premiseRow as number;
    const premiseId = run.premiseIds.get(premiseRow);
    if (!premiseId) {
      run.refuse(row.rowNumber, `Помещение (строка ${premiseRow}) не загружено: его привязка тоже`);
      continue;
    }
    premiseOf.set(row.rowNumber, premiseId);
    const { clientExternalId, ownerExternalId, premiseExternalId: _, ...patch } = fields(row);
    const client = byExternalId.get(clientExternalId);
    if (!client) {
      refuse(row.rowNumber, `Клиент «${clientExternalId}»${source} не найден ни в файле, ни среди клиентов`);
      continue;
    }
    const owner = ownerExternalId ? byExternalId.get(ownerExternalId) : undefined;
    if (ownerExternalId && !owner) {
      refuse(
        row.rowNumber,
        `Собственник «${ownerExternalId}»${source} не найден ни в файле, ни среди клиентов`,
      );
      continue;
    }
    const key = `${premiseId}|${client.id}`;
    const earlier = carried.get(key);
    if (earlier !== undefined) {
      refuse(row.rowNumber, `Этот клиент уже привязан к помещению в строке ${earlier}`);
      continue;
    }
    carried.set(key, row.rowNumber);
    // The links as a whole: a link without an owner depends on nobody.
    items.push({
      index: row.rowNumber,
      premiseId,
      clientId: client.id,
      patch: { ...patch, ownerClientId: owner?.id ?? null },
    });
  }
  return items;
}

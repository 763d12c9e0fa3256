// The exports' page pipeline: pages come out in their order however long each one takes to map,
// the work ahead is bounded, and a failure surfaces where the page is awaited.
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { mapPages, pagesByIds } from './keyset';

async function* numbered(count: number, reads: number[]) {
  for (let page = 0; page < count; page++) {
    reads.push(page);
    yield page;
  }
}

async function collect<T>(pages: AsyncGenerator<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const page of pages) out.push(page);
  return out;
}

describe('mapPages', () => {
  it('keeps the order when later pages are mapped faster, with `ahead` pages mapped at once', async () => {
    let running = 0;
    let most = 0;
    const reads: number[] = [];
    const pages = mapPages(
      numbered(6, reads),
      async (page) => {
        running++;
        most = Math.max(most, running);
        await sleep(page % 2 === 0 ? 30 : 1);
        running--;
        return `страница ${page}`;
      },
      2,
    );
    expect(await collect(pages)).toEqual([0, 1, 2, 3, 4, 5].map((page) => `страница ${page}`));
    expect(most).toBe(2);
    expect(reads).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('reads no further than a page past the pages being mapped while the caller holds one', async () => {
    const reads: number[] = [];
    const pages = mapPages(numbered(100, reads), (page) => page, 2);
    expect((await pages.next()).value).toBe(0);
    await sleep(10);
    // Page 0 with the caller, 1 and 2 mapped ahead, 3 read ahead.
    expect(Math.max(...reads)).toBe(3);
    await pages.return(undefined);
  });

  it('a failing page fails the caller at that page, after the pages before it', async () => {
    const pages = mapPages(
      numbered(5, []),
      async (page) => {
        if (page === 2) throw new Error('страница 2 не прочитана');
        return page;
      },
      2,
    );
    const got: number[] = [];
    await expect(
      (async () => {
        for await (const page of pages) got.push(page);
      })(),
    ).rejects.toThrow('страница 2 не прочитана');
    expect(got).toEqual([0, 1]);
  });
});

describe('pagesByIds', () => {
  it('gives the rows in the order of the ids, leaving out ids whose row is gone', async () => {
    async function* ids() {
      yield [{ id: 'c' }, { id: 'a' }];
      yield [{ id: 'gone' }, { id: 'b' }];
    }
    const rows = pagesByIds(
      ids(),
      async (wanted) => wanted.filter((id) => id !== 'gone').map((id) => ({ id, name: id.toUpperCase() })),
      (page) => page.map((row) => row.name),
    );
    expect(await collect(rows)).toEqual([['C', 'A'], ['B']]);
  });
});

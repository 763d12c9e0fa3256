// Long work (an import's apply) as a run of short transactions: committed at each checkpoint, so
// that the embedded database — one connection — serves other requests in between, and a server's
// locks are held for a chunk, not for minutes (issue 15).
import { type Db, isEmbedded } from './database';

type Chunk = { tx: Db; commit(): void; abort(error: unknown): void; done: Promise<unknown> };

/** Each chunked transaction's `tx`: how to go on to the next chunk, and whether the database is the embedded one. */
const checkpoints = new WeakMap<Db, { next: () => Promise<void>; embedded: boolean }>();

/**
 * Commits the chunked transaction `db` belongs to and goes on in the next one; elsewhere (a plain
 * transaction, a preview's dry run) nothing happens. Call it where the work's writes so far may be
 * seen by others: between pages of rows.
 */
export async function checkpoint(db: Db): Promise<void> {
  await checkpoints.get(db)?.next();
}

/** Whether `db` is a chunked transaction (the work cannot roll back past a checkpoint). */
export const isChunked = (db: Db) => checkpoints.has(db);

/**
 * Whether `db` is a chunked transaction of the embedded database (a transaction object does not
 * tell which database it belongs to: the chunked transaction remembers).
 */
export const isChunkedOnEmbedded = (db: Db) => checkpoints.get(db)?.embedded === true;

/** The transaction was committed in part: `committed` chunks stay written (the caller undoes them). */
export class ChunkedTransactionFailed extends Error {
  constructor(
    override readonly cause: unknown,
    readonly committed: number,
  ) {
    super('chunked transaction failed', { cause });
  }
}

/**
 * Runs `work` in a transaction that `checkpoint(tx)` commits and opens again; `begin` runs at the
 * start of each chunk (the locks and settings of a transaction: advisory locks, `set local`). `tx`
 * is one object throughout (so state kept by it, such as a history collector, stays), passing each
 * call to the chunk's transaction. When `work` fails, the chunk it is in is rolled back and, if
 * chunks were committed before it, the error comes wrapped in `ChunkedTransactionFailed`.
 */
export async function chunkedTransaction<T>(
  db: Db,
  begin: (tx: Db, chunk: number) => Promise<void>,
  work: (tx: Db) => Promise<T>,
): Promise<T> {
  let committed = 0;
  let current = await openChunk(db, (tx) => begin(tx, 0));
  const tx = new Proxy(current.tx, {
    get(_, property) {
      const value = Reflect.get(current.tx, property, current.tx);
      return typeof value === 'function' ? value.bind(current.tx) : value;
    },
  });
  let started = performance.now();
  const embedded = isEmbedded(db);
  const next = async () => {
    current.commit();
    await current.done;
    committed += 1;
    if (embedded) await giveWay(performance.now() - started);
    current = await openChunk(db, (chunk) => begin(chunk, committed));
    started = performance.now();
  };
  checkpoints.set(tx, { next, embedded });
  try {
    const result = await work(tx);
    current.commit();
    await current.done;
    return result;
  } catch (error) {
    current.abort(error);
    await current.done.catch(() => undefined);
    throw committed > 0 ? new ChunkedTransactionFailed(error, committed) : error;
  } finally {
    checkpoints.delete(tx);
  }
}

/**
 * The embedded database runs one query at a time, in turn: a request waiting behind a chunk gets
 * one query in before the next chunk, and a request is several queries. So between chunks the work
 * stands aside for a while — a fifth of the chunk's time, 25 to 200 ms — and requests run through.
 */
function giveWay(chunkMs: number): Promise<void> {
  const ms = Math.min(200, Math.max(25, chunkMs / 5));
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A transaction held open until `commit` or `abort`, once `begin` has run in it. */
function openChunk(db: Db, begin: (tx: Db) => Promise<void>): Promise<Chunk> {
  return new Promise<Chunk>((opened, failed) => {
    let commit = () => {};
    let abort: (error: unknown) => void = () => {};
    const ended = new Promise<void>((resolve, reject) => {
      commit = resolve;
      abort = reject;
    });
    const done = db.transaction(async (tx) => {
      await begin(tx);
      opened({ tx, commit, abort, done });
      await ended;
    });
    // A failure before the chunk opened (the connection, `begin`) is the opener's.
    done.catch(failed);
  });
}

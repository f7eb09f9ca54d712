import type { Table } from 'dexie';
import type { CompsDatabase, MetaRow, StoredListing } from './types';

/**
 * How many listings hold each title token, and how many listings there are: what BM25's idf
 * needs. IndexedDB counts a key range by walking it (100 ms and more over 100,000 listings),
 * so the counts are kept as they change, in the `meta` table, in the same transaction as the
 * listings. Bulk operations (deleting a site, retention) rebuild them afterwards; counts a little
 * off only shift the ranking, never what is stored.
 *
 * Writing a counter per distinct token per batch was a third of recordListings' time and over
 * half its requests (issue 13: ~3,900 gets and ~3,900 puts per 2,000 listings). So a batch appends
 * its changes as ONE row of the log (`meta` rows keyed `log:…`), and the log is folded into the
 * counters once writes pause (foldWhenIdle, called by the background a little after its last
 * capture), or in the transaction of the batch that would pass FOLD_AT changes when they do not.
 * A reader adds the pending changes of the log to the counters: the counts it sees are the same.
 */

/** Key of the number of listings in `meta`; token counts are under `t:<token>`. */
export const TOTAL_KEY = 'listings';
const tokenKey = (token: string) => `t:${token}`;

/**
 * Pending changes at which a write folds the log itself: a bound on what a query reads when
 * captures never pause. Reading the whole log at query time costs a few milliseconds at this size
 * (issue 13: 0.9 → 14 ms with 32,000 changes pending, under load); a fold costs a get and a put
 * per token in the log (a fifth of a second and more), which is why writes leave it to idle time.
 */
export const FOLD_AT = 64_000;

/** Pending changes worth folding once writes pause: a query reads a log this size in about a millisecond. */
export const IDLE_FOLD_AT = 4_000;

/** Log rows are `log:<changes pending after this row, 12 digits>`: ordered, and the last key says how many are pending. */
const LOG_PREFIX = 'log:';
const LOG_FIRST = `${LOG_PREFIX}000000000000`;
const LOG_LAST = `${LOG_PREFIX}999999999999`;
const logKey = (pendingAfter: number) => `${LOG_PREFIX}${String(pendingAfter).padStart(12, '0')}`;

function logRange(meta: Table<MetaRow, string>) {
  return meta.where(':id').between(LOG_FIRST, LOG_LAST, true, true);
}

/** Changes pending in the log (0 when it is empty), read from its last key alone. */
export async function pendingChanges(meta: Table<MetaRow, string>): Promise<number> {
  const last = await logRange(meta).reverse().limit(1).primaryKeys();
  const key = last[0];
  return key === undefined ? 0 : Number(key.slice(LOG_PREFIX.length));
}

/** Adds every change of the log rows to `into` (by counter key). */
function addLog(into: Map<string, number>, rows: readonly MetaRow[], only?: ReadonlySet<string>) {
  for (const row of rows) {
    const keys = row.keys ?? [];
    const changes = row.changes ?? [];
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index] as string;
      if (only && !only.has(key)) continue;
      into.set(key, (into.get(key) ?? 0) + (changes[index] ?? 0));
    }
  }
}

/**
 * Folds the log, and `extra` changes, into the counters, and empties the log. A token counter
 * that reaches 0 is deleted (the same as never counted), so folded content does not depend on
 * the order of past batches.
 */
async function fold(meta: Table<MetaRow, string>, extra: ReadonlyMap<string, number> = new Map()) {
  const log = await logRange(meta).toArray();
  const sums = new Map(extra);
  addLog(sums, log);
  // The total is written even when its change is 0: its row says the counts were built.
  const keys = [...sums.keys()].filter((key) => sums.get(key) !== 0 || key === TOTAL_KEY);
  if (log.length > 0) await logRange(meta).delete();
  if (keys.length === 0) return;
  const rows = await meta.bulkGet(keys);
  const puts: MetaRow[] = [];
  const deletes: string[] = [];
  keys.forEach((key, index) => {
    const value = Math.max(0, (rows[index]?.value ?? 0) + (sums.get(key) ?? 0));
    if (value === 0 && key !== TOTAL_KEY) deletes.push(key);
    else puts.push({ key, value });
  });
  if (puts.length > 0) await meta.bulkPut(puts);
  if (deletes.length > 0) await meta.bulkDelete(deletes);
}

/** Changes to the counts, gathered during a transaction and written once. */
export class StatsDelta {
  /** Pending changes at which `write` folds (tests lower it to fold often). */
  static foldAt = FOLD_AT;

  private readonly changes = new Map<string, number>();

  private add(key: string, change: number) {
    this.changes.set(key, (this.changes.get(key) ?? 0) + change);
  }

  /** A listing appears (+1), disappears (−1), or changes title (both). */
  count(listing: Pick<StoredListing, 'tokens'> | undefined, sign: 1 | -1) {
    if (!listing) return;
    this.add(TOTAL_KEY, sign);
    for (const token of new Set(listing.tokens ?? [])) this.add(tokenKey(token), sign);
  }

  replace(before: StoredListing | undefined, after: StoredListing) {
    if (before && before.tokens === after.tokens) return;
    this.count(before, -1);
    this.count(after, 1);
  }

  /**
   * Adds the changes to the counts in `meta` (db.meta, or the table of an upgrade transaction):
   * one appended log row, or a fold when the log would pass `foldAt` changes. Call it inside the
   * transaction that wrote the listings, so counts and listings land together or not at all.
   * `pending` is pendingChanges(meta) when the caller read it already, in that transaction.
   */
  async write(meta: Table<MetaRow, string>, pending?: number) {
    const keys: string[] = [];
    const changes: number[] = [];
    for (const [key, change] of this.changes) {
      if (change === 0) continue;
      keys.push(key);
      changes.push(change);
    }
    if (keys.length === 0) return;
    const before = pending ?? (await pendingChanges(meta));
    if (before + keys.length > StatsDelta.foldAt) await fold(meta, this.changes);
    else await meta.put({ key: logKey(before + keys.length), value: keys.length, keys, changes });
  }

  /** Adds the changes straight to the counters, folding the log with them. */
  async writeFolded(meta: Table<MetaRow, string>) {
    await fold(meta, this.changes);
  }
}

/** Folds the pending log into the counters (an upgrade, a test). */
export function foldTokenStats(meta: Table<MetaRow, string>): Promise<void> {
  return fold(meta);
}

/**
 * Folds the log in a transaction of its own when it holds at least `atLeast` changes: the work
 * a capture leaves for a quiet moment. Returns whether it folded.
 */
export function foldWhenIdle(db: CompsDatabase, atLeast = IDLE_FOLD_AT): Promise<boolean> {
  return db.transaction('rw', db.meta, async () => {
    if ((await pendingChanges(db.meta)) < atLeast) return false;
    await fold(db.meta);
    return true;
  });
}

export interface TokenStats {
  docCount: number;
  docFreq: Map<string, number>;
}

/**
 * The counts for these tokens (counters plus the changes pending in the log), or null when they
 * were never built (then count live). Call it inside a transaction that spans `meta`, so the
 * counters and the log are read as of one moment.
 */
export async function readTokenStats(
  db: CompsDatabase,
  tokens: readonly string[],
): Promise<TokenStats | null> {
  const keys = [TOTAL_KEY, ...tokens.map(tokenKey)];
  const [rows, log] = await Promise.all([db.meta.bulkGet(keys), logRange(db.meta).toArray()]);
  const total = rows[0];
  if (!total && log.length === 0) return null;
  const pending = new Map<string, number>();
  addLog(pending, log, new Set(keys));
  const countOf = (index: number) =>
    Math.max(0, (rows[index]?.value ?? 0) + (pending.get(keys[index] as string) ?? 0));
  return {
    docCount: countOf(0),
    docFreq: new Map(tokens.map((token, index) => [token, countOf(index + 1)])),
  };
}

/**
 * Counts everything again from the listings (after a deletion); the log is emptied with them.
 * Other rows of `meta` (the re-index's, storage/reindex.ts) stay.
 */
export async function rebuildTokenStats(db: CompsDatabase): Promise<void> {
  await db.transaction('rw', db.listings, db.meta, async () => {
    const stats = new StatsDelta();
    await db.listings.each((listing) => stats.count(listing, 1));
    await Promise.all([
      db.meta.where(':id').between('t:', 't;').delete(),
      logRange(db.meta).delete(),
      db.meta.delete(TOTAL_KEY),
    ]);
    await db.meta.put({ key: TOTAL_KEY, value: 0 });
    await stats.writeFolded(db.meta);
  });
}

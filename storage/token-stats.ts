import type { Table } from 'dexie';
import type { CompsDatabase, MetaRow, StoredListing } from './types';

/**
 * How many listings hold each title token, and how many listings there are: what BM25's idf
 * needs. IndexedDB counts a key range by walking it (100 ms and more over 100,000 listings),
 * so the counts are kept as they change, in the `meta` table, in the same transaction as the
 * listings. Bulk operations (import, deleting a site, retention) rebuild them afterwards; counts
 * a little off only shift the ranking, never what is stored.
 */
/** Key of the number of listings in `meta`; token counts are under `t:<token>`. */
export const TOTAL_KEY = 'listings';
const tokenKey = (token: string) => `t:${token}`;

/** Changes to the counts, gathered during a transaction and written once. */
export class StatsDelta {
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

  /** Adds the changes to the counts in `meta` (db.meta, or the table of an upgrade transaction). */
  async write(meta: Table<MetaRow, string>) {
    const keys = [...this.changes.keys()].filter((key) => this.changes.get(key) !== 0);
    if (keys.length === 0) return;
    const rows = await meta.bulkGet(keys);
    await meta.bulkPut(
      keys.map((key, index) => ({
        key,
        value: Math.max(0, (rows[index]?.value ?? 0) + (this.changes.get(key) ?? 0)),
      })),
    );
  }
}

export interface TokenStats {
  docCount: number;
  docFreq: Map<string, number>;
}

/** The counts for these tokens, or null when they were never built (then count live). */
export async function readTokenStats(
  db: CompsDatabase,
  tokens: readonly string[],
): Promise<TokenStats | null> {
  const rows = await db.meta.bulkGet([TOTAL_KEY, ...tokens.map(tokenKey)]);
  const total = rows[0];
  if (!total) return null;
  return {
    docCount: total.value,
    docFreq: new Map(tokens.map((token, index) => [token, rows[index + 1]?.value ?? 0])),
  };
}

/** Counts everything again from the listings (after an import or a deletion). */
export async function rebuildTokenStats(db: CompsDatabase): Promise<void> {
  await db.transaction('rw', db.listings, db.meta, async () => {
    const stats = new StatsDelta();
    await db.listings.each((listing) => stats.count(listing, 1));
    await db.meta.clear();
    await db.meta.put({ key: TOTAL_KEY, value: 0 });
    await stats.write(db.meta);
  });
}

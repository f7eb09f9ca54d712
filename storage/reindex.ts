import { ANALYSIS_VERSION } from '../utils/comps/analysis';
import { isIndexCurrent, listingIndex } from './db';
import { withPostings } from './postings';
import { StatsDelta } from './token-stats';
import type { CompsDatabase, StoredListing } from './types';

/**
 * Brings every stored listing's tokens, facts and postings to the current title analysis
 * (ANALYSIS_VERSION), a step at a time, in the background.
 *
 * Why not a schema upgrade: an upgrade re-analyses every row before the database opens (47.5 s at
 * 100,000 listings on the bench machine, minutes at a million), and the popup waits for all of it.
 * Meanwhile nothing is wrong, only slower: the reference re-analyses a stale candidate's title
 * (utils/comps/reference.ts factsOf), a capture or an import re-analyses a stale row it touches,
 * and only a token the new analysis adds is missing from the index until the walk reaches its row.
 *
 * The walk goes in primary-key order and keeps where it is in `meta`, so a background that stops
 * (a service worker is stopped after 30 s idle) goes on where it was. A row written behind the
 * walk was written by the current analysis. When the walk ends, `meta` records the version, and
 * the next change of ANALYSIS_VERSION starts it again.
 */

/** `meta` row: the analysis version the whole store was brought to (its `value`). */
export const INDEXED_VERSION_KEY = 'analysis-version';
/** `meta` row: the walk's position, the last primary key it did (`keys`: site, item id). */
const WALK_KEY = 'reindex-after';

/**
 * Rows per step: a capture or a popup's query waits for at most one step. Re-analysing 100,000
 * listings (BENCH_ONLY=upgrade npm run bench): 100 rows a step took 55 ms on average (326 ms at
 * most, under load); 500 rows a step took 240 ms on average and 904 ms at most.
 */
export const REINDEX_STEP = 100;

/** Whether every stored listing is analysed by the current version (then there is nothing to walk). */
export async function isReindexed(db: CompsDatabase): Promise<boolean> {
  return (await db.meta.get(INDEXED_VERSION_KEY))?.value === ANALYSIS_VERSION;
}

/**
 * Re-analyses the next `limit` listings that need it, in one transaction with their token counts.
 * Resolves to true while there is more to do.
 */
export function reindexStep(db: CompsDatabase, limit = REINDEX_STEP): Promise<boolean> {
  return db.transaction('rw', db.listings, db.meta, async () => {
    const [version, walk] = await db.meta.bulkGet([INDEXED_VERSION_KEY, WALK_KEY]);
    if (version?.value === ANALYSIS_VERSION) return false;
    const after = walk?.value === ANALYSIS_VERSION ? (walk.keys as [string, string] | undefined) : undefined;
    const rows = await (after ? db.listings.where('[site+itemId]').above(after) : db.listings.toCollection())
      .limit(limit)
      .toArray();
    const stats = new StatsDelta();
    const stale: StoredListing[] = [];
    for (const row of rows) {
      if (isIndexCurrent(row)) continue;
      // A row an old release wrote without a usable title still gets tokens (none) and facts.
      const title = typeof row.title === 'string' ? row.title : '';
      const fresh = withPostings({ ...row, ...listingIndex(title) });
      stats.replace(row, fresh);
      stale.push(fresh);
    }
    const last = rows[rows.length - 1];
    const done = rows.length < limit || !last;
    const writes: Promise<unknown>[] = [stats.write(db.meta)];
    if (stale.length > 0) writes.push(db.listings.bulkPut(stale));
    if (done)
      writes.push(
        db.meta.put({ key: INDEXED_VERSION_KEY, value: ANALYSIS_VERSION }),
        db.meta.delete(WALK_KEY),
      );
    else writes.push(db.meta.put({ key: WALK_KEY, value: ANALYSIS_VERSION, keys: [last.site, last.itemId] }));
    await Promise.all(writes);
    return !done;
  });
}

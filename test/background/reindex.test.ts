/**
 * The background re-analyses titles an older analysis stored, a step at a time, a little after it
 * starts (entrypoints/background/reindex.ts); storage/reindex.ts's own tests cover the walk.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startReindex } from '../../entrypoints/background/reindex';
import { type CompsDatabase, listingIndex, openDatabase, type StoredListing } from '../../storage/db';
import { isReindexed, REINDEX_STEP } from '../../storage/reindex';
import { rebuildTokenStats } from '../../storage/token-stats';
import { ANALYSIS_VERSION } from '../../utils/comps/analysis';
import { freshDbName, makeListing } from '../helpers/listings';

let db: CompsDatabase | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
  vi.restoreAllMocks();
});

function staleRows(count: number): StoredListing[] {
  return Array.from({ length: count }, (_, index) => {
    const listing = makeListing({ itemId: `stale-${index}` });
    return {
      ...listing,
      firstSeenAt: '2026-01-01T00:00:00.000Z',
      lastSeenAt: '2026-01-01T00:00:00.000Z',
      tokens: ['oldword'],
      facts: { ...listingIndex(listing.title).facts, v: ANALYSIS_VERSION - 1 },
      postings: [],
    };
  });
}

describe('startReindex', () => {
  it('walks the whole store in steps, telling the idle fold after each', async () => {
    db = openDatabase(freshDbName());
    await db.listings.bulkPut(staleRows(REINDEX_STEP + 3));
    await rebuildTokenStats(db);
    const stepped = vi.fn();
    await startReindex(db, stepped, { startMs: 0, pauseMs: 0 });
    expect(await isReindexed(db)).toBe(true);
    expect(stepped).toHaveBeenCalledTimes(2);
    const rows = await db.listings.toArray();
    expect(rows.every((row) => row.facts?.v === ANALYSIS_VERSION && !row.tokens?.includes('oldword'))).toBe(
      true,
    );
  });

  it('stops on a failure without throwing, and leaves the rows as they were', async () => {
    db = openDatabase(freshDbName());
    await db.listings.bulkPut(staleRows(3));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(db.listings, 'bulkPut').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    await startReindex(db, () => undefined, { startMs: 0, pauseMs: 0 });
    expect(warn).toHaveBeenCalled();
    expect(await isReindexed(db)).toBe(false);
    expect((await db.listings.toArray()).every((row) => row.tokens?.includes('oldword'))).toBe(true);
  });
});

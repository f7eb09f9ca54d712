import { type Listing, listingKey } from '../utils/listing';
import {
  type CompsDatabase,
  isIndexCurrent,
  listingIndex,
  type PriceObservation,
  type StoredListing,
} from './db';
import { withPostings } from './postings';
import { pendingChanges, StatsDelta } from './token-stats';

export interface RecordResult {
  added: number;
  updated: number;
  unchanged: number;
}

/** Price or status moved: worth a new row in the price history. */
function priceOrStatusChanged(before: StoredListing, after: Listing): boolean {
  return (
    before.price.amount !== after.price.amount ||
    before.price.currency !== after.price.currency ||
    before.priceMax !== after.priceMax ||
    before.status !== after.status
  );
}

function observationOf(listing: Listing, observedAt: string): PriceObservation {
  return {
    site: listing.site,
    itemId: listing.itemId,
    observedAt,
    amount: listing.price.amount,
    currency: listing.price.currency,
    priceMax: listing.priceMax,
    shipping: listing.shipping === undefined ? undefined : (listing.shipping?.amount ?? null),
    status: listing.status,
    soldAt: listing.soldAt,
  };
}

/**
 * Merges what a page showed into what was known. The page's fields win, but a field the
 * page does not show (a search card has no condition, an item page may lack the sold date)
 * keeps its earlier value; a sold or ended listing is not turned back into an active one by
 * a stale page, and 'unknown' never overwrites a known status.
 */
export function mergeListing(
  before: StoredListing | undefined,
  seen: Listing,
  now: string,
  seenIndex?: ReturnType<typeof listingIndex>,
): StoredListing {
  if (!before)
    return { ...seen, firstSeenAt: now, lastSeenAt: now, ...(seenIndex ?? listingIndex(seen.title)) };
  const merged: StoredListing = { ...before };
  for (const [field, value] of Object.entries(seen) as [keyof Listing, unknown][]) {
    if (value !== undefined) (merged as unknown as Record<string, unknown>)[field] = value;
  }
  const wasClosed = before.status === 'sold' || before.status === 'ended';
  if (seen.status === 'unknown' || (wasClosed && seen.status === 'active')) {
    merged.status = before.status;
    if (wasClosed) merged.price = before.price;
  }
  merged.firstSeenAt = before.firstSeenAt;
  merged.lastSeenAt = now;
  if (merged.title !== before.title || !isIndexCurrent(before))
    Object.assign(merged, seenIndex ?? listingIndex(seen.title));
  return merged;
}

/**
 * Rows per put: the rows of a large batch are put in parts, each as soon as its titles are
 * analysed, so the database writes one part while the next is analysed. 30,000 listings in
 * batches of 2,000 (BENCH_ONLY=writes BENCH_WBATCH=2000 BENCH_WCOUNT=30000 npm run bench):
 * 1.42x of the raw put in one put, 1.25-1.26x in parts of 100 or 250, 1.33x in parts of 50 and
 * 1.46x in parts of 12 (each request costs too). A capture (tens of listings) is one part.
 */
export const PUT_CHUNK = 200;

/** Records a batch in one read-write transaction: all of it lands or none of it. */
export async function recordListings(
  db: CompsDatabase,
  listings: Listing[],
  now: string = new Date().toISOString(),
): Promise<RecordResult> {
  const result: RecordResult = { added: 0, updated: 0, unchanged: 0 };
  // The same listing twice in one batch (a carousel repeating a card): the last one wins.
  const unique = new Map(listings.map((listing) => [listingKey(listing.site, listing.itemId), listing]));
  const batch = [...unique.values()];
  if (batch.length === 0) return result;
  await db.transaction('rw', db.listings, db.history, db.meta, async () => {
    const stats = new StatsDelta();
    // The log's length is read with the rows, not after the puts: that read waited behind them, and
    // the log row's put behind it, one more round trip per capture (issue 13).
    const reads = Promise.all([
      db.listings.bulkGet(batch.map((l) => [l.site, l.itemId] as [string, string])),
      pendingChanges(db.meta),
    ]);
    // The first part's titles are analysed while the database reads (the later parts' while the
    // part before them is written): the work overlaps a wait (issue 13). A listing seen again under
    // the same title keeps its stored analysis, and its new one is wasted, a few dozen
    // microseconds spent while the reads are in flight anyway.
    const firstIndexes = batch.slice(0, PUT_CHUNK).map((seen) => listingIndex(seen.title));
    const [existing, pending] = await reads;
    const observations: PriceObservation[] = [];
    const puts: Promise<unknown>[] = [];
    for (let start = 0; start < batch.length; start += PUT_CHUNK) {
      const rows = batch.slice(start, start + PUT_CHUNK).map((seen, offset) => {
        const before = existing[start + offset];
        const merged = mergeListing(before, seen, now, firstIndexes[start + offset]);
        stats.replace(before, merged);
        if (!before) {
          result.added++;
          observations.push(observationOf(merged, now));
        } else if (priceOrStatusChanged(before, merged)) {
          result.updated++;
          observations.push(observationOf(merged, now));
        } else {
          result.unchanged++;
        }
        return withPostings(merged);
      });
      puts.push(db.listings.bulkPut(rows));
    }
    // The writes are issued together, not each after the one before: each wait is a round trip
    // to the database process (issue 13). All are awaited at once, as soon as they are made: a
    // promise made earlier and awaited after other awaits lost Dexie's transaction in Chromium
    // (an import of 100,000 listings failed with "Transaction committed too early").
    await Promise.all([
      ...puts,
      observations.length > 0 ? db.history.bulkAdd(observations) : undefined,
      stats.write(db.meta, pending),
    ]);
  });
  return result;
}

export function getListings(
  db: CompsDatabase,
  keys: [string, string][],
): Promise<(StoredListing | undefined)[]> {
  return db.listings.bulkGet(keys);
}

export function recentListings(db: CompsDatabase, limit = 50): Promise<StoredListing[]> {
  return db.listings.orderBy('lastSeenAt').reverse().limit(limit).toArray();
}

export function historyOf(db: CompsDatabase, site: string, itemId: string): Promise<PriceObservation[]> {
  return db.history.where('[site+itemId]').equals([site, itemId]).sortBy('observedAt');
}

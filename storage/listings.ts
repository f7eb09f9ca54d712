import { type Listing, listingKey } from '../utils/listing';
import {
  type CompsDatabase,
  isIndexCurrent,
  listingIndex,
  type PriceObservation,
  type StoredListing,
} from './db';
import { withPostings } from './postings';
import { StatsDelta } from './token-stats';

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
export function mergeListing(before: StoredListing | undefined, seen: Listing, now: string): StoredListing {
  if (!before) return { ...seen, firstSeenAt: now, lastSeenAt: now, ...listingIndex(seen.title) };
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
    Object.assign(merged, listingIndex(merged.title));
  return merged;
}

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
    const existing = await db.listings.bulkGet(batch.map((l) => [l.site, l.itemId] as [string, string]));
    const rows: StoredListing[] = [];
    const observations: PriceObservation[] = [];
    batch.forEach((seen, index) => {
      const before = existing[index];
      const merged = mergeListing(before, seen, now);
      rows.push(withPostings(merged));
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
    });
    // The three writes are issued together, not each after the one before: each wait is a round
    // trip to the database process (issue 13). Each is awaited as soon as it is made: a promise
    // made earlier and awaited after other awaits lost Dexie's transaction in Chromium (an import
    // of 100,000 listings failed with "Transaction committed too early").
    await Promise.all([
      db.listings.bulkPut(rows),
      observations.length > 0 ? db.history.bulkAdd(observations) : undefined,
      stats.write(db.meta),
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

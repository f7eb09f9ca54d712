/**
 * Bundled by test/e2e/reliability.mjs and run in a web page of each real browser: a database as
 * the previous release wrote it (schema 5, listings indexed by `*tokens`) is upgraded to postings
 * (schema 6) in real IndexedDB, and a common query then reads the latest sales, its two common
 * tokens' keys intersected over the same days (storage/both-tokens.ts), as it does in
 * fake-indexeddb (test/storage/candidates.test.ts). 700 sales of last year and 60 of this month,
 * the recent ones with the higher ids, so an index in (site, id) order puts them last.
 */
import { findCandidates } from '../../storage/comps';
import { listingIndex, openDatabase, type StoredListing } from '../../storage/db';
import { referenceFor } from '../../storage/reference-query';
import { buildQuery } from '../../utils/comps/match';
import { DEFAULT_RATES } from '../../utils/rates';
import { openVersion5 } from '../helpers/schema5';

function sale(itemId: string, amount: number, soldAt: string): StoredListing {
  const title = 'Pokemon card Pikachu holo';
  return {
    site: 'ebay',
    itemId,
    url: `https://www.ebay.com/itm/${itemId}`,
    title,
    price: { amount, currency: 'USD' },
    status: 'sold',
    soldAt,
    firstSeenAt: soldAt,
    lastSeenAt: soldAt,
    ...listingIndex(title),
  };
}

export async function upgradeReadsNewestFirst() {
  const name = `comps-e2e-postings-${Date.now()}`;
  const v5 = openVersion5(name);
  const old = Array.from({ length: 700 }, (_, index) =>
    sale(`p${String(index).padStart(3, '0')}`, 50, `2025-0${1 + (index % 6)}-15T10:00:00.000Z`),
  );
  const recent = Array.from({ length: 60 }, (_, index) =>
    sale(
      `q${String(index).padStart(3, '0')}`,
      20 + (index % 3),
      `2026-11-${String(1 + (index % 20)).padStart(2, '0')}T10:00:00.000Z`,
    ),
  );
  await v5.table('listings').bulkPut([...old, ...recent]);
  // No token counts: the counts are then taken from the index itself (countLive).
  v5.close();

  const db = openDatabase(name);
  try {
    await db.open();
    const candidates = await findCandidates(db, buildQuery('pokemon card'));
    const result = await referenceFor(db, 'pokemon card', {
      now: new Date('2026-11-27T12:00:00Z'),
      windowDays: 90,
      currency: 'USD',
      rates: DEFAULT_RATES,
      includeShipping: false,
    });
    return {
      version: db.verno,
      listings: await db.listings.count(),
      candidates: candidates.listings.length,
      recentCandidates: candidates.listings.filter((listing) => listing.itemId.startsWith('q')).length,
      median: result.reference?.median ?? null,
      enough: result.reference?.enough ?? false,
    };
  } finally {
    await db.delete();
  }
}

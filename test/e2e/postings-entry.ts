/**
 * Bundled by test/e2e/reliability.mjs and run in a web page of each real browser: a database as
 * the previous release wrote it (schema 5, listings indexed by `*tokens`) is upgraded to postings
 * (schema 6) in real IndexedDB, and a common query then reads the latest sales, its two common
 * tokens' keys intersected over the same days (storage/both-tokens.ts), as it does in
 * fake-indexeddb (test/storage/candidates.test.ts). 700 sales of last year and 60 of this month,
 * the recent ones with the higher ids, so an index in (site, id) order puts them last.
 * And the background re-index (storage/reindex.ts) walks rows an older title analysis stored, in
 * real IndexedDB, as it does in fake-indexeddb (test/storage/reindex.test.ts).
 */
import { findCandidates } from '../../storage/comps';
import { listingIndex, openDatabase, type StoredListing } from '../../storage/db';
import { postingBounds, postingsOf } from '../../storage/postings';
import { referenceFor } from '../../storage/reference-query';
import { isReindexed, reindexStep } from '../../storage/reindex';
import { readTokenStats, rebuildTokenStats } from '../../storage/token-stats';
import { ANALYSIS_VERSION } from '../../utils/comps/analysis';
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

/** 250 rows an older analysis stored (tokens, facts, postings, counts), walked 100 at a time. */
export async function reindexWalksStaleRows() {
  const db = openDatabase(`comps-e2e-reindex-${Date.now()}`);
  const titles = [
    'Pokemon Charizard Shadowless Base Set 4/102 Holo',
    'Sony WH-1000XM4 Wireless Headphones',
    'Chanel inspired Classic Flap bag',
  ];
  const stale = Array.from({ length: 250 }, (_, index) => {
    const row = sale(`r${String(index).padStart(3, '0')}`, 30, '2026-11-01T10:00:00.000Z');
    const title = titles[index % titles.length] as string;
    return {
      ...row,
      title,
      tokens: ['oldword'],
      facts: { ...listingIndex(title).facts, v: ANALYSIS_VERSION - 1 },
      postings: postingsOf(['oldword'], row.soldAt),
    };
  });
  try {
    await db.listings.bulkPut(stale);
    await rebuildTokenStats(db);
    let steps = 1;
    while (await reindexStep(db, 100)) steps++;
    const rows = await db.listings.toArray();
    const tokens = ['oldword', 'c:sony', 'wh1000xm4'];
    const counted = await readTokenStats(db, tokens);
    await rebuildTokenStats(db);
    const recounted = await readTokenStats(db, tokens);
    return {
      steps,
      reindexed: await isReindexed(db),
      stillStale: rows.filter((row) => row.facts?.v !== ANALYSIS_VERSION || row.tokens?.includes('oldword'))
        .length,
      oldPostings: await db.listings
        .where('postings')
        .between(...postingBounds('oldword'))
        .count(),
      imitations: rows.filter((row) => row.facts?.imitation).length,
      counted: Object.fromEntries(counted?.docFreq ?? []),
      recounted: Object.fromEntries(recounted?.docFreq ?? []),
    };
  } finally {
    await db.delete();
  }
}

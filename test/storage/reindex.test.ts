import { afterEach, describe, expect, it } from 'vitest';
import { type CompsDatabase, listingIndex, openDatabase, type StoredListing } from '../../storage/db';
import { recordListings } from '../../storage/listings';
import { postingsOf } from '../../storage/postings';
import { INDEXED_VERSION_KEY, isReindexed, reindexStep } from '../../storage/reindex';
import { readTokenStats, rebuildTokenStats } from '../../storage/token-stats';
import { ANALYSIS_VERSION } from '../../utils/comps/analysis';
import { freshDbName, makeListing } from '../helpers/listings';

let db: CompsDatabase;
afterEach(async () => {
  await db?.delete();
});

const TITLES = [
  'Pokemon Charizard Shadowless Base Set 4/102 Holo',
  'Sony WH-1000XM4 Wireless Headphones',
  'Nintendo Switch OLED Console White',
  'ポケモンカード リザードン 旧裏',
  'Champion Reverse Weave Hoodie 90s',
];

/** A row as an older analysis left it: its own tokens and facts, counted and indexed as such. */
function staleRow(index: number): StoredListing {
  const listing = makeListing({
    title: TITLES[index % TITLES.length],
    itemId: `old-${String(index).padStart(4, '0')}`,
  });
  const tokens = ['oldword', `old${index % 3}`];
  return {
    ...listing,
    firstSeenAt: '2026-01-01T00:00:00.000Z',
    lastSeenAt: '2026-01-02T00:00:00.000Z',
    tokens,
    facts: { ...listingIndex(listing.title).facts, v: ANALYSIS_VERSION - 1 },
    postings: postingsOf(tokens, '2026-01-02T00:00:00.000Z'),
  };
}

async function seedStale(count: number) {
  db = openDatabase(freshDbName());
  await db.listings.bulkPut(Array.from({ length: count }, (_, index) => staleRow(index)));
  await rebuildTokenStats(db);
}

async function walkAll(limit: number): Promise<number> {
  let steps = 1;
  while (await reindexStep(db, limit)) steps++;
  return steps;
}

describe('background re-index', () => {
  it('brings every row to the current analysis: tokens, facts, postings and counts', async () => {
    await seedStale(23);
    expect(await isReindexed(db)).toBe(false);
    // 23 rows by 5: four full steps and a last one that finds fewer than it asked for.
    expect(await walkAll(5)).toBe(5);
    expect(await isReindexed(db)).toBe(true);
    for (const row of await db.listings.toArray()) {
      const fresh = listingIndex(row.title);
      expect(row.tokens).toEqual(fresh.tokens);
      expect(row.facts).toEqual(fresh.facts);
      expect(row.postings).toEqual(postingsOf(fresh.tokens, row.lastSeenAt));
      // The rest of the row is as it was.
      expect(row.firstSeenAt).toBe('2026-01-01T00:00:00.000Z');
    }
    const tokens = ['oldword', 'old0', 'c:sony', 'c:switch'];
    const kept = await readTokenStats(db, tokens);
    await rebuildTokenStats(db);
    const recounted = await readTokenStats(db, tokens);
    expect(kept).toEqual(recounted);
    expect(kept?.docFreq.get('oldword')).toBe(0);
    expect(kept?.docCount).toBe(23);
  });

  it('goes on where it stopped, and a capture behind or ahead of it is counted once', async () => {
    await seedStale(12);
    expect(await reindexStep(db, 4)).toBe(true);
    // A background stopped here starts again with another database object: the walk's place is stored.
    db.close();
    db = openDatabase(db.name);
    const behind = (await db.listings.orderBy('[site+itemId]').first()) as StoredListing;
    const ahead = (await db.listings.orderBy('[site+itemId]').last()) as StoredListing;
    await recordListings(db, [
      { ...behind, title: 'Nintendo Switch Lite Blue' },
      { ...ahead, title: 'Nintendo Switch Lite Coral' },
    ]);
    expect(await walkAll(4)).toBe(3);
    const counted = await readTokenStats(db, ['c:switch', 'oldword']);
    await rebuildTokenStats(db);
    expect(counted).toEqual(await readTokenStats(db, ['c:switch', 'oldword']));
    expect(counted?.docFreq.get('oldword')).toBe(0);
  });

  it('is a no-op once done, until the version changes', async () => {
    await seedStale(3);
    await walkAll(10);
    const before = await db.listings.toArray();
    expect(await reindexStep(db)).toBe(false);
    expect(await db.listings.toArray()).toEqual(before);
    await db.meta.put({ key: INDEXED_VERSION_KEY, value: ANALYSIS_VERSION - 1 });
    expect(await isReindexed(db)).toBe(false);
    expect(await walkAll(10)).toBe(1);
    expect(await db.listings.toArray()).toEqual(before);
  });

  it('keeps its mark when the counts are rebuilt, and finishes at once on an empty store', async () => {
    db = openDatabase(freshDbName());
    expect(await reindexStep(db)).toBe(false);
    expect(await isReindexed(db)).toBe(true);
    await rebuildTokenStats(db);
    expect(await isReindexed(db)).toBe(true);
  });

  it('gives a row an old release left without a title its facts, and goes on', async () => {
    db = openDatabase(freshDbName());
    const broken = { ...staleRow(0), title: 42 as unknown as string };
    await db.listings.bulkPut([broken, staleRow(1)]);
    await rebuildTokenStats(db);
    await walkAll(1);
    const rows = await db.listings.toArray();
    expect(rows.every((row) => row.facts?.v === ANALYSIS_VERSION)).toBe(true);
    expect(rows[0]?.tokens).toEqual([]);
  });
});

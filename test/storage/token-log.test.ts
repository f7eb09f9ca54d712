/**
 * Token counts kept as an appended log folded into counters (storage/token-stats.ts): whatever the
 * batches, the counts read (log pending or folded) are those of a recount from the listings.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type CompsDatabase,
  listingIndex,
  type MetaRow,
  openDatabase,
  type StoredListing,
} from '../../storage/db';
import { recordListings } from '../../storage/listings';
import {
  foldTokenStats,
  foldWhenIdle,
  readTokenStats,
  StatsDelta,
  TOTAL_KEY,
} from '../../storage/token-stats';
import type { Listing } from '../../utils/listing';
import { failWrites } from '../helpers/idb-faults';
import { freshDbName, logRows, makeListing } from '../helpers/listings';

let db: CompsDatabase | undefined;
const originalFoldAt = StatsDelta.foldAt;
afterEach(async () => {
  StatsDelta.foldAt = originalFoldAt;
  await db?.delete();
  db = undefined;
});

/** A deterministic pseudo-random sequence (the failing seed can be replayed). */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const WORDS = [
  'sony',
  'nintendo',
  'switch',
  'oled',
  'headphones',
  'camera',
  'lens',
  'black',
  'white',
  'boxed',
  'vintage',
  'jacket',
  'wh-1000xm4',
  'a7iii',
  'pokemon',
  'card',
  'lot',
  'ソニー',
  '任天堂',
  '美品',
];

function titleFrom(next: () => number): string {
  const length = 2 + Math.floor(next() * 4);
  return Array.from({ length }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');
}

/** Every token's count, and the listings' count, as a recount from the stored rows gives them. */
async function recount(database: CompsDatabase): Promise<Map<string, number>> {
  const counts = new Map<string, number>([[TOTAL_KEY, 0]]);
  for (const listing of await database.listings.toArray()) {
    counts.set(TOTAL_KEY, (counts.get(TOTAL_KEY) ?? 0) + 1);
    for (const token of new Set(listing.tokens ?? []))
      counts.set(`t:${token}`, (counts.get(`t:${token}`) ?? 0) + 1);
  }
  return counts;
}

/** The tokens any title of the vocabulary can produce. */
function allTokens(): string[] {
  return [...new Set(WORDS.flatMap((word) => listingIndex(`${word} x`).tokens))];
}

async function statsMatchRecount(database: CompsDatabase) {
  const tokens = allTokens();
  const expected = await recount(database);
  const stats = await database.transaction('r', database.meta, () => readTokenStats(database, tokens));
  expect(stats?.docCount).toBe(expected.get(TOTAL_KEY));
  for (const token of tokens)
    expect([token, stats?.docFreq.get(token)]).toEqual([token, expected.get(`t:${token}`) ?? 0]);
}

describe('token counts as an appended log', () => {
  it('after random batches (new, repeated, retitled, deleted) equal a recount, pending and folded', async () => {
    for (const seed of [1, 7, 42]) {
      db = openDatabase(freshDbName());
      const database = db;
      const next = random(seed);
      // Fold after a few batches, at varying points, so reads meet every mix of log and counters.
      StatsDelta.foldAt = 20 + Math.floor(next() * 60);
      let folds = 0;
      const stored: Listing[] = [];
      for (let round = 0; round < 40; round++) {
        const action = next();
        if (action < 0.2 && stored.length > 0) {
          // A deletion that counts its changes in its own transaction (as a delete-with-delta would).
          const victims = stored.splice(0, 1 + Math.floor(next() * 3));
          await database.transaction('rw', database.listings, database.meta, async () => {
            const stats = new StatsDelta();
            const keys = victims.map((victim) => [victim.site, victim.itemId] as [string, string]);
            const rows = await database.listings.bulkGet(keys);
            for (const row of rows) stats.count(row, -1);
            await database.listings.bulkDelete(keys);
            await stats.write(database.meta);
          });
        } else {
          const batch: Listing[] = [];
          const size = 1 + Math.floor(next() * 6);
          for (let index = 0; index < size; index++) {
            const pick = next();
            const known = stored[Math.floor(next() * stored.length)];
            if (known && pick < 0.3)
              batch.push(known); // seen again, unchanged
            else if (known && pick < 0.55) {
              const retitled = { ...known, title: titleFrom(next) };
              stored[stored.indexOf(known)] = retitled;
              batch.push(retitled);
            } else {
              const fresh = makeListing({ title: titleFrom(next) });
              stored.push(fresh);
              batch.push(fresh);
            }
          }
          await recordListings(database, batch);
        }
        if ((await logRows(database)).length === 0) folds++;
        await statsMatchRecount(database);
      }
      expect(folds).toBeGreaterThan(0); // the threshold was crossed at least once
      await database.transaction('rw', database.meta, () => foldTokenStats(database.meta));
      expect(await logRows(database)).toEqual([]);
      // Folded, the counters are the recount exactly: no leftover rows, zero counts absent.
      const counters = new Map((await database.meta.toArray()).map((row) => [row.key, row.value]));
      expect(counters).toEqual(await recount(database));
      await database.delete();
      db = undefined;
    }
  });

  it('a batch appends one row, and the batch that passes the threshold folds the log into the counters', async () => {
    db = openDatabase(freshDbName());
    StatsDelta.foldAt = 8;
    await recordListings(db, [makeListing({ title: 'Sony camera' })]); // listings, c:sony, c:camera…
    const first = await logRows(db);
    expect(first).toHaveLength(1);
    expect(first[0]?.value).toBe(first[0]?.keys?.length);
    expect(await db.meta.get(TOTAL_KEY)).toBeUndefined(); // pending, not folded yet
    expect((await readTokenStats(db, []))?.docCount).toBe(1);
    // Enough new tokens to pass 8 pending changes (3 + 7): everything is folded in that transaction.
    await recordListings(db, [
      makeListing({ title: 'Nintendo Switch OLED white boxed vintage jacket lens' }),
    ]);
    expect(await logRows(db)).toEqual([]);
    expect(await db.meta.get(TOTAL_KEY)).toEqual({ key: TOTAL_KEY, value: 2 });
    expect(Object.fromEntries((await readTokenStats(db, ['c:sony', 'c:camera']))?.docFreq ?? [])).toEqual({
      'c:sony': 1,
      'c:camera': 1,
    });
  });

  it('foldWhenIdle folds a log of at least the given size in its own transaction, and leaves a shorter one', async () => {
    db = openDatabase(freshDbName());
    await recordListings(db, [makeListing({ title: 'Sony camera' }), makeListing({ title: 'Sony lens' })]);
    const pending = (await logRows(db)).reduce((sum, row) => sum + row.value, 0);
    const before = await readTokenStats(db, ['c:sony', 'c:camera', 'c:lens']);
    expect(await foldWhenIdle(db, pending + 1)).toBe(false);
    expect(await logRows(db)).toHaveLength(1);
    expect(await foldWhenIdle(db, pending)).toBe(true);
    expect(await logRows(db)).toEqual([]);
    expect(await db.meta.get(TOTAL_KEY)).toEqual({ key: TOTAL_KEY, value: 2 });
    expect(await readTokenStats(db, ['c:sony', 'c:camera', 'c:lens'])).toEqual(before);
    expect(before?.docFreq.get('c:sony')).toBe(2);
  });

  for (const [when, foldAt] of [
    ['appending a log row', 1_000],
    ['folding the log', 1],
  ] as const) {
    it(`a quota error while ${when} leaves listings, counters and log unchanged`, async () => {
      db = openDatabase(freshDbName());
      StatsDelta.foldAt = 1_000;
      await recordListings(db, [makeListing({ title: 'Sony WH-1000XM4 headphones' })]);
      StatsDelta.foldAt = foldAt;
      const listingsBefore = await db.listings.toArray();
      const metaBefore = await db.meta.toArray();
      expect(metaBefore.some((row) => row.key.startsWith('log:'))).toBe(true);
      const restore = failWrites((value, store) => {
        if (store !== 'meta') return false;
        const key = (value as MetaRow).key;
        return foldAt === 1 ? key.startsWith('t:') : key.startsWith('log:');
      });
      let thrown: unknown;
      try {
        await recordListings(db, [makeListing({ title: 'Nintendo Switch OLED' })]);
      } catch (error) {
        thrown = error;
      } finally {
        restore();
      }
      expect((thrown as { failures?: Error[] })?.failures?.[0]?.name ?? (thrown as Error)?.name).toBe(
        'QuotaExceededError',
      );
      expect(await db.listings.toArray()).toEqual(listingsBefore);
      expect(await db.meta.toArray()).toEqual(metaBefore);
    });
  }
});

/** A database written exactly as schema version 4 shipped it, its counters kept as version 4 kept them. */
async function writeVersion4(dbName: string, listings: StoredListing[]) {
  const v4 = new Dexie(dbName);
  v4.version(4).stores({
    listings: '[site+itemId], site, lastSeenAt, status, soldAt, *tokens',
    history: '++id, [site+itemId], observedAt',
    choices: '[query+site+itemId], query',
    meta: 'key',
    staging: 'seq',
  });
  await v4.table('listings').bulkPut(listings);
  await v4.table('history').bulkAdd(
    listings.map((listing) => ({
      site: listing.site,
      itemId: listing.itemId,
      observedAt: listing.firstSeenAt,
      amount: listing.price.amount,
      currency: listing.price.currency,
      status: listing.status,
      soldAt: listing.soldAt,
    })),
  );
  // Version 4 kept one counter row per token (the recount, by hand here) and the total.
  const counts = new Map<string, number>([[TOTAL_KEY, listings.length]]);
  for (const listing of listings)
    for (const token of new Set(listing.tokens ?? []))
      counts.set(`t:${token}`, (counts.get(`t:${token}`) ?? 0) + 1);
  await v4.table('meta').bulkPut([...counts].map(([key, value]) => ({ key, value })));
  v4.close();
  return counts;
}

describe('upgrade from version 4 to 6', () => {
  it('keeps every listing and observation, indexes postings instead of status, soldAt and tokens, and gives the same counts', async () => {
    const name = freshDbName();
    const next = random(3);
    const listings: StoredListing[] = Array.from({ length: 60 }, (_, index) => {
      const title = titleFrom(next);
      const sold = index % 3 === 0;
      return {
        ...makeListing({
          title,
          status: sold ? 'sold' : 'active',
          soldAt: sold ? '2026-10-01T00:00:00.000Z' : undefined,
        }),
        firstSeenAt: '2026-09-01T00:00:00.000Z',
        lastSeenAt: '2026-10-02T00:00:00.000Z',
        ...listingIndex(title),
      };
    });
    const counts = await writeVersion4(name, listings);
    db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(6);
    const byKey = (a: StoredListing, b: StoredListing) => (a.itemId < b.itemId ? -1 : 1);
    // Each row as it was, plus its postings: the tokens with the day of its sale or last sighting
    // (2026-10-01 is day 20,727 since 1970).
    const withAges = listings.map((listing) => ({
      ...listing,
      postings: (listing.tokens ?? []).map(
        (token) => `${token}\u0000${listing.status === 'sold' ? 99_999 - 20_727 : 99_999 - 20_728}`,
      ),
    }));
    expect((await db.listings.toArray()).sort(byKey)).toEqual(withAges.sort(byKey));
    expect(await db.history.count()).toBe(60);
    const indexes = db.listings.schema.indexes.map((index) => index.name).sort();
    expect(indexes).toEqual(['lastSeenAt', 'postings', 'site']);
    const idb = db.backendDB().transaction('listings').objectStore('listings');
    expect([...idb.indexNames].sort()).toEqual(['lastSeenAt', 'postings', 'site']);
    // Counters untouched, nothing pending; counts read the same as version 4 stored them.
    expect(new Map((await db.meta.toArray()).map((row) => [row.key, row.value]))).toEqual(counts);
    const tokens = allTokens();
    const stats = await readTokenStats(db, tokens);
    expect(stats?.docCount).toBe(60);
    for (const token of tokens) expect(stats?.docFreq.get(token)).toBe(counts.get(`t:${token}`) ?? 0);
  });
});

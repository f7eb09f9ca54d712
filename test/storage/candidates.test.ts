import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keysHoldingBoth } from '../../storage/both-tokens';
import { findCandidates, MAX_PER_TOKEN, pickCandidateKeys } from '../../storage/comps';
import { type CompsDatabase, openDatabase } from '../../storage/db';
import { recordListings } from '../../storage/listings';
import { withPostings } from '../../storage/postings';
import { referencesForCards } from '../../storage/reference-batch';
import { referenceFor } from '../../storage/reference-query';
import { buildQuery } from '../../utils/comps/match';
import { DEFAULT_RATES } from '../../utils/rates';
import { freshDbName, makeListing } from '../helpers/listings';

type Key = [string, string];
const OPTIONS = {
  now: new Date('2026-11-27T12:00:00Z'),
  windowDays: 90,
  currency: 'USD',
  rates: DEFAULT_RATES,
  includeShipping: false,
};
const keys = (prefix: string, count: number): Key[] =>
  Array.from({ length: count }, (_, index) => ['ebay', `${prefix}${String(index).padStart(5, '0')}`]);

describe('pickCandidateKeys', () => {
  it('takes every key when the lists fit the row budget, in list order, once each', () => {
    const a = keys('a', 3);
    const b: Key[] = [a[1] as Key, ...keys('b', 2)];
    expect(pickCandidateKeys([a, b])).toEqual([...a, ...keys('b', 2)]);
  });

  it('beyond the budget, takes the best MAX_PER_TOKEN: held by more lists first, then nearer the head', () => {
    const both = keys('z', 5);
    const first: Key[] = [...keys('a', MAX_PER_TOKEN * 2), ...both];
    const second: Key[] = [...keys('b', MAX_PER_TOKEN * 2), ...both];
    const picked = pickCandidateKeys([first, second]);
    expect(picked).toHaveLength(MAX_PER_TOKEN);
    // The five in both lists lead, though they stand last in each.
    expect(picked.slice(0, 5)).toEqual(both);
    // Then the heads of both lists, alternately by rank: a00000 and b00000 before a00001.
    expect(picked.slice(5, 8).map((key) => key[1])).toEqual(['a00000', 'b00000', 'a00001']);
  });
});

/**
 * A large database where two common words meet in few listings, which sort after all the others:
 * Pokémon plush toys and Yu-Gi-Oh cards by the thousand, and 30 sold Pokémon cards. (A million
 * listings are like this for "pokemon card": the first 2,000 entries of each word once shared none.)
 */
describe('the candidates of a query of two common words', () => {
  const COMMON = 2_500;
  let db: CompsDatabase;

  beforeAll(async () => {
    db = openDatabase(freshDbName());
    const plush = Array.from({ length: COMMON }, (_, index) =>
      makeListing({ itemId: `a${index}`, title: `Pokemon plush toy ${index}`, status: 'sold' }),
    );
    const yugioh = Array.from({ length: COMMON }, (_, index) =>
      makeListing({ itemId: `b${index}`, title: `Yu-Gi-Oh card ${index}`, status: 'sold' }),
    );
    const cards = Array.from({ length: 30 }, (_, index) =>
      makeListing({
        itemId: `z${index}`,
        title: 'Pokemon card Pikachu holo',
        price: { amount: 20 + (index % 5), currency: 'USD' },
        status: 'sold',
        soldAt: '2026-11-20T10:00:00Z',
      }),
    );
    await recordListings(db, [...plush, ...yugioh, ...cards], '2026-11-21T10:00:00Z');
  }, 120_000);
  afterAll(async () => {
    await db?.delete();
  });

  it('holds every listing with both words, though each word alone is in more listings than are read', async () => {
    const { listings } = await findCandidates(db, buildQuery('pokemon card'));
    const both = listings.filter((listing) => listing.itemId.startsWith('z'));
    expect(both).toHaveLength(30);
    expect(listings.length).toBeLessThanOrEqual(MAX_PER_TOKEN);
  });

  it('gives the popup a reference from them, and a page card the same', async () => {
    const popup = await referenceFor(db, 'pokemon card', OPTIONS);
    expect(popup.reference?.enough).toBe(true);
    expect(popup.reference?.median).toBeGreaterThanOrEqual(20);
    expect(popup.reference?.median).toBeLessThanOrEqual(24);
    const [card] = await referencesForCards(db, [{ query: 'pokemon card' }], OPTIONS);
    expect(card?.reference).toEqual(popup.reference);
    expect(card?.comps.map((comp) => comp.itemId)).toEqual(popup.comps.map((comp) => comp.itemId));
  });
});

/**
 * A token held by more listings than a query reads: the latest sales must be the ones read. Here
 * 700 sales of last year and 60 of this month, the recent ones with the higher ids (as eBay's and
 * most sites' ids grow with time), so the index's (site, id) order puts them last.
 */
describe('the candidates of a common query, newest first', () => {
  let db: CompsDatabase;

  beforeAll(async () => {
    db = openDatabase(freshDbName());
    const old = Array.from({ length: 700 }, (_, index) =>
      makeListing({
        itemId: `p${String(index).padStart(3, '0')}`,
        title: 'Pokemon card Pikachu holo',
        price: { amount: 50, currency: 'USD' },
        status: 'sold',
        soldAt: `2025-0${1 + (index % 6)}-15T10:00:00Z`,
      }),
    );
    const recent = Array.from({ length: 60 }, (_, index) =>
      makeListing({
        itemId: `q${String(index).padStart(3, '0')}`,
        title: 'Pokemon card Pikachu holo',
        price: { amount: 20 + (index % 3), currency: 'USD' },
        status: 'sold',
        soldAt: `2026-11-${String(1 + (index % 20)).padStart(2, '0')}T10:00:00Z`,
      }),
    );
    await recordListings(db, [...old, ...recent], '2026-11-21T10:00:00Z');
  }, 120_000);
  afterAll(async () => {
    await db?.delete();
  });

  it('reads the latest sales of one common word and of two', async () => {
    for (const query of ['pokemon', 'pokemon card']) {
      const { listings } = await findCandidates(db, buildQuery(query));
      expect(listings.length).toBeLessThanOrEqual(MAX_PER_TOKEN);
      expect(listings.filter((listing) => listing.itemId.startsWith('q'))).toHaveLength(60);
    }
  });

  it("gives this month's price, not last year's, in the popup and on a page card", async () => {
    const popup = await referenceFor(db, 'pokemon card', OPTIONS);
    expect(popup.reference?.enough).toBe(true);
    expect(popup.reference?.median).toBeGreaterThanOrEqual(20);
    expect(popup.reference?.median).toBeLessThanOrEqual(22);
    const [card] = await referencesForCards(db, [{ query: 'pokemon card' }], OPTIONS);
    expect(card?.reference).toEqual(popup.reference);
  });
});

describe('keysHoldingBoth', () => {
  let db: CompsDatabase;
  const id = (index: number) => `i${String(index).padStart(4, '0')}`;
  // Token a on every second listing, b on every third: both on every sixth.
  const both = Array.from({ length: 1_000 }, (_, index) => index).filter((index) => index % 6 === 0);

  beforeAll(async () => {
    db = openDatabase(freshDbName());
    const rows = Array.from({ length: 1_000 }, (_, index) =>
      withPostings({
        ...makeListing({ itemId: id(index) }),
        firstSeenAt: '2026-11-01T00:00:00Z',
        lastSeenAt: '2026-11-01T00:00:00Z',
        tokens: [...(index % 2 === 0 ? ['a'] : []), ...(index % 3 === 0 ? ['b'] : []), 'x'],
      }),
    );
    await db.listings.bulkPut(rows);
  });
  afterAll(async () => {
    await db?.delete();
  });

  const inTransaction = (want: number, maxKeys: number, first = 'a', second = 'b') =>
    db.transaction('r', db.listings, () => keysHoldingBoth(db, first, second, want, maxKeys));

  it('finds every listing holding both tokens, in key order, whichever token is given first', async () => {
    const expected = both.map((index) => ['ebay', id(index)]);
    expect(await inTransaction(10_000, 100_000)).toEqual(expected);
    expect(await inTransaction(10_000, 100_000, 'b', 'a')).toEqual(expected);
  });

  it('stops at `want` keys and after reading `maxKeys` keys, with only listings holding both', async () => {
    expect(await inTransaction(5, 100_000)).toEqual(both.slice(0, 5).map((index) => ['ebay', id(index)]));
    const bounded = await inTransaction(10_000, 40);
    expect(bounded.length).toBeGreaterThan(0);
    expect(bounded.length).toBeLessThan(both.length);
    expect(bounded).toEqual(both.slice(0, bounded.length).map((index) => ['ebay', id(index)]));
  });

  it('walks stretch after stretch of days, newest first, when the first holds too few', async () => {
    const spread = openDatabase(freshDbName());
    try {
      // 1,000 listings over 100 days; a on every second, b on every third, as above.
      const day = (index: number) => new Date(Date.UTC(2026, 7, 1 + (index % 100))).toISOString();
      await spread.listings.bulkPut(
        Array.from({ length: 1_000 }, (_, index) =>
          withPostings({
            ...makeListing({ itemId: id(index), status: 'active', soldAt: undefined }),
            firstSeenAt: day(index),
            lastSeenAt: day(index),
            tokens: [...(index % 2 === 0 ? ['a'] : []), ...(index % 3 === 0 ? ['b'] : [])],
          }),
        ),
      );
      // Newest day first, then by key within a day.
      const expected = [...both]
        .sort((x, y) => day(y).localeCompare(day(x)) || id(x).localeCompare(id(y)))
        .slice(0, 50)
        .map((index) => ['ebay', id(index)]);
      const found = await spread.transaction('r', spread.listings, () =>
        keysHoldingBoth(spread, 'a', 'b', 50, 100_000),
      );
      expect(found).toEqual(expected);
      // On a smaller key budget: fewer, but still the newest, with none skipped.
      for (let maxKeys = 40; maxKeys <= 400; maxKeys += 7) {
        const bounded = await spread.transaction('r', spread.listings, () =>
          keysHoldingBoth(spread, 'a', 'b', 50, maxKeys),
        );
        expect(bounded).toEqual(expected.slice(0, bounded.length));
      }
    } finally {
      await spread.delete();
    }
  });

  it('gives nothing for a token no listing holds', async () => {
    expect(await inTransaction(10, 1_000, 'a', 'nowhere')).toEqual([]);
  });
});

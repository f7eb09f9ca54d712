import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../storage/db';
import { postingBounds } from '../../storage/postings';
import { freshDbName, makeListing } from '../helpers/listings';

let name = '';
afterEach(async () => {
  await Dexie.delete(name);
});

/** Writes a database exactly as schema version 1 shipped it (released schemas are never edited). */
async function writeVersion1(dbName: string, extra: Record<string, unknown>[] = []) {
  const v1 = new Dexie(dbName);
  v1.version(1).stores({
    listings: '[site+itemId], site, lastSeenAt, status, soldAt',
    history: '++id, [site+itemId], observedAt',
  });
  const listings = [
    {
      ...makeListing({ title: 'Sony WH-1000XM4 Headphones' }),
      firstSeenAt: '2026-01-01',
      lastSeenAt: '2026-01-02',
    },
    {
      ...makeListing({ site: 'mercari-jp', title: 'ニンテンドースイッチ 本体' }),
      firstSeenAt: '2026-01-01',
      lastSeenAt: '2026-01-03',
    },
  ];
  await v1.table('listings').bulkPut([...listings, ...extra]);
  await v1.table('history').bulkAdd(
    listings.map((listing) => ({
      site: listing.site,
      itemId: listing.itemId,
      observedAt: listing.firstSeenAt,
      amount: listing.price.amount,
      currency: listing.price.currency,
      status: listing.status,
    })),
  );
  v1.close();
  return listings;
}

describe('schema upgrades', () => {
  it('opens a version 1 database, keeps every row, and indexes the titles by token', async () => {
    name = freshDbName();
    const written = await writeVersion1(name);
    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(2);
    const listings = await db.listings.toArray();
    expect(listings).toHaveLength(2);
    for (const original of written) {
      const upgraded = listings.find((listing) => listing.itemId === original.itemId);
      expect(upgraded).toMatchObject(original);
    }
    expect(await db.history.count()).toBe(2);
    expect(
      await db.listings
        .where('postings')
        .between(...postingBounds('wh1000xm4'))
        .count(),
    ).toBe(1);
    // ニンテンドースイッチ is the concept c:nintendo-switch; 本体 says it is the console itself.
    expect(
      await db.listings
        .where('postings')
        .between(...postingBounds('c:nintendo-switch'))
        .count(),
    ).toBe(1);
    expect(listings.find((listing) => listing.site === 'mercari-jp')?.facts?.mainUnit).toBe(true);
    expect(await db.meta.get('listings')).toEqual({ key: 'listings', value: 2 });
    expect(await db.meta.get('t:wh1000xm4')).toEqual({ key: 't:wh1000xm4', value: 1 });
    db.close();
  });

  it('opens a version 2 database and reads every title again: concepts across languages, facts, counts', async () => {
    name = freshDbName();
    const v2 = new Dexie(name);
    v2.version(1).stores({
      listings: '[site+itemId], site, lastSeenAt, status, soldAt',
      history: '++id, [site+itemId], observedAt',
    });
    v2.version(2).stores({
      listings: '[site+itemId], site, lastSeenAt, status, soldAt, *tokens',
      choices: '[query+site+itemId], query',
      meta: 'key',
    });
    // As version 2 stored them: raw tokens only, counts of raw tokens.
    const sony = {
      ...makeListing({ title: 'ソニー WH-1000XM4 ヘッドホン' }),
      firstSeenAt: '2026-01-01',
      lastSeenAt: '2026-01-02',
    };
    await v2
      .table('listings')
      .put({ ...sony, tokens: ['ソニ', 'ニー', 'wh1000xm4', 'ヘッ', 'ッド', 'ドホ', 'ホン'] });
    await v2.table('meta').bulkPut([
      { key: 'listings', value: 1 },
      { key: 't:ソニ', value: 1 },
    ]);
    v2.close();

    const db = openDatabase(name);
    await db.open();
    const [upgraded] = await db.listings.toArray();
    expect(upgraded).toMatchObject(sony);
    expect(upgraded?.tokens).toEqual(expect.arrayContaining(['wh1000xm4', 'c:sony', 'c:headphones']));
    expect(upgraded?.tokens).not.toContain('ソニ');
    expect(upgraded?.facts?.products).toEqual(['headphones']);
    expect(await db.meta.get('t:c:sony')).toEqual({ key: 't:c:sony', value: 1 });
    expect(await db.meta.get('t:ソニ')).toBeUndefined();
    db.close();
  });

  it('opens a version 1 database holding rows without a title, and repairs them', async () => {
    name = freshDbName();
    // Version 1 stored what it was given: a row without a title, one with an empty title and one
    // with a number for a title (written by an older import) made the version 2 upgrade throw.
    const broken = [
      {
        site: 'ebay',
        itemId: 'no-title',
        url: 'https://www.ebay.com/itm/1',
        price: { amount: 5, currency: 'USD' },
        status: 'sold',
        firstSeenAt: '2026-01-01',
        lastSeenAt: '2026-01-02',
      },
      {
        site: 'ebay',
        itemId: 'empty-title',
        title: '  ',
        url: 'https://www.ebay.com/itm/2',
        price: { amount: 6, currency: 'USD' },
        status: 'active',
        firstSeenAt: '2026-01-01',
        lastSeenAt: '2026-01-02',
      },
      {
        site: 'ebay',
        itemId: 'number-title',
        title: 1984,
        url: 'https://www.ebay.com/itm/3',
        price: { amount: 7, currency: 'USD' },
        status: 'active',
        firstSeenAt: '2026-01-01',
        lastSeenAt: '2026-01-02',
      },
    ];
    const written = await writeVersion1(name, broken);
    const db = openDatabase(name);
    await db.open();
    expect(await db.listings.count()).toBe(written.length + broken.length);
    const noTitle = await db.listings.get(['ebay', 'no-title']);
    expect(noTitle).toMatchObject({
      title: 'Untitled listing no-title',
      price: { amount: 5, currency: 'USD' },
      status: 'sold',
    });
    expect((await db.listings.get(['ebay', 'empty-title']))?.title).toBe('Untitled listing empty-title');
    expect((await db.listings.get(['ebay', 'number-title']))?.title).toBe('1984');
    // The good rows are untouched and everything is counted.
    for (const original of written)
      expect(await db.listings.get([original.site, original.itemId])).toMatchObject(original);
    expect(await db.meta.get('listings')).toEqual({ key: 'listings', value: 5 });
    db.close();
  });
});

import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../storage/db';
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
    expect(await db.listings.where('tokens').equals('wh1000xm4').count()).toBe(1);
    expect(await db.listings.where('tokens').equals('本体').count()).toBe(1);
    expect(await db.meta.get('listings')).toEqual({ key: 'listings', value: 2 });
    expect(await db.meta.get('t:wh1000xm4')).toEqual({ key: 't:wh1000xm4', value: 1 });
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

import { afterEach, describe, expect, it } from 'vitest';
import { type CompsDatabase, openDatabase } from '../../storage/db';
import { historyOf, mergeListing, PUT_CHUNK, recentListings, recordListings } from '../../storage/listings';
import { readTokenStats } from '../../storage/token-stats';
import type { Listing } from '../../utils/listing';
import { freshDbName, makeListing } from '../helpers/listings';

let db: CompsDatabase;
afterEach(async () => {
  await db?.delete();
});

describe('recordListings', () => {
  it('stores a listing once however often it is seen, with one history row while nothing changes', async () => {
    db = openDatabase(freshDbName());
    const listing = makeListing();
    const first = await recordListings(db, [listing], '2026-11-01T10:00:00.000Z');
    expect(first).toEqual({ added: 1, updated: 0, unchanged: 0 });
    for (let i = 0; i < 50; i++)
      await recordListings(db, [listing], `2026-11-02T10:00:${String(i).padStart(2, '0')}.000Z`);
    expect(await db.listings.count()).toBe(1);
    expect(await db.history.count()).toBe(1);
    const stored = await db.listings.get(['ebay', listing.itemId]);
    expect(stored?.firstSeenAt).toBe('2026-11-01T10:00:00.000Z');
    expect(stored?.lastSeenAt).toBe('2026-11-02T10:00:49.000Z');
  });

  it('adds a history row when the price or the status changes', async () => {
    db = openDatabase(freshDbName());
    const listing = makeListing({ price: { amount: 100, currency: 'USD' } });
    await recordListings(db, [listing], '2026-11-01T00:00:00.000Z');
    await recordListings(
      db,
      [{ ...listing, price: { amount: 90, currency: 'USD' } }],
      '2026-11-02T00:00:00.000Z',
    );
    const result = await recordListings(
      db,
      [
        {
          ...listing,
          price: { amount: 90, currency: 'USD' },
          status: 'sold',
          soldAt: '2026-11-03T00:00:00.000Z',
        },
      ],
      '2026-11-03T00:00:00.000Z',
    );
    expect(result.updated).toBe(1);
    const history = await historyOf(db, 'ebay', listing.itemId);
    expect(history.map((row) => [row.amount, row.status])).toEqual([
      [100, 'active'],
      [90, 'active'],
      [90, 'sold'],
    ]);
    expect(history[2]?.soldAt).toBe('2026-11-03T00:00:00.000Z');
  });

  it('keeps one row per listing when a batch repeats a card, and counts the rest', async () => {
    db = openDatabase(freshDbName());
    const a = makeListing();
    const b = makeListing();
    const result = await recordListings(db, [a, b, a]);
    expect(result).toEqual({ added: 2, updated: 0, unchanged: 0 });
    expect(await db.listings.count()).toBe(2);
  });

  it('writes nothing of a batch whose transaction fails', async () => {
    db = openDatabase(freshDbName());
    await recordListings(db, [makeListing()]);
    const bad = makeListing({ price: { amount: 5, currency: 'USD' } });
    // An itemId IndexedDB cannot use as a key makes bulkPut throw mid-transaction.
    const broken = { ...makeListing(), itemId: {} as unknown as string };
    await expect(recordListings(db, [bad, broken])).rejects.toThrow();
    expect(await db.listings.count()).toBe(1);
    expect(await db.history.count()).toBe(1);
  });

  it('writes all of a batch put in parts, or none of it when its last part fails', async () => {
    db = openDatabase(freshDbName());
    const many = Array.from({ length: PUT_CHUNK * 2 + 1 }, (_, index) =>
      makeListing({ title: `Sony WH-1000XM4 headphones ${index}` }),
    );
    // A value IndexedDB cannot store (a function) makes only the last part's put fail.
    const broken = { ...makeListing(), note: () => 0 } as unknown as Listing;
    await expect(recordListings(db, [...many.slice(0, -1), broken])).rejects.toThrow();
    expect(await db.listings.count()).toBe(0);
    expect(await db.history.count()).toBe(0);
    expect(await readTokenStats(db, ['sony'])).toBeNull();

    expect(await recordListings(db, many)).toEqual({ added: many.length, updated: 0, unchanged: 0 });
    expect(await db.listings.count()).toBe(many.length);
    expect(await db.history.count()).toBe(many.length);
    expect((await readTokenStats(db, ['c:sony']))?.docFreq.get('c:sony')).toBe(many.length);
  });

  it('lists the most recently seen first', async () => {
    db = openDatabase(freshDbName());
    const older = makeListing({ title: 'older' });
    const newer = makeListing({ title: 'newer' });
    await recordListings(db, [older], '2026-01-01T00:00:00.000Z');
    await recordListings(db, [newer], '2026-02-01T00:00:00.000Z');
    expect((await recentListings(db, 10)).map((l) => l.title)).toEqual(['newer', 'older']);
  });
});

describe('mergeListing', () => {
  const now = '2026-11-26T00:00:00.000Z';
  it('keeps fields the new page does not show', () => {
    const before = { ...makeListing({ condition: 'Pre-Owned', bids: 3 }), firstSeenAt: now, lastSeenAt: now };
    const seen = { ...before, condition: undefined, bids: undefined };
    const merged = mergeListing(before, seen, now);
    expect(merged.condition).toBe('Pre-Owned');
    expect(merged.bids).toBe(3);
  });

  it('does not turn a sold listing back into an active one, nor forget a status for unknown', () => {
    const sold = {
      ...makeListing({ status: 'sold', price: { amount: 80, currency: 'USD' } }),
      firstSeenAt: now,
      lastSeenAt: now,
    };
    const staleActive = mergeListing(
      sold,
      { ...sold, status: 'active', price: { amount: 99, currency: 'USD' } },
      now,
    );
    expect(staleActive.status).toBe('sold');
    expect(staleActive.price.amount).toBe(80);
    expect(mergeListing(sold, { ...sold, status: 'unknown' }, now).status).toBe('sold');
  });
});

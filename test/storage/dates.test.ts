import { afterEach, describe, expect, it } from 'vitest';
import { backupListingStateSchema, backupObservationSchema } from '../../storage/backup';
import { type CompsDatabase, openDatabase } from '../../storage/db';
import { exportBlob } from '../../storage/export';
import { importFile } from '../../storage/import';
import { listingSchema } from '../../storage/schema';
import { freshDbName, makeListing } from '../helpers/listings';

/** Valid ISO 8601, but 10000-01-01T00:30:00Z in UTC: `toISOString()` gives "+010000-…". */
const YEAR_10000 = '9999-12-31T23:30:00-01:00';
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describe('dates and links a page sends (listingSchema)', () => {
  it.each([
    ['a sale whose UTC date is in year 10000', YEAR_10000],
    ['a sale in 9999', '9999-06-01T00:00:00Z'],
    ['a sale two days ahead', inDays(2)],
  ])('drops the sold date of %s and keeps the listing and its price', (_name, soldAt) => {
    const parsed = listingSchema.parse(
      makeListing({ status: 'sold', soldAt, price: { amount: 5, currency: 'USD' } }),
    );
    expect(parsed.soldAt).toBeUndefined();
    expect(parsed.price).toEqual({ amount: 5, currency: 'USD' });
    expect(parsed.status).toBe('sold');
  });

  it('keeps a sold date in the past, or a few hours ahead (time zones)', () => {
    expect(listingSchema.parse(makeListing({ soldAt: '2026-10-20T00:00:00+09:00' })).soldAt).toBe(
      '2026-10-20T00:00:00+09:00',
    );
    const soon = inDays(0.5);
    expect(listingSchema.parse(makeListing({ soldAt: soon })).soldAt).toBe(soon);
  });

  it('keeps an auction end a week ahead, drops one in year 10000', () => {
    const week = inDays(7);
    expect(listingSchema.parse(makeListing({ endsAt: week })).endsAt).toBe(week);
    expect(listingSchema.parse(makeListing({ endsAt: YEAR_10000 })).endsAt).toBeUndefined();
  });

  it.each([
    'javascript:alert(1)',
    'data:image/svg+xml,<svg onload=alert(1)>',
    'file:///etc/passwd',
    'ftp://example.com/a.jpg',
  ])('drops the image link %s and keeps the listing', (imageUrl) => {
    const parsed = listingSchema.parse(makeListing({ imageUrl }));
    expect(parsed.imageUrl).toBeUndefined();
    expect(parsed.title).toBe(makeListing().title);
  });

  it('keeps an http(s) image link', () => {
    const imageUrl = 'https://i.ebayimg.com/images/g/abc/s-l500.jpg';
    expect(listingSchema.parse(makeListing({ imageUrl })).imageUrl).toBe(imageUrl);
  });
});

describe('dates in a backup file', () => {
  const state = {
    ...makeListing(),
    firstSeenAt: '2026-11-01T10:00:00.000Z',
    lastSeenAt: '2026-11-03T10:00:00.000Z',
  };
  it.each([
    ['firstSeenAt', YEAR_10000],
    ['lastSeenAt', YEAR_10000],
    ['lastSeenAt', inDays(3)],
  ])('refuses a listing whose %s is %s', (field, value) => {
    expect(backupListingStateSchema.safeParse({ ...state, [field]: value }).success).toBe(false);
  });

  it('refuses an observation in the future, drops a bogus sold date of one', () => {
    const row = { observedAt: '2026-11-01T10:00:00.000Z', amount: 5, currency: 'USD', status: 'sold' };
    expect(backupObservationSchema.safeParse({ ...row, observedAt: YEAR_10000 }).success).toBe(false);
    expect(backupObservationSchema.parse({ ...row, soldAt: YEAR_10000 })).toEqual(row);
  });
});

describe('the year-10000 date end to end', () => {
  let db: CompsDatabase;
  let other: CompsDatabase | undefined;
  afterEach(async () => {
    await db?.delete();
    await other?.delete();
  });

  const row = (itemId: string, dates: { soldAt?: string; lastSeenAt?: string } = {}) => ({
    ...makeListing({
      itemId,
      url: `https://www.ebay.com/itm/${itemId}`,
      status: 'sold',
      soldAt: dates.soldAt,
    }),
    firstSeenAt: '2026-11-01T10:00:00.000Z',
    lastSeenAt: dates.lastSeenAt ?? '2026-11-03T10:00:00.000Z',
    history: [{ observedAt: '2026-11-01T10:00:00.000Z', amount: 120, currency: 'USD', status: 'sold' }],
  });
  const file = (...listings: unknown[]) =>
    JSON.stringify({
      format: 'comps-backup',
      schemaVersion: 1,
      exportedAt: '2026-11-26T00:00:00.000Z',
      listings,
      choices: [],
    });

  it('an import refuses a file whose listing was last seen then, naming the field, and stores nothing', async () => {
    db = openDatabase(freshDbName());
    await expect(importFile(db, file(row('1'), row('2', { lastSeenAt: YEAR_10000 })))).rejects.toThrow(
      /lastSeenAt: not a date between the years 0000 and 9999/,
    );
    expect(await db.listings.count()).toBe(0);
  });

  it('a sale dated then is imported without its date, and the export of it imports back (JSON and CSV)', async () => {
    db = openDatabase(freshDbName());
    await expect(importFile(db, file(row('1', { soldAt: YEAR_10000 })))).resolves.toMatchObject({ added: 1 });
    const [stored] = await db.listings.toArray();
    expect(stored?.soldAt).toBeUndefined();
    expect(stored?.price.amount).toBe(120);
    for (const format of ['json', 'csv'] as const) {
      const { blob: exported } = await exportBlob(db, { format });
      other = openDatabase(freshDbName());
      await expect(importFile(other, exported)).resolves.toMatchObject({ added: 1 });
      await other.delete();
      other = undefined;
    }
  });
});

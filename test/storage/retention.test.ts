import { afterEach, describe, expect, it } from 'vitest';
import { type CompsDatabase, openDatabase } from '../../storage/db';
import { historyOf, recordListings } from '../../storage/listings';
import { applyRetention, retentionCutoff } from '../../storage/retention';
import { countAll, countBySite, deleteEverything, deleteSite } from '../../storage/usage';
import { freshDbName, makeListing } from '../helpers/listings';

let db: CompsDatabase;
afterEach(async () => {
  await db?.delete();
});

const NOW = new Date('2026-11-26T12:00:00.000Z');

/**
 * old: seen 2025-01 → 2025-03 only (gone with 12 months' retention);
 * moving: seen since 2025-02, price changes in 2025-02, 2025-06 and 2026-06;
 * steady: first seen 2024-05 at one price, still seen 2026-11 (one old observation: it stays).
 */
async function seed() {
  const old = makeListing({ itemId: 'old', price: { amount: 50, currency: 'USD' } });
  const moving = makeListing({ itemId: 'moving', price: { amount: 300, currency: 'USD' } });
  const steady = makeListing({ itemId: 'steady', price: { amount: 75, currency: 'USD' } });
  await recordListings(db, [steady], '2024-05-01T00:00:00.000Z');
  await recordListings(db, [old], '2025-01-10T00:00:00.000Z');
  await recordListings(db, [moving], '2025-02-01T00:00:00.000Z');
  await recordListings(db, [{ ...old, price: { amount: 45, currency: 'USD' } }], '2025-03-10T00:00:00.000Z');
  await recordListings(
    db,
    [{ ...moving, price: { amount: 280, currency: 'USD' } }],
    '2025-06-01T00:00:00.000Z',
  );
  await recordListings(
    db,
    [{ ...moving, price: { amount: 250, currency: 'USD' } }],
    '2026-06-01T00:00:00.000Z',
  );
  await recordListings(
    db,
    [steady, { ...moving, price: { amount: 250, currency: 'USD' } }],
    '2026-11-20T00:00:00.000Z',
  );
  await db.choices.bulkPut([
    { query: 'q', site: 'ebay', itemId: 'old', choice: 'exclude', at: '2025-03-11T00:00:00.000Z' },
    { query: 'q', site: 'ebay', itemId: 'moving', choice: 'exclude', at: '2025-03-11T00:00:00.000Z' },
  ]);
}

async function amounts(itemId: string) {
  return (await historyOf(db, 'ebay', itemId)).map((row) => `${row.observedAt.slice(0, 7)} ${row.amount}`);
}

describe('retentionCutoff', () => {
  it('goes back calendar months', () => {
    expect(retentionCutoff(12, NOW)).toBe('2025-11-26T12:00:00.000Z');
    expect(retentionCutoff(1, new Date('2026-03-15T00:00:00Z'))).toBe('2026-02-15T00:00:00.000Z');
    expect(retentionCutoff(24, NOW)).toBe('2024-11-26T12:00:00.000Z');
  });
});

describe('applyRetention', () => {
  it('keeps everything with 0 months', async () => {
    db = openDatabase(freshDbName());
    await seed();
    expect(await applyRetention(db, 0, NOW)).toEqual({ listings: 0, observations: 0, choices: 0 });
    expect(await db.history.count()).toBe(6);
    expect(await db.listings.count()).toBe(3);
  });

  it('drops listings not seen since the cutoff, with their history and choices', async () => {
    db = openDatabase(freshDbName());
    await seed();
    const result = await applyRetention(db, 12, NOW);
    expect(await db.listings.get(['ebay', 'old'])).toBeUndefined();
    expect(await amounts('old')).toEqual([]);
    expect(await db.choices.toArray()).toEqual([
      { query: 'q', site: 'ebay', itemId: 'moving', choice: 'exclude', at: '2025-03-11T00:00:00.000Z' },
    ]);
    expect(result).toEqual({ listings: 1, observations: 2 + 2, choices: 1 });
  });

  it("drops old observations but never a listing's latest one", async () => {
    db = openDatabase(freshDbName());
    await seed();
    await applyRetention(db, 12, NOW);
    expect(await amounts('moving')).toEqual(['2026-06 250']);
    expect(await amounts('steady')).toEqual(['2024-05 75']);
    expect(await db.listings.count()).toBe(2);
    // A wider window keeps more.
    await db.delete();
    db = openDatabase(freshDbName());
    await seed();
    expect(await applyRetention(db, 21, NOW)).toEqual({ listings: 0, observations: 2, choices: 0 });
    expect(await amounts('moving')).toEqual(['2025-06 280', '2026-06 250']);
    expect(await amounts('old')).toEqual(['2025-03 45']);
  });

  it('gives the same result in tiny chunks, and reports progress', async () => {
    db = openDatabase(freshDbName());
    await seed();
    const calls: [number, number][] = [];
    const result = await applyRetention(db, 12, NOW, {
      listingChunk: 1,
      observationChunk: 1,
      onProgress: (done, total) => calls.push([done, total]),
    });
    expect(result).toEqual({ listings: 1, observations: 4, choices: 1 });
    expect(await amounts('moving')).toEqual(['2026-06 250']);
    expect(await amounts('steady')).toEqual(['2024-05 75']);
    expect(calls[calls.length - 1]).toEqual([6, 6]);
  });

  it('is idempotent', async () => {
    db = openDatabase(freshDbName());
    await seed();
    await applyRetention(db, 12, NOW);
    expect(await applyRetention(db, 12, NOW)).toEqual({ listings: 0, observations: 0, choices: 0 });
  });
});

describe('deleting by hand (storage/usage.ts)', () => {
  async function seedSites() {
    await recordListings(
      db,
      [makeListing({ itemId: 'e1' }), makeListing({ itemId: 'e2' })],
      '2026-11-01T00:00:00.000Z',
    );
    await recordListings(
      db,
      [makeListing({ itemId: 'e1', price: { amount: 1, currency: 'USD' } })],
      '2026-11-02T00:00:00.000Z',
    );
    await recordListings(db, [makeListing({ site: 'mercari-jp', itemId: 'm1' })], '2026-11-01T00:00:00.000Z');
    // A site id that sorts right after 'ebay' must not be caught by ebay's key range.
    await recordListings(
      db,
      [makeListing({ site: 'ebay-kleinanzeigen', itemId: 'k1' })],
      '2026-11-01T00:00:00.000Z',
    );
    await db.choices.bulkPut([
      { query: 'q', site: 'ebay', itemId: 'e1', choice: 'exclude', at: '2026-11-03T00:00:00.000Z' },
      { query: 'q', site: 'mercari-jp', itemId: 'm1', choice: 'exclude', at: '2026-11-03T00:00:00.000Z' },
    ]);
  }

  it('counts listings and observations per site, most listings first', async () => {
    db = openDatabase(freshDbName());
    await seedSites();
    expect(await countBySite(db)).toEqual([
      { site: 'ebay', listings: 2, observations: 3 },
      { site: 'ebay-kleinanzeigen', listings: 1, observations: 1 },
      { site: 'mercari-jp', listings: 1, observations: 1 },
    ]);
  });

  it("deletes one site's listings, history and choices, and nothing else", async () => {
    db = openDatabase(freshDbName());
    await seedSites();
    expect(await deleteSite(db, 'ebay')).toEqual({ listings: 2, observations: 3, choices: 1 });
    expect((await countBySite(db)).map((site) => site.site)).toEqual(['ebay-kleinanzeigen', 'mercari-jp']);
    expect(await countAll(db)).toEqual({ listings: 2, observations: 2 });
    expect((await db.choices.toArray()).map((choice) => choice.site)).toEqual(['mercari-jp']);
  });

  it('deletes everything', async () => {
    db = openDatabase(freshDbName());
    await seedSites();
    expect(await deleteEverything(db)).toEqual({ listings: 4, observations: 5, choices: 2 });
    expect(await countAll(db)).toEqual({ listings: 0, observations: 0 });
    expect(await db.choices.count()).toBe(0);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { setChoice } from '../../storage/comps';
import { type CompsDatabase, openDatabase } from '../../storage/db';
import { recordListings } from '../../storage/listings';
import { referenceFor } from '../../storage/reference-query';
import { queryKey } from '../../utils/comps/reference';
import type { Listing } from '../../utils/listing';
import { freshDbName, makeListing, usdOptions } from '../helpers/listings';

const NOW = new Date('2026-11-26T12:00:00.000Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();
const options = usdOptions(NOW);

function sold(
  amount: number,
  title = 'Sony WH-1000XM4 Wireless Headphones Black',
  extra: Partial<Listing> = {},
) {
  return makeListing({
    title,
    price: { amount, currency: 'USD' },
    status: 'sold',
    soldAt: daysAgo(10),
    ...extra,
  });
}

let db: CompsDatabase;
afterEach(async () => {
  await db?.delete();
});

async function store(listings: Listing[]) {
  db = openDatabase(freshDbName());
  await recordListings(db, listings, NOW.toISOString());
}

describe('referenceFor', () => {
  it('gives the sold median and quartiles, and keeps asking prices apart', async () => {
    // Sold: 100, 110, 120, 130, 140 → median 120, p25 110, p75 130 (type 7, equal weights at the same age).
    await store([
      ...[100, 110, 120, 130, 140].map((amount) => sold(amount)),
      makeListing({
        title: 'Sony WH-1000XM4 headphones',
        price: { amount: 300, currency: 'USD' },
        status: 'active',
      }),
    ]);
    const result = await referenceFor(db, 'Sony WH-1000XM4', options);
    expect(result.reference).toMatchObject({
      basis: 'sold',
      median: 120,
      p25: 110,
      p75: 130,
      min: 100,
      max: 140,
      n: 5,
    });
    expect(result.reference?.enough).toBe(true);
    expect(result.asking).toMatchObject({ basis: 'asking', median: 300, n: 1 });
  });

  it('says there is not enough data below 3 sold comps, with what was found', async () => {
    await store([sold(100), sold(120)]);
    const result = await referenceFor(db, 'Sony WH-1000XM4', options);
    expect(result.reference?.n).toBe(2);
    expect(result.reference?.enough).toBe(false);
    expect(result.comps).toHaveLength(2);
  });

  it('falls back to asking prices, labelled so, when nothing sold', async () => {
    await store(
      [100, 120, 140].map((amount) => makeListing({ price: { amount, currency: 'USD' }, status: 'active' })),
    );
    const result = await referenceFor(db, 'Sony WH-1000XM4', options);
    expect(result.reference?.basis).toBe('asking');
    expect(result.reference?.median).toBe(120);
  });

  it('leaves out other models, other products and comps older than the window', async () => {
    await store([
      sold(100),
      sold(110),
      sold(120),
      sold(250, 'Sony WH-1000XM5 Wireless Headphones Black'),
      sold(15, 'Nintendo Switch OLED console'),
      sold(90, undefined, { soldAt: daysAgo(200) }),
    ]);
    const result = await referenceFor(db, 'Sony WH-1000XM4', options);
    expect(result.comps.map((comp) => comp.amount).sort()).toEqual([100, 110, 120]);
    expect(result.outside.count).toBe(1);
  });

  it('sets aside parts, cases and lots with the reason, and the user can bring one back', async () => {
    const forParts = sold(90, 'Sony WH-1000XM4 headphones for parts not working');
    const lot = sold(400, 'Lot of 5 Sony WH-1000XM4 headphones');
    await store([sold(100), sold(110), sold(120), forParts, lot]);
    const result = await referenceFor(db, 'Sony WH-1000XM4 headphones', options);
    expect(result.excluded.map((item) => [item.itemId, item.reason])).toEqual(
      expect.arrayContaining([
        [forParts.itemId, 'other-condition'],
        [lot.itemId, 'other-kind'],
      ]),
    );
    expect(result.excluded.find((item) => item.itemId === lot.itemId)?.kind).toEqual({ id: 'bundle' });
    expect(result.excluded.find((item) => item.itemId === forParts.itemId)?.condition).toBe('for-parts');
    expect(result.reference?.median).toBe(110);

    await setChoice(db, queryKey('Sony WH-1000XM4 headphones'), 'ebay', forParts.itemId, 'include');
    const withPart = await referenceFor(db, 'Sony WH-1000XM4 headphones', options);
    expect(withPart.comps.find((comp) => comp.itemId === forParts.itemId)?.included).toBe(true);
    expect(withPart.reference?.n).toBe(4);
  });

  it('remembers a hand exclusion for that query only', async () => {
    const odd = sold(130);
    await store([sold(100), sold(110), sold(120), odd]);
    await setChoice(db, queryKey('Sony WH-1000XM4'), 'ebay', odd.itemId, 'exclude');
    const result = await referenceFor(db, 'Sony WH-1000XM4', options);
    expect(result.excluded).toEqual([expect.objectContaining({ itemId: odd.itemId, reason: 'manual' })]);
    expect((await referenceFor(db, 'Sony WH-1000XM4 headphones', options)).reference?.n).toBe(4);
  });

  it('shows outliers but does not count them', async () => {
    await store([100, 102, 104, 106, 108, 1000].map((amount) => sold(amount)));
    const result = await referenceFor(db, 'Sony WH-1000XM4', options);
    expect(result.reference?.n).toBe(5);
    expect(result.reference?.outliers).toBe(1);
    expect(result.comps.find((comp) => comp.amount === 1000)?.outlier).toBe(true);
  });

  it('converts to the display currency and keeps the original price', async () => {
    await store([
      sold(0, undefined, { price: { amount: 15200, currency: 'JPY' } }),
      sold(0, undefined, { price: { amount: 15200, currency: 'JPY' } }),
      sold(0, undefined, { price: { amount: 15200, currency: 'JPY' } }),
      sold(0, undefined, { price: { amount: 50, currency: null } }),
    ]);
    const result = await referenceFor(db, 'Sony WH-1000XM4', options);
    // 15,200 JPY at 152 JPY per USD = 100 USD.
    expect(result.reference?.median).toBeCloseTo(100, 6);
    expect(result.comps[0]?.price).toEqual({ amount: 15200, currency: 'JPY' });
    expect(result.excluded).toEqual([expect.objectContaining({ reason: 'no-rate' })]);
  });

  it('adds shipping when asked', async () => {
    await store(
      [100, 110, 120].map((amount) => sold(amount, undefined, { shipping: { amount: 10, currency: 'USD' } })),
    );
    const result = await referenceFor(db, 'Sony WH-1000XM4', { ...options, includeShipping: true });
    expect(result.reference?.median).toBe(120);
  });

  it('places the listing in the open tab against the reference, without counting it', async () => {
    const target = makeListing({ price: { amount: 90, currency: 'USD' }, status: 'active' });
    await store([sold(100), sold(110), sold(120), target]);
    const result = await referenceFor(db, target.title, { ...options, target });
    expect(result.reference?.n).toBe(3);
    expect(result.asking).toBeNull();
    // (90 − 110) / 110 = −18.18 %: below the typical range (p25 = 105).
    expect(result.verdict?.percent).toBeCloseTo(-18.18, 1);
    expect(result.verdict?.position).toBe('below');
  });

  it('compares like with like: the condition of the item in front', async () => {
    const target = makeListing({ condition: 'Pre-Owned', status: 'active' });
    const brandNew = sold(300, undefined, { condition: 'Brand New' });
    await store([sold(100, undefined, { condition: 'Used' }), sold(110), brandNew, target]);
    const result = await referenceFor(db, target.title, { ...options, target });
    expect(result.targetGrade).toBe('used');
    expect(result.excluded).toEqual([
      expect.objectContaining({ itemId: brandNew.itemId, reason: 'other-condition' }),
    ]);
  });

  it('matches Japanese titles across full-width and half-width forms', async () => {
    const titles = [
      'Ｎｉｎｔｅｎｄｏ Ｓｗｉｔｃｈ 有機ELモデル 本体',
      'Nintendo Switch 有機ELモデル ホワイト',
      'ニンテンドースイッチ 有機ELモデル Nintendo Switch',
    ];
    await store(
      titles.map((title, index) =>
        sold(30000 + index * 1000, title, { price: { amount: 30000 + index * 1000, currency: 'JPY' } }),
      ),
    );
    const result = await referenceFor(db, 'Nintendo Switch 有機EL', { ...options, currency: 'JPY' });
    expect(result.reference).toMatchObject({ n: 3, median: 31000 });
  });
});

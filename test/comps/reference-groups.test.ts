import { afterEach, describe, expect, it } from 'vitest';
import { type CompsDatabase, openDatabase } from '../../storage/db';
import { recordListings } from '../../storage/listings';
import { referenceFor } from '../../storage/reference-query';
import { TREND_MIN_DAYS, UNDATED_SALE_WEIGHT } from '../../utils/comps/reference';
import { recencyWeight } from '../../utils/comps/stats';
import type { Listing } from '../../utils/listing';
import { freshDbName, makeListing, usdOptions } from '../helpers/listings';

// Titles written as sellers write them (hand-made: no saved page holds these cases together).
const NOW = new Date('2026-11-26T12:00:00.000Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();
const options = usdOptions(NOW);

function sold(title: string, amount: number, extra: Partial<Listing> = {}): Listing {
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

const HEADPHONES = [
  sold('Sony WH-1000XM4 Wireless Noise Canceling Headphones - Black', 150),
  sold('Sony WH-1000XM4 Wireless Headphones Black Used', 140),
  sold('SONY WH1000XM4 Over Ear Bluetooth Headphones Silver', 160),
  sold('ソニー WH-1000XM4 ワイヤレスノイズキャンセリングヘッドホン ブラック 美品', 0, {
    price: { amount: 21280, currency: 'JPY' }, // 140 USD at 152 JPY per USD
  }),
];
const EAR_PADS = [
  sold('Replacement Ear Pads for Sony WH-1000XM4 Headphones', 15),
  sold('Sony WH-1000XM4 Ear Pads Cushions Replacement Black', 14),
  sold('WH-1000XM4 イヤーパッド 交換用', 0, { price: { amount: 1824, currency: 'JPY' } }), // 12 USD
];

describe('kinds: the reference describes what the query asks for', () => {
  it('gives the headphones for the model, and the ear pads as a group of their own', async () => {
    await store([...HEADPHONES, ...EAR_PADS, sold('Hard Case for Sony WH-1000XM4', 18)]);
    const result = await referenceFor(db, 'Sony WH-1000XM4', options);
    expect(result.subject.kind).toEqual({ id: 'item' });
    // 140, 140, 150, 160 → median 145.
    expect(result.reference).toMatchObject({ basis: 'sold', n: 4, median: 145 });
    const pads = result.groups.find((group) => group.kind.type === 'ear-pads');
    expect(pads).toMatchObject({ reason: 'other-kind', count: 3, sold: 3, median: 14 });
    expect(result.groups.find((group) => group.kind.type === 'case')).toMatchObject({ count: 1 });
    expect(result.groups.find((group) => group.kind.type === 'case')?.median).toBeUndefined();
  });

  it('gives a graded card its grade, and each other grade a group with its own median', async () => {
    await store([
      sold('PSA 10 Charizard Holo Base Set 4/102 Pokemon 1999 GEM MINT', 9_850),
      sold('Pokemon Charizard 4/102 Base Set Unlimited Holo Rare PSA 10', 10_400),
      sold('1999 Pokemon Base Set Charizard #4/102 Holo PSA10', 9_200),
      sold('PSA 9 Charizard Holo Base Set 4/102 Pokemon 1999 MINT', 1_450),
      sold('Pokemon Charizard 4/102 Base Set Holo PSA 9', 1_380),
      sold('Charizard 4/102 Base Set Holo PSA 9 Mint', 1_400),
      sold('Charizard 4/102 Base Set Holo Rare Pokemon Card - LP', 420),
      sold('Charizard Holo Rare 004/102 Base Set Pokemon TCG NM', 465),
      sold('Pokemon Charizard Holo Base Set 4/102 Played', 380),
      sold('Blastoise 2/102 Base Set Holo PSA 10', 3_200),
    ]);
    const result = await referenceFor(db, 'Pokemon Charizard Base Set 4/102 Holo PSA 10', options);
    expect(result.reference).toMatchObject({ basis: 'sold', n: 3, median: 9_850 });
    const grade = (type: string) => result.groups.find((group) => group.kind.type === type);
    expect(grade('psa 9')).toMatchObject({ reason: 'other-model', count: 3, median: 1_400 });
    expect(grade('raw')).toMatchObject({ reason: 'other-model', count: 3, median: 420 });
    // Another card of the set is no comp at all, not even set aside.
    expect(result.groups).toHaveLength(2);
  });

  it('takes the grade of the item in front from its condition field when its title does not say it', async () => {
    const graded = { condition: 'Graded - PSA 10: Gem Mint' };
    await store([
      sold('Charizard Base Set 4/102 Holo', 9_850, graded),
      sold('Pokemon Charizard 4/102 Base Set Holo Rare', 10_400, graded),
      sold('1999 Charizard #4/102 Base Set Holo', 9_200, graded),
      sold('Charizard 4/102 Base Set Holo Rare Pokemon Card - LP', 420, {
        condition: 'Ungraded - Lightly Played',
      }),
      sold('Charizard Holo Rare 4/102 Base Set NM', 465, { condition: 'Ungraded - Near Mint or Better' }),
      sold('Pokemon Charizard Holo Base Set 4/102 Played', 380, {
        condition: 'Ungraded - Moderately Played',
      }),
    ]);
    const title = 'Charizard 4/102 Base Set Holo Unlimited';
    const slab = makeListing({ title, price: { amount: 9_000, currency: 'USD' }, ...graded });
    const onSlab = await referenceFor(db, title, { ...options, target: slab });
    expect(onSlab.subject.grade).toBe('psa 10');
    expect(onSlab.reference).toMatchObject({ n: 3, median: 9_850 });
    const raw = makeListing({ title, price: { amount: 400, currency: 'USD' }, condition: 'Ungraded' });
    const onRaw = await referenceFor(db, title, { ...options, target: raw });
    expect(onRaw.subject.grade).toBeUndefined();
    expect(onRaw.reference).toMatchObject({ n: 3, median: 420 });
  });

  it('gives the ear pads for "<model> ear pads", with the headphones set apart', async () => {
    await store([...HEADPHONES, ...EAR_PADS]);
    const result = await referenceFor(db, 'WH-1000XM4 ear pads', options);
    expect(result.subject.kind).toEqual({ id: 'accessory', type: 'ear-pads' });
    expect(result.reference).toMatchObject({ n: 3, median: 14 });
    expect(result.groups).toEqual([expect.objectContaining({ kind: { id: 'item' }, count: 4, median: 145 })]);
  });

  it('says "not enough" for a bare console name over games and docks, and never lends their price', async () => {
    await store([
      sold('Mario Kart 8 Deluxe - Nintendo Switch', 40),
      sold('Zelda Tears of the Kingdom for Nintendo Switch', 45),
      sold('Super Mario Odyssey Nintendo Switch game', 35),
      sold('スーパーマリオパーティ ジャンボリー Switch', 0, { price: { amount: 6080, currency: 'JPY' } }),
      sold('Nintendo Switch Dock ONLY!', 35),
      sold('ニンテンドースイッチ ドックのみ', 0, { price: { amount: 4560, currency: 'JPY' } }),
      sold('Switch ドッキングステーション 純正', 0, { price: { amount: 5320, currency: 'JPY' } }),
      sold('Nintendo Switch Console Neon with Dock', 220),
    ]);
    const result = await referenceFor(db, 'Nintendo Switch', options);
    expect(result.subject.platformOnly).toBe(true);
    expect(result.reference).toMatchObject({ n: 1, enough: false });
    expect(result.comps.map((comp) => comp.amount)).toEqual([220]);
    const docks = result.groups.find((group) => group.kind.type === 'dock');
    expect(docks).toMatchObject({ count: 3, sold: 3, median: 35 });
    const games = result.groups.filter((group) => group.kind.id === 'made-for' || group.kind.id === 'media');
    expect(games.reduce((sum, group) => sum + group.count, 0)).toBe(4);
  });

  it('finds docks for "<console> dock" written in English and Japanese', async () => {
    await store([
      sold('Nintendo Switch Dock ONLY!', 35),
      sold('ニンテンドースイッチ ドックのみ', 0, { price: { amount: 4560, currency: 'JPY' } }), // 30 USD
      sold('Switch ドッキングステーション 純正', 0, { price: { amount: 5320, currency: 'JPY' } }), // 35 USD
      sold('Nintendo Switch Console Neon with Dock', 220),
    ]);
    const result = await referenceFor(db, 'Nintendo Switch dock', options);
    expect(result.reference).toMatchObject({ n: 3, median: 35, enough: true });
  });
});

describe('across languages', () => {
  it.each([
    'ソニー WH-1000XM4 ワイヤレスノイズキャンセリングヘッドホン',
    '索尼 WH-1000XM4 無線降噪耳機 二手',
    '索尼 WH-1000XM4 无线降噪耳机',
  ])('a seller in Osaka or Taipei finds the English sales of the same model: %s', async (query) => {
    await store([...HEADPHONES, ...EAR_PADS, sold('Sony WH-1000XM5 Wireless Headphones', 250)]);
    const result = await referenceFor(db, query, options);
    expect(result.comps).toHaveLength(4);
    expect(result.reference?.median).toBe(145);
    expect(result.groups.find((group) => group.reason === 'other-model')?.count).toBe(1);
  });

  it('matches a brand written in katakana only, and a brand glued to a number', async () => {
    await store([
      sold('シャネル マトラッセ チェーンショルダーバッグ キャビアスキン 黒', 0, {
        price: { amount: 456000, currency: 'JPY' },
      }),
      sold('CHANEL22 ショルダーバッグ ブラック', 0, { price: { amount: 608000, currency: 'JPY' } }),
      sold('Chanel Matelasse Chain Shoulder Bag Black Caviar', 3500),
    ]);
    const result = await referenceFor(db, 'Chanel shoulder bag', options);
    expect(result.comps).toHaveLength(3);
  });
});

describe('condition groups', () => {
  it('keeps new-sealed units apart from used ones, used being the default', async () => {
    await store([
      ...HEADPHONES,
      sold('Sony WH-1000XM4 Brand New Sealed', 230, { condition: 'Brand New' }),
      sold('Sony WH-1000XM4 New in Box', 240, { condition: 'New' }),
    ]);
    const result = await referenceFor(db, 'Sony WH-1000XM4', options);
    expect(result.subject).toMatchObject({ condition: 'used', conditionFrom: 'default' });
    expect(result.reference?.outliers).toBe(0);
    expect(result.groups).toEqual([
      expect.objectContaining({ reason: 'other-condition', condition: 'new', count: 2 }),
    ]);
    const asked = await referenceFor(db, 'Sony WH-1000XM4 新品', options);
    expect(asked.subject).toMatchObject({ condition: 'new', conditionFrom: 'query' });
    expect(asked.reference).toMatchObject({ n: 2, enough: false });
  });
});

describe('every listing accounted for', () => {
  it('tallies the page: counted, outliers, set aside, other kinds and not matching add up', async () => {
    const page = [
      ...HEADPHONES,
      sold('Sony WH-1000XM4 Headphones', 900), // outlier
      ...EAR_PADS,
      sold('Headset - Black', 40), // does not say which model
      sold('USB-C cable', 5),
      makeListing({
        title: 'Sony WH-1000XM4 headphones',
        status: 'ended',
        price: { amount: 99, currency: 'USD' },
      }),
    ];
    await store(page);
    const result = await referenceFor(db, 'Sony WH-1000XM4', {
      ...options,
      pageKeys: page.map((listing): [string, string] => [listing.site, listing.itemId]),
    });
    expect(result.tally).toMatchObject({
      scope: 'page',
      total: page.length,
      counted: 4,
      outliers: 1,
      otherKinds: 3,
      notMatching: 2,
      setAside: 1,
    });
    const reasons = new Map(result.excluded.map((item) => [item.title, item.reason]));
    expect(reasons.get('Headset - Black')).toBe('no-match');
    expect(reasons.get('Sony WH-1000XM4 headphones')).toBe('unsold');
  });
});

describe('the period', () => {
  const old = (title: string, amount: number, days: number) => sold(title, amount, { soldAt: daysAgo(days) });

  it('widens by itself when the default period has no sales and a longer one has, and says so', async () => {
    await store([100, 110, 120, 130].map((amount, i) => old('Sony WH-1000XM4 headphones', amount, 200 + i)));
    const result = await referenceFor(db, 'Sony WH-1000XM4', { ...options, autoWiden: true });
    expect(result.period).toEqual({ days: 365, requested: 90, widened: true });
    expect(result.reference).toMatchObject({ n: 4, enough: true });
  });

  it('does not widen a period the user chose, and says how many sales are older and the newest date', async () => {
    await store([100, 110, 120, 130].map((amount, i) => old('Sony WH-1000XM4 headphones', amount, 200 + i)));
    const result = await referenceFor(db, 'Sony WH-1000XM4', { ...options, autoWiden: false });
    expect(result.period.widened).toBe(false);
    expect(result.reference).toBeNull();
    expect(result.outside).toEqual({ count: 4, sold: 4, newestSold: daysAgo(200) });
  });

  it('uses everything with "all time", however old', async () => {
    await store([100, 110, 120].map((amount, i) => old('Sony WH-1000XM4 headphones', amount, 900 + i)));
    const result = await referenceFor(db, 'Sony WH-1000XM4', { ...options, windowDays: null });
    // Recency weights of 900–902 days barely differ: the weighted median is about the middle price.
    expect(result.reference?.n).toBe(3);
    expect(result.reference?.median).toBeCloseTo(110, 0);
  });

  it('shows a sale without a date as undated, never as today, and weighs it half', async () => {
    await store([
      sold('Sony WH-1000XM4 headphones', 100),
      sold('Sony WH-1000XM4 headphones', 110),
      sold('Sony WH-1000XM4 headphones', 120, { soldAt: undefined }),
    ]);
    const result = await referenceFor(db, 'Sony WH-1000XM4', options);
    const undated = result.comps.find((comp) => comp.amount === 120);
    expect(undated?.dateKnown).toBe(false);
    // Seen (recorded) at NOW, so its age is 0: weight = 1 × UNDATED_SALE_WEIGHT.
    expect(undated?.weight).toBeCloseTo(UNDATED_SALE_WEIGHT, 12);
    expect(result.comps.find((comp) => comp.amount === 100)?.weight).toBeCloseTo(recencyWeight(10), 12);
  });

  it('shows a trend only when the dated sales span enough time', async () => {
    const within3Days = [100, 120, 140, 160, 180, 200].map((amount, i) =>
      old('Sony WH-1000XM4 headphones', amount, 10 + (i % 3)),
    );
    await store(within3Days);
    expect((await referenceFor(db, 'Sony WH-1000XM4', options)).trend.slope).toBeNull();
    await db.delete();
    const overTwoMonths = [100, 105, 110, 115, 120, 125].map((amount, i) =>
      old('Sony WH-1000XM4 headphones', amount, 70 - i * 12),
    );
    await store(overTwoMonths);
    const slope = (await referenceFor(db, 'Sony WH-1000XM4', options)).trend.slope;
    expect(slope).not.toBeNull();
    expect(slope?.percentPer30Days).toBeGreaterThan(0);
    expect((Date.parse(slope?.to ?? '') - Date.parse(slope?.from ?? '')) / 86_400_000).toBeGreaterThanOrEqual(
      TREND_MIN_DAYS,
    );
  });
});

describe('attributes in the query', () => {
  it('narrows to the colour asked for when at least 3 sold comps have it, and says when it widened', async () => {
    await store([
      sold('Sony WH-1000XM4 headphones beige', 170),
      sold('Sony WH-1000XM4 headphones silver', 150),
      sold('Sony WH-1000XM4 headphones black', 140),
      sold('Sony WH-1000XM4 headphones black', 145),
      sold('Sony WH-1000XM4 headphones black', 150),
    ]);
    const black = await referenceFor(db, 'Sony WH-1000XM4 black', options);
    expect(black.subject.attributes).toEqual([
      { type: 'colour', values: ['black'], narrowed: true, matching: 3 },
    ]);
    expect(black.reference).toMatchObject({ n: 3, median: 145 });
    const beige = await referenceFor(db, 'Sony WH-1000XM4 beige', options);
    expect(beige.subject.attributes[0]).toMatchObject({ narrowed: false, matching: 1 });
    // All five colours kept; 170 is beyond the fences of 140–150 and shown as an outlier.
    expect((beige.reference?.n ?? 0) + (beige.reference?.outliers ?? 0)).toBe(5);
  });
});

describe('words of the query the term table does not know', () => {
  // A trim: "Lounge" picks 3 cars out of 7 Camry hybrids; the other trims cost less.
  const camrys = () => [
    sold('Toyota Camry Hybride Lounge 2023', 42_000),
    sold('Toyota Camry Hybride Lounge MY23', 41_000),
    sold('Toyota Camry 2.5 Hybride Lounge', 43_000),
    sold('Toyota Camry Hybride Design', 33_000),
    sold('Toyota Camry Hybride Design MY23', 34_000),
    sold('Toyota Camry Hybride Dynamic Business', 31_000),
    sold('Toyota Camry Hybride Dynamic Business MY23', 32_000),
  ];

  it('narrow to the comps that say them when most comps leave them out and at least 3 say them', async () => {
    await store(camrys());
    const result = await referenceFor(db, 'Toyota Camry Hybride Lounge', options);
    expect(result.subject.attributes).toEqual([
      { type: 'words', values: ['lounge'], narrowed: true, matching: 3 },
    ]);
    expect(result.reference).toMatchObject({ n: 3, median: 42_000 });
    expect(result.excluded.filter((item) => item.reason === 'other-attribute')).toHaveLength(4);
  });

  it('keep every comp when fewer than 3 say them, and say so', async () => {
    await store(camrys().slice(1));
    const result = await referenceFor(db, 'Toyota Camry Hybride Lounge', options);
    expect(result.subject.attributes).toEqual([
      { type: 'words', values: ['lounge'], narrowed: false, matching: 2 },
    ]);
    expect(result.reference?.n).toBe(6);
  });

  it('do not narrow when most comps say them, nor when none does', async () => {
    await store([...camrys().slice(0, 3), sold('Toyota Camry Hybride', 40_000)]);
    const most = await referenceFor(db, 'Toyota Camry Hybride Lounge', options);
    expect(most.subject.attributes).toEqual([]);
    expect(most.reference?.n).toBe(4);
    const none = await referenceFor(db, 'Toyota Camry Hybride Premium', options);
    expect(none.subject.attributes).toEqual([]);
  });
});

describe('the verdict names its basis', () => {
  it('compares with asking prices when nothing sold, and says so', async () => {
    const target = makeListing({
      title: 'Sony WH-1000XM4 headphones',
      price: { amount: 90, currency: 'USD' },
    });
    await store([
      ...[100, 110, 120].map((amount) =>
        makeListing({ title: 'Sony WH-1000XM4 headphones', price: { amount, currency: 'USD' } }),
      ),
      target,
    ]);
    const result = await referenceFor(db, target.title, { ...options, target });
    expect(result.verdict).toMatchObject({ basis: 'asking', position: 'below' });
  });
});

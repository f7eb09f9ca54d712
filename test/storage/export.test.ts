import { afterEach, describe, expect, it } from 'vitest';
import { parseCsv, restoreFormula } from '../../storage/csv';
import { type CompsDatabase, openDatabase } from '../../storage/db';
import {
  CSV_COLUMNS,
  compNotes,
  type ExportOptions,
  exportBlob,
  exportChunks,
  exportComps,
  exportFileName,
  fileNamePart,
} from '../../storage/export';
import { recordListings } from '../../storage/listings';
import type { ReferenceResult } from '../../utils/comps/reference';
import { freshDbName, makeListing } from '../helpers/listings';

let db: CompsDatabase;
afterEach(async () => {
  await db?.delete();
});

/**
 * ebay/1 : three observations (100 → 90 → sold at 90);
 * ebay/2 : a formula title, shipping changed later without a price change (so a state row);
 * mercari-jp/m1 : a Japanese title with a line break, free shipping;
 * yahoo-auctions-jp/y1 : an auction, amount 0.1 + 0.2, every optional field.
 */
async function seed(database: CompsDatabase) {
  const sony = makeListing({
    itemId: '1',
    url: 'https://www.ebay.com/itm/1',
    title: 'Sony WH-1000XM4 "Wireless", Black',
    price: { amount: 100, currency: 'USD' },
    shipping: null,
  });
  await recordListings(database, [sony], '2026-11-01T10:00:00.000Z');
  await recordListings(
    database,
    [{ ...sony, price: { amount: 90, currency: 'USD' } }],
    '2026-11-02T10:00:00.000Z',
  );
  await recordListings(
    database,
    [{ ...sony, price: { amount: 90, currency: 'USD' }, status: 'sold', soldAt: '2026-11-03T00:00:00.000Z' }],
    '2026-11-03T10:00:00.000Z',
  );
  const formula = makeListing({
    itemId: '2',
    url: 'https://www.ebay.com/itm/2',
    title: '=HYPERLINK("http://evil.example")',
    price: { amount: 12.5, currency: 'USD' },
    shipping: { amount: 5, currency: 'USD' },
  });
  await recordListings(database, [formula], '2026-11-01T11:00:00.000Z');
  await recordListings(
    database,
    [{ ...formula, shipping: { amount: 7.5, currency: 'USD' } }],
    '2026-11-04T11:00:00.000Z',
  );
  await recordListings(
    database,
    [
      makeListing({
        site: 'mercari-jp',
        itemId: 'm1',
        url: 'https://jp.mercari.com/item/m1',
        title: 'ニンテンドースイッチ 本体\n箱付き',
        price: { amount: 29800, currency: 'JPY' },
        shipping: null,
        condition: '目立った傷や汚れなし',
      }),
      makeListing({
        site: 'yahoo-auctions-jp',
        itemId: 'y1',
        url: 'https://auctions.yahoo.co.jp/jp/auction/y1',
        title: '-ジャンク品 @まとめて',
        price: { amount: 0.1 + 0.2, currency: 'USD' },
        priceMax: 5,
        format: 'auction',
        bids: 3,
        endsAt: '2026-11-30T12:00:00.000Z',
        imageUrl: 'https://auctions.c.yimg.jp/images/y1.jpg',
        related: true,
      }),
    ],
    '2026-11-05T09:00:00.000Z',
  );
  await database.choices.bulkPut([
    { query: 'sony wh1000xm4', site: 'ebay', itemId: '2', choice: 'exclude', at: '2026-11-06T00:00:00.000Z' },
    { query: 'switch', site: 'mercari-jp', itemId: 'm1', choice: 'include', at: '2026-11-06T01:00:00.000Z' },
  ]);
}

async function collect(options: ExportOptions, onProgress?: (done: number, total: number) => void) {
  const chunks: string[] = [];
  for await (const chunk of exportChunks(db, options, onProgress)) chunks.push(chunk);
  return chunks;
}

/** The data rows (the end line left out: see `endOf`). */
function rowsOf(text: string): Record<string, string>[] {
  const [header, ...records] = parseCsv(text);
  const names = header?.fields ?? [];
  return records
    .filter((record) => record.fields[0] !== '#comps-end')
    .map((record) =>
      Object.fromEntries(names.map((name, index) => [name, restoreFormula(record.fields[index] ?? '')])),
    );
}

/** The CSV's last line, which must be its end line. */
function endOf(text: string): string {
  const lines = text.split('\r\n');
  expect(lines.pop()).toBe('');
  return lines.pop() ?? '';
}

describe('CSV export', () => {
  it('writes a BOM, the header and CRLF line ends, one row per price observation', async () => {
    db = openDatabase(freshDbName());
    await seed(db);
    const text = (await collect({ format: 'csv' })).join('');
    expect(
      text.startsWith('\uFEFFsite,itemId,title,observedAt,status,amount,priceMax,currency,shipping,'),
    ).toBe(true);
    expect(text.endsWith('\r\n#comps-end,version=2,rows=7\r\n')).toBe(true);
    // Every LF is part of a CRLF except the one inside the quoted Japanese title.
    expect(text.split('\n').length - 1 - (text.split('\r\n').length - 1)).toBe(1);
    const rows = rowsOf(text);
    expect(rows.map((row) => `${row.site}/${row.itemId}@${row.observedAt}`)).toEqual([
      'ebay/1@2026-11-01T10:00:00.000Z',
      'ebay/1@2026-11-02T10:00:00.000Z',
      'ebay/1@2026-11-03T10:00:00.000Z',
      'ebay/2@2026-11-01T11:00:00.000Z',
      'ebay/2@', // state row: the shipping changed without a price change
      'mercari-jp/m1@2026-11-05T09:00:00.000Z',
      'yahoo-auctions-jp/y1@2026-11-05T09:00:00.000Z',
    ]);
  });

  it('keeps each observation as it was, with the listing fields on every row', async () => {
    db = openDatabase(freshDbName());
    await seed(db);
    const rows = rowsOf((await collect({ format: 'csv' })).join(''));
    expect(rows[0]).toEqual({
      site: 'ebay',
      itemId: '1',
      title: 'Sony WH-1000XM4 "Wireless", Black',
      observedAt: '2026-11-01T10:00:00.000Z',
      status: 'active',
      amount: '100',
      priceMax: '',
      currency: 'USD',
      shipping: '0',
      soldAt: '',
      url: 'https://www.ebay.com/itm/1',
      shippingCurrency: '',
      condition: '',
      format: '',
      bids: '',
      endsAt: '',
      imageUrl: '',
      related: '',
      firstSeenAt: '2026-11-01T10:00:00.000Z',
      lastSeenAt: '2026-11-03T10:00:00.000Z',
      choices: '',
    });
    expect(rows[2]).toMatchObject({ status: 'sold', amount: '90', soldAt: '2026-11-03T00:00:00.000Z' });
    expect(rows[3]).toMatchObject({
      amount: '12.5',
      shipping: '5',
      shippingCurrency: 'USD',
      choices: '[{"query":"sony wh1000xm4","choice":"exclude","at":"2026-11-06T00:00:00.000Z"}]',
    });
    expect(rows[4]).toMatchObject({ observedAt: '', amount: '12.5', shipping: '7.5' });
    expect(rows[5]).toMatchObject({
      title: 'ニンテンドースイッチ 本体\n箱付き',
      amount: '29800',
      currency: 'JPY',
    });
    expect(rows[6]).toMatchObject({
      amount: '0.3',
      priceMax: '5',
      format: 'auction',
      bids: '3',
      related: 'true',
      endsAt: '2026-11-30T12:00:00.000Z',
    });
  });

  it('neutralises formulas in text columns', async () => {
    db = openDatabase(freshDbName());
    await seed(db);
    const text = (await collect({ format: 'csv' })).join('');
    expect(text).toContain(',"\'=HYPERLINK(""http://evil.example"")",');
    expect(text).toContain(",'-ジャンク品 @まとめて,");
    expect(text).not.toMatch(/,=HYPERLINK/);
  });
});

describe('JSON export', () => {
  it('writes the documented envelope, each listing with its history, and the choices', async () => {
    db = openDatabase(freshDbName());
    await seed(db);
    const file = JSON.parse(
      (await collect({ format: 'json', now: new Date('2026-11-26T09:30:00Z') })).join(''),
    );
    expect(file.format).toBe('comps-backup');
    expect(file.schemaVersion).toBe(2);
    expect(file.exportedAt).toBe('2026-11-26T09:30:00.000Z');
    expect(file.scope).toBeUndefined();
    expect(file.listings.map((listing: { itemId: string }) => listing.itemId)).toEqual([
      '1',
      '2',
      'm1',
      'y1',
    ]);
    const sony = file.listings[0];
    expect(sony.tokens).toBeUndefined();
    expect(sony).toMatchObject({
      site: 'ebay',
      price: { amount: 90, currency: 'USD' },
      status: 'sold',
      shipping: null,
      firstSeenAt: '2026-11-01T10:00:00.000Z',
      lastSeenAt: '2026-11-03T10:00:00.000Z',
    });
    expect(sony.history).toEqual([
      {
        observedAt: '2026-11-01T10:00:00.000Z',
        amount: 100,
        currency: 'USD',
        shipping: null,
        status: 'active',
      },
      {
        observedAt: '2026-11-02T10:00:00.000Z',
        amount: 90,
        currency: 'USD',
        shipping: null,
        status: 'active',
      },
      {
        observedAt: '2026-11-03T10:00:00.000Z',
        amount: 90,
        currency: 'USD',
        shipping: null,
        status: 'sold',
        soldAt: '2026-11-03T00:00:00.000Z',
      },
    ]);
    expect(file.choices).toEqual([
      {
        query: 'sony wh1000xm4',
        site: 'ebay',
        itemId: '2',
        choice: 'exclude',
        at: '2026-11-06T00:00:00.000Z',
      },
      {
        query: 'switch',
        site: 'mercari-jp',
        itemId: 'm1',
        choice: 'include',
        at: '2026-11-06T01:00:00.000Z',
      },
    ]);
  });

  it('is valid JSON for an empty database', async () => {
    db = openDatabase(freshDbName());
    const file = JSON.parse((await collect({ format: 'json' })).join(''));
    expect(file.listings).toEqual([]);
    expect(file.choices).toEqual([]);
  });

  it('comes in one chunk per page of listings', async () => {
    db = openDatabase(freshDbName());
    await seed(db);
    const chunks = await collect({ format: 'json', pageSize: 1 });
    // head + 4 pages of one listing + tail (choices)
    expect(chunks).toHaveLength(6);
    expect(chunks[1]).toContain('"itemId":"1"');
    expect(chunks[4]).toContain('"itemId":"y1"');
    expect(JSON.parse(chunks.join('')).listings).toHaveLength(4);
    const csv = await collect({ format: 'csv', pageSize: 3 });
    expect(csv).toHaveLength(4); // header + 2 pages + end line
    expect(csv[3]).toBe('#comps-end,version=2,rows=7\r\n');
  });
});

describe('export filters', () => {
  it('exports one site, with its choices only', async () => {
    db = openDatabase(freshDbName());
    await seed(db);
    const file = JSON.parse((await collect({ format: 'json', site: 'ebay', pageSize: 1 })).join(''));
    expect(file.scope).toEqual({ site: 'ebay' });
    expect(file.listings.map((listing: { itemId: string }) => listing.itemId)).toEqual(['1', '2']);
    expect(file.choices.map((choice: { itemId: string }) => choice.itemId)).toEqual(['2']);
    const text = (await collect({ format: 'csv', site: 'mercari-jp' })).join('');
    expect(rowsOf(text).map((row) => row.itemId)).toEqual(['m1']);
    expect(endOf(text)).toBe('#comps-end,version=2,rows=1');
  });

  it('exports the observations of a period, from included, to excluded', async () => {
    db = openDatabase(freshDbName());
    await seed(db);
    const options: ExportOptions = {
      format: 'csv',
      from: '2026-11-02T00:00:00.000Z',
      to: '2026-11-05T09:00:00.000Z',
    };
    const text = (await collect(options)).join('');
    expect(rowsOf(text).map((row) => `${row.itemId}@${row.observedAt}`)).toEqual([
      '1@2026-11-02T10:00:00.000Z',
      '1@2026-11-03T10:00:00.000Z',
    ]);
    expect(endOf(text)).toBe('#comps-end,version=2,rows=2');
    const file = JSON.parse((await collect({ ...options, format: 'json' })).join(''));
    expect(file.scope).toEqual({
      from: '2026-11-02T00:00:00.000Z',
      to: '2026-11-05T09:00:00.000Z',
      dates: 'seen',
    });
    expect(file.listings).toHaveLength(1);
    expect(file.listings[0].history).toHaveLength(2);
    expect(file.choices).toEqual([]);
  });

  it('exports the listings sold in a period, with their whole history and state', async () => {
    db = openDatabase(freshDbName());
    await seed(db);
    // Sold at 08:59 on 4 November in Tokyo, 23:59 on 3 November UTC: in the period when compared as
    // an instant (as text it would sort after the period's end).
    await recordListings(
      db,
      [
        makeListing({
          itemId: 'tokyo',
          title: 'Sold in Tokyo',
          status: 'sold',
          soldAt: '2026-11-04T08:59:00+09:00',
        }),
        makeListing({ itemId: 'later', title: 'Sold later', status: 'sold', soldAt: '2026-11-20T00:00:00Z' }),
      ],
      '2026-11-21T00:00:00.000Z',
    );
    const options: ExportOptions = {
      format: 'csv',
      dates: 'sold',
      from: '2026-11-03T00:00:00.000Z',
      to: '2026-11-04T00:00:00.000Z',
    };
    const text = (await collect(options)).join('');
    // ebay/1 sold on 3 November: all three of its observations, seen 1 to 3 November.
    expect(rowsOf(text).map((row) => `${row.itemId}@${row.observedAt}`)).toEqual([
      '1@2026-11-01T10:00:00.000Z',
      '1@2026-11-02T10:00:00.000Z',
      '1@2026-11-03T10:00:00.000Z',
      'tokyo@2026-11-21T00:00:00.000Z',
    ]);
    const file = JSON.parse((await collect({ ...options, format: 'json' })).join(''));
    expect(file.scope).toMatchObject({ dates: 'sold' });
    expect(file.listings.map((listing: { itemId: string }) => listing.itemId)).toEqual(['1', 'tokyo']);
    expect(file.listings[0].history).toHaveLength(3);
    // Nothing sold in October: an export with no listing, which the page warns about.
    const empty = await exportBlob(db, {
      ...options,
      from: '2026-10-01T00:00:00Z',
      to: '2026-11-01T00:00:00Z',
    });
    expect(empty).toMatchObject({ listings: 0, rows: 0, observations: 0 });
  });

  it('exports listings by key, in the order given, each once, skipping unknown keys', async () => {
    db = openDatabase(freshDbName());
    await seed(db);
    const result = await exportBlob(db, {
      format: 'csv',
      keys: [
        ['yahoo-auctions-jp', 'y1'],
        ['ebay', 'nope'],
        ['ebay', '1'],
        ['yahoo-auctions-jp', 'y1'],
      ],
    });
    expect(result.blob.type).toBe('text/csv;charset=utf-8');
    const rows = rowsOf(await result.blob.text());
    expect(rows.map((row) => row.itemId)).toEqual(['y1', '1', '1', '1']);
    expect(result).toMatchObject({ listings: 2, observations: 4, rows: 4 });
  });

  it('refuses a date that is not one', async () => {
    db = openDatabase(freshDbName());
    await expect(collect({ format: 'csv', from: 'yesterday' })).rejects.toThrow(/Not a date/);
  });
});

describe('exportBlob', () => {
  it('writes the text of the chunks into a Blob, counts what it holds and reports progress up to the total', async () => {
    db = openDatabase(freshDbName());
    await seed(db);
    const calls: [number, number][] = [];
    const now = new Date(2026, 10, 27, 12);
    const result = await exportBlob(db, { format: 'json', pageSize: 3, now }, (done, total) =>
      calls.push([done, total]),
    );
    expect(result.blob.type).toBe('application/json');
    const text = await result.blob.text();
    expect(text).toBe((await collect({ format: 'json', pageSize: 3, now })).join(''));
    expect(result).toMatchObject({
      listings: 4,
      observations: 6,
      rows: 0,
      fileName: 'comps-all-2026-11-27.json',
    });
    expect(calls[0]).toEqual([0, 4]);
    expect(calls).toContainEqual([3, 4]);
    expect(calls[calls.length - 1]).toEqual([4, 4]);
    const csv = await exportBlob(db, { format: 'csv', site: 'ebay', now });
    // ebay/1: 3 observations; ebay/2: 1 observation and its state row.
    expect(csv).toMatchObject({
      listings: 2,
      observations: 4,
      rows: 5,
      fileName: 'comps-ebay-all-2026-11-27.csv',
    });
  });

  it('has every column the format documents', () => {
    expect(CSV_COLUMNS).toHaveLength(21);
    expect(new Set(CSV_COLUMNS).size).toBe(21);
  });
});

/** A reference for "sony wh-1000xm4" in EUR: two sold comps (one an outlier), one for sale, one set aside. */
function reference(): ReferenceResult {
  const comp = (itemId: string, status: 'sold' | 'active', amount: number, outlier?: boolean) => ({
    site: 'ebay',
    itemId,
    title: `Sony ${itemId}`,
    url: `https://www.ebay.com/itm/${itemId}`,
    price: { amount: amount * 1.1, currency: 'USD' },
    amount,
    status,
    date: '2026-11-03T00:00:00.000Z',
    weight: 1,
    score: 1,
    ...(outlier ? { outlier } : {}),
  });
  return {
    query: 'Sony WH-1000XM4 "boxed"',
    currency: 'EUR',
    windowDays: 90,
    reference: {
      basis: 'sold',
      median: 81.82,
      p25: 80,
      p75: 85,
      min: 80,
      max: 85,
      n: 1,
      enough: false,
      outliers: 1,
    },
    asking: null,
    comps: [comp('1', 'sold', 81.82), comp('y1', 'sold', 0.27, true), comp('m1', 'active', 180)],
    excluded: [
      {
        site: 'ebay',
        itemId: '2',
        title: 'case',
        url: 'https://www.ebay.com/itm/2',
        price: { amount: 12.5, currency: 'USD' },
        status: 'active',
        reason: 'accessory',
      },
    ],
    outsideWindow: 0,
    trend: { sold: [], asking: [], slope: null },
  } as unknown as ReferenceResult;
}

describe("the popup's export of a search's comps", () => {
  it('says what each listing was: counted, an outlier, an asking price, set aside (and why)', () => {
    const notes = compNotes(reference());
    expect(notes.query).toBe('Sony WH-1000XM4 "boxed"');
    expect([...notes.notes.entries()]).toEqual([
      ['ebay\u00001', { role: 'counted', amount: 81.82, currency: 'EUR' }],
      ['ebay\u0000y1', { role: 'outlier', amount: 0.27, currency: 'EUR' }],
      ['ebay\u0000m1', { role: 'asking', amount: 180, currency: 'EUR' }],
      ['ebay\u00002', { role: 'set-aside', reason: 'accessory' }],
    ]);
  });

  it('writes the query and those notes into the CSV and the JSON, named after the query', async () => {
    db = openDatabase(freshDbName());
    await seed(db);
    // In the seeded data m1 is on mercari-jp and y1 on yahoo-auctions-jp: those two keys are not stored.
    const now = new Date(2026, 10, 27, 8);
    const csv = await exportComps(db, reference(), 'csv', now);
    expect(csv.fileName).toBe('comps-sony-wh-1000xm4-boxed-2026-11-27.csv');
    expect(csv.listings).toBe(2);
    const text = await csv.blob.text();
    expect(text.split('\r\n')[0]).toBe(
      `\uFEFF${CSV_COLUMNS.join(',')},query,compRole,compReason,compAmount,compCurrency`,
    );
    const rows = rowsOf(text);
    expect(
      rows.map((row) => [
        row.itemId,
        row.query,
        row.compRole,
        row.compReason,
        row.compAmount,
        row.compCurrency,
      ]),
    ).toEqual([
      ['1', 'Sony WH-1000XM4 "boxed"', 'counted', '', '81.82', 'EUR'],
      ['1', 'Sony WH-1000XM4 "boxed"', 'counted', '', '81.82', 'EUR'],
      ['1', 'Sony WH-1000XM4 "boxed"', 'counted', '', '81.82', 'EUR'],
      ['2', 'Sony WH-1000XM4 "boxed"', 'set-aside', 'accessory', '', ''],
      ['2', 'Sony WH-1000XM4 "boxed"', 'set-aside', 'accessory', '', ''],
    ]);
    expect(endOf(text)).toBe('#comps-end,version=2,rows=5');
    const json = await exportComps(db, reference(), 'json', now);
    expect(json.fileName).toBe('comps-sony-wh-1000xm4-boxed-2026-11-27.json');
    const file = JSON.parse(await json.blob.text());
    expect(file.scope).toEqual({ keys: 4, query: 'Sony WH-1000XM4 "boxed"' });
    expect(
      file.listings.map((listing: { itemId: string; comp: unknown }) => [listing.itemId, listing.comp]),
    ).toEqual([
      ['1', { role: 'counted', amount: 81.82, currency: 'EUR' }],
      ['2', { role: 'set-aside', reason: 'accessory' }],
    ]);
  });
});

describe('exportFileName', () => {
  const now = new Date(2026, 10, 27, 23, 59);
  /** Local midnight of a day, as the options page gives the period. */
  const day = (y: number, m: number, d: number) => new Date(y, m - 1, d).toISOString();

  it('says what the file holds, with the local date of the export', () => {
    expect(exportFileName({ format: 'csv' }, now)).toBe('comps-all-2026-11-27.csv');
    expect(exportFileName({ format: 'json' }, new Date(2026, 0, 5, 0, 1))).toBe('comps-all-2026-01-05.json');
    expect(exportFileName({ format: 'json', site: 'ebay' }, now)).toBe('comps-ebay-all-2026-11-27.json');
    expect(
      exportFileName(
        { format: 'csv', site: 'mercari-jp', from: day(2026, 3, 1), to: day(2026, 4, 1), dates: 'sold' },
        now,
      ),
    ).toBe('comps-mercari-jp-sold-2026-03-01-to-2026-03-31-2026-11-27.csv');
    expect(exportFileName({ format: 'csv', from: day(2026, 3, 1) }, now)).toBe(
      'comps-all-seen-since-2026-03-01-2026-11-27.csv',
    );
    expect(exportFileName({ format: 'csv', to: day(2026, 3, 2) }, now)).toBe(
      'comps-all-seen-until-2026-03-01-2026-11-27.csv',
    );
  });

  it('keeps only safe characters of a query, in any script', () => {
    expect(fileNamePart('Sony WH-1000XM4 "boxed"')).toBe('sony-wh-1000xm4-boxed');
    expect(fileNamePart('ニンテンドースイッチ　有機ELモデル')).toBe('ニンテンドースイッチ-有機elモデル');
    expect(fileNamePart('../../etc/passwd')).toBe('etc-passwd');
    expect(fileNamePart('a<b>c:d"e/f\\g|h?i*j\u0000k\u202el')).toBe('a-b-c-d-e-f-g-h-i-j-k-l');
    expect(fileNamePart('CON')).toBe('con');
    expect(fileNamePart('???')).toBe('search');
    expect(fileNamePart('🎧 headphones 🎧')).toBe('headphones');
    expect(Array.from(fileNamePart('長'.repeat(100)))).toHaveLength(60);
  });
});

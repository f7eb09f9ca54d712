import { afterEach, describe, expect, it } from 'vitest';
import { parseCsv, restoreFormula } from '../../storage/csv';
import { type CompsDatabase, openDatabase } from '../../storage/db';
import {
  CSV_COLUMNS,
  type ExportOptions,
  exportBlob,
  exportChunks,
  exportFileName,
  exportListings,
} from '../../storage/export';
import { recordListings } from '../../storage/listings';
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

function rowsOf(text: string): Record<string, string>[] {
  const [header, ...records] = parseCsv(text);
  const names = header?.fields ?? [];
  return records.map((record) =>
    Object.fromEntries(names.map((name, index) => [name, restoreFormula(record.fields[index] ?? '')])),
  );
}

describe('CSV export', () => {
  it('writes a BOM, the header and CRLF line ends, one row per price observation', async () => {
    db = openDatabase(freshDbName());
    await seed(db);
    const text = (await collect({ format: 'csv' })).join('');
    expect(
      text.startsWith('\uFEFFsite,itemId,title,observedAt,status,amount,priceMax,currency,shipping,'),
    ).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
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
      seenOn: '',
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
    expect(file.schemaVersion).toBe(1);
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
    expect(csv).toHaveLength(3); // header + 2 pages
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
    const rows = rowsOf((await collect({ format: 'csv', site: 'mercari-jp' })).join(''));
    expect(rows.map((row) => row.itemId)).toEqual(['m1']);
  });

  it('exports the observations of a period, from included, to excluded', async () => {
    db = openDatabase(freshDbName());
    await seed(db);
    const options: ExportOptions = {
      format: 'csv',
      from: '2026-11-02T00:00:00.000Z',
      to: '2026-11-05T09:00:00.000Z',
    };
    const rows = rowsOf((await collect(options)).join(''));
    expect(rows.map((row) => `${row.itemId}@${row.observedAt}`)).toEqual([
      '1@2026-11-02T10:00:00.000Z',
      '1@2026-11-03T10:00:00.000Z',
    ]);
    const file = JSON.parse((await collect({ ...options, format: 'json' })).join(''));
    expect(file.scope).toEqual({ from: '2026-11-02T00:00:00.000Z', to: '2026-11-05T09:00:00.000Z' });
    expect(file.listings).toHaveLength(1);
    expect(file.listings[0].history).toHaveLength(2);
    expect(file.choices).toEqual([]);
  });

  it('exports listings by key, in the order given, each once, skipping unknown keys (the popup)', async () => {
    db = openDatabase(freshDbName());
    await seed(db);
    const blob = await exportListings(
      db,
      [
        ['yahoo-auctions-jp', 'y1'],
        ['ebay', 'nope'],
        ['ebay', '1'],
        ['yahoo-auctions-jp', 'y1'],
      ],
      'csv',
    );
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const rows = rowsOf(await blob.text());
    expect(rows.map((row) => row.itemId)).toEqual(['y1', '1', '1', '1']);
  });

  it('refuses a date that is not one', async () => {
    db = openDatabase(freshDbName());
    await expect(collect({ format: 'csv', from: 'yesterday' })).rejects.toThrow(/Not a date/);
  });
});

describe('exportBlob', () => {
  it('gathers the chunks into a Blob and reports progress up to the total', async () => {
    db = openDatabase(freshDbName());
    await seed(db);
    const calls: [number, number][] = [];
    const blob = await exportBlob(db, { format: 'json', pageSize: 3, now: new Date(0) }, (done, total) =>
      calls.push([done, total]),
    );
    expect(blob.type).toBe('application/json');
    const text = await blob.text();
    expect(text).toBe((await collect({ format: 'json', pageSize: 3, now: new Date(0) })).join(''));
    expect(calls[0]).toEqual([0, 4]);
    expect(calls).toContainEqual([3, 4]);
    expect(calls[calls.length - 1]).toEqual([4, 4]);
  });

  it('has every column the format documents', () => {
    expect(CSV_COLUMNS).toHaveLength(22);
    expect(new Set(CSV_COLUMNS).size).toBe(22);
  });
});

describe('exportFileName', () => {
  it('names the file with the local date', () => {
    expect(exportFileName('csv', new Date(2026, 10, 26, 23, 59))).toBe('comps-2026-11-26.csv');
    expect(exportFileName('json', new Date(2026, 0, 5, 0, 1))).toBe('comps-2026-01-05.json');
  });
});

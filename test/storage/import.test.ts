import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ImportError } from '../../storage/backup';
import { type CompsDatabase, openDatabase } from '../../storage/db';
import { CSV_COLUMNS, exportBlob, exportChunks } from '../../storage/export';
import { clearStagedImport, type ImportProgress, importFile, MAX_IMPORT_BYTES } from '../../storage/import';
import { historyOf, recordListings } from '../../storage/listings';
import { readTokenStats } from '../../storage/token-stats';
import type { Listing } from '../../utils/listing';
import { freshDbName, makeListing } from '../helpers/listings';

let db: CompsDatabase;
let other: CompsDatabase | undefined;
afterEach(async () => {
  await db?.delete();
  await other?.delete();
  other = undefined;
});

const SONY: Listing = {
  site: 'ebay',
  itemId: '1',
  url: 'https://www.ebay.com/itm/1',
  title: 'Sony WH-1000XM4 "Wireless", Black',
  price: { amount: 100, currency: 'USD' },
  shipping: null,
  condition: 'Pre-Owned',
  status: 'active',
};

/** Four listings covering every field, a state that differs from its last observation, and choices. */
async function seed(database: CompsDatabase) {
  await recordListings(database, [SONY], '2026-11-01T10:00:00.000Z');
  await recordListings(
    database,
    [{ ...SONY, price: { amount: 90, currency: 'USD' } }],
    '2026-11-02T10:00:00.000Z',
  );
  await recordListings(
    database,
    [{ ...SONY, price: { amount: 90, currency: 'USD' }, status: 'sold', soldAt: '2026-11-03T00:00:00.000Z' }],
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
        price: { amount: 1500, currency: null },
        priceMax: 5000,
        format: 'auction',
        bids: 3,
        endsAt: '2026-11-30T12:00:00.000Z',
        imageUrl: 'https://auctions.c.yimg.jp/images/y1.jpg',
        related: false,
      }),
    ],
    '2026-11-05T09:00:00.000Z',
  );
  await database.choices.bulkPut([
    { query: 'sony wh1000xm4', site: 'ebay', itemId: '2', choice: 'exclude', at: '2026-11-06T00:00:00.000Z' },
    { query: 'sony wh1000xm4', site: 'ebay', itemId: '1', choice: 'include', at: '2026-11-06T00:30:00.000Z' },
    { query: 'switch', site: 'mercari-jp', itemId: 'm1', choice: 'include', at: '2026-11-06T01:00:00.000Z' },
  ]);
}

/** Everything stored, history without its auto-increment ids. */
async function snapshot(database: CompsDatabase) {
  const history = (await database.history.toArray())
    .map(({ id: _id, ...row }) => row)
    .sort((a, b) =>
      `${a.site} ${a.itemId} ${a.observedAt}`.localeCompare(`${b.site} ${b.itemId} ${b.observedAt}`),
    );
  return {
    listings: await database.listings.toArray(),
    history,
    choices: await database.choices.toArray(),
  };
}

async function exportText(database: CompsDatabase, format: 'csv' | 'json'): Promise<string> {
  let text = '';
  for await (const chunk of exportChunks(database, { format })) text += chunk;
  return text;
}

async function clear(database: CompsDatabase) {
  await Promise.all([database.listings.clear(), database.history.clear(), database.choices.clear()]);
}

/** The ImportError an import fails with. */
async function failure(source: Blob | string, database: CompsDatabase = db): Promise<ImportError> {
  try {
    await importFile(database, source);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('the import did not fail');
}

const HEAD = '{"format":"comps-backup","schemaVersion":1,"exportedAt":"2026-11-26T00:00:00.000Z"';
function backup(listings: unknown[], choices: unknown[] = []): string {
  return `${HEAD},"listings":${JSON.stringify(listings)},"choices":${JSON.stringify(choices)}}`;
}
function entry(overrides: Record<string, unknown> = {}) {
  return {
    site: 'ebay',
    itemId: '1',
    url: 'https://www.ebay.com/itm/1',
    title: 'Sony WH-1000XM4 "Wireless", Black',
    price: { amount: 90, currency: 'USD' },
    status: 'sold',
    firstSeenAt: '2026-11-01T10:00:00.000Z',
    lastSeenAt: '2026-11-03T10:00:00.000Z',
    history: [{ observedAt: '2026-11-01T10:00:00.000Z', amount: 100, currency: 'USD', status: 'active' }],
    ...overrides,
  };
}

describe('round trip', () => {
  for (const format of ['json', 'csv'] as const) {
    it(`export everything as ${format}, clear, import: the database is the same`, async () => {
      db = openDatabase(freshDbName());
      await seed(db);
      const before = await snapshot(db);
      expect(before.history).toHaveLength(6);
      const { blob } = await exportBlob(db, { format });
      await clear(db);
      expect((await snapshot(db)).listings).toEqual([]);
      const summary = await importFile(db, blob);
      expect(summary).toEqual({
        format,
        added: 4,
        updated: 0,
        unchanged: 0,
        rejected: 0,
        observations: 6,
        choices: 3,
      });
      expect(await snapshot(db)).toEqual(before);
      // Into a second, empty database too (its ids start afresh).
      other = openDatabase(freshDbName());
      await importFile(other, await blob.text());
      expect(await snapshot(other)).toEqual(before);
    });
  }

  it('importing the same file again changes nothing', async () => {
    db = openDatabase(freshDbName());
    await seed(db);
    const json = await exportText(db, 'json');
    const before = await snapshot(db);
    expect(await importFile(db, json)).toEqual({
      format: 'json',
      added: 0,
      updated: 0,
      unchanged: 4,
      rejected: 0,
      observations: 0,
      choices: 0,
    });
    const csv = await exportText(db, 'csv');
    expect(await importFile(db, csv)).toMatchObject({ added: 0, updated: 0, unchanged: 4, observations: 0 });
    expect(await snapshot(db)).toEqual(before);
  });

  it('leaves the token counts folded after it, equal to a count of the listings', async () => {
    db = openDatabase(freshDbName());
    await recordListings(db, [makeListing({ itemId: 'kept', title: 'Sony camera' })]); // a pending log row
    other = openDatabase(freshDbName());
    await recordListings(other, [
      makeListing({ itemId: 'a', title: 'Sony lens' }),
      makeListing({ itemId: 'b', title: 'Nikon camera' }),
    ]);
    await importFile(db, await exportText(other, 'json'));
    const meta = await db.meta.toArray();
    expect(meta.filter((row) => row.key.startsWith('log:'))).toEqual([]);
    expect(Object.fromEntries(meta.map((row) => [row.key, row.value]))).toMatchObject({
      listings: 3,
      't:c:sony': 2,
      't:c:camera': 2,
      't:c:nikon': 1,
    });
  });
});

describe('merge rules', () => {
  it('keeps one row per listing, merges histories by time and dedupes identical observations', async () => {
    db = openDatabase(freshDbName());
    await seed(db);
    const file = backup([
      entry({
        firstSeenAt: '2026-10-20T08:00:00.000Z',
        history: [
          { observedAt: '2026-10-20T08:00:00.000Z', amount: 120, currency: 'USD', status: 'active' },
          // Already stored (same time, amount, currency and status): not added again.
          {
            observedAt: '2026-11-02T10:00:00.000Z',
            amount: 90,
            currency: 'USD',
            status: 'active',
            shipping: null,
          },
        ],
      }),
    ]);
    const summary = await importFile(db, file);
    expect(summary).toMatchObject({ added: 0, updated: 1, unchanged: 0, observations: 1 });
    expect(await db.listings.count()).toBe(4);
    const history = await historyOf(db, 'ebay', '1');
    expect(history.map((row) => `${row.observedAt} ${row.amount}`)).toEqual([
      '2026-10-20T08:00:00.000Z 120',
      '2026-11-01T10:00:00.000Z 100',
      '2026-11-02T10:00:00.000Z 90',
      '2026-11-03T10:00:00.000Z 90',
    ]);
    const stored = await db.listings.get(['ebay', '1']);
    // The stored state is newer (lastSeenAt equal): it stays; the first sighting moves earlier.
    expect(stored).toMatchObject({ price: { amount: 90 }, status: 'sold', condition: 'Pre-Owned' });
    expect(stored?.firstSeenAt).toBe('2026-10-20T08:00:00.000Z');
  });

  it('lets the newer state win, keeping what it does not say, and re-indexes the title', async () => {
    db = openDatabase(freshDbName());
    await seed(db);
    const file = backup([
      entry({
        title: 'Sony WH-1000XM5 boxed',
        price: { amount: 85, currency: 'USD' },
        lastSeenAt: '2026-11-10T10:00:00.000Z',
        history: [{ observedAt: '2026-11-10T10:00:00.000Z', amount: 85, currency: 'USD', status: 'sold' }],
      }),
    ]);
    expect(await importFile(db, file)).toMatchObject({ updated: 1, observations: 1 });
    const stored = await db.listings.get(['ebay', '1']);
    expect(stored).toMatchObject({
      title: 'Sony WH-1000XM5 boxed',
      price: { amount: 85, currency: 'USD' },
      condition: 'Pre-Owned', // not in the file: kept
      shipping: null,
      lastSeenAt: '2026-11-10T10:00:00.000Z',
      firstSeenAt: '2026-11-01T10:00:00.000Z',
    });
    expect(stored?.tokens).toContain('wh1000xm5');
    expect(stored?.tokens).not.toContain('wh1000xm4');
  });

  it('lets an older state lose', async () => {
    db = openDatabase(freshDbName());
    await seed(db);
    const file = backup([
      entry({
        title: 'An old title',
        price: { amount: 150, currency: 'USD' },
        status: 'active',
        lastSeenAt: '2026-11-01T09:00:00.000Z',
        firstSeenAt: '2026-11-01T09:00:00.000Z',
        history: [{ observedAt: '2026-11-01T09:00:00.000Z', amount: 150, currency: 'USD', status: 'active' }],
      }),
    ]);
    await importFile(db, file);
    expect(await db.listings.get(['ebay', '1'])).toMatchObject({
      title: 'Sony WH-1000XM4 "Wireless", Black',
      price: { amount: 90 },
      status: 'sold',
      firstSeenAt: '2026-11-01T09:00:00.000Z',
      lastSeenAt: '2026-11-03T10:00:00.000Z',
    });
    expect(await db.history.count()).toBe(7);
  });

  it('does not make a sold listing active again (the capture rule)', async () => {
    db = openDatabase(freshDbName());
    await seed(db);
    await importFile(
      db,
      backup([
        entry({
          status: 'active',
          price: { amount: 95, currency: 'USD' },
          lastSeenAt: '2026-11-20T00:00:00.000Z',
        }),
      ]),
    );
    expect(await db.listings.get(['ebay', '1'])).toMatchObject({ status: 'sold', price: { amount: 90 } });
  });

  it('merges choices: one per query and listing, the later one wins', async () => {
    db = openDatabase(freshDbName());
    await seed(db);
    const summary = await importFile(
      db,
      backup(
        [],
        [
          {
            query: 'sony wh1000xm4',
            site: 'ebay',
            itemId: '2',
            choice: 'include',
            at: '2026-11-07T00:00:00.000Z',
          },
          {
            query: 'sony wh1000xm4',
            site: 'ebay',
            itemId: '1',
            choice: 'exclude',
            at: '2026-11-01T00:00:00.000Z',
          },
          {
            query: 'new query',
            site: 'ebay',
            itemId: '1',
            choice: 'exclude',
            at: '2026-11-01T00:00:00+09:00',
          },
        ],
      ),
    );
    expect(summary).toMatchObject({ added: 0, choices: 2 });
    expect(await db.choices.get(['sony wh1000xm4', 'ebay', '2'])).toMatchObject({ choice: 'include' });
    expect(await db.choices.get(['sony wh1000xm4', 'ebay', '1'])).toMatchObject({ choice: 'include' });
    expect(await db.choices.get(['new query', 'ebay', '1'])).toMatchObject({
      at: '2026-10-31T15:00:00.000Z',
    });
  });

  it('combines the same listing given twice in one file', async () => {
    db = openDatabase(freshDbName());
    const file = backup([
      entry({ itemId: '9', lastSeenAt: '2026-11-03T10:00:00.000Z' }),
      entry({
        itemId: '9',
        title: 'Newer title',
        lastSeenAt: '2026-11-04T10:00:00.000Z',
        history: [{ observedAt: '2026-11-04T10:00:00.000Z', amount: 90, currency: 'USD', status: 'sold' }],
      }),
    ]);
    expect(await importFile(db, file)).toMatchObject({ added: 1, observations: 2 });
    expect(await db.listings.count()).toBe(1);
    expect(await db.listings.get(['ebay', '9'])).toMatchObject({ title: 'Newer title' });
  });

  it('stores dates in one form (UTC), so they sort', async () => {
    db = openDatabase(freshDbName());
    await importFile(
      db,
      backup([
        entry({
          firstSeenAt: '2026-11-01T19:00:00+09:00',
          history: [
            { observedAt: '2026-11-01T19:00:00+09:00', amount: 100, currency: 'USD', status: 'active' },
          ],
        }),
      ]),
    );
    expect((await db.listings.get(['ebay', '1']))?.firstSeenAt).toBe('2026-11-01T10:00:00.000Z');
    expect((await historyOf(db, 'ebay', '1'))[0]?.observedAt).toBe('2026-11-01T10:00:00.000Z');
  });
});

describe('all or nothing', () => {
  it('writes nothing when the transaction fails midway', async () => {
    db = openDatabase(freshDbName());
    await seed(db);
    const before = await snapshot(db);
    const file = backup(
      [
        entry({ lastSeenAt: '2026-11-21T00:00:00.000Z', title: 'Changed' }),
        entry({ itemId: 'n1' }),
        entry({ itemId: 'n2' }),
        entry({ itemId: 'n3' }),
        entry({ itemId: 'n4' }),
      ],
      [{ query: 'q', site: 'ebay', itemId: 'n1', choice: 'exclude', at: '2026-11-07T00:00:00.000Z' }],
    );
    let writes = 0;
    await expect(
      importFile(db, file, {
        batchSize: 2,
        onProgress: ({ phase, listings }) => {
          if (phase !== 'write' || listings === 0) return;
          writes++;
          // The first batch (an update and an addition) is written; then something breaks.
          if (writes === 2) throw new Error('disk pulled out');
        },
      }),
    ).rejects.toThrow('disk pulled out');
    expect(writes).toBe(2);
    expect(await snapshot(db)).toEqual(before);
    expect(await db.staging.count()).toBe(0);
  });

  it('writes nothing of a file whose last record is bad', async () => {
    db = openDatabase(freshDbName());
    await seed(db);
    const before = await snapshot(db);
    const error = await failure(
      backup([
        entry({ itemId: 'a' }),
        entry({ itemId: 'b' }),
        entry({ itemId: 'c', price: { amount: -5, currency: 'USD' } }),
      ]),
    );
    expect(error.code).toBe('badRecord');
    expect(error.message).toBe('listing 3 (ebay c): price.amount: Too small: expected number to be >=0');
    expect(error.details.record).toEqual({ list: 'listings', index: 3, key: 'ebay c' });
    expect(error.details.field).toBe('price.amount');
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('files that are refused', () => {
  it('an empty file', async () => {
    db = openDatabase(freshDbName());
    expect((await failure('')).code).toBe('empty');
    expect((await failure(new Blob([]))).code).toBe('empty');
    expect((await failure('\uFEFF  \r\n ')).code).toBe('empty');
  });

  it('binary garbage', async () => {
    db = openDatabase(freshDbName());
    const bytes = new Uint8Array(5000);
    let seedValue = 42;
    for (let i = 0; i < bytes.length; i++) {
      seedValue = (seedValue * 1103515245 + 12345) & 0x7fffffff;
      bytes[i] = seedValue >> 16;
    }
    const error = await failure(new Blob([bytes]));
    expect(error.code).toBe('notOurs');
    expect(error.message).toMatch(/not text/);
    // Valid UTF-8 that is not ours (a zip's header is) fails at its first line.
    expect((await failure('PK\u0003\u0004\u0000\u0000\u0008\u0000')).code).toBe('notOurs');
  });

  it("another app's JSON", async () => {
    db = openDatabase(freshDbName());
    expect((await failure('{"name":"my-app","version":"1.0.0","dependencies":{}}')).code).toBe('notOurs');
    expect((await failure('[1,2,3]')).code).toBe('notOurs');
  });

  it('a wrong format name', async () => {
    db = openDatabase(freshDbName());
    const error = await failure('{"format":"keepa-export","schemaVersion":1,"listings":[]}');
    expect(error.code).toBe('wrongFormat');
    expect(error.details.value).toBe('keepa-export');
  });

  it('a wrong or future schema version', async () => {
    db = openDatabase(freshDbName());
    const future = await failure(backup([]).replace('"schemaVersion":1', '"schemaVersion":3'));
    expect(future.code).toBe('futureVersion');
    expect(future.message).toMatch(/newer Comps/);
    expect((await failure(backup([]).replace('"schemaVersion":1', '"schemaVersion":"1"'))).code).toBe(
      'badVersion',
    );
    expect((await failure(backup([]).replace('"schemaVersion":1,', ''))).code).toBe('badVersion');
  });

  it('truncated JSON', async () => {
    db = openDatabase(freshDbName());
    await seed(db);
    const json = await exportText(db, 'json');
    other = openDatabase(freshDbName());
    const error = await failure(json.slice(0, Math.floor(json.length * 0.6)), other);
    expect(error.code).toBe('badJson');
    expect(error.message).toMatch(/cut short/);
    expect(await other.listings.count()).toBe(0);
    expect(await other.staging.count()).toBe(0);
  });

  it('a negative price, a bad date, an unknown status', async () => {
    db = openDatabase(freshDbName());
    expect(
      (await failure(backup([entry(), entry({ itemId: '2', price: { amount: -1, currency: 'USD' } })])))
        .message,
    ).toMatch(/^listing 2 \(ebay 2\): price\.amount/);
    const badDate = await failure(backup([entry({ lastSeenAt: '2026-02-31T00:00:00.000Z' })]));
    expect(badDate.details.field).toBe('lastSeenAt');
    const notDate = await failure(
      backup([
        entry({ history: [{ observedAt: 'yesterday', amount: 1, currency: 'USD', status: 'active' }] }),
      ]),
    );
    expect(notDate.details.field).toBe('history.0.observedAt');
    const status = await failure(
      backup([
        entry({
          history: [{ observedAt: '2026-11-01T00:00:00Z', amount: 1, currency: 'USD', status: 'gone' }],
        }),
      ]),
    );
    expect(status.details.field).toBe('history.0.status');
    expect(
      (
        await failure(
          backup(
            [],
            [{ query: 'q', site: 'ebay', itemId: '1', choice: 'maybe', at: '2026-11-01T00:00:00Z' }],
          ),
        )
      ).message,
    ).toMatch(/^choice 1: choice/);
  });

  it('a file over the size limit, before reading it', async () => {
    db = openDatabase(freshDbName());
    const huge = {
      size: MAX_IMPORT_BYTES + 1,
      stream() {
        throw new Error('should not be read');
      },
    } as unknown as Blob;
    expect((await failure(huge)).code).toBe('tooLarge');
  });

  it('a listing with a hostile title is kept as text', async () => {
    db = openDatabase(freshDbName());
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, on purpose
    const title = '<img src=x onerror="alert(1)">=cmd|\'/c calc\'!A1 ${7*7} {{constructor}}';
    await importFile(db, backup([entry({ title, itemId: '__proto__' })]));
    const stored = await db.listings.get(['ebay', '__proto__']);
    expect(stored?.title).toBe(title);
    // And back out through CSV and in again, unchanged.
    const csv = await exportText(db, 'csv');
    expect(csv).not.toContain(',<img');
    other = openDatabase(freshDbName());
    await importFile(other, csv);
    expect((await other.listings.get(['ebay', '__proto__']))?.title).toBe(title);
  });
});

describe('CSV import', () => {
  const header = CSV_COLUMNS.join(',');
  function row(values: Partial<Record<(typeof CSV_COLUMNS)[number], string>>): string {
    const base: Partial<Record<(typeof CSV_COLUMNS)[number], string>> = {
      site: 'ebay',
      itemId: '1',
      title: 'Sony',
      observedAt: '2026-11-01T10:00:00.000Z',
      status: 'active',
      amount: '100',
      currency: 'USD',
      url: 'https://www.ebay.com/itm/1',
      firstSeenAt: '2026-11-01T10:00:00.000Z',
      lastSeenAt: '2026-11-02T10:00:00.000Z',
    };
    const merged = { ...base, ...values };
    return CSV_COLUMNS.map((column) => merged[column] ?? '').join(',');
  }
  /** A hand-written CSV of the current version: header, rows, end line. */
  function csvFile(rows: string[], eol = '\r\n'): string {
    return [header, ...rows, `#comps-end,version=2,rows=${rows.length}`, ''].join(eol);
  }

  it('rebuilds each listing from its rows: the latest observation gives the state', async () => {
    db = openDatabase(freshDbName());
    const csv = csvFile([
      row({
        observedAt: '2026-11-02T10:00:00.000Z',
        amount: '80',
        status: 'sold',
        soldAt: '2026-11-02T00:00:00Z',
      }),
      row({}),
      row({ itemId: '2', url: 'https://www.ebay.com/itm/2', shipping: '4.5', shippingCurrency: 'USD' }),
    ]);
    expect(await importFile(db, csv)).toMatchObject({ format: 'csv', added: 2, observations: 3 });
    expect(await db.listings.get(['ebay', '1'])).toMatchObject({
      price: { amount: 80, currency: 'USD' },
      status: 'sold',
      soldAt: '2026-11-02T00:00:00Z',
    });
    expect((await db.listings.get(['ebay', '2']))?.shipping).toEqual({ amount: 4.5, currency: 'USD' });
    expect((await historyOf(db, 'ebay', '1')).map((r) => r.amount)).toEqual([100, 80]);
  });

  it('accepts columns in another order and without the optional ones', async () => {
    db = openDatabase(freshDbName());
    const csv =
      'amount,currency,status,observedAt,lastSeenAt,firstSeenAt,url,title,itemId,site\n' +
      '1701,JPY,active,2026-11-01T00:00:00Z,2026-11-01T00:00:00Z,2026-11-01T00:00:00Z,https://jp.mercari.com/item/m9,カメラ,m9,mercari-jp\n' +
      '#comps-end,version=2,rows=1,,,,,,,\n'; // a spreadsheet pads the end line to the header's width
    await importFile(db, csv);
    expect(await db.listings.get(['mercari-jp', 'm9'])).toMatchObject({
      title: 'カメラ',
      price: { amount: 1701 },
    });
  });

  it('refuses a CSV with a missing column, naming it', async () => {
    db = openDatabase(freshDbName());
    const columns = CSV_COLUMNS.filter((column) => column !== 'amount');
    const error = await failure(`${columns.join(',')}\r\n${columns.map(() => 'x').join(',')}\r\n`);
    expect(error.code).toBe('missingColumns');
    expect(error.details.reason).toBe('amount');
  });

  it("refuses another app's CSV", async () => {
    db = openDatabase(freshDbName());
    expect((await failure('Date,Description,Amount\r\n2026-01-01,Coffee,3.50\r\n')).code).toBe('notOurs');
  });

  it('names the line of the first bad record', async () => {
    db = openDatabase(freshDbName());
    const csv = [
      header,
      row({}),
      row({ itemId: '2', amount: '-3' }),
      row({ itemId: '3', amount: 'abc' }),
    ].join('\r\n');
    const error = await failure(csv);
    expect(error.code).toBe('badRecord');
    expect(error.details.line).toBe(3);
    expect(error.details.field).toBe('amount');
    expect(error.message).toMatch(/^line 3: amount: Too small/);
    expect(
      (await failure([header, row({ observedAt: '2026-13-01T00:00:00Z' })].join('\r\n'))).details,
    ).toMatchObject({
      line: 2,
      field: 'observedAt',
    });
    expect(
      (await failure([header, row({ choices: '"[{""query"":1}]"' })].join('\r\n'))).details.field,
    ).toMatch(/^choices/);
  });

  it('refuses a truncated CSV: a short last line, or an open quote', async () => {
    db = openDatabase(freshDbName());
    await seed(db);
    const csv = await exportText(db, 'csv');
    other = openDatabase(freshDbName());
    const cut = csv.slice(0, csv.indexOf('https://www.ebay.com/itm/2'));
    const short = await failure(cut, other);
    expect(short.code).toBe('badRecord');
    expect(short.message).toMatch(/fields instead of 21/);
    const open = await failure(csv.slice(0, csv.indexOf('箱付き')), other);
    expect(open.code).toBe('badCsv');
    expect(open.message).toMatch(/not closed/);
    expect(await other.listings.count()).toBe(0);
  });

  it('stops at the first bad line of a long file', async () => {
    db = openDatabase(freshDbName());
    const error = await failure(`${header}\r\n${row({ amount: 'x' })}\r\n${'x\r\n'.repeat(200_000)}`);
    expect(error.details).toMatchObject({ line: 2, field: 'amount' });
  });

  it('reads a Blob in chunks, and one progress bar only moves forward, reading then saving', async () => {
    db = openDatabase(freshDbName());
    await seed(db);
    const { blob } = await exportBlob(db, { format: 'csv' });
    other = openDatabase(freshDbName());
    const seen: ImportProgress[] = [];
    const summary = await importFile(other, blob, {
      batchSize: 1,
      onProgress: (progress) => seen.push(progress),
    });
    expect(summary.added).toBe(4);
    const fractions = seen.map((progress) => progress.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(seen[seen.length - 1]).toEqual({ phase: 'write', listings: 4, total: 4, fraction: 1 });
    const phases = seen.map((progress) => progress.phase);
    expect(phases.indexOf('write')).toBe(phases.lastIndexOf('read') + 1);
    expect(seen.find((progress) => progress.phase === 'write')?.fraction).toBe(0.2);
    // Reading reports as it goes (by the bytes read), not only at its end: JSON and CSV.
    const many = backup(Array.from({ length: 800 }, (_, n) => entry({ itemId: `n${n}` })));
    const third = openDatabase(freshDbName());
    try {
      const reads = async (target: CompsDatabase, file: string) => {
        expect(file.length).toBeGreaterThan(2 * 65536);
        const reading: number[] = [];
        await importFile(target, file, {
          onProgress: ({ phase, fraction }) => {
            if (phase === 'read') reading.push(fraction);
          },
        });
        return reading.filter((fraction) => fraction > 0 && fraction < 0.2).length;
      };
      expect(await reads(third, many)).toBeGreaterThan(1);
      expect(await reads(db, await exportText(third, 'csv'))).toBeGreaterThan(1);
    } finally {
      await third.delete();
    }
    // Saving goes one batch (here one listing) at a time.
    expect(
      seen.filter((progress) => progress.phase === 'write').map((progress) => progress.listings),
    ).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('the CSV end line', () => {
  it('refuses the export cut at any line end, and changes nothing', async () => {
    db = openDatabase(freshDbName());
    await seed(db);
    const csv = await exportText(db, 'csv');
    other = openDatabase(freshDbName());
    await seed(other);
    await importFile(other, backup([entry({ itemId: 'only-here' })]));
    const before = await snapshot(other);
    // Every CRLF is a line end (the LF inside the quoted Japanese title is not one).
    const ends: number[] = [];
    for (let at = csv.indexOf('\r\n'); at !== -1; at = csv.indexOf('\r\n', at + 1)) ends.push(at + 2);
    expect(ends).toHaveLength(9); // header, 7 rows, end line
    for (const end of ends.slice(0, -1)) {
      const error = await failure(csv.slice(0, end), other);
      expect(error.code, `cut after ${end} characters`).toBe('noEnd');
      expect(error.details.value).toBe(2);
      expect(error.message).toMatch(/cut short/);
    }
    expect(await snapshot(other)).toEqual(before);
    expect(await other.staging.count()).toBe(0);
    // Whole, it imports.
    expect(await importFile(other, csv)).toMatchObject({ added: 0, unchanged: 4 });
  });

  it('refuses rows lost in the middle, rows after the end line, and a damaged end line', async () => {
    db = openDatabase(freshDbName());
    await seed(db);
    const csv = await exportText(db, 'csv');
    const lines = csv.split('\r\n');
    const lost = await failure([...lines.slice(0, 2), ...lines.slice(3)].join('\r\n'));
    expect(lost.code).toBe('badEnd');
    expect(lost.details).toMatchObject({ expected: 7, found: 6 });
    expect(lost.message).toMatch(/counts 7 rows, but 6 come before it/);
    const after = await failure(`${csv}${lines[1]}\r\n`);
    expect(after.code).toBe('badEnd');
    expect(after.message).toMatch(/follow the end line/);
    const damaged = await failure(csv.replace('rows=7', 'rows=seven'));
    expect(damaged.code).toBe('badEnd');
    const future = await failure(csv.replace('version=2', 'version=3'));
    expect(future.code).toBe('futureVersion');
  });

  it('takes a title with a NUL byte, at the start of the file or later (the app exports them)', async () => {
    db = openDatabase(freshDbName());
    await recordListings(
      db,
      [
        makeListing({ site: 'aaa', itemId: 'first', title: '\u0000 NUL first' }),
        makeListing({ itemId: 'later', title: 'a NUL \u0000 later' }),
      ],
      '2026-11-01T00:00:00.000Z',
    );
    const before = await snapshot(db);
    const { blob } = await exportBlob(db, { format: 'csv' });
    // The NUL is within the first bytes of the file.
    expect((await blob.text()).indexOf('\u0000')).toBeLessThan(300);
    await clear(db);
    expect(await importFile(db, blob)).toMatchObject({ added: 2 });
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('files of format version 1', () => {
  const fixture = (name: string) =>
    readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'fixtures', name), 'utf8');

  it('imports a version 1 JSON backup', async () => {
    db = openDatabase(freshDbName());
    await seed(db);
    const before = await snapshot(db);
    other = openDatabase(freshDbName());
    const file = fixture('v1-export.json');
    expect(JSON.parse(file).schemaVersion).toBe(1);
    expect(await importFile(other, file)).toEqual({
      format: 'json',
      added: 4,
      updated: 0,
      unchanged: 0,
      rejected: 0,
      observations: 6,
      choices: 2,
    });
    // The fixture was exported from the same data, before the third choice was made.
    const after = await snapshot(other);
    expect(after.listings).toEqual(before.listings);
    expect(after.history).toEqual(before.history);
  });

  it('refuses a version 1 CSV (no end line) unless the user accepts it unchecked', async () => {
    db = openDatabase(freshDbName());
    const file = fixture('v1-export.csv');
    expect(file.split('\n')[0]).toContain(',seenOn,');
    const error = await failure(file);
    expect(error.code).toBe('noEnd');
    expect(error.details.value).toBe(1);
    expect(error.message).toMatch(/older Comps/);
    expect(await db.listings.count()).toBe(0);
    expect(await importFile(db, file, { acceptUnchecked: true })).toMatchObject({
      format: 'csv',
      added: 4,
      observations: 6,
      choices: 2,
    });
    other = openDatabase(freshDbName());
    await seed(other);
    expect((await snapshot(db)).listings).toEqual((await snapshot(other)).listings);
    // A version 1 CSV cut short is refused all the same when it breaks a line or a quote.
    expect((await failure(file.slice(0, file.indexOf('箱付き')), other)).code).toBe('badCsv');
  });
});

describe('JSON in another order', () => {
  it('reads a backup whose lists come before its format and version (sorted keys)', async () => {
    db = openDatabase(freshDbName());
    await seed(db);
    const before = await snapshot(db);
    const file = JSON.parse(await exportText(db, 'json'));
    const sorted = Object.fromEntries(Object.entries(file).sort(([a], [b]) => (a < b ? -1 : 1)));
    expect(Object.keys(sorted)).toEqual(['choices', 'exportedAt', 'format', 'listings', 'schemaVersion']);
    other = openDatabase(freshDbName());
    expect(await importFile(other, JSON.stringify(sorted, null, 2))).toMatchObject({ added: 4, choices: 3 });
    expect(await snapshot(other)).toEqual(before);
    // ...and still refuses it from a newer Comps, or without a format.
    expect((await failure(JSON.stringify({ ...sorted, schemaVersion: 3 }))).code).toBe('futureVersion');
    const { format: _format, ...anonymous } = sorted;
    expect((await failure(JSON.stringify(anonymous))).code).toBe('notOurs');
  });
});

describe('large files, in many batches', () => {
  it('merges batch by batch: the same listing in two batches, stored listings between the keys', async () => {
    db = openDatabase(freshDbName());
    // Stored: every even key from a00 to a98; the file: every key, a05 twice (in different batches).
    const at = '2026-11-01T00:00:00.000Z';
    const key = (n: number) => `a${String(n).padStart(2, '0')}`;
    await recordListings(
      db,
      Array.from({ length: 50 }, (_, n) => makeListing({ itemId: key(n * 2), title: `Stored ${n * 2}` })),
      at,
    );
    const listings = Array.from({ length: 100 }, (_, n) =>
      entry({
        itemId: key(n),
        url: `https://www.ebay.com/itm/${key(n)}`,
        title: `Stored ${n}`,
        status: 'active',
        price: { amount: 120, currency: 'USD' },
        firstSeenAt: at,
        lastSeenAt: at,
        history: [{ observedAt: at, amount: 120, currency: 'USD', status: 'active' }],
      }),
    );
    listings.push(
      entry({
        itemId: key(5),
        url: `https://www.ebay.com/itm/${key(5)}`,
        title: 'Stored 5, renamed later',
        lastSeenAt: '2026-11-02T00:00:00.000Z',
        history: [{ observedAt: '2026-11-02T00:00:00.000Z', amount: 90, currency: 'USD', status: 'sold' }],
      }),
    );
    const summary = await importFile(db, backup(listings), { batchSize: 7 });
    // The odd keys are new (one observation each); the even ones teach nothing new (the stored
    // state is as recent, its one observation the same); a05's second record adds a sale.
    expect(summary).toMatchObject({ added: 50, updated: 1, unchanged: 50, observations: 51 });
    expect(await db.listings.count()).toBe(100);
    expect(await db.history.count()).toBe(101);
    expect(await db.listings.get(['ebay', key(5)])).toMatchObject({
      title: 'Stored 5, renamed later',
      status: 'sold',
    });
    // A listing merged twice within one import is in the token counts once.
    const stats = await readTokenStats(db, ['renamed']);
    expect(stats?.docCount).toBe(100);
    expect(stats?.docFreq.get('renamed')).toBe(1);
  });

  it('finds the stored listings of a batch whose keys span many others', async () => {
    db = openDatabase(freshDbName());
    const at = '2026-11-01T00:00:00.000Z';
    await recordListings(
      db,
      Array.from({ length: 300 }, (_, n) => makeListing({ itemId: `b${n}` })),
      at,
    );
    await recordListings(db, [makeListing({ itemId: 'c', title: 'Stored c' })], at);
    // One batch: "a" (new) and "c" (stored), with 301 stored listings between them.
    const summary = await importFile(
      db,
      backup([
        entry({ itemId: 'a', lastSeenAt: at, firstSeenAt: at }),
        entry({ itemId: 'c', title: 'Renamed c', lastSeenAt: '2026-11-02T00:00:00.000Z' }),
      ]),
    );
    expect(summary).toMatchObject({ added: 1, updated: 1, unchanged: 0 });
    expect(await db.listings.get(['ebay', 'c'])).toMatchObject({ title: 'Renamed c' });
    expect(await db.listings.count()).toBe(302);
  });
});

describe('staging', () => {
  it('leaves nothing staged, after a good or a refused file; clearStagedImport removes leftovers', async () => {
    db = openDatabase(freshDbName());
    await importFile(db, backup([entry()]));
    expect(await db.staging.count()).toBe(0);
    await failure(
      backup([entry({ itemId: 'a' }), entry({ itemId: 'b', price: { amount: -1, currency: 'USD' } })]),
    );
    expect(await db.staging.count()).toBe(0);
    // What a crashed import leaves behind is never read as data, and is cleared.
    await db.staging.put({ seq: 1, kind: 'listings', items: [{ state: { site: 'ebay' }, history: [] }] });
    await clearStagedImport(db);
    expect(await db.staging.count()).toBe(0);
  });

  it('runs one import at a time (a Web Lock shared by the tabs)', async () => {
    db = openDatabase(freshDbName());
    // A lock manager as the browsers have it: `ifAvailable` gives null while the lock is held.
    let held = false;
    const locks = {
      async request(
        _name: string,
        options: { ifAvailable?: boolean },
        task: (lock: object | null) => unknown,
      ) {
        if (held && options.ifAvailable) return task(null);
        held = true;
        try {
          return await task({});
        } finally {
          held = false;
        }
      },
    };
    const navigator = globalThis.navigator as unknown as { locks?: unknown };
    const previous = Object.getOwnPropertyDescriptor(navigator, 'locks');
    Object.defineProperty(navigator, 'locks', { value: locks, configurable: true });
    try {
      const first = importFile(db, backup([entry()]));
      const second = await failure(backup([entry({ itemId: '2' })]));
      expect(second.code).toBe('busy');
      expect(await first).toMatchObject({ added: 1 });
      expect(await importFile(db, backup([entry({ itemId: '2' })]))).toMatchObject({ added: 1 });
    } finally {
      if (previous) Object.defineProperty(navigator, 'locks', previous);
      else delete navigator.locks;
    }
  });
});

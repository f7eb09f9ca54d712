/**
 * Every file the app exports imports back: hostile content (what a page script can put in a
 * title, an id or a condition), every status, every optional field absent and present, through
 * CSV and JSON, into an empty database and over itself.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type CompsDatabase, openDatabase } from '../../storage/db';
import { exportBlob, exportChunks } from '../../storage/export';
import { importFile } from '../../storage/import';
import { recordListings } from '../../storage/listings';
import { foldTokenStats } from '../../storage/token-stats';
import type { Listing, ListingStatus, SaleFormat } from '../../utils/listing';
import { MAX_TITLE_LENGTH } from '../../utils/messages';
import { freshDbName } from '../helpers/listings';

const databases: CompsDatabase[] = [];
function fresh(): CompsDatabase {
  const db = openDatabase(freshDbName());
  databases.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(databases.splice(0).map((db) => db.delete()));
});

const CONTROL = Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).join('');

/** Text a page script can put in a title, an id or a condition. */
const HOSTILE = [
  '\u0000 a NUL first',
  `controls ${CONTROL}\u007f\u0085 end`,
  'line\nbreak\r\nand\rlone CR',
  'separators \u2028 \u2029',
  'right-to-left \u200f\u202eevil\u202c \u2066isolate\u2069 עברית العربية',
  'emoji 🎧 👩‍👩‍👧‍👦 🇯🇵 👍🏽 \ufe0f',
  'quotes " \' "" \'\' "a,b"',
  '=1+1',
  '+1',
  '-1',
  '@SUM(A1)',
  '\t=tab formula',
  '\r=CR formula',
  "'=already quoted",
  "''=twice",
  "'plain quote",
  '#comps-end,version=2,rows=0',
  '{"format":"comps-backup","listings":[]}',
  'a literal \\u0000 and \\',
  '\ufeffBOM inside',
  '  spaces around  ',
  'ニンテンドースイッチ 有機ELモデル 中古 保護殼 蘋果',
  'x'.repeat(MAX_TITLE_LENGTH),
];

const STATUSES: ListingStatus[] = ['active', 'sold', 'ended', 'unknown'];
const FORMATS: (SaleFormat | undefined)[] = ['auction', 'fixed', 'offer', 'classified', undefined];

/** Listing n: a hostile title and id, and a mix of optional fields that differs with n. */
function listing(n: number): Listing {
  const text = HOSTILE[n % HOSTILE.length] as string;
  const status = STATUSES[n % STATUSES.length] as ListingStatus;
  const has = (bit: number) => Math.floor(n / 2 ** bit) % 2 === 1;
  return {
    site: ['ebay', 'mercari-jp', 'a', 'yahoo-auctions-jp'][n % 4] as string,
    itemId: n % 3 === 0 ? `${n} ${text.slice(0, 150)}` : `id-${n}`,
    url: `https://example.com/item/${n}?q="x",y`,
    title: n % 3 === 0 ? `${text} ${n}`.slice(0, MAX_TITLE_LENGTH) : text,
    price: {
      amount: [0, 12.34, 29800, 0.000001, 999999999999.5][n % 5] as number,
      currency: has(0) ? 'USD' : null,
    },
    ...(has(1) ? { priceMax: 50.5 } : {}),
    ...(has(2) ? { shipping: has(3) ? null : { amount: 7.5, currency: has(4) ? 'EUR' : null } } : {}),
    status,
    ...(status === 'sold' && has(3) ? { soldAt: '2026-11-03T08:59:00+09:00' } : {}),
    ...(has(4) ? { condition: text.slice(0, 200) } : {}),
    ...(FORMATS[n % FORMATS.length] ? { format: FORMATS[n % FORMATS.length] } : {}),
    ...(has(5) ? { bids: n * 1000 } : {}),
    ...(has(6) ? { endsAt: '2026-12-01T00:00:00.000Z' } : {}),
    ...(has(1) ? { imageUrl: `https://example.com/img/${n}.jpg?a=1&b="2"` } : {}),
    ...(has(2) ? { related: has(5) } : {}),
  };
}

const COUNT = 128;

/** Listings with one to three observations, the last sometimes a state the history does not show. */
async function seed(db: CompsDatabase): Promise<void> {
  const all = Array.from({ length: COUNT }, (_, n) => listing(n));
  await recordListings(db, all, '2026-11-01T10:00:00.000Z');
  // A price change for every third listing, a shipping-only change (a state row) for every fifth.
  await recordListings(
    db,
    all.filter((_, n) => n % 3 === 1).map((item) => ({ ...item, price: { ...item.price, amount: 11.5 } })),
    '2026-11-02T10:00:00.000Z',
  );
  await recordListings(
    db,
    all
      .filter((_, n) => n % 5 === 2)
      .map((item) => ({ ...item, shipping: { amount: 3.25, currency: 'JPY' } })),
    '2026-11-03T10:00:00.000Z',
  );
  await db.choices.bulkPut(
    all.slice(0, 20).map((item, n) => ({
      query: `${HOSTILE[n] as string}`.slice(0, 1000) || 'q',
      site: item.site,
      itemId: item.itemId,
      choice: n % 2 ? ('include' as const) : ('exclude' as const),
      at: '2026-11-04T00:00:00.000Z',
    })),
  );
}

async function snapshot(db: CompsDatabase) {
  // Token counts are compared folded: the log of pending changes depends on the batches written.
  await db.transaction('rw', db.meta, () => foldTokenStats(db.meta));
  const history = (await db.history.toArray())
    .map(({ id: _id, ...row }) => row)
    .sort((a, b) => {
      const left = `${a.site}\u0000${a.itemId}\u0000${a.observedAt}`;
      const right = `${b.site}\u0000${b.itemId}\u0000${b.observedAt}`;
      return left < right ? -1 : left > right ? 1 : 0;
    });
  return {
    listings: await db.listings.toArray(),
    history,
    choices: await db.choices.toArray(),
    meta: await db.meta.toArray(),
  };
}

describe('the file holds the text of the export, byte for byte', () => {
  // exportBlob writes each listing's text straight into bytes (BlobWriter); exportChunks gives the
  // same text in pages, which export.test.ts reads field by field. The file must be its UTF-8.
  for (const format of ['csv', 'json'] as const) {
    it(`${format}: hostile text, one page and many`, async () => {
      const db = fresh();
      await seed(db);
      const now = new Date('2026-11-27T12:00:00.000Z');
      for (const pageSize of [1, 7, 2000]) {
        let text = '';
        for await (const chunk of exportChunks(db, { format, pageSize, now })) text += chunk;
        const { blob } = await exportBlob(db, { format, pageSize, now });
        const bytes = new Uint8Array(await blob.arrayBuffer());
        expect(bytes.length).toBeGreaterThan(COUNT * 100);
        expect(Buffer.from(bytes).equals(Buffer.from(new TextEncoder().encode(text)))).toBe(true);
      }
    });
  }
});

describe('every export imports back', () => {
  for (const format of ['csv', 'json'] as const) {
    it(`${format}: hostile text, every status and optional field, into an empty database and over itself`, async () => {
      const source = fresh();
      await seed(source);
      const before = await snapshot(source);
      expect(before.listings).toHaveLength(COUNT);
      const exported = await exportBlob(source, { format, pageSize: 50 });
      expect(exported.listings).toBe(COUNT);

      const target = fresh();
      const summary = await importFile(target, exported.blob, { batchSize: 16 });
      expect(summary).toMatchObject({
        added: COUNT,
        updated: 0,
        unchanged: 0,
        observations: before.history.length,
      });
      // The same listings, history, choices and token counts, field for field.
      expect(await snapshot(target)).toEqual(before);

      // And again over itself: nothing new.
      expect(await importFile(target, exported.blob)).toMatchObject({
        added: 0,
        updated: 0,
        unchanged: COUNT,
        observations: 0,
        choices: 0,
      });
      expect(await snapshot(target)).toEqual(before);
    });
  }

  it('a lone surrogate (not text in UTF-8): exact through JSON, U+FFFD through CSV', async () => {
    const source = fresh();
    const item: Listing = {
      site: 'ebay',
      itemId: '1',
      url: 'https://example.com/1',
      title: 'half \ud83c of an emoji',
      price: { amount: 1, currency: 'USD' },
      status: 'active',
    };
    await recordListings(source, [item], '2026-11-01T00:00:00.000Z');
    const json = fresh();
    await importFile(json, (await exportBlob(source, { format: 'json' })).blob);
    expect((await json.listings.get(['ebay', '1']))?.title).toBe('half \ud83c of an emoji');
    const csv = fresh();
    await importFile(csv, (await exportBlob(source, { format: 'csv' })).blob);
    expect((await csv.listings.get(['ebay', '1']))?.title).toBe('half \ufffd of an emoji');
  });
});

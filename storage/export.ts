import Dexie from 'dexie';
import { listingKey } from '../utils/listing';
import { BACKUP_FORMAT, BACKUP_SCHEMA_VERSION, type BackupObservation, type BackupScope } from './backup';
import { CSV_BOM, CSV_EOL, csvField, csvRecord } from './csv';
import type { CompChoice, CompsDatabase, PriceObservation, StoredListing } from './db';

/**
 * Export of the stored listings, as CSV (for spreadsheets) or as the JSON backup (see backup.ts),
 * written piece by piece: the database is read in pages of listings (keyset pagination on the
 * primary key) with their history, each page becomes one string chunk, and the chunks become the
 * parts of a Blob, so the browser never holds the whole file as one JS string.
 *
 * # CSV layout
 * UTF-8 with a byte order mark (Excel then reads Japanese and Chinese titles right), CRLF line ends,
 * RFC 4180 quoting, one header line, then ONE ROW PER PRICE OBSERVATION (a row of the listing's
 * price history) in the columns of `CSV_COLUMNS`:
 * - observation columns, as they were at `observedAt`: status, amount, priceMax, currency, shipping
 *   (shipping amount; 0 = free, empty = not shown), soldAt;
 * - listing columns, the listing's latest state, the same on each of its rows: site, itemId, title,
 *   url, shippingCurrency, condition, format, bids, endsAt, imageUrl, related, seenOn, firstSeenAt,
 *   lastSeenAt, and choices: the user's hand-made choices about the listing as JSON text
 *   (`[{"query":"sony wh1000xm4","choice":"exclude","at":"2026-11-04T12:00:00.000Z"}]`), empty when
 *   there are none.
 * Dates are ISO 8601 (UTC), amounts plain decimals ('.' separator, no grouping, no exponent, at most
 * 6 decimals). Text a spreadsheet would run as a formula (= + - @ tab CR first) starts with a `'`.
 * A listing whose latest state differs from its last observation (its shipping changed without a
 * price change, or it has no history) gets one more row with an EMPTY observedAt: that row is the
 * listing's current state, not an observation (an export limited to a period has no such rows).
 * Rows come grouped by listing, oldest first. Importing the CSV rebuilds each listing from its rows:
 * the state row, or else its latest observation, gives its price and status.
 * (Choices about listings that are not stored are only in the JSON backup.)
 */

export type ExportFormat = 'csv' | 'json';

export interface ExportOptions {
  format: ExportFormat;
  /** Only this site's listings. */
  site?: string;
  /**
   * Only observations made in [from, to) (ISO 8601 date-times): a listing is exported when at least
   * one of its observations is in the range, with those observations only (and its latest state).
   */
  from?: string;
  to?: string;
  /** Only these listings, in this order (the comps of one search). */
  keys?: [string, string][];
  /** Listings read per page (default 2,000). */
  pageSize?: number;
  /** The export's date (tests). */
  now?: Date;
}

export type ExportProgress = (done: number, total: number) => void;

/** The CSV's columns, in order: the listing's first ones, the observation's, the listing's others. */
export const CSV_COLUMNS = [
  'site',
  'itemId',
  'title',
  // the observation (as it was at observedAt)
  'observedAt',
  'status',
  'amount',
  'priceMax',
  'currency',
  'shipping',
  'soldAt',
  // the listing (its latest state)
  'url',
  'shippingCurrency',
  'condition',
  'format',
  'bids',
  'endsAt',
  'imageUrl',
  'related',
  'seenOn',
  'firstSeenAt',
  'lastSeenAt',
  'choices',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export const DEFAULT_PAGE_SIZE = 2000;

interface Page {
  listings: StoredListing[];
  /** Each listing's observations, oldest first, keyed by `listingKey`. */
  history: Map<string, PriceObservation[]>;
}

function groupHistory(rows: PriceObservation[]): Map<string, PriceObservation[]> {
  const groups = new Map<string, PriceObservation[]>();
  for (const row of rows) {
    const key = listingKey(row.site, row.itemId);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  for (const group of groups.values()) group.sort(byObservedAt);
  return groups;
}

function byObservedAt(a: PriceObservation, b: PriceObservation): number {
  if (a.observedAt !== b.observedAt) return a.observedAt < b.observedAt ? -1 : 1;
  return (a.id ?? 0) - (b.id ?? 0);
}

/** Pages of listings in primary-key order (or in the order of `keys`), each with its history. */
async function* pages(db: CompsDatabase, options: ExportOptions): AsyncGenerator<Page> {
  const size = Math.max(1, options.pageSize ?? DEFAULT_PAGE_SIZE);
  if (options.keys) {
    // Each listing once, in the order first given.
    const unique = [...new Map(options.keys.map((key) => [listingKey(key[0], key[1]), key])).values()];
    for (let start = 0; start < unique.length; start += size) {
      const keys = unique.slice(start, start + size);
      const found = await db.listings.bulkGet(keys);
      const listings = found.filter(
        (listing): listing is StoredListing =>
          listing !== undefined && (options.site === undefined || listing.site === options.site),
      );
      const rows = listings.length
        ? await db.history
            .where('[site+itemId]')
            .anyOf(listings.map((listing) => [listing.site, listing.itemId]))
            .toArray()
        : [];
      yield { listings, history: groupHistory(rows) };
    }
    return;
  }
  // Keyset pagination: each page starts after the last key of the one before. The next page is
  // read while the caller formats this one (IndexedDB works outside the page's thread).
  const site = options.site;
  const upper: unknown = site === undefined ? Dexie.maxKey : [site, Dexie.maxKey];
  const read = async (lower: unknown, includeLower: boolean): Promise<Page | null> => {
    const listings = await db.listings
      .where('[site+itemId]')
      .between(lower, upper, includeLower, true)
      .limit(size)
      .toArray();
    const first = listings[0];
    const last = listings[listings.length - 1];
    if (!first || !last) return null;
    // Listings and history share the [site+itemId] key space: one range read gets the page's history.
    const rows = await db.history
      .where('[site+itemId]')
      .between([first.site, first.itemId], [last.site, last.itemId], true, true)
      .toArray();
    return { listings, history: groupHistory(rows) };
  };
  let next = read(site === undefined ? Dexie.minKey : [site, Dexie.minKey], true);
  for (;;) {
    const page = await next;
    if (!page) return;
    const last = page.listings[page.listings.length - 1];
    const more = page.listings.length === size && last !== undefined;
    next = more ? read([last.site, last.itemId], false) : Promise.resolve(null);
    // A failed read ahead is reported when awaited, not as an unhandled rejection meanwhile.
    next.catch(() => undefined);
    yield page;
  }
}

function isoOrUndefined(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new RangeError(`Not a date: ${value}`);
  return new Date(time).toISOString();
}

async function countInScope(db: CompsDatabase, options: ExportOptions): Promise<number> {
  if (options.keys) return options.keys.length;
  if (options.site !== undefined) return db.listings.where('site').equals(options.site).count();
  return db.listings.count();
}

function toBackupObservation(row: PriceObservation): BackupObservation {
  return {
    observedAt: row.observedAt,
    amount: row.amount,
    currency: row.currency,
    priceMax: row.priceMax,
    shipping: row.shipping,
    status: row.status,
    soldAt: row.soldAt,
  };
}

/** A listing as the backup holds it: the stored state without the derived tokens and facts, plus history. */
function toBackupListing(listing: StoredListing, history: PriceObservation[]): object {
  const { tokens: _tokens, facts: _facts, ...state } = listing;
  return { ...state, history: history.map(toBackupObservation) };
}

/** The shipping amount as a history row holds it: null = free, undefined = not shown. */
export function shippingAmount(shipping: StoredListing['shipping']): number | null | undefined {
  if (shipping === undefined) return undefined;
  return shipping === null ? null : shipping.amount;
}

/** The CSV writes free shipping as 0 and reads 0 back as free. */
function sameShipping(a: number | null | undefined, b: number | null | undefined): boolean {
  return (a === 0 ? null : a) === (b === 0 ? null : b);
}

/** True when the listing's state is exactly what its last observation says. */
function stateMatches(listing: StoredListing, last: PriceObservation): boolean {
  return (
    listing.price.amount === last.amount &&
    listing.price.currency === last.currency &&
    listing.priceMax === last.priceMax &&
    listing.status === last.status &&
    listing.soldAt === last.soldAt &&
    sameShipping(shippingAmount(listing.shipping), last.shipping)
  );
}

type Observed = Pick<PriceObservation, 'amount' | 'currency' | 'priceMax' | 'shipping' | 'status' | 'soldAt'>;

/**
 * A row is the listing's first columns, the observation's, then the listing's others: the listing
 * parts are the same on each of its rows, so they are formatted once per listing.
 */
function listingCells(listing: StoredListing, choices: string): { head: string; tail: string } {
  const head = [listing.site, listing.itemId, listing.title].map(csvField).join(',');
  const tail = [
    listing.url,
    listing.shipping?.currency,
    listing.condition,
    listing.format,
    listing.bids,
    listing.endsAt,
    listing.imageUrl,
    listing.related,
    listing.seenOn ?? undefined,
    listing.firstSeenAt,
    listing.lastSeenAt,
    choices,
  ]
    .map(csvField)
    .join(',');
  return { head, tail };
}

function csvRow(cells: { head: string; tail: string }, observation: Observed, observedAt: string): string {
  const shipping = observation.shipping;
  const middle = [
    observedAt,
    observation.status,
    observation.amount,
    observation.priceMax,
    observation.currency,
    shipping === null ? 0 : shipping,
    observation.soldAt,
  ]
    .map(csvField)
    .join(',');
  return `${cells.head},${middle},${cells.tail}${CSV_EOL}`;
}

/** A listing's choices as the CSV's `choices` cell. */
function choicesCell(choices: CompChoice[] | undefined): string {
  if (!choices || choices.length === 0) return '';
  return JSON.stringify(choices.map(({ query, choice, at }) => ({ query, choice, at })));
}

function csvRowsOf(
  listing: StoredListing,
  history: PriceObservation[],
  withStateRow: boolean,
  choices: CompChoice[] | undefined,
): string {
  const cells = listingCells(listing, choicesCell(choices));
  let text = '';
  for (const row of history) text += csvRow(cells, row, row.observedAt);
  const last = history[history.length - 1];
  if (withStateRow && (!last || !stateMatches(listing, last))) {
    text += csvRow(
      cells,
      {
        amount: listing.price.amount,
        currency: listing.price.currency,
        priceMax: listing.priceMax,
        shipping: shippingAmount(listing.shipping),
        status: listing.status,
        soldAt: listing.soldAt,
      },
      '',
    );
  }
  return text;
}

async function choicesByListing(db: CompsDatabase): Promise<Map<string, CompChoice[]>> {
  const byKey = new Map<string, CompChoice[]>();
  for (const choice of await db.choices.toArray()) {
    const key = listingKey(choice.site, choice.itemId);
    const list = byKey.get(key);
    if (list) list.push(choice);
    else byKey.set(key, [choice]);
  }
  return byKey;
}

/**
 * The export as string chunks (one per page of listings, plus a head and a tail). Tests read it
 * directly; `exportBlob` gathers it into a Blob.
 */
export async function* exportChunks(
  db: CompsDatabase,
  options: ExportOptions,
  onProgress?: ExportProgress,
): AsyncGenerator<string> {
  const from = isoOrUndefined(options.from);
  const to = isoOrUndefined(options.to);
  const dated = from !== undefined || to !== undefined;
  const filtered = dated || options.site !== undefined || options.keys !== undefined;
  const inRange = (row: PriceObservation) =>
    (from === undefined || row.observedAt >= from) && (to === undefined || row.observedAt < to);
  const total = await countInScope(db, options);
  const exported = filtered ? new Set<string>() : null;
  let done = 0;
  onProgress?.(0, total);

  // Choices are few (made by hand): read them at once.
  const choices = options.format === 'csv' ? await choicesByListing(db) : null;
  if (options.format === 'csv') yield CSV_BOM + csvRecord(CSV_COLUMNS);
  else {
    const scope: BackupScope | undefined = filtered
      ? {
          ...(options.site !== undefined ? { site: options.site } : {}),
          ...(from !== undefined ? { from } : {}),
          ...(to !== undefined ? { to } : {}),
          ...(options.keys ? { keys: options.keys.length } : {}),
        }
      : undefined;
    const head = {
      format: BACKUP_FORMAT,
      schemaVersion: BACKUP_SCHEMA_VERSION,
      exportedAt: (options.now ?? new Date()).toISOString(),
      ...(scope ? { scope } : {}),
    };
    yield `${JSON.stringify(head).slice(0, -1)},\n"listings":[`;
  }

  let first = true;
  for await (const page of pages(db, options)) {
    let chunk = '';
    for (const listing of page.listings) {
      const key = listingKey(listing.site, listing.itemId);
      let history = page.history.get(key) ?? [];
      if (dated) {
        history = history.filter(inRange);
        if (history.length === 0) continue;
      }
      exported?.add(key);
      if (choices) chunk += csvRowsOf(listing, history, !dated, choices.get(key));
      else {
        chunk += `${first ? '\n' : ',\n'}${JSON.stringify(toBackupListing(listing, history))}`;
        first = false;
      }
    }
    done += page.listings.length;
    onProgress?.(Math.min(done, total), total);
    if (chunk) yield chunk;
  }

  if (options.format === 'json') {
    const choices: CompChoice[] = await db.choices.toArray();
    const kept = exported
      ? choices.filter((choice) => exported.has(listingKey(choice.site, choice.itemId)))
      : choices;
    yield `\n],\n"choices":[${kept.map((choice) => `\n${JSON.stringify(choice)}`).join(',')}\n]}\n`;
  }
  onProgress?.(total, total);
}

export const EXPORT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
};

/** The whole export as a Blob built from the chunks. */
export async function exportBlob(
  db: CompsDatabase,
  options: ExportOptions,
  onProgress?: ExportProgress,
): Promise<Blob> {
  // Each chunk becomes a small Blob at once, so its string can be collected: the browser keeps the
  // bytes (on disk when large), not the page's JS heap.
  const parts: Blob[] = [];
  for await (const chunk of exportChunks(db, options, onProgress)) parts.push(new Blob([chunk]));
  return new Blob(parts, { type: EXPORT_TYPES[options.format] });
}

/** For the popup: the comps of the current search, by key, as a file. */
export function exportListings(
  db: CompsDatabase,
  keys: [string, string][],
  format: ExportFormat,
  onProgress?: ExportProgress,
): Promise<Blob> {
  return exportBlob(db, { format, keys }, onProgress);
}

/** `comps-2026-11-26.csv`, with the local date. */
export function exportFileName(format: ExportFormat, date: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `comps-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.${format}`;
}

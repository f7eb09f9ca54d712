import Dexie from 'dexie';
import type { ReferenceResult } from '../utils/comps/reference';
import { listingKey } from '../utils/listing';
import {
  BACKUP_FORMAT,
  BACKUP_SCHEMA_VERSION,
  type BackupScope,
  COMP_CSV_COLUMNS,
  CSV_COLUMNS,
  csvEndFields,
  type DateField,
  type ExportFormat,
} from './backup-format';
import { BlobWriter } from './blob-writer';
import { CSV_BOM, CSV_EOL, csvField, csvRecord } from './csv';
import type { CompChoice, CompsDatabase, PriceObservation, StoredListing } from './db';

/**
 * Export of the stored listings, as CSV (for spreadsheets) or as the JSON backup (see backup.ts),
 * written piece by piece: the database is read in pages of listings (keyset pagination on the
 * primary key) with their history, and each listing's text is encoded at once into the file's
 * bytes (`BlobWriter`: a reused buffer, each full MiB a part of the Blob; the browser keeps the
 * bytes, Chromium on disk when they are many). The JS heap holds two pages of rows (the one being
 * written and the next, read meanwhile) and one listing's text, whatever the size of the file; the
 * rows of a written page are let go at once (see `release`). The file is handed to the browser as
 * that Blob (an `<a download>`: it works in Chrome and Firefox extension pages without the
 * "downloads" permission; the File System Access API would write straight to disk but exists in
 * Chromium only).
 *
 * # CSV layout (format version 2)
 * UTF-8 with a byte order mark (Excel then reads Japanese and Chinese titles right), CRLF line ends,
 * RFC 4180 quoting, one header line, then ONE ROW PER PRICE OBSERVATION (a row of the listing's
 * price history) in the columns of `CSV_COLUMNS`, then ONE END LINE:
 * - observation columns, as they were at `observedAt`: status, amount, priceMax, currency, shipping
 *   (shipping amount; 0 = free, empty = not shown), soldAt;
 * - listing columns, the listing's latest state, the same on each of its rows: site, itemId, title,
 *   url, shippingCurrency, condition, format, bids, endsAt, imageUrl, related, firstSeenAt,
 *   lastSeenAt, and choices: the user's hand-made choices about the listing as JSON text
 *   (`[{"query":"sony wh1000xm4","choice":"exclude","at":"2026-11-04T12:00:00.000Z"}]`), empty when
 *   there are none;
 * - the popup's export of a search's comps adds `COMP_CSV_COLUMNS`: query (the search), compRole
 *   (`counted`, `outlier`, `asking` = an asking price shown apart, `uncounted` = ended unsold or
 *   status unknown, `set-aside`), compReason (why it was set aside), compAmount and compCurrency
 *   (the price converted to the display currency, as the popup counted it);
 * - the end line: `#comps-end,version=2,rows=<number of rows before it, header excluded>`. The
 *   importer refuses a CSV without it (cut short) or whose count is wrong (rows lost).
 * Dates are ISO 8601 (UTC), amounts plain decimals ('.' separator, no grouping, no exponent, at most
 * 6 decimals). Text a spreadsheet would run as a formula (= + - @ tab CR first) starts with a `'`.
 * A listing whose latest state differs from its last observation (its shipping changed without a
 * price change, or it has no history) gets one more row with an EMPTY observedAt: that row is the
 * listing's current state, not an observation (an export limited to the date seen has no such rows).
 * Rows come grouped by listing, oldest first. Importing the CSV rebuilds each listing from its rows:
 * the state row, or else its latest observation, gives its price and status.
 * (Choices about listings that are not stored are only in the JSON backup.)
 * Version 1 (before the end line) had one more column, `seenOn`, always empty.
 */

export type { DateField, ExportFormat } from './backup-format';
export { CSV_COLUMNS, type CsvColumn } from './backup-format';

/** What a listing was in one search's reference (the popup's export). */
export type CompRole = 'counted' | 'outlier' | 'asking' | 'uncounted' | 'set-aside';
export interface CompNote {
  role: CompRole;
  /** Why it was set aside. */
  reason?: string;
  /** Its price in the display currency, as counted. */
  amount?: number;
  currency?: string;
}
export interface CompsExport {
  query: string;
  /** By `listingKey`, in the order to export. */
  notes: Map<string, CompNote>;
}

export interface ExportOptions {
  format: ExportFormat;
  /** Only this site's listings. */
  site?: string;
  /**
   * A period (ISO 8601 date-times, `from` included, `to` excluded). With `dates: 'seen'` (the
   * default) a listing is exported when at least one of its observations was made in the period,
   * with those observations only; with `dates: 'sold'`, when its sale date is in the period, with
   * its whole history.
   */
  from?: string;
  to?: string;
  dates?: DateField;
  /** Only these listings, in this order. */
  keys?: [string, string][];
  /** The comps of one search (the popup): these listings, in this order, with what they were. */
  comps?: CompsExport;
  /** Listings read per page (default 2,000). */
  pageSize?: number;
  /** The export's date (tests). */
  now?: Date;
}

export type ExportProgress = (done: number, total: number) => void;

/** What an export holds. */
export interface ExportCounts {
  listings: number;
  observations: number;
  /** CSV rows between the header and the end line (0 for JSON). */
  rows: number;
}

export const DEFAULT_PAGE_SIZE = 2000;

interface Page {
  listings: StoredListing[];
  /** Each listing's observations, oldest first, keyed by `listingKey`. */
  history: Map<string, PriceObservation[]>;
  /** The arrays IndexedDB handed over for this page, emptied once it is written (see `release`). */
  read: unknown[][];
}

/**
 * Empties the arrays a page was read into, once the page is written. Chromium's IDBRequest keeps
 * its `result` (this very array, cached on the request) until a full garbage collection, so
 * without this every row read survives the young generation's collections and is promoted: a
 * 100,000-listing export then left 65-85 MB of dead pages in the old generation before a full
 * collection came (measured with `--trace-gc-nvp`; rows cloned with structuredClone instead were
 * not promoted). Emptied, the rows die young. A frozen array (Dexie's immutable liveQuery cache,
 * which the export never reads through) is left alone.
 */
function release(page: Page): void {
  for (const rows of page.read) if (!Object.isFrozen(rows)) rows.length = 0;
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

/** The listings asked for by key (the popup's), each once, in the order first given. */
function keysOf(options: ExportOptions): [string, string][] | undefined {
  const keys =
    options.keys ??
    (options.comps
      ? [...options.comps.notes.keys()].map((key) => key.split('\u0000') as [string, string])
      : undefined);
  if (!keys) return undefined;
  return [...new Map(keys.map((key) => [listingKey(key[0], key[1]), key])).values()];
}

/** Pages of listings in primary-key order (or in the order of `keys`), each with its history. */
async function* pages(db: CompsDatabase, options: ExportOptions): AsyncGenerator<Page> {
  const size = Math.max(1, options.pageSize ?? DEFAULT_PAGE_SIZE);
  const unique = keysOf(options);
  if (unique) {
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
      const page: Page = { listings, history: groupHistory(rows), read: [found, rows] };
      yield page;
      release(page);
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
    return { listings, history: groupHistory(rows), read: [listings, rows] };
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
    release(page);
  }
}

function isoOrUndefined(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new RangeError(`Not a date: ${value}`);
  return new Date(time).toISOString();
}

async function countInScope(db: CompsDatabase, options: ExportOptions): Promise<number> {
  const keys = keysOf(options);
  if (keys) return keys.length;
  if (options.site !== undefined) return db.listings.where('site').equals(options.site).count();
  return db.listings.count();
}

/** An observation as the backup holds it (no id, no site and itemId: the listing's). */
function toBackupObservation(row: PriceObservation): object {
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

/** A listing as the backup holds it: the stored state without the derived tokens, postings and facts, plus history. */
function toBackupListing(listing: StoredListing, history: PriceObservation[], note?: CompNote): object {
  // `seenOn` was a field of version 1, never written: left out should an old row still have it.
  const {
    tokens: _tokens,
    facts: _facts,
    postings: _postings,
    seenOn: _seenOn,
    ...state
  } = listing as StoredListing & { seenOn?: unknown };
  return { ...state, history: history.map(toBackupObservation), ...(note ? { comp: note } : {}) };
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
function listingCells(
  listing: StoredListing,
  choices: string,
  comp: { query: string; note?: CompNote } | undefined,
): { head: string; tail: string } {
  const head = [listing.site, listing.itemId, listing.title].map(csvField).join(',');
  const cells: (string | number | boolean | undefined)[] = [
    listing.url,
    listing.shipping?.currency ?? undefined,
    listing.condition,
    listing.format,
    listing.bids,
    listing.endsAt,
    listing.imageUrl,
    listing.related,
    listing.firstSeenAt,
    listing.lastSeenAt,
    choices,
  ];
  if (comp)
    cells.push(comp.query, comp.note?.role, comp.note?.reason, comp.note?.amount, comp.note?.currency);
  return { head, tail: cells.map(csvField).join(',') };
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

/** The rows of one listing, and how many. */
function csvRowsOf(
  listing: StoredListing,
  history: PriceObservation[],
  withStateRow: boolean,
  cells: { head: string; tail: string },
): { text: string; rows: number } {
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
    return { text, rows: history.length + 1 };
  }
  return { text, rows: history.length };
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

/** The scope a JSON backup records, or undefined when everything was exported. */
function scopeOf(options: ExportOptions, from?: string, to?: string): BackupScope | undefined {
  const keys = keysOf(options);
  const scope: BackupScope = {
    ...(options.site !== undefined ? { site: options.site } : {}),
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
    ...(from !== undefined || to !== undefined ? { dates: options.dates ?? 'seen' } : {}),
    ...(keys ? { keys: keys.length } : {}),
    ...(options.comps ? { query: options.comps.query } : {}),
  };
  return Object.keys(scope).length > 0 ? scope : undefined;
}

/** Where the export's text goes: the head, each listing's rows (or JSON), then the tail. */
type Write = (text: string) => void;

/**
 * The export, handed to `write` a listing at a time; the generator stops (yielding nothing) after
 * the head, after each page of listings and after the tail, so a caller can cut the text there,
 * and returns the counts. A listing's text is small and dies young: nothing here gathers a page.
 */
async function* writeExport(
  db: CompsDatabase,
  options: ExportOptions,
  write: Write,
  onProgress?: ExportProgress,
): AsyncGenerator<void, ExportCounts> {
  const from = isoOrUndefined(options.from);
  const to = isoOrUndefined(options.to);
  const dated = from !== undefined || to !== undefined;
  const bySale = dated && options.dates === 'sold';
  const bySight = dated && !bySale;
  const inRange = (time: string) => (from === undefined || time >= from) && (to === undefined || time < to);
  const soldInRange = (listing: StoredListing) => {
    if (!listing.soldAt) return false;
    // A sale date keeps the offset the page gave ("+09:00"): compared as an instant.
    const time = Date.parse(listing.soldAt);
    return !Number.isNaN(time) && inRange(new Date(time).toISOString());
  };
  const scope = scopeOf(options, from, to);
  const total = await countInScope(db, options);
  // Choices are few (made by hand): read them at once, by listing. A partial export keeps those
  // of the listings it holds (gathered as they go by: memory grows with the choices, not the file).
  const choices = await choicesByListing(db);
  const keptChoices: CompChoice[] = [];
  const counts: ExportCounts = { listings: 0, observations: 0, rows: 0 };
  const csv = options.format === 'csv';
  const comps = options.comps;
  let done = 0;
  onProgress?.(0, total);

  if (csv) write(CSV_BOM + csvRecord(comps ? [...CSV_COLUMNS, ...COMP_CSV_COLUMNS] : CSV_COLUMNS));
  else {
    const head = {
      format: BACKUP_FORMAT,
      schemaVersion: BACKUP_SCHEMA_VERSION,
      exportedAt: (options.now ?? new Date()).toISOString(),
      ...(scope ? { scope } : {}),
    };
    write(`${JSON.stringify(head).slice(0, -1)},\n"listings":[`);
  }
  yield;

  for await (const page of pages(db, options)) {
    for (const listing of page.listings) {
      const key = listingKey(listing.site, listing.itemId);
      let history = page.history.get(key) ?? [];
      if (bySight) {
        history = history.filter((row) => inRange(row.observedAt));
        if (history.length === 0) continue;
      } else if (bySale && !soldInRange(listing)) continue;
      const listingChoices = choices.get(key);
      if (listingChoices) keptChoices.push(...listingChoices);
      const note = comps?.notes.get(key);
      if (csv) {
        const cells = listingCells(
          listing,
          choicesCell(listingChoices),
          comps ? { query: comps.query, note } : undefined,
        );
        const rows = csvRowsOf(listing, history, !bySight, cells);
        write(rows.text);
        counts.rows += rows.rows;
      } else {
        write(
          `${counts.listings === 0 ? '\n' : ',\n'}${JSON.stringify(toBackupListing(listing, history, note))}`,
        );
      }
      counts.listings++;
      counts.observations += history.length;
    }
    done += page.listings.length;
    onProgress?.(Math.min(done, total), total);
    yield;
  }

  if (csv) write(csvRecord(csvEndFields(counts.rows)));
  else {
    // Everything exported: all the choices, those of listings no longer stored too.
    const kept = scope ? keptChoices : await db.choices.toArray();
    write(`\n],\n"choices":[${kept.map((choice) => `\n${JSON.stringify(choice)}`).join(',')}\n]}\n`);
  }
  yield;
  onProgress?.(total, total);
  return counts;
}

/**
 * The export as string chunks (the head, one per page of listings that holds any, the tail); the
 * generator's return value counts what it held. Tests read it; `exportBlob` writes bytes instead.
 */
export async function* exportChunks(
  db: CompsDatabase,
  options: ExportOptions,
  onProgress?: ExportProgress,
): AsyncGenerator<string, ExportCounts> {
  let chunk = '';
  const steps = writeExport(
    db,
    options,
    (text) => {
      chunk += text;
    },
    onProgress,
  );
  for (;;) {
    const step = await steps.next();
    if (chunk) {
      const text = chunk;
      chunk = '';
      yield text;
    }
    if (step.done) return step.value;
  }
}

export const EXPORT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
};

export interface ExportResult extends ExportCounts {
  blob: Blob;
  /** The name to offer the browser (it may still rename the file, e.g. when the name is taken). */
  fileName: string;
}

/** The whole export as a Blob, with what it holds and a file name. */
export async function exportBlob(
  db: CompsDatabase,
  options: ExportOptions,
  onProgress?: ExportProgress,
): Promise<ExportResult> {
  const now = options.now ?? new Date();
  // Each listing's text goes straight into the file's bytes (see BlobWriter): the JS heap never
  // holds a page of text, nor the file.
  const file = new BlobWriter();
  const steps = writeExport(db, { ...options, now }, (text) => file.write(text), onProgress);
  let step = await steps.next();
  while (!step.done) step = await steps.next();
  return {
    ...step.value,
    blob: file.blob(EXPORT_TYPES[options.format]),
    fileName: exportFileName(options, now),
  };
}

/**
 * What each listing of a search's reference was, for the popup's export: the comps (counted, an
 * outlier, an asking price shown apart, or not counted) then the listings set aside, with why.
 * The one place that reads the reference engine's result for the export.
 */
export function compNotes(result: ReferenceResult): CompsExport {
  const notes = new Map<string, CompNote>();
  const basis = result.reference?.basis === 'asking' ? 'active' : 'sold';
  for (const comp of result.comps) {
    const role: CompRole = comp.outlier
      ? 'outlier'
      : comp.status === basis
        ? 'counted'
        : comp.status === 'active'
          ? 'asking'
          : 'uncounted';
    notes.set(listingKey(comp.site, comp.itemId), { role, amount: comp.amount, currency: result.currency });
  }
  for (const item of result.excluded) {
    const key = listingKey(item.site, item.itemId);
    if (!notes.has(key)) notes.set(key, { role: 'set-aside', reason: item.reason });
  }
  return { query: result.query, notes };
}

/** For the popup: the comps of the current search, and those set aside, as a file. */
export function exportComps(
  db: CompsDatabase,
  result: ReferenceResult,
  format: ExportFormat,
  now?: Date,
): Promise<ExportResult> {
  return exportBlob(db, { format, comps: compNotes(result), now });
}

const pad = (value: number) => String(value).padStart(2, '0');

/** YYYY-MM-DD of a local date. */
function localDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Text as a part of a file name: letters, marks and digits of any script kept (lower-cased),
 * everything else (spaces, punctuation, / \ : * ? " < > |, control characters) one `-`, at most
 * `max` characters. Never empty, never a dot file, never a reserved device name (it is always
 * preceded by `comps-`).
 */
export function fileNamePart(text: string, max = 60): string {
  const slug = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return Array.from(slug).slice(0, max).join('').replace(/-+$/, '') || 'search';
}

/**
 * The file's name says what it holds, with the local date of the export:
 * `comps-all-2026-11-27.json` (everything), `comps-ebay-all-2026-11-27.csv` (one site),
 * `comps-all-sold-2026-03-01-to-2026-03-31-2026-11-27.csv` (a period: `seen` or `sold`, `since` /
 * `until` when one end is open), `comps-<search>-2026-11-27.csv` (the popup's comps of a search).
 */
export function exportFileName(
  options: Pick<ExportOptions, 'format' | 'site' | 'from' | 'to' | 'dates' | 'comps'>,
  now: Date = new Date(),
): string {
  const parts = ['comps'];
  if (options.comps) parts.push(fileNamePart(options.comps.query));
  else {
    parts.push(options.site ? fileNamePart(options.site, 40) : 'all');
    // `to` is excluded: the last day included is the one before it.
    const from = options.from ? localDay(new Date(options.from)) : undefined;
    const to = options.to ? localDay(new Date(Date.parse(options.to) - 1)) : undefined;
    const dates = options.dates ?? 'seen';
    if (from && to) parts.push(`${dates}-${from}-to-${to}`);
    else if (from) parts.push(`${dates}-since-${from}`);
    else if (to) parts.push(`${dates}-until-${to}`);
    else if (options.site) parts.push('all');
  }
  parts.push(localDay(now));
  return `${parts.join('-')}.${options.format}`;
}

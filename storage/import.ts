import { z } from 'zod';
import { type Listing, listingKey } from '../utils/listing';
import {
  type BackupChoice,
  type BackupListingState,
  type BackupObservation,
  backupChoiceSchema,
  backupListingSchema,
  backupListingStateSchema,
  backupObservationSchema,
  describeIssue,
  ImportError,
  migrateBackup,
} from './backup';
import { CsvReader, CsvSyntaxError, restoreFormula } from './csv';
import {
  type CompChoice,
  type CompsDatabase,
  isIndexCurrent,
  listingIndex,
  type PriceObservation,
  type StoredListing,
} from './db';
import { CSV_COLUMNS, type CsvColumn } from './export';
import { mergeListing } from './listings';
import { StatsDelta } from './token-stats';

/**
 * Import of a JSON backup (backup.ts) or of a CSV written by the export (export.ts).
 *
 * All or nothing. The whole file is read and every record checked (zod) BEFORE anything is
 * written; the first bad record stops the import with an `ImportError` naming it (CSV: its line;
 * JSON: its position in `listings`, 1-based) and what is wrong, and nothing is written. A good file
 * is then merged in ONE read-write transaction: if that fails midway (disk full, the tab closed),
 * the database is exactly as before.
 *
 * Merge rules, per listing (site + itemId):
 * - a listing not stored yet is added with its history;
 * - a stored one keeps ONE row: the state with the later `lastSeenAt` wins field by field (a field
 *   the newer state lacks keeps the older value; a sold or ended listing is not made active again:
 *   the same rules as a capture, `mergeListing`), `firstSeenAt` is the earlier of the two;
 * - histories are merged by time; an observation already stored (same observedAt, amount, currency
 *   and status) is not added again;
 * - choices (JSON only): one per query + site + itemId, the later `at` wins.
 *
 * Summary: `added` (new listings), `updated` (stored listings whose state or history changed),
 * `unchanged` (stored listings the file taught nothing new), `observations` (history rows added),
 * `choices` (choices added or replaced). `rejected` is always 0: there is no lenient mode, a file
 * with one bad record is refused as a whole (so a damaged file never half-lands).
 *
 * Limits: files over 200 MB are refused before reading (an export of 100,000 listings is about
 * 60 MB in JSON, 45 MB in CSV); a CSV of more than 1,000,000 lines is refused after a quick
 * count of its line breaks, before parsing.
 */

export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;
export const MAX_CSV_LINES = 1_000_000;

export type ImportFormat = 'json' | 'csv';
export type ImportSource = Blob | string;
export type ImportPhase = 'read' | 'write';
export type ImportProgress = (done: number, total: number, phase: ImportPhase) => void;

export interface ImportOptions {
  onProgress?: ImportProgress;
  /** Listings merged per step of the transaction (default 2,000). */
  batchSize?: number;
}

export interface ImportSummary {
  format: ImportFormat;
  added: number;
  updated: number;
  unchanged: number;
  rejected: number;
  observations: number;
  choices: number;
}

type ListingState = Omit<StoredListing, 'tokens' | 'facts'>;
type NewObservation = Omit<PriceObservation, 'id'>;

export interface ImportedListing {
  state: ListingState;
  /** Oldest first, without duplicates. */
  history: NewObservation[];
}

export interface ParsedImport {
  format: ImportFormat;
  listings: ImportedListing[];
  choices: CompChoice[];
}

const CHUNK_CHARS = 1 << 20;
const YIELD_EVERY = 2000;

/** Lets the page paint between long synchronous steps. */
function breathe(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function sizeOf(source: ImportSource): number {
  return typeof source === 'string' ? source.length : source.size;
}

function notText(): ImportError {
  return new ImportError('notOurs', 'This file is not text (not UTF-8): it is not a Comps export.', {
    reason: 'not UTF-8 text',
  });
}

/** The text of the source in chunks, decoded strictly as UTF-8 (a binary file fails here). */
async function* textChunks(source: ImportSource): AsyncGenerator<string> {
  if (typeof source === 'string') {
    for (let start = 0; start < source.length; start += CHUNK_CHARS)
      yield source.slice(start, start + CHUNK_CHARS);
    return;
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (bytes?: Uint8Array) => {
    try {
      return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
    } catch {
      throw notText();
    }
  };
  if (typeof source.stream === 'function') {
    const reader = source.stream().getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const text = decode(value);
      if (text) yield text;
    }
  } else {
    const text = decode(new Uint8Array(await source.arrayBuffer()));
    for (let start = 0; start < text.length; start += CHUNK_CHARS)
      yield text.slice(start, start + CHUNK_CHARS);
  }
  const rest = decode();
  if (rest) yield rest;
}

/** Line breaks (LF, or lone CR) in the source: a quick bound on the number of CSV records. */
async function countLines(source: ImportSource): Promise<number> {
  let lf = 0;
  let cr = 0;
  const count = (text: string) => {
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lf++;
    for (let at = text.indexOf('\r'); at !== -1; at = text.indexOf('\r', at + 1)) cr++;
  };
  if (typeof source === 'string') count(source);
  else if (typeof source.stream === 'function') {
    const reader = source.stream().getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      for (let at = value.indexOf(10); at !== -1; at = value.indexOf(10, at + 1)) lf++;
      for (let at = value.indexOf(13); at !== -1; at = value.indexOf(13, at + 1)) cr++;
    }
  } else count(await source.text());
  return Math.max(lf, cr) + 1;
}

function isoNormalized(value: string): string {
  return new Date(value).toISOString();
}

function dedupeKey(row: Pick<PriceObservation, 'observedAt' | 'amount' | 'currency' | 'status'>): string {
  return `${row.observedAt}|${row.amount}|${row.currency ?? ''}|${row.status}`;
}

function withoutUndefined<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}

function observationOf(site: string, itemId: string, row: BackupObservation): NewObservation {
  return withoutUndefined({
    site,
    itemId,
    observedAt: isoNormalized(row.observedAt),
    amount: row.amount,
    currency: row.currency,
    priceMax: row.priceMax,
    shipping: row.shipping,
    status: row.status,
    soldAt: row.soldAt,
  });
}

function stateOf(state: BackupListingState): ListingState {
  return withoutUndefined({
    ...state,
    firstSeenAt: isoNormalized(state.firstSeenAt),
    lastSeenAt: isoNormalized(state.lastSeenAt),
  });
}

function byTime(a: NewObservation, b: NewObservation): number {
  return a.observedAt < b.observedAt ? -1 : a.observedAt > b.observedAt ? 1 : 0;
}

/** Oldest first, each observation once. */
function tidyHistory(rows: NewObservation[]): NewObservation[] {
  const unique = new Map(rows.map((row) => [dedupeKey(row), row]));
  return [...unique.values()].sort(byTime);
}

/** Two records of the same listing in one file: combined with the same rules as the database merge. */
function combine(into: ImportedListing, other: ImportedListing): void {
  const {
    tokens: _tokens,
    facts: _facts,
    ...state
  } = mergeStates({ ...into.state, tokens: [] }, other.state);
  into.state = state;
  into.history = tidyHistory([...into.history, ...other.history]);
}

function badRecord(
  at: { line: number } | { list: 'listings' | 'choices'; index: number; key?: string },
  error: z.ZodError,
): ImportError {
  const { field, reason } = describeIssue(error);
  const where =
    'line' in at
      ? `line ${at.line}`
      : `${at.list === 'listings' ? 'listing' : 'choice'} ${at.index}${at.key ? ` (${at.key})` : ''}`;
  return new ImportError('badRecord', `${where}: ${field ? `${field}: ` : ''}${reason}`, {
    where,
    ...('line' in at ? { line: at.line } : { record: at }),
    field,
    reason,
  });
}

// ---------------------------------------------------------------------------------------- JSON

function listingHint(raw: unknown): string | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const { site, itemId } = raw as { site?: unknown; itemId?: unknown };
  return typeof site === 'string' && typeof itemId === 'string'
    ? `${site.slice(0, 40)} ${itemId.slice(0, 60)}`
    : undefined;
}

/** Checks and converts a JSON backup; throws an ImportError at the first problem. */
export async function parseBackupJson(text: string, onProgress?: ImportProgress): Promise<ParsedImport> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImportError('badJson', `The file is not complete JSON (it may be cut short): ${reason}`, {
      reason,
    });
  }
  const envelope = migrateBackup(raw);
  const byKey = new Map<string, ImportedListing>();
  const total = envelope.listings.length + envelope.choices.length;
  for (let index = 0; index < envelope.listings.length; index++) {
    const item = envelope.listings[index];
    const parsed = backupListingSchema.safeParse(item);
    if (!parsed.success)
      throw badRecord({ list: 'listings', index: index + 1, key: listingHint(item) }, parsed.error);
    const { history, ...state } = parsed.data;
    const imported: ImportedListing = {
      state: stateOf(state),
      history: tidyHistory(history.map((row) => observationOf(state.site, state.itemId, row))),
    };
    const key = listingKey(state.site, state.itemId);
    const twin = byKey.get(key);
    if (twin) combine(twin, imported);
    else byKey.set(key, imported);
    if ((index + 1) % YIELD_EVERY === 0) {
      onProgress?.(index + 1, total, 'read');
      await breathe();
    }
  }
  // One choice per query + site + itemId: the later one wins.
  const choices = new Map<string, CompChoice>();
  envelope.choices.forEach((item, index) => {
    const parsed = backupChoiceSchema.safeParse(item);
    if (!parsed.success) throw badRecord({ list: 'choices', index: index + 1 }, parsed.error);
    const choice = choiceOf(parsed.data);
    const key = `${choice.query}\u0000${listingKey(choice.site, choice.itemId)}`;
    const twin = choices.get(key);
    if (!twin || choice.at >= twin.at) choices.set(key, choice);
  });
  onProgress?.(total, total, 'read');
  return { format: 'json', listings: [...byKey.values()], choices: [...choices.values()] };
}

function choiceOf(choice: BackupChoice): CompChoice {
  return { ...choice, at: isoNormalized(choice.at) };
}

// ---------------------------------------------------------------------------------------- CSV

/** Columns a CSV must have; the others may be left out (a spreadsheet user may delete them). */
export const REQUIRED_CSV_COLUMNS: readonly CsvColumn[] = [
  'site',
  'itemId',
  'title',
  'url',
  'observedAt',
  'status',
  'amount',
  'currency',
  'firstSeenAt',
  'lastSeenAt',
];

const LISTING_COLUMNS = [
  'site',
  'itemId',
  'title',
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
] as const satisfies readonly CsvColumn[];

/** The listing columns of a row: the state without price, status and shipping (from observations). */
const csvListingSchema = backupListingStateSchema
  .omit({ price: true, priceMax: true, shipping: true, status: true, soldAt: true })
  .extend({
    shippingCurrency: backupObservationSchema.shape.currency,
    choices: z
      .array(backupChoiceSchema.omit({ site: true, itemId: true }))
      .max(10_000)
      .optional(),
  });
/** A row with an empty observedAt: the listing's current state, not an observation. */
const csvStateRowSchema = backupObservationSchema.omit({ observedAt: true });

type CsvListing = z.infer<typeof csvListingSchema>;

interface CsvAccumulator {
  listing: CsvListing;
  /** The raw listing columns last checked, to check each listing once, not once per row. */
  raw: string;
  observations: Map<string, NewObservation>;
  stateRow?: Omit<NewObservation, 'observedAt'>;
}

function decimal(text: string): number | string | undefined {
  if (text === '') return undefined;
  return /^-?\d+(?:\.\d+)?$/.test(text) ? Number(text) : text;
}

/** The choices cell: JSON text, or what it holds when it is not JSON (zod then says what is wrong). */
function jsonCell(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function optional(text: string): string | undefined {
  return text === '' ? undefined : text;
}

function flag(text: string): boolean | string | undefined {
  if (text === '') return undefined;
  return text === 'true' ? true : text === 'false' ? false : text;
}

/** 0 or empty in the shipping column: free or not shown. */
function shippingCell(text: string): number | string | null | undefined {
  const value = decimal(text);
  return value === 0 ? null : value;
}

class CsvImporter {
  private columns: Map<string, number> | null = null;
  private width = 0;
  private readonly byKey = new Map<string, CsvAccumulator>();
  rows = 0;

  record(fields: string[], line: number): void {
    if (!this.columns) {
      this.readHeader(fields);
      return;
    }
    if (fields.length !== this.width)
      throw new ImportError(
        'badRecord',
        `line ${line}: ${fields.length} fields instead of ${this.width} (the file may be cut short, or a field is not quoted right)`,
        { where: `line ${line}`, line, reason: `${fields.length} fields instead of ${this.width}` },
      );
    this.rows++;
    const columns = this.columns;
    const cell = (name: CsvColumn) => {
      const index = columns.get(name);
      return index === undefined ? '' : restoreFormula(fields[index] ?? '');
    };
    const site = cell('site');
    const itemId = cell('itemId');
    const key = listingKey(site, itemId);
    const raw = LISTING_COLUMNS.map(cell).join('\u0001');
    let accumulator = this.byKey.get(key);
    if (!accumulator || accumulator.raw !== raw) {
      const parsed = csvListingSchema.safeParse({
        site,
        itemId,
        title: cell('title'),
        url: cell('url'),
        shippingCurrency: optional(cell('shippingCurrency')) ?? null,
        condition: optional(cell('condition')),
        format: optional(cell('format')),
        bids: decimal(cell('bids')),
        endsAt: optional(cell('endsAt')),
        imageUrl: optional(cell('imageUrl')),
        related: flag(cell('related')),
        seenOn: optional(cell('seenOn')),
        firstSeenAt: cell('firstSeenAt'),
        lastSeenAt: cell('lastSeenAt'),
        choices: jsonCell(cell('choices')),
      });
      if (!parsed.success) throw badRecord({ line }, parsed.error);
      if (accumulator) {
        accumulator.listing = parsed.data;
        accumulator.raw = raw;
      } else {
        accumulator = { listing: parsed.data, raw, observations: new Map() };
        this.byKey.set(key, accumulator);
      }
    }
    const observedAt = cell('observedAt');
    const values = {
      amount: decimal(cell('amount')),
      currency: optional(cell('currency')) ?? null,
      priceMax: decimal(cell('priceMax')),
      shipping: shippingCell(cell('shipping')),
      status: cell('status'),
      soldAt: optional(cell('soldAt')),
    };
    if (observedAt === '') {
      const parsed = csvStateRowSchema.safeParse(values);
      if (!parsed.success) throw badRecord({ line }, parsed.error);
      accumulator.stateRow = withoutUndefined({ site, itemId, ...parsed.data });
      return;
    }
    const parsed = backupObservationSchema.safeParse({ observedAt, ...values });
    if (!parsed.success) throw badRecord({ line }, parsed.error);
    const observation = observationOf(site, itemId, parsed.data);
    accumulator.observations.set(dedupeKey(observation), observation);
  }

  private readHeader(fields: string[]): void {
    const names = fields.map((field) => field.trim());
    const known = new Set<string>(CSV_COLUMNS);
    if (!names.some((name) => known.has(name)))
      throw new ImportError(
        'notOurs',
        'This file is not a Comps export: its first line names none of its columns.',
        {
          where: 'line 1',
          line: 1,
        },
      );
    const missing = REQUIRED_CSV_COLUMNS.filter((name) => !names.includes(name));
    if (missing.length > 0)
      throw new ImportError('missingColumns', `The CSV lacks the column(s): ${missing.join(', ')}.`, {
        where: 'line 1',
        line: 1,
        reason: missing.join(', '),
      });
    this.columns = new Map(names.map((name, index) => [name, index] as [string, number]).reverse());
    this.width = names.length;
  }

  finish(): ParsedImport {
    if (!this.columns) throw new ImportError('empty', 'The file is empty.');
    const listings: ImportedListing[] = [];
    const choices: CompChoice[] = [];
    for (const accumulator of this.byKey.values()) {
      const history = [...accumulator.observations.values()].sort(byTime);
      const source = accumulator.stateRow ?? history[history.length - 1];
      if (!source) continue;
      const { shippingCurrency, choices: listingChoices, ...listing } = accumulator.listing;
      for (const choice of listingChoices ?? [])
        choices.push({ ...choice, site: listing.site, itemId: listing.itemId, at: isoNormalized(choice.at) });
      const shipping =
        source.shipping === undefined
          ? undefined
          : source.shipping === null
            ? null
            : { amount: source.shipping, currency: shippingCurrency };
      const state = stateOf({
        ...listing,
        price: { amount: source.amount, currency: source.currency },
        priceMax: source.priceMax,
        shipping,
        status: source.status,
        soldAt: source.soldAt,
      });
      listings.push({ state, history });
    }
    return { format: 'csv', listings, choices };
  }
}

async function parseCsvImport(
  chunks: AsyncIterable<string>,
  size: number,
  onProgress?: ImportProgress,
): Promise<ParsedImport> {
  const importer = new CsvImporter();
  const reader = new CsvReader((fields, line) => importer.record(fields, line));
  let read = 0;
  try {
    for await (const chunk of chunks) {
      reader.push(chunk);
      read += chunk.length;
      onProgress?.(Math.min(read, size), size, 'read');
      await breathe();
    }
    reader.end();
    onProgress?.(size, size, 'read');
  } catch (error) {
    if (error instanceof CsvSyntaxError)
      throw new ImportError('badCsv', `line ${error.line}: ${error.message}`, {
        where: `line ${error.line}`,
        line: error.line,
        reason: error.message,
      });
    throw error;
  }
  return importer.finish();
}

// ---------------------------------------------------------------------------------------- reading

/** Reads and checks a whole file (JSON or CSV, told apart by its content). Writes nothing. */
export async function readImport(source: ImportSource, onProgress?: ImportProgress): Promise<ParsedImport> {
  const size = sizeOf(source);
  if (size === 0) throw new ImportError('empty', 'The file is empty.');
  if (size > MAX_IMPORT_BYTES)
    throw new ImportError(
      'tooLarge',
      `The file is too large (${Math.round(size / 1048576)} MB; at most ${MAX_IMPORT_BYTES / 1048576} MB).`,
      { value: Math.round(size / 1048576) },
    );
  const iterator = textChunks(source)[Symbol.asyncIterator]();
  const firstChunks: string[] = [];
  let head = '';
  // Enough of the start to tell JSON from CSV, and text from binary.
  while (head.length < 4096) {
    const next = await iterator.next();
    if (next.done) break;
    firstChunks.push(next.value);
    head += next.value;
  }
  const start = head.replace(/^\uFEFF/, '').trimStart();
  if (start === '' && head.length < 4096) throw new ImportError('empty', 'The file is empty.');
  if (head.slice(0, 4096).includes('\u0000')) throw notText();
  async function* all(): AsyncGenerator<string> {
    yield* firstChunks;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  if (start.startsWith('{') || start.startsWith('[')) {
    const parts: string[] = [];
    for await (const chunk of all()) parts.push(chunk);
    onProgress?.(0, 1, 'read');
    const text = parts.join('');
    return parseBackupJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, onProgress);
  }
  const lines = await countLines(source);
  if (lines > MAX_CSV_LINES)
    throw new ImportError(
      'tooManyLines',
      `The CSV has more than ${MAX_CSV_LINES.toLocaleString('en')} lines (${lines.toLocaleString('en')}); split it into smaller files.`,
      { value: MAX_CSV_LINES },
    );
  return parseCsvImport(all(), size, onProgress);
}

// ---------------------------------------------------------------------------------------- merging

/** Object keys sorted, undefined left out: two states that say the same give the same text. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

function sameState(a: StoredListing, b: StoredListing): boolean {
  const { tokens: _a, facts: _fa, ...left } = a;
  const { tokens: _b, facts: _fb, ...right } = b;
  return canonical(left) === canonical(right);
}

/** A stored listing and an imported state of it, merged (see the rules at the top). */
export function mergeStates(stored: StoredListing, incoming: ListingState): StoredListing {
  const incomingNewer = incoming.lastSeenAt > stored.lastSeenAt;
  const older: StoredListing = incomingNewer ? stored : { ...incoming };
  const newer: ListingState = incomingNewer ? incoming : stored;
  const { firstSeenAt: _first, lastSeenAt, tokens: _tokens, facts: _facts, ...seen } = newer as StoredListing;
  const merged = mergeListing(older, seen as Listing, lastSeenAt);
  merged.firstSeenAt = [stored.firstSeenAt, incoming.firstSeenAt].sort()[0] ?? stored.firstSeenAt;
  Object.assign(
    merged,
    merged.title === stored.title && isIndexCurrent(stored)
      ? { tokens: stored.tokens, facts: stored.facts }
      : listingIndex(merged.title),
  );
  return merged;
}

/** Writes a checked import into the database, all in one transaction. */
export async function mergeImport(
  db: CompsDatabase,
  parsed: ParsedImport,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const summary: ImportSummary = {
    format: parsed.format,
    added: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    observations: 0,
    choices: 0,
  };
  const size = Math.max(1, options.batchSize ?? 2000);
  const total = parsed.listings.length;
  await db.transaction('rw', db.listings, db.history, db.choices, db.meta, async () => {
    const stats = new StatsDelta();
    options.onProgress?.(0, total, 'write');
    for (let start = 0; start < total; start += size) {
      const batch = parsed.listings.slice(start, start + size);
      const keys = batch.map(({ state }) => [state.site, state.itemId] as [string, string]);
      // anyOf walks the key range with one cursor: much faster than one get() per key, above all
      // when most keys are not stored yet (a restore into an empty database).
      const found = new Map(
        (await db.listings.where('[site+itemId]').anyOf(keys).toArray()).map(
          (listing) => [listingKey(listing.site, listing.itemId), listing] as [string, StoredListing],
        ),
      );
      const stored = keys.map(([site, itemId]) => found.get(listingKey(site, itemId)));
      const knownRows = await db.history.where('[site+itemId]').anyOf(keys).toArray();
      const known = new Set(knownRows.map((row) => `${listingKey(row.site, row.itemId)}|${dedupeKey(row)}`));
      const puts: StoredListing[] = [];
      const adds: NewObservation[] = [];
      batch.forEach((item, index) => {
        const key = listingKey(item.state.site, item.state.itemId);
        const fresh = item.history.filter((row) => !known.has(`${key}|${dedupeKey(row)}`));
        adds.push(...fresh);
        const before = stored[index];
        if (!before) {
          const added = { ...item.state, ...listingIndex(item.state.title) };
          puts.push(added);
          stats.count(added, 1);
          summary.added++;
          return;
        }
        const merged = mergeStates(before, item.state);
        const changed = !sameState(before, merged);
        if (changed) {
          puts.push(merged);
          stats.replace(before, merged);
        }
        if (changed || fresh.length > 0) summary.updated++;
        else summary.unchanged++;
      });
      if (puts.length > 0) await db.listings.bulkPut(puts);
      if (adds.length > 0) await db.history.bulkAdd(adds);
      summary.observations += adds.length;
      options.onProgress?.(start + batch.length, total, 'write');
    }
    if (parsed.choices.length > 0) {
      const keys = parsed.choices.map(
        (choice) => [choice.query, choice.site, choice.itemId] as [string, string, string],
      );
      const stored = await db.choices.bulkGet(keys);
      const puts = parsed.choices.filter((choice, index) => {
        const before = stored[index];
        return !before || (choice.at > before.at && canonical(choice) !== canonical(before));
      });
      if (puts.length > 0) await db.choices.bulkPut(puts);
      summary.choices = puts.length;
    }
    await stats.write(db.meta);
  });
  return summary;
}

/** Reads, checks and merges a file: the whole import. */
export async function importFile(
  db: CompsDatabase,
  source: ImportSource,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const parsed = await readImport(source, options.onProgress);
  return mergeImport(db, parsed, options);
}

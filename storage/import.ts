import { z } from 'zod';
import { listingKey } from '../utils/listing';
import {
  type BackupChoice,
  type BackupListingState,
  type BackupObservation,
  backupChoiceSchema,
  backupListingSchema,
  backupListingStateSchema,
  backupObservationSchema,
  checkEnvelope,
  checkVersion,
  describeIssue,
  ImportError,
  MAX_HISTORY_PER_LISTING,
  migrateListing,
} from './backup';
import {
  BACKUP_SCHEMA_VERSION,
  CSV_COLUMNS,
  CSV_END_MARK,
  type CsvColumn,
  readCsvEnd,
} from './backup-format';
import { CsvReader, CsvSyntaxError, restoreFormula } from './csv';
import {
  type CompChoice,
  type CompsDatabase,
  isIndexCurrent,
  listingIndex,
  type PriceObservation,
  type StagedBatch,
  type StoredListing,
} from './db';
import { JsonStreamError, JsonStreamReader } from './json-stream';
import { mergeListing } from './listings';
import { withPostings } from './postings';
import { foldWhenIdle, StatsDelta } from './token-stats';

/**
 * Import of a JSON backup (backup.ts) or of a CSV written by the export (export.ts), streamed:
 * memory holds one batch of listings at a time, whatever the size of the file.
 *
 * # All or nothing, in two steps
 * 1. Read and check. The file is read in chunks (`Blob.stream()`, decoded strictly as UTF-8), each
 *    record checked (zod) as it comes and converted; checked records go, a batch at a time, to the
 *    `staging` store of the database, NOT to the user's data. The first bad record stops the
 *    import with an `ImportError` naming it (CSV: its line; JSON: its position in `listings`,
 *    1-based) and what is wrong; so does a file cut short (JSON: it is not complete JSON; CSV: its
 *    end line `#comps-end,version=2,rows=N` is missing or counts other rows). Only when the whole
 *    file has been read and found good does step 2 start.
 * 2. Merge. ONE read-write transaction reads the staged batches back, merges them into the
 *    listings, history, choices and token counts, and deletes the staging rows. If it fails midway
 *    (disk full, the page closed, the browser stopped), IndexedDB rolls it back whole: the user's
 *    data is exactly as before. Nothing but IndexedDB requests happen inside it (reading the file
 *    could not: a transaction commits by itself as soon as it waits for anything else), which is
 *    why the file is staged first.
 * What "all or nothing" means, then: a refused file or a failed merge leaves the listings, the
 *    history, the choices and the counts as they were. Staged rows a crash left behind are
 *    deleted by the next import or when the options page opens; they are never read as data.
 * The cost: the merge of a large file holds the database's write lock for its whole length (about
 *    half a minute per 100,000 listings on a slow machine): listings captured meanwhile wait and
 *    are stored right after it. One import runs at a time (a Web Lock, across tabs).
 *
 * Merge rules, per listing (site + itemId):
 * - a listing not stored yet is added with its history;
 * - a stored one keeps ONE row: the state with the later `lastSeenAt` wins field by field (a field
 *   the newer state lacks keeps the older value; a sold or ended listing is not made active again:
 *   the same rules as a capture, `mergeListing`), `firstSeenAt` is the earlier of the two;
 * - histories are merged by time; an observation already stored (same observedAt, amount, currency
 *   and status) is not added again;
 * - choices: one per query + site + itemId, the later `at` wins.
 * The same listing twice in a file is merged by the same rules. A CSV's rows of one listing are
 * expected together, as the export writes them; rows of one listing spread through a (re-sorted)
 * file still all import, each run of them merged as one more sighting of the listing.
 *
 * Summary: `added` (new listings), `updated` (stored listings whose state or history changed),
 * `unchanged` (stored listings the file taught nothing new), `observations` (history rows added),
 * `choices` (choices added or replaced). `rejected` is always 0: there is no lenient mode, a file
 * with one bad record is refused as a whole (so a damaged file never half-lands).
 *
 * Older files: JSON backups of version 1 import as before (`migrateListing`). A version 1 CSV has
 * no end line, so whether it is complete cannot be known: it is refused (`noEnd`, value 1) unless
 * the caller passes `acceptUnchecked` (the options page asks the user first). A CSV in the version
 * 2 layout without its end line is cut short and always refused.
 *
 * Limit: files over 2 GB are refused before reading (an export of 1,000,000 listings is about
 * 600 MB as JSON, 350 MB as CSV).
 */

export const MAX_IMPORT_BYTES = 2048 * 1024 * 1024;

export type ImportFormat = 'json' | 'csv';
export type ImportSource = Blob | string;
export type ImportPhase = 'read' | 'write';

/**
 * Where an import is. `fraction` (0 to 1) only grows, across both steps: reading and checking
 * takes the first `READ_SHARE` of it (by bytes read), saving the rest (by listings merged).
 */
export interface ImportProgress {
  phase: ImportPhase;
  /** Listings read and checked so far ('read'), or merged so far ('write'). */
  listings: number;
  /** 'write': how many listings there are to merge. */
  total?: number;
  fraction: number;
}

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
  /** Listings per staged batch and per step of the merge (default 2,000). */
  batchSize?: number;
  /** Import a version 1 CSV although it has no end line (the user said so). */
  acceptUnchecked?: boolean;
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

/**
 * What the comps engine derives from a listing's title and stores with it: never in a file,
 * computed on the way in. These three are the only places the importer knows what they are.
 */
type Derived = Pick<StoredListing, 'tokens' | 'facts'>;
function deriveFrom(title: string): Derived {
  return listingIndex(title);
}
/** A stored row's derived fields, when they still hold for `title` (reading a title is the costly part). */
function reusable(stored: StoredListing, title: string): Derived | undefined {
  return stored.title === title && isIndexCurrent(stored)
    ? { tokens: stored.tokens, facts: stored.facts }
    : undefined;
}
function withoutDerived(row: StoredListing): ListingState {
  const { tokens: _tokens, facts: _facts, postings: _postings, ...state } = row;
  return state;
}

type ListingState = Omit<StoredListing, keyof Derived | 'postings'>;
type NewObservation = Omit<PriceObservation, 'id'>;

/** A checked listing of the file, as staged. */
export interface ImportedListing {
  state: ListingState;
  /** Oldest first, without duplicates. */
  history: NewObservation[];
}

/** Reading and checking is about this share of an import's time (measured: 10-30 %). */
export const READ_SHARE = 0.2;
const DEFAULT_BATCH = 2000;
/** Token counts are written after this many merged listings, so their changes never pile up. */
const STATS_FLUSH = 20_000;
const STRING_CHUNK = 1 << 16;

function sizeOf(source: ImportSource): number {
  return typeof source === 'string' ? source.length : source.size;
}

function notText(): ImportError {
  return new ImportError('notOurs', 'This file is not text (not UTF-8): it is not a Comps export.', {
    reason: 'not UTF-8 text',
  });
}

/**
 * The text of the source in chunks, decoded strictly as UTF-8 (a binary file fails here);
 * `onRead` gets the bytes (characters, for a string) read so far.
 */
async function* textChunks(source: ImportSource, onRead: (done: number) => void): AsyncGenerator<string> {
  if (typeof source === 'string') {
    for (let start = 0; start < source.length; start += STRING_CHUNK) {
      onRead(Math.min(source.length, start + STRING_CHUNK));
      yield source.slice(start, start + STRING_CHUNK);
    }
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
  let read = 0;
  if (typeof source.stream === 'function') {
    const reader = source.stream().getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        read += value.byteLength;
        onRead(read);
        const text = decode(value);
        if (text) yield text;
      }
    } finally {
      // Stopping early (a bad record) lets go of the file.
      reader.cancel().catch(() => undefined);
    }
  } else {
    // Blobs without stream() (old test environments): in slices, still never whole.
    for (let start = 0; start < source.size; start += STRING_CHUNK) {
      const bytes = new Uint8Array(await source.slice(start, start + STRING_CHUNK).arrayBuffer());
      read += bytes.byteLength;
      onRead(read);
      const text = decode(bytes);
      if (text) yield text;
    }
  }
  const rest = decode();
  if (rest) yield rest;
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

function choiceOf(choice: BackupChoice): CompChoice {
  return { ...choice, at: isoNormalized(choice.at) };
}

function choiceKey(choice: CompChoice): string {
  return `${choice.query}\u0000${listingKey(choice.site, choice.itemId)}`;
}

// ---------------------------------------------------------------------------------------- staging

/**
 * Collects checked records and writes them to `staging` a batch at a time. The same listing twice
 * in one batch is combined here; across batches, the merge combines it.
 */
class Stager {
  batches = 0;
  listingCount = 0;
  private listings = new Map<string, ImportedListing>();
  private choices = new Map<string, CompChoice>();
  /** Full batches waiting to be written (the handlers that fill them cannot wait). */
  private ready: Omit<StagedBatch, 'seq'>[] = [];

  constructor(
    private readonly db: CompsDatabase,
    private readonly batchSize: number,
  ) {}

  listing(item: ImportedListing): void {
    this.listingCount++;
    const key = listingKey(item.state.site, item.state.itemId);
    const twin = this.listings.get(key);
    if (twin) {
      twin.state = withoutDerived(mergeStates({ ...twin.state }, item.state));
      twin.history = tidyHistory([...twin.history, ...item.history]);
      return;
    }
    this.listings.set(key, item);
    if (this.listings.size >= this.batchSize) this.close('listings');
  }

  choice(choice: CompChoice): void {
    const key = choiceKey(choice);
    const twin = this.choices.get(key);
    if (!twin || choice.at >= twin.at) this.choices.set(key, choice);
    if (this.choices.size >= this.batchSize) this.close('choices');
  }

  private close(kind: StagedBatch['kind']): void {
    const pending = kind === 'listings' ? this.listings : this.choices;
    if (pending.size === 0) return;
    this.ready.push({ kind, items: [...pending.values()] });
    pending.clear();
  }

  /** Writes the full batches (with `all`, whatever is pending too). */
  async flush(all = false): Promise<void> {
    if (all) {
      this.close('listings');
      this.close('choices');
    }
    const ready = this.ready;
    this.ready = [];
    for (const batch of ready) await this.db.staging.put({ seq: ++this.batches, ...batch });
  }
}

/** What the first step found: the file checked, staged in `batches` batches. */
interface Staged {
  format: ImportFormat;
  batches: number;
  listings: number;
}

// ---------------------------------------------------------------------------------------- JSON

function listingHint(raw: unknown): string | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const { site, itemId } = raw as { site?: unknown; itemId?: unknown };
  return typeof site === 'string' && typeof itemId === 'string'
    ? `${site.slice(0, 40)} ${itemId.slice(0, 60)}`
    : undefined;
}

function importedListing(raw: unknown, index: number, version: number): ImportedListing {
  const parsed = backupListingSchema.safeParse(migrateListing(raw, version));
  if (!parsed.success) throw badRecord({ list: 'listings', index, key: listingHint(raw) }, parsed.error);
  const { history, ...state } = parsed.data;
  return {
    state: stateOf(state),
    history: tidyHistory(history.map((row) => observationOf(state.site, state.itemId, row))),
  };
}

function importedChoice(raw: unknown, index: number): CompChoice {
  const parsed = backupChoiceSchema.safeParse(raw);
  if (!parsed.success) throw badRecord({ list: 'choices', index }, parsed.error);
  return choiceOf(parsed.data);
}

function jsonError(error: JsonStreamError): ImportError {
  const where = error.at ? `${error.at.key === 'choices' ? 'choice' : 'listing'} ${error.at.index}: ` : '';
  const reason = `${where}${error.message}`;
  return new ImportError('badJson', `The file is not complete JSON (it may be cut short): ${reason}`, {
    reason,
    ...(error.at
      ? { record: { list: error.at.key === 'choices' ? 'choices' : 'listings', index: error.at.index } }
      : {}),
  });
}

/** Thrown when a list comes before the format and version: the file is read once more for them. */
class EnvelopeLater extends Error {}

const ENVELOPE_MEMBERS = ['format', 'schemaVersion', 'exportedAt', 'scope'];

/** Feeds the whole source to a reader, turning its errors into ImportErrors. */
async function feed(
  source: ImportSource,
  reader: JsonStreamReader,
  onRead: (done: number) => void,
  afterChunk?: () => Promise<void>,
): Promise<void> {
  try {
    for await (const chunk of textChunks(source, onRead)) {
      reader.push(chunk);
      await afterChunk?.();
    }
    reader.end();
  } catch (error) {
    throw error instanceof JsonStreamError ? jsonError(error) : error;
  }
}

/** The format and version of a backup whose lists come first, read without keeping the lists. */
async function prescanVersion(source: ImportSource): Promise<number> {
  const members: Record<string, unknown> = {};
  const reader = new JsonStreamReader(
    { streamed: [], kept: ENVELOPE_MEMBERS, maxValueChars: 1 << 20 },
    {
      member: (key, value) => {
        members[key] = value;
      },
      element: () => undefined,
    },
  );
  await feed(source, reader, () => undefined);
  return checkVersion(members);
}

async function stageJson(
  source: ImportSource,
  stager: Stager,
  onRead: (done: number) => Promise<void> | void,
  version?: number,
): Promise<void> {
  const members: Record<string, unknown> = {};
  let known = version;
  let hadListings = false;
  const reader = new JsonStreamReader(
    { streamed: ['listings', 'choices'], kept: ENVELOPE_MEMBERS, maxValueChars: 64 << 20 },
    {
      member(key, value) {
        members[key] = value;
        if (known === undefined && 'format' in members && 'schemaVersion' in members)
          known = checkVersion(members);
      },
      arrayStart(key) {
        if (key === 'listings') hadListings = true;
        if (known === undefined) throw new EnvelopeLater();
      },
      element(key, value, index) {
        const fileVersion = known as number;
        if (key === 'listings') stager.listing(importedListing(value, index, fileVersion));
        else stager.choice(importedChoice(value, index));
      },
    },
  );
  let read = 0;
  await feed(
    source,
    reader,
    (done) => {
      read = done;
    },
    async () => {
      await stager.flush();
      await onRead(read);
    },
  );
  checkEnvelope(members, { listings: hadListings });
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
  key: string;
  listing: CsvListing;
  /** The raw listing columns last checked, to check each listing once, not once per row. */
  raw: string;
  observations: Map<string, NewObservation>;
  stateRow?: Omit<NewObservation, 'observedAt'>;
  line: number;
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

/**
 * Turns CSV records into listings as they come: the rows of one listing (consecutive) are
 * gathered, and the listing handed on when the next one starts.
 */
class CsvImporter {
  private columns: Map<string, number> | null = null;
  private width = 0;
  /** The header has `seenOn`: the version 1 layout (no end line then). */
  private versionOne = false;
  private current: CsvAccumulator | null = null;
  private end: { version: number; rows: number; line: number } | null = null;
  rows = 0;

  constructor(private readonly stager: Stager) {}

  record(fields: string[], line: number): void {
    if (!this.columns) {
      this.readHeader(fields);
      return;
    }
    if (this.end)
      throw new ImportError('badEnd', `line ${line}: rows follow the end line (line ${this.end.line}).`, {
        where: `line ${line}`,
        line,
      });
    if (fields[0] === CSV_END_MARK) {
      const end = readCsvEnd(fields);
      if (!end)
        throw new ImportError('badEnd', `line ${line}: the end line is damaged.`, {
          where: `line ${line}`,
          line,
        });
      this.end = { ...end, line };
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
    let accumulator = this.current;
    if (accumulator && accumulator.key !== key) {
      this.handOn(accumulator);
      accumulator = null;
    }
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
        firstSeenAt: cell('firstSeenAt'),
        lastSeenAt: cell('lastSeenAt'),
        choices: jsonCell(cell('choices')),
      });
      if (!parsed.success) throw badRecord({ line }, parsed.error);
      if (accumulator) {
        accumulator.listing = parsed.data;
        accumulator.raw = raw;
      } else {
        accumulator = { key, listing: parsed.data, raw, observations: new Map(), line };
        this.current = accumulator;
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
    if (accumulator.observations.size > MAX_HISTORY_PER_LISTING)
      throw new ImportError(
        'badRecord',
        `line ${line}: more than ${MAX_HISTORY_PER_LISTING} observations of one listing`,
        {
          where: `line ${line}`,
          line,
          reason: `more than ${MAX_HISTORY_PER_LISTING} observations of one listing`,
        },
      );
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
    this.versionOne = names.includes('seenOn');
  }

  /** One listing's rows → the listing (its state from the state row, or its latest observation). */
  private handOn(accumulator: CsvAccumulator): void {
    const history = [...accumulator.observations.values()].sort(byTime);
    const source = accumulator.stateRow ?? history[history.length - 1];
    if (!source) return;
    const { shippingCurrency, choices, ...listing } = accumulator.listing;
    for (const choice of choices ?? [])
      this.stager.choice({
        ...choice,
        site: listing.site,
        itemId: listing.itemId,
        at: isoNormalized(choice.at),
      });
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
    this.stager.listing({ state, history });
  }

  /** The text has ended: the last listing is handed on, then the end line is checked. */
  finish(acceptUnchecked: boolean): void {
    if (!this.columns) throw new ImportError('empty', 'The file is empty.');
    if (this.current) this.handOn(this.current);
    this.current = null;
    const end = this.end;
    if (!end) {
      if (this.versionOne && acceptUnchecked) return;
      throw this.versionOne
        ? new ImportError(
            'noEnd',
            'This CSV was exported by an older Comps (before format version 2): it has no end line, so whether it is complete cannot be checked.',
            { value: 1 },
          )
        : new ImportError(
            'noEnd',
            `The CSV has no end line ("${CSV_END_MARK},..."): it is cut short after ${this.rows} rows.`,
            { value: BACKUP_SCHEMA_VERSION, found: this.rows },
          );
    }
    if (end.version > BACKUP_SCHEMA_VERSION)
      throw new ImportError(
        'futureVersion',
        `The CSV was written by a newer Comps (format version ${end.version}; this one reads up to ${BACKUP_SCHEMA_VERSION}). Update the extension and try again.`,
        { value: end.version },
      );
    if (end.rows !== this.rows)
      throw new ImportError(
        'badEnd',
        `The CSV's end line counts ${end.rows} rows, but ${this.rows} come before it: rows are missing or were added.`,
        { where: `line ${end.line}`, line: end.line, expected: end.rows, found: this.rows },
      );
  }
}

async function stageCsv(
  source: ImportSource,
  stager: Stager,
  onRead: (done: number) => Promise<void> | void,
  acceptUnchecked: boolean,
): Promise<void> {
  const importer = new CsvImporter(stager);
  const reader = new CsvReader((fields, line) => importer.record(fields, line));
  let read = 0;
  try {
    const track = (done: number) => {
      read = done;
    };
    for await (const chunk of textChunks(source, track)) {
      reader.push(chunk);
      await stager.flush();
      await onRead(read);
    }
    reader.end();
  } catch (error) {
    if (error instanceof CsvSyntaxError)
      throw new ImportError('badCsv', `line ${error.line}: ${error.message}`, {
        where: `line ${error.line}`,
        line: error.line,
        reason: error.message,
      });
    throw error;
  }
  importer.finish(acceptUnchecked);
}

// ---------------------------------------------------------------------------------------- step 1

/** Tells JSON from CSV by the first characters (after a byte order mark and spaces). */
async function detectFormat(source: ImportSource): Promise<ImportFormat> {
  const head = typeof source === 'string' ? source.slice(0, 4096) : await headText(source);
  const start = head.replace(/^\uFEFF/, '').trimStart();
  if (start === '') {
    // Only spaces in the first 4 kB: empty if that was all of it.
    if (sizeOf(source) <= 4096) throw new ImportError('empty', 'The file is empty.');
    throw new ImportError('notOurs', 'This file is not a Comps export (it starts with 4 kB of blank space).');
  }
  if (start.startsWith('['))
    throw new ImportError('notOurs', 'This file is not a Comps backup (it is not a JSON object).');
  return start.startsWith('{') ? 'json' : 'csv';
}

async function headText(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.slice(0, 4096).arrayBuffer());
  // The cut may fall inside a character: decode what is whole, strictly (binary fails here).
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
  } catch {
    throw notText();
  }
}

/** Reads and checks the whole file into `staging` (step 1). Writes nothing else. */
async function stageFile(
  db: CompsDatabase,
  source: ImportSource,
  options: ImportOptions,
  onRead: (done: number, listings: number) => Promise<void> | void,
): Promise<Staged> {
  const format = await detectFormat(source);
  const stager = new Stager(db, Math.max(1, options.batchSize ?? DEFAULT_BATCH));
  const report = (done: number) => onRead(done, stager.listingCount);
  if (format === 'json') {
    try {
      await stageJson(source, stager, report);
    } catch (error) {
      if (!(error instanceof EnvelopeLater)) throw error;
      // Nothing was staged yet: the lists were the first thing in the file.
      await stageJson(source, stager, report, await prescanVersion(source));
    }
  } else await stageCsv(source, stager, report, options.acceptUnchecked === true);
  await stager.flush(true);
  return { format, batches: stager.batches, listings: stager.listingCount };
}

// ---------------------------------------------------------------------------------------- step 2

/** Plain data (what IndexedDB stores) compared by value; `undefined` fields count as absent. */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  for (const key in left) if (left[key] !== undefined && !sameData(left[key], right[key])) return false;
  for (const key in right) if (right[key] !== undefined && left[key] === undefined) return false;
  return true;
}

function sameState(a: StoredListing, b: StoredListing): boolean {
  return sameData(withoutDerived(a), withoutDerived(b));
}

/** A stored listing and an imported state of it, merged (see the rules at the top). */
export function mergeStates(stored: StoredListing, incoming: ListingState): StoredListing {
  const incomingNewer = incoming.lastSeenAt > stored.lastSeenAt;
  // The stored derived fields are reused whenever the title did not change.
  const older: StoredListing = incomingNewer ? stored : { ...incoming, ...reusable(stored, incoming.title) };
  const newer: ListingState = incomingNewer ? incoming : withoutDerived(stored);
  const { firstSeenAt: _first, lastSeenAt, ...seen } = newer;
  const merged = mergeListing(older, seen, lastSeenAt);
  // ISO 8601 in UTC (normalised on the way in) sorts as text.
  merged.firstSeenAt = [stored.firstSeenAt, incoming.firstSeenAt].sort()[0] ?? stored.firstSeenAt;
  Object.assign(
    merged,
    reusable(stored, merged.title) ?? reusable(merged, merged.title) ?? deriveFrom(merged.title),
  );
  return merged;
}

function compareKeys(a: [string, string], b: [string, string]): number {
  if (a[0] !== b[0]) return a[0] < b[0] ? -1 : 1;
  return a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
}

/**
 * The stored listings of a batch, by key. A file lists listings in key order (as exported), so
 * one range read between the batch's first and last key finds them all (one getAll, far cheaper
 * than a cursor per key). When the range holds many other listings too, the keys are read one
 * by one instead.
 */
async function storedListings(
  db: CompsDatabase,
  sorted: [string, string][],
): Promise<Map<string, StoredListing>> {
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const found = new Map<string, StoredListing>();
  if (!first || !last) return found;
  const limit = sorted.length * 2 + 64;
  let rows = await db.listings.where('[site+itemId]').between(first, last, true, true).limit(limit).toArray();
  if (rows.length === limit)
    rows = (await db.listings.bulkGet(sorted)).filter((row): row is StoredListing => row !== undefined);
  for (const row of rows) found.set(listingKey(row.site, row.itemId), row);
  return found;
}

/** The stored observations of a batch's listings (same range read, same fallback). */
async function storedHistory(db: CompsDatabase, sorted: [string, string][]): Promise<PriceObservation[]> {
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return [];
  const limit = sorted.length * 8 + 256;
  const rows = await db.history
    .where('[site+itemId]')
    .between(first, last, true, true)
    .limit(limit)
    .toArray();
  if (rows.length < limit) return rows;
  return db.history.where('[site+itemId]').anyOf(sorted).toArray();
}

async function mergeListings(
  db: CompsDatabase,
  batch: ImportedListing[],
  stats: StatsDelta,
  summary: ImportSummary,
): Promise<void> {
  const keys = batch.map(({ state }) => [state.site, state.itemId] as [string, string]).sort(compareKeys);
  const [stored, knownRows] = await Promise.all([storedListings(db, keys), storedHistory(db, keys)]);
  const known = new Set<string>();
  for (const row of knownRows) known.add(`${listingKey(row.site, row.itemId)}|${dedupeKey(row)}`);
  const puts: StoredListing[] = [];
  const adds: NewObservation[] = [];
  for (const item of batch) {
    const key = listingKey(item.state.site, item.state.itemId);
    const before = stored.get(key);
    if (!before) {
      const added: StoredListing = { ...item.state, ...deriveFrom(item.state.title) };
      puts.push(withPostings(added));
      for (const row of item.history) adds.push(row);
      stats.count(added, 1);
      summary.added++;
      continue;
    }
    let fresh = 0;
    for (const row of item.history) {
      if (known.has(`${key}|${dedupeKey(row)}`)) continue;
      adds.push(row);
      fresh++;
    }
    const merged = mergeStates(before, item.state);
    const changed = !sameState(before, merged);
    if (changed) {
      puts.push(withPostings(merged));
      stats.replace(before, merged);
    }
    if (changed || fresh > 0) summary.updated++;
    else summary.unchanged++;
  }
  const writes: Promise<unknown>[] = [];
  if (puts.length > 0) writes.push(db.listings.bulkPut(puts));
  if (adds.length > 0) writes.push(db.history.bulkAdd(adds));
  await Promise.all(writes);
  summary.observations += adds.length;
}

async function mergeChoices(db: CompsDatabase, batch: CompChoice[], summary: ImportSummary): Promise<void> {
  const stored = await db.choices.bulkGet(
    batch.map((choice) => [choice.query, choice.site, choice.itemId] as [string, string, string]),
  );
  const puts = batch.filter((choice, index) => {
    const before = stored[index];
    return !before || (choice.at > before.at && !sameData(choice, before));
  });
  if (puts.length > 0) await db.choices.bulkPut(puts);
  summary.choices += puts.length;
}

/** Merges the staged batches in one transaction and deletes them (step 2). */
async function mergeStaged(
  db: CompsDatabase,
  staged: Staged,
  onMerged: (listings: number) => void,
): Promise<ImportSummary> {
  const summary: ImportSummary = {
    format: staged.format,
    added: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    observations: 0,
    choices: 0,
  };
  await db.transaction('rw', [db.listings, db.history, db.choices, db.meta, db.staging], async () => {
    let stats = new StatsDelta();
    let counted = 0;
    let merged = 0;
    onMerged(0);
    for (let seq = 1; seq <= staged.batches; seq++) {
      const batch = await db.staging.get(seq);
      // Only another import clears staging, and imports take turns (a Web Lock): never seen.
      if (!batch) throw new Error(`Part ${seq} of the checked file is missing: import it again.`);
      if (batch.kind === 'choices') {
        await mergeChoices(db, batch.items as CompChoice[], summary);
        continue;
      }
      await mergeListings(db, batch.items as ImportedListing[], stats, summary);
      merged += batch.items.length;
      counted += batch.items.length;
      if (counted >= STATS_FLUSH) {
        await stats.write(db.meta);
        stats = new StatsDelta();
        counted = 0;
      }
      onMerged(merged);
    }
    await stats.write(db.meta);
    await db.staging.clear();
  });
  // Then the token-count log is folded, in a transaction of its own (as the background's idle
  // fold does): no capture follows an import to start that, and every query would read the log
  // a large import leaves. If it fails the log stays, read with the counters as before.
  await foldWhenIdle(db, 1).catch(() => false);
  return summary;
}

// ---------------------------------------------------------------------------------------- import

const BUSY = Symbol('busy');

/**
 * Runs `task` holding the import lock (one import at a time, across tabs and windows), or
 * returns BUSY at once when another import holds it. Without Web Locks (tests) it just runs.
 */
async function oneAtATime<T>(task: () => Promise<T>): Promise<T | typeof BUSY> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (!locks) return task();
  return locks.request('comps-import', { ifAvailable: true }, (lock) => (lock ? task() : BUSY));
}

function tooLarge(size: number): ImportError {
  return new ImportError(
    'tooLarge',
    `The file is too large (${Math.round(size / 1048576)} MB; at most ${MAX_IMPORT_BYTES / 1048576} MB).`,
    { value: Math.round(size / 1048576) },
  );
}

/** Reads, checks and merges a file: the whole import (see the top of this file). */
export async function importFile(
  db: CompsDatabase,
  source: ImportSource,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const size = sizeOf(source);
  if (size === 0) throw new ImportError('empty', 'The file is empty.');
  if (size > MAX_IMPORT_BYTES) throw tooLarge(size);
  let fraction = 0;
  const report = (progress: Omit<ImportProgress, 'fraction'>, share: number) => {
    fraction = Math.max(fraction, Math.min(1, share));
    options.onProgress?.({ ...progress, fraction });
  };
  const result = await oneAtATime(async () => {
    await db.staging.clear();
    try {
      // No timers to let the page paint: each chunk is checked in a few milliseconds, then the
      // next is awaited from the file (and timers are throttled to one a second or slower when the
      // user switches to another tab, which would stretch a long import tenfold).
      const staged = await stageFile(db, source, options, (done, listings) =>
        report({ phase: 'read', listings }, (READ_SHARE * done) / size),
      );
      report({ phase: 'read', listings: staged.listings }, READ_SHARE);
      return await mergeStaged(db, staged, (merged) =>
        report(
          { phase: 'write', listings: merged, total: staged.listings },
          READ_SHARE + ((1 - READ_SHARE) * merged) / Math.max(1, staged.listings),
        ),
      );
    } finally {
      await db.staging.clear().catch(() => undefined);
    }
  });
  if (result === BUSY)
    throw new ImportError(
      'busy',
      'Another import is running (in another tab or window): wait for it to end.',
    );
  return result;
}

/** Deletes what an import stopped by a crash left in `staging` (unless an import is running). */
export async function clearStagedImport(db: CompsDatabase): Promise<void> {
  await oneAtATime(async () => {
    if ((await db.staging.count()) > 0) await db.staging.clear();
  });
}

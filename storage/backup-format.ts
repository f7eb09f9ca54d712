/**
 * The constants and types of the export formats, without zod: the popup's export (and anything
 * else that only writes files) imports this, not `backup.ts`, so zod stays out of its bundle.
 * The formats themselves are documented in `backup.ts` (JSON) and `export.ts` (CSV).
 */

export const BACKUP_FORMAT = 'comps-backup';
/**
 * 2: `seenOn` removed (it was never written), the CSV ends with an end line (`#comps-end`).
 * 1: the first version; still imported.
 */
export const BACKUP_SCHEMA_VERSION = 2;

export type ExportFormat = 'csv' | 'json';
/** Which date a period filter looks at: when a price was seen, or when the listing sold. */
export type DateField = 'seen' | 'sold';

export interface BackupScope {
  site?: string;
  /** The period, ISO 8601: `from` included, `to` excluded. */
  from?: string;
  to?: string;
  /** What `from` and `to` apply to (default `seen`). */
  dates?: DateField;
  /** A list of listings (the comps of one search): how many were asked for. */
  keys?: number;
  /** The search the listings are the comps of (the popup's export). */
  query?: string;
}

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
  'firstSeenAt',
  'lastSeenAt',
  'choices',
] as const;

/** Columns the popup's export adds after those: what the listing was in that search's reference. */
export const COMP_CSV_COLUMNS = ['query', 'compRole', 'compReason', 'compAmount', 'compCurrency'] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number] | (typeof COMP_CSV_COLUMNS)[number];

/** First field of the CSV's last line, the end line: `#comps-end,version=2,rows=1234`. */
export const CSV_END_MARK = '#comps-end';

/** The end line's fields: the mark, the format version, and how many rows come before it. */
export function csvEndFields(rows: number): string[] {
  return [CSV_END_MARK, `version=${BACKUP_SCHEMA_VERSION}`, `rows=${rows}`];
}

/**
 * Reads an end line. Spreadsheets may pad a line with empty fields up to the header's width:
 * those are allowed. Returns null when the fields are not an end line of this form.
 */
export function readCsvEnd(fields: readonly string[]): { version: number; rows: number } | null {
  if (fields[0] !== CSV_END_MARK) return null;
  const version = /^version=(\d{1,6})$/.exec(fields[1] ?? '');
  const rows = /^rows=(\d{1,12})$/.exec(fields[2] ?? '');
  if (!version || !rows || fields.slice(3).some((field) => field !== '')) return null;
  return { version: Number(version[1]), rows: Number(rows[1]) };
}

/** Why a file is refused. The UI words each code in the user's language. */
export type ImportErrorCode =
  | 'empty'
  | 'tooLarge'
  | 'notOurs'
  | 'badJson'
  | 'wrongFormat'
  | 'badVersion'
  | 'futureVersion'
  | 'badCsv'
  | 'missingColumns'
  | 'badRecord'
  /** A CSV without its end line: cut short (a version 2 file), or `value: 1`, an older export. */
  | 'noEnd'
  /** The end line does not match the rows before it (rows lost or added). */
  | 'badEnd'
  /** Another import is running (in another tab). */
  | 'busy';

/**
 * A refused file. `message` is English (logs, tests); `details` holds what the UI needs to say it
 * in another language: `where` names the first bad record ("line 12", "listing 3"), `field` the
 * path in it, `reason` what is wrong.
 */
export interface ImportErrorDetails {
  /** The first bad record in English: "line 12", "listing 3 (ebay 1234)". */
  where?: string;
  /** CSV: the line the bad record starts on (1-based; the header is line 1). */
  line?: number;
  /** JSON: the bad record's position in `listings` or `choices` (1-based), and its key if it has one. */
  record?: { list: 'listings' | 'choices'; index: number; key?: string };
  /** The path of the bad field in the record ("price.amount") or the CSV column. */
  field?: string;
  /** What is wrong (zod's English wording). */
  reason?: string;
  /** A value to show: the other format's name, the schema version, a size in MB, a count. */
  value?: string | number;
  /** `badEnd`: the rows the end line announces and the rows found. */
  expected?: number;
  found?: number;
}

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
    readonly details: ImportErrorDetails = {},
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

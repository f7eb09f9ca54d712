import { z } from 'zod';
import { isoDate, listingSchema, pastDate } from './schema';

/**
 * # The Comps backup file (JSON), schema version 1
 *
 * What "Export → JSON" writes and "Import" reads back. UTF-8 JSON, one listing per line so the
 * file can be read (and diffed) by people, and written piece by piece:
 *
 * ```json
 * {"format":"comps-backup","schemaVersion":1,"exportedAt":"2026-11-26T09:30:00.000Z",
 *  "scope":{"site":"ebay"},
 *  "listings":[
 *   {"site":"ebay","itemId":"1234567890","url":"https://www.ebay.com/itm/1234567890",
 *    "title":"Sony WH-1000XM4","price":{"amount":90,"currency":"USD"},"shipping":null,
 *    "status":"sold","soldAt":"2026-11-03T00:00:00.000Z","condition":"Pre-Owned","format":"auction",
 *    "bids":7,"imageUrl":"https://i.ebayimg.com/images/g/abc/s-l500.jpg",
 *    "firstSeenAt":"2026-11-01T10:00:00.000Z","lastSeenAt":"2026-11-03T08:00:00.000Z",
 *    "history":[
 *     {"observedAt":"2026-11-01T10:00:00.000Z","amount":100,"currency":"USD","shipping":null,"status":"active"},
 *     {"observedAt":"2026-11-03T08:00:00.000Z","amount":90,"currency":"USD","shipping":null,"status":"sold",
 *      "soldAt":"2026-11-03T00:00:00.000Z"}]}
 *  ],
 *  "choices":[
 *   {"query":"sony wh1000xm4","site":"ebay","itemId":"1234567890","choice":"exclude","at":"2026-11-04T12:00:00.000Z"}
 *  ]}
 * ```
 *
 * - `format`: always `"comps-backup"`; anything else is not a Comps backup.
 * - `schemaVersion`: 1. A file with a higher number comes from a newer Comps and is refused (update
 *   the extension); older numbers are migrated in `migrateBackup`, the one place that knows them.
 * - `exportedAt`: ISO 8601 date-time of the export. `scope` (optional): what was exported when it was
 *   not everything: `{ site }`, `{ from, to }` (observation time, `from` included, `to` excluded) or
 *   `{ keys: n }` (a list of listings, e.g. the comps of one search).
 * - `listings[]`: each listing's latest known state, as the extension keeps it:
 *   - `site` (adapter id, e.g. `ebay`, `mercari-jp`) + `itemId` (the site's listing id) identify it;
 *   - `url`, `title`, `price` `{ amount, currency }` (amount in major units, e.g. 12.34 dollars or
 *     1701 yen; currency an ISO 4217 code or null when the page did not say), `priceMax` (upper end
 *     of a price range), `shipping` (`{ amount, currency }`, `null` = free, absent = not shown),
 *     `status` (`active` | `sold` | `ended` | `unknown`), `soldAt`, `endsAt` (ISO 8601), `condition`
 *     (the site's wording), `format` (`auction` | `fixed` | `offer` | `classified`), `bids`,
 *     `imageUrl`, `related` (true when seen in a "similar items" carousel), `seenOn`
 *     (`search` | `item`): every field but site, itemId, url, title, price and status is optional;
 *   - `firstSeenAt`, `lastSeenAt`: when the extension first and last saw it (ISO 8601);
 *   - `history[]`: one entry per price or status change seen (the first sighting included), oldest
 *     first: `observedAt`, `amount`, `currency`, `priceMax`, `shipping` (amount only; `null` = free),
 *     `status`, `soldAt`: the price and status as they were at that time.
 * - `choices[]`: the user's hand-made choices in a search's comparables: `query` (the search as
 *   normalised), `site`, `itemId`, `choice` (`exclude` | `include`), `at` (when it was made).
 *
 * Unknown fields are ignored on import, so a later schema may add optional fields without a new
 * version; removing or changing the meaning of a field needs a new version and a migration.
 */
export const BACKUP_FORMAT = 'comps-backup';
export const BACKUP_SCHEMA_VERSION = 1;

const finiteAmount = z.number().finite().nonnegative().max(1e12);
const currencyCode = z.string().regex(/^[A-Z]{3}$/);

/** One entry of a listing's price history (site and itemId are the listing's). */
export const backupObservationSchema = z.object({
  observedAt: pastDate,
  amount: finiteAmount,
  currency: currencyCode.nullable(),
  priceMax: finiteAmount.optional(),
  shipping: finiteAmount.nullable().optional(),
  status: z.enum(['active', 'sold', 'ended', 'unknown']),
  soldAt: pastDate.optional().catch(undefined),
});

/** The most history entries one listing may carry (a listing changes price a handful of times). */
export const MAX_HISTORY_PER_LISTING = 10_000;

/** A listing's state without its history: the listing as captured, plus the extension's own fields. */
export const backupListingStateSchema = listingSchema.extend({
  firstSeenAt: pastDate,
  lastSeenAt: pastDate,
  seenOn: z.enum(['search', 'item']).nullable().optional(),
});

export const backupListingSchema = backupListingStateSchema.extend({
  history: z.array(backupObservationSchema).max(MAX_HISTORY_PER_LISTING),
});

export const backupChoiceSchema = z.object({
  query: z.string().min(1).max(1000),
  site: z.string().regex(/^[a-z0-9-]{1,40}$/),
  itemId: z.string().min(1).max(200),
  choice: z.enum(['exclude', 'include']),
  at: isoDate,
});

export type BackupObservation = z.infer<typeof backupObservationSchema>;
export type BackupListingState = z.infer<typeof backupListingStateSchema>;
export type BackupListing = z.infer<typeof backupListingSchema>;
export type BackupChoice = z.infer<typeof backupChoiceSchema>;

export interface BackupScope {
  site?: string;
  from?: string;
  to?: string;
  keys?: number;
}

/** The envelope of the current version; listings and choices are checked one by one. */
export interface BackupEnvelope {
  format: typeof BACKUP_FORMAT;
  schemaVersion: typeof BACKUP_SCHEMA_VERSION;
  exportedAt: string;
  scope?: BackupScope;
  listings: unknown[];
  choices: unknown[];
}

/** Why a file is refused. The UI words each code in the user's language. */
export type ImportErrorCode =
  | 'empty'
  | 'tooLarge'
  | 'tooManyLines'
  | 'notOurs'
  | 'badJson'
  | 'wrongFormat'
  | 'badVersion'
  | 'futureVersion'
  | 'badCsv'
  | 'missingColumns'
  | 'badRecord';

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
  /** A value to show: the other format's name, the schema version, a size in MB, a limit. */
  value?: string | number;
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

/** The first problem zod found, as "price.amount: Too small: expected number to be >=0". */
export function describeIssue(error: z.ZodError): { field: string; reason: string } {
  const issue = error.issues[0];
  if (!issue) return { field: '', reason: 'invalid' };
  return { field: issue.path.map(String).join('.'), reason: issue.message };
}

/**
 * Any supported version → the current envelope. Each older version gets one step here
 * (`if (version === 1) { ...; version = 2; }`), run in order; nothing else in the importer knows
 * about old versions.
 */
export function migrateBackup(raw: unknown): BackupEnvelope {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    throw new ImportError('notOurs', 'This file is not a Comps backup (it is not a JSON object).');
  const file = raw as Record<string, unknown>;
  if (!('format' in file))
    throw new ImportError('notOurs', 'This file is not a Comps backup (it has no "format": "comps-backup").');
  if (file.format !== BACKUP_FORMAT)
    throw new ImportError(
      'wrongFormat',
      `This file is not a Comps backup: its format is ${JSON.stringify(file.format)}, not "comps-backup".`,
      { value: String(file.format).slice(0, 100) },
    );
  const version = file.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    throw new ImportError(
      'badVersion',
      `The backup has no valid schemaVersion (${JSON.stringify(version)}).`,
      {
        value: String(version).slice(0, 100),
      },
    );
  if (version > BACKUP_SCHEMA_VERSION)
    throw new ImportError(
      'futureVersion',
      `The backup was written by a newer Comps (schema version ${version}; this one reads up to ${BACKUP_SCHEMA_VERSION}). Update the extension and try again.`,
      { value: version },
    );
  // (Migrations of older versions go here, in order.)
  const exportedAt = isoDate.safeParse(file.exportedAt);
  if (!exportedAt.success)
    throw new ImportError('badRecord', 'The backup has no valid "exportedAt" date.', {
      where: 'exportedAt',
      field: 'exportedAt',
      reason: describeIssue(exportedAt.error).reason,
    });
  if (!Array.isArray(file.listings))
    throw new ImportError('badRecord', 'The backup has no "listings" list (the file may be cut short).', {
      where: 'listings',
      field: 'listings',
      reason: 'expected an array',
    });
  if (file.choices !== undefined && !Array.isArray(file.choices))
    throw new ImportError('badRecord', 'The backup\'s "choices" is not a list.', {
      where: 'choices',
      field: 'choices',
      reason: 'expected an array',
    });
  return {
    format: BACKUP_FORMAT,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    exportedAt: exportedAt.data,
    scope: (file.scope ?? undefined) as BackupScope | undefined,
    listings: file.listings,
    choices: (file.choices as unknown[] | undefined) ?? [],
  };
}

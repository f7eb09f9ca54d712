import { z } from 'zod';
import { BACKUP_FORMAT, BACKUP_SCHEMA_VERSION, type BackupScope, ImportError } from './backup-format';
import { currencyCode, finiteAmount, isoDate, listingSchema, pastDate } from './schema';

/**
 * # The Comps backup file (JSON), schema version 2
 *
 * What "Export → JSON" writes and "Import" reads back. UTF-8 JSON, one listing per line so the
 * file can be read (and diffed) by people, and written and read piece by piece (the importer
 * streams it: see import.ts):
 *
 * ```json
 * {"format":"comps-backup","schemaVersion":2,"exportedAt":"2026-11-26T09:30:00.000Z",
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
 * - `schemaVersion`: 2. A file with a higher number comes from a newer Comps and is refused (update
 *   the extension); version 1 files are still read (`migrateListing` is the one place that knows
 *   what changed: version 1 listings had a `seenOn` field, never filled in, now dropped).
 *   Comps writes `format` and `schemaVersion` first; a file that has them after its `listings`
 *   (re-saved with sorted keys) is still read, at the cost of reading it once more.
 * - `exportedAt`: ISO 8601 date-time of the export. `scope` (optional): what was exported when it was
 *   not everything: `{ site }`, `{ from, to, dates }` (`from` included, `to` excluded; `dates`:
 *   `seen` = the time a price was observed, the default, or `sold` = the listing's sale date),
 *   `{ keys: n, query }` (a list of listings: the comps of the search `query`, from the popup).
 * - `listings[]`: each listing's latest known state, as the extension keeps it:
 *   - `site` (adapter id, e.g. `ebay`, `mercari-jp`) + `itemId` (the site's listing id) identify it;
 *   - `url`, `title`, `price` `{ amount, currency }` (amount in major units, e.g. 12.34 dollars or
 *     1701 yen; currency an ISO 4217 code or null when the page did not say), `priceMax` (upper end
 *     of a price range), `shipping` (`{ amount, currency }`, `null` = free, absent = not shown),
 *     `status` (`active` | `sold` | `ended` | `unknown`), `soldAt`, `endsAt` (ISO 8601), `condition`
 *     (the site's wording), `format` (`auction` | `fixed` | `offer` | `classified`), `bids`,
 *     `imageUrl`, `related` (true when seen in a "similar items" carousel): every field but site,
 *     itemId, url, title, price and status is optional;
 *   - `firstSeenAt`, `lastSeenAt`: when the extension first and last saw it (ISO 8601);
 *   - `history[]`: one entry per price or status change seen (the first sighting included), oldest
 *     first: `observedAt`, `amount`, `currency`, `priceMax`, `shipping` (amount only; `null` = free),
 *     `status`, `soldAt`: the price and status as they were at that time;
 *   - `comp` (only in the popup's export, ignored on import): what the listing was in the search's
 *     reference when exported: `role` (`counted` | `outlier` | `asking` | `uncounted` |
 *     `set-aside`), `reason` (why it was set aside: `accessory`, `manual`, ...), `amount` and
 *     `currency` (its price converted to the display currency, shipping included when that option
 *     was on).
 * - `choices[]`: the user's hand-made choices in a search's comparables: `query` (the search as
 *   normalised), `site`, `itemId`, `choice` (`exclude` | `include`), `at` (when it was made).
 *
 * A JSON file cut short is never valid JSON, so it needs no end marker (the CSV has one).
 * Unknown fields are ignored on import, so a later schema may add optional fields without a new
 * version; removing or changing the meaning of a field needs a new version and a migration.
 */
export {
  BACKUP_FORMAT,
  BACKUP_SCHEMA_VERSION,
  type BackupScope,
  ImportError,
  type ImportErrorCode,
  type ImportErrorDetails,
} from './backup-format';

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

/** The first problem zod found, as "price.amount: Too small: expected number to be >=0". */
export function describeIssue(error: z.ZodError): { field: string; reason: string } {
  const issue = error.issues[0];
  if (!issue) return { field: '', reason: 'invalid' };
  return { field: issue.path.map(String).join('.'), reason: issue.message };
}

/** The top-level members of a backup besides its lists, as the importer keeps them. */
export interface BackupEnvelope {
  format: typeof BACKUP_FORMAT;
  /** The file's own version (1 or 2): `migrateListing` brings its listings to the current one. */
  schemaVersion: number;
  exportedAt: string;
  scope?: BackupScope;
}

/**
 * Checks what identifies a backup: its format and version. Called as soon as both are known
 * (before any listing is read), so a newer Comps' file is refused before its listings are.
 */
export function checkVersion(file: Record<string, unknown>): number {
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
  return version;
}

/**
 * The envelope of a whole file: `file` holds its top-level members but the lists, and `lists`
 * says which lists it had (a file without `listings` is cut short or not ours).
 */
export function checkEnvelope(file: Record<string, unknown>, lists: { listings: boolean }): BackupEnvelope {
  const schemaVersion = checkVersion(file);
  const exportedAt = isoDate.safeParse(file.exportedAt);
  if (!exportedAt.success)
    throw new ImportError('badRecord', 'The backup has no valid "exportedAt" date.', {
      where: 'exportedAt',
      field: 'exportedAt',
      reason: describeIssue(exportedAt.error).reason,
    });
  if (!lists.listings)
    throw new ImportError('badRecord', 'The backup has no "listings" list (the file may be cut short).', {
      where: 'listings',
      field: 'listings',
      reason: 'expected an array',
    });
  return {
    format: BACKUP_FORMAT,
    schemaVersion,
    exportedAt: exportedAt.data,
    scope: (file.scope ?? undefined) as BackupScope | undefined,
  };
}

/**
 * A listing of a file of `version` → a listing of the current version (then checked with
 * `backupListingSchema`). Each older version gets one step here, run in order; nothing else in
 * the importer knows about old versions.
 */
export function migrateListing(raw: unknown, version: number): unknown {
  if (version < 2 && raw && typeof raw === 'object' && 'seenOn' in raw) {
    // Version 1 had `seenOn` (the kind of page last seen on). Nothing ever wrote it: dropped.
    const { seenOn: _seenOn, ...rest } = raw as Record<string, unknown>;
    return rest;
  }
  return raw;
}

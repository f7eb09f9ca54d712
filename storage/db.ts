import Dexie from 'dexie';
import { ANALYSIS_VERSION, analyzeTitle, type TitleAnalysis } from '../utils/comps/analysis';
import { DEFAULT_DB_NAME } from './db-name';
import { withPostings } from './postings';
import { foldTokenStats, StatsDelta, TOTAL_KEY } from './token-stats';
import type { CompsDatabase, MetaRow, StoredListing } from './types';

export type {
  CompChoice,
  CompsDatabase,
  MetaRow,
  PriceObservation,
  StagedBatch,
  StoredListing,
} from './types';

/** What the comps engine stores with a listing: its index tokens and what its title says. */
export function listingIndex(title: string): Pick<TitleAnalysis, 'tokens' | 'facts'> {
  const { tokens, facts } = analyzeTitle(title);
  return { tokens, facts };
}

/** Title tokens of a listing, as stored with it and indexed in its postings (storage/postings.ts). */
export function listingTokens(title: string): string[] {
  return listingIndex(title).tokens;
}

/** Whether a stored row's tokens and facts were made by this version of the engine. */
export function isIndexCurrent(row: Pick<StoredListing, 'tokens' | 'facts'>): boolean {
  return row.tokens !== undefined && row.facts?.v === ANALYSIS_VERSION;
}

export { DEFAULT_DB_NAME };

/**
 * Schema versions. Released versions are never edited: add a new one with its upgrade.
 * Only fields used by a where() are indexed; status is a string so it can be indexed.
 */
export function declareSchema(db: Dexie): void {
  db.version(1).stores({
    listings: '[site+itemId], site, lastSeenAt, status, soldAt',
    history: '++id, [site+itemId], observedAt',
  });
  // 2: comparables are looked up by title token (multi-entry index) with token counts kept
  // in `meta`, and hand-made choices are kept per query.
  db.version(2)
    .stores({
      listings: '[site+itemId], site, lastSeenAt, status, soldAt, *tokens',
      choices: '[query+site+itemId], query',
      meta: 'key',
    })
    .upgrade(async (tx) => {
      const stats = new StatsDelta();
      await tx
        .table<StoredListing>('listings')
        .toCollection()
        .modify((listing) => {
          // Repaired here because the released upgrade crashed on it (the database then did not
          // open at all): a version 1 row without a usable title gets one that says so, and keeps
          // its price history; the next sighting of the listing brings its real title back.
          if (typeof listing.title !== 'string' || !listing.title.trim())
            listing.title =
              typeof listing.title === 'number'
                ? String(listing.title)
                : `Untitled listing ${listing.itemId}`;
          listing.tokens = listingTokens(listing.title);
          stats.count(listing, 1);
        });
      const meta = tx.table<MetaRow, string>('meta');
      await meta.put({ key: TOTAL_KEY, value: 0 }); // an empty database has counts too
      await stats.write(meta);
    });
  // 3: tokens name concepts across languages (c:sony for ソニー, 索尼, Sony), Traditional Chinese is
  // folded to Simplified, and each listing keeps what its title says it is (facts, not indexed).
  // Every listing is read again and the token counts are made anew.
  db.version(3)
    .stores({})
    .upgrade(async (tx) => {
      const stats = new StatsDelta();
      await tx
        .table<StoredListing>('listings')
        .toCollection()
        .modify((listing) => {
          Object.assign(listing, listingIndex(typeof listing.title === 'string' ? listing.title : ''));
          stats.count(listing, 1);
        });
      const meta = tx.table<MetaRow, string>('meta');
      await meta.clear();
      await meta.put({ key: TOTAL_KEY, value: 0 });
      await stats.write(meta);
    });
  // 4: an import is read and checked into `staging` first, then merged in one transaction with
  // it (a transaction can only span stores of one database).
  db.version(4).stores({ staging: 'seq' });
  // 5: token counts change by an appended log in `meta` (storage/token-stats.ts), and the listings
  // lose the `status` and `soldAt` indexes: nothing queries them (status and sale dates are read
  // from the rows a token or key range already gave), and each cost an index entry per write.
  // The upgrade folds the log that the upgrades above may have appended (from version 1 or 2).
  db.version(5)
    .stores({ listings: '[site+itemId], site, lastSeenAt, *tokens' })
    .upgrade(async (tx) => {
      await foldTokenStats(tx.table<MetaRow, string>('meta'));
    });
  // 6: a token's listings are looked up newest first: the `*tokens` index gives way to `*postings`
  // (each token with the listing's recency, storage/postings.ts), one entry per token as before.
  // Read in (site, item id) order, a token held by more listings than a query reads gave the
  // oldest ids of the first site. Token counts (in `meta`) do not change.
  db.version(6)
    .stores({ listings: '[site+itemId], site, lastSeenAt, *postings' })
    .upgrade(async (tx) => {
      await tx
        .table<StoredListing>('listings')
        .toCollection()
        .modify((listing) => {
          withPostings(listing);
        });
    });
}

const reopening = new WeakMap<Dexie, Promise<void>>();

/**
 * Closes the connection and opens a fresh one on the same Dexie instance (callers keep their
 * reference). Firefox leaves a connection unusable after a disk-full abort until it is reopened;
 * Dexie's own reopen gives up after two tries and never tries again. Concurrent callers share one
 * reopen.
 */
export function reopenDatabase(db: Dexie): Promise<void> {
  let pending = reopening.get(db);
  if (!pending) {
    pending = (async () => {
      db.close();
      await db.open();
    })().finally(() => reopening.delete(db));
    reopening.set(db, pending);
  }
  return pending;
}

export function openDatabase(name: string = DEFAULT_DB_NAME): CompsDatabase {
  const db = new Dexie(name) as CompsDatabase;
  declareSchema(db);
  return db;
}

import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Listing, ListingStatus, PageKind } from '../utils/listing';
import { tokenize } from '../utils/text';
import { StatsDelta, TOTAL_KEY } from './token-stats';

/** A listing's latest known state, one row per (site, itemId). */
export interface StoredListing extends Listing {
  firstSeenAt: string;
  lastSeenAt: string;
  /** Kind of page it was last seen on. */
  seenOn?: PageKind | null;
  /** Title tokens for comparables (index `*tokens`): filled from schema version 2 on. */
  tokens?: string[];
}

/**
 * One row each time a listing's price or status is seen to change (first sighting included),
 * so the same listing seen 50 times is still one comp, with its price history.
 */
export interface PriceObservation {
  id?: number;
  site: string;
  itemId: string;
  observedAt: string;
  amount: number;
  currency: string | null;
  priceMax?: number;
  shipping?: number | null;
  status: ListingStatus;
  soldAt?: string;
}

/** The user's hand-made choice for one comp of one query: keep it out, or bring it back in. */
export interface CompChoice {
  /** The query as normalised by `queryKey`. */
  query: string;
  site: string;
  itemId: string;
  choice: 'exclude' | 'include';
  at: string;
}

/** Counters kept beside the listings: see storage/token-stats.ts. */
export interface MetaRow {
  key: string;
  value: number;
}

export type CompsDatabase = Dexie & {
  listings: Table<StoredListing, [string, string]>;
  history: EntityTable<PriceObservation, 'id'>;
  choices: Table<CompChoice, [string, string, string]>;
  meta: Table<MetaRow, string>;
};

/** Title tokens of a listing, as the `*tokens` index holds them. */
export function listingTokens(title: string): string[] {
  return tokenize(title);
}

export const DEFAULT_DB_NAME = 'comps';

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

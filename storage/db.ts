import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Listing, ListingStatus } from '../utils/listing';
import { tokenize } from '../utils/text';
import { StatsDelta, TOTAL_KEY } from './token-stats';

/** A listing's latest known state, one row per (site, itemId). */
export interface StoredListing extends Listing {
  firstSeenAt: string;
  lastSeenAt: string;
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

/**
 * A checked part of a file being imported, kept here until the whole file has been read and
 * checked, then merged and deleted in one transaction (see storage/import.ts).
 */
export interface StagedBatch {
  seq: number;
  kind: 'listings' | 'choices';
  items: unknown[];
}

export type CompsDatabase = Dexie & {
  listings: Table<StoredListing, [string, string]>;
  history: EntityTable<PriceObservation, 'id'>;
  choices: Table<CompChoice, [string, string, string]>;
  meta: Table<MetaRow, string>;
  staging: Table<StagedBatch, number>;
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
          listing.tokens = listingTokens(listing.title);
          stats.count(listing, 1);
        });
      const meta = tx.table<MetaRow, string>('meta');
      await meta.put({ key: TOTAL_KEY, value: 0 }); // an empty database has counts too
      await stats.write(meta);
    });
  // 3: an import is read and checked into `staging` first, then merged in one transaction with
  // it (a transaction can only span stores of one database).
  db.version(3).stores({ staging: 'seq' });
}

export function openDatabase(name: string = DEFAULT_DB_NAME): CompsDatabase {
  const db = new Dexie(name) as CompsDatabase;
  declareSchema(db);
  return db;
}

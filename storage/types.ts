import type Dexie from 'dexie';
import type { EntityTable, Table } from 'dexie';
import type { TitleFacts } from '../utils/comps/analysis';
import type { Listing, ListingStatus } from '../utils/listing';

/*
 * The database's row types, apart from the schema (db.ts) so that the modules the schema's
 * upgrades use (token-stats.ts) can name them without importing db.ts back.
 */

/** A listing's latest known state, one row per (site, itemId). */
export interface StoredListing extends Listing {
  firstSeenAt: string;
  lastSeenAt: string;
  /** Title tokens for comparables: filled from schema version 2 on (indexed until version 6). */
  tokens?: string[];
  /** The tokens with the listing's recency (index `*postings`, storage/postings.ts): from version 6 on. */
  postings?: string[];
  /** What the title says it is (utils/comps/analysis.ts), not indexed: from schema version 3 on. */
  facts?: TitleFacts;
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

/**
 * A checked part of a file being imported, kept here until the whole file has been read and
 * checked, then merged and deleted in one transaction (see storage/import.ts).
 */
export interface StagedBatch {
  seq: number;
  kind: 'listings' | 'choices';
  items: unknown[];
}

/**
 * Counters kept beside the listings (`key`, `value`), and from schema version 5 on the log of
 * their pending changes: rows keyed `log:…` whose `value` is how many changes they hold, as two
 * parallel arrays (counter keys, signed changes). See storage/token-stats.ts.
 */
export interface MetaRow {
  key: string;
  value: number;
  keys?: string[];
  changes?: number[];
}

export type CompsDatabase = Dexie & {
  listings: Table<StoredListing, [string, string]>;
  history: EntityTable<PriceObservation, 'id'>;
  choices: Table<CompChoice, [string, string, string]>;
  meta: Table<MetaRow, string>;
  staging: Table<StagedBatch, number>;
};

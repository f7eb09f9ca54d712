import { isSpecificCode, type Query } from '../utils/comps/match';
import { listingKey } from '../utils/listing';
import type { CompsDatabase, StoredListing } from './db';
import { readTokenStats } from './token-stats';

/** Listings read per query token at most: a comp query needs the best evidence, not all of it. */
export const MAX_PER_TOKEN = 400;

export interface CandidateSet {
  listings: StoredListing[];
  /** Listings in the database. */
  docCount: number;
  /** Listings holding each query token (what BM25 calls document frequency). */
  docFreq: Map<string, number>;
}

/**
 * Listings that may be comps for the query, read through the `*tokens` index: no scan of the
 * listings table. A comp must hold at least half the query's units (utils/comps/match.ts), so it
 * holds at least one of any ⌊U/2⌋+1 of them: reading the listings of the rarest ⌊U/2⌋+1 units
 * finds every one that can match by its words, at the least cost. Identifiers (id:…) and
 * specific model codes are read too: sharing one makes a comp whatever the other words. Rows
 * come from the index in one request per token (getAll), far faster than keys then rows. A
 * token held by more than MAX_PER_TOKEN listings contributes its first MAX_PER_TOKEN.
 */
export async function findCandidates(db: CompsDatabase, query: Query): Promise<CandidateSet> {
  return db.transaction('r', db.listings, db.meta, async () => {
    const tokens = [...new Set([...query.units, ...query.identifiers])];
    const { docCount, docFreq } = (await readTokenStats(db, tokens)) ?? (await countLive(db, tokens));
    const toRead = tokensToRead(query, docFreq);
    const lists = await Promise.all(
      toRead.map((token) => db.listings.where('tokens').equals(token).limit(MAX_PER_TOKEN).toArray()),
    );
    const unique = new Map<string, StoredListing>();
    for (const listing of lists.flat()) unique.set(listingKey(listing.site, listing.itemId), listing);
    return { listings: [...unique.values()], docCount, docFreq };
  });
}

/**
 * The tokens whose listings are read for a query (see findCandidates): its identifiers and specific
 * model codes, and its rarest ⌊U/2⌋+1 units; only tokens some listing holds. Shared with the
 * batched look-up of many titles at once (reference-batch.ts), so both read the same candidates.
 */
export function tokensToRead(query: Query, docFreq: ReadonlyMap<string, number>): string[] {
  const frequencyOf = (token: string) => docFreq.get(token) ?? 0;
  const strong = [...query.identifiers, ...query.codes.filter(isSpecificCode)];
  const units = [...query.units].sort((a, b) => frequencyOf(a) - frequencyOf(b));
  return [...new Set([...strong, ...units.slice(0, Math.floor(units.length / 2) + 1)])].filter(
    (token) => frequencyOf(token) > 0,
  );
}

/** The slow way, for a database whose counts were never built. */
export async function countLive(db: CompsDatabase, tokens: string[]) {
  const [docCount, counts] = await Promise.all([
    db.listings.count(),
    Promise.all(tokens.map((token) => db.listings.where('tokens').equals(token).count())),
  ]);
  return { docCount, docFreq: new Map(tokens.map((token, index) => [token, counts[index] ?? 0])) };
}

/** The user's include/exclude choices for a query, by `listingKey`. */
export async function choicesFor(
  db: CompsDatabase,
  queryKey: string,
): Promise<Map<string, 'include' | 'exclude'>> {
  const rows = await db.choices.where('query').equals(queryKey).toArray();
  return new Map(rows.map((row) => [listingKey(row.site, row.itemId), row.choice]));
}

export async function setChoice(
  db: CompsDatabase,
  queryKey: string,
  site: string,
  itemId: string,
  choice: 'include' | 'exclude' | null,
): Promise<void> {
  if (choice === null) await db.choices.delete([queryKey, site, itemId]);
  else await db.choices.put({ query: queryKey, site, itemId, choice, at: new Date().toISOString() });
}

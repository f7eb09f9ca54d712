import { isSpecificCode, type Query } from '../utils/comps/match';
import { listingKey } from '../utils/listing';
import type { CompsDatabase, StoredListing } from './db';
import { readTokenStats } from './token-stats';

/** Listing rows read per query token at most: a comp query needs the best evidence, not all of it. */
export const MAX_PER_TOKEN = 400;
/**
 * Index keys (not rows: keys cost little) looked at per token held by more than MAX_PER_TOKEN
 * listings, to find the listings that hold several of the query's tokens (see pickCandidateKeys).
 */
export const KEYS_PER_TOKEN = 2_000;

type Key = [string, string];

/**
 * The listings to read for a query, from the key lists of its tokens (each in the index's order):
 * all of them when they fit the row budget (MAX_PER_TOKEN per token); else the MAX_PER_TOKEN that
 * hold more of the tokens, then those nearer the head of a list. A comp must hold half of the query's
 * units, and taking the first keys of each list alone would give, for two common words ("pokemon
 * card" among a million listings), the listings of whatever sites sort first, sharing none.
 * findCandidates and the batched look-up (reference-batch.ts) both choose through here.
 */
export function pickCandidateKeys(lists: readonly (readonly Key[])[]): Key[] {
  const seen = new Map<string, { key: Key; lists: number; rank: number }>();
  for (const list of lists)
    list.forEach((key, rank) => {
      const id = listingKey(key[0], key[1]);
      const entry = seen.get(id);
      if (!entry) seen.set(id, { key, lists: 1, rank });
      else {
        entry.lists++;
        entry.rank = Math.min(entry.rank, rank);
      }
    });
  const entries = [...seen.values()];
  if (entries.length <= MAX_PER_TOKEN * lists.length) return entries.map((entry) => entry.key);
  // Ranked, the best MAX_PER_TOKEN are enough evidence: those further down hold fewer of the
  // query's tokens, and each costs a row read and the engine's look.
  return entries
    .sort((a, b) => b.lists - a.lists || a.rank - b.rank)
    .slice(0, MAX_PER_TOKEN)
    .map((entry) => entry.key);
}

/** Whether a token is held by more listings than are read of it (by the stored counts). */
function common(token: string, docFreq: ReadonlyMap<string, number>): boolean {
  return (docFreq.get(token) ?? 0) > MAX_PER_TOKEN;
}

/**
 * How many index entries are read per token of a query: KEYS_PER_TOKEN when two or more of its
 * tokens are common (where the listings holding both are what the first MAX_PER_TOKEN of each
 * would miss), else MAX_PER_TOKEN (what one common token contributes either way: its first ones;
 * the listings it shares with a rarer token are read through that one in full).
 */
export function entriesPerToken(toRead: readonly string[], docFreq: ReadonlyMap<string, number>): number {
  return toRead.filter((token) => common(token, docFreq)).length >= 2 ? KEYS_PER_TOKEN : MAX_PER_TOKEN;
}

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
 * of a token few listings hold come from the index in one request (getAll), far faster than keys
 * then rows. When two or more tokens are common, their keys are read first (up to
 * KEYS_PER_TOKEN) and pickCandidateKeys chooses which rows to read (at most MAX_PER_TOKEN per
 * token); else a common token contributes its first MAX_PER_TOKEN (entriesPerToken).
 */
export async function findCandidates(db: CompsDatabase, query: Query): Promise<CandidateSet> {
  return db.transaction('r', db.listings, db.meta, async () => {
    const tokens = [...new Set([...query.units, ...query.identifiers])];
    const { docCount, docFreq } = (await readTokenStats(db, tokens)) ?? (await countLive(db, tokens));
    const toRead = tokensToRead(query, docFreq);
    const limit = entriesPerToken(toRead, docFreq);
    const rows = new Map<string, StoredListing>();
    const lists = await Promise.all(toRead.map((token) => readTokenEntries(db, token, limit, docFreq, rows)));
    const picked = pickCandidateKeys(lists);
    const missing = picked.filter(([site, itemId]) => !rows.has(listingKey(site, itemId)));
    for (const row of missing.length > 0 ? await db.listings.bulkGet(missing) : [])
      if (row) rows.set(listingKey(row.site, row.itemId), row);
    const listings = picked.flatMap(([site, itemId]) => rows.get(listingKey(site, itemId)) ?? []);
    return { listings, docCount, docFreq };
  });
}

/**
 * The first `limit` index entries of a token, as keys in the index's order. A token few listings
 * hold, or one read no further than MAX_PER_TOKEN: its rows at once (one request, far faster than
 * keys then rows), kept in `rows` by listingKey. A common token read further: its keys only, since
 * pickCandidateKeys reads the rows of the few it picks. Shared by findCandidates and the batched
 * look-up (reference-batch.ts).
 */
export async function readTokenEntries(
  db: CompsDatabase,
  token: string,
  limit: number,
  docFreq: ReadonlyMap<string, number>,
  rows: Map<string, StoredListing>,
): Promise<Key[]> {
  const entries = db.listings.where('tokens').equals(token).limit(limit);
  if (limit > MAX_PER_TOKEN && common(token, docFreq)) return (await entries.primaryKeys()) as Key[];
  return (await entries.toArray()).map((row): Key => {
    rows.set(listingKey(row.site, row.itemId), row);
    return [row.site, row.itemId];
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

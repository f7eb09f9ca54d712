import { CONCEPT_PREFIX } from '../utils/comps/analysis';
import { COVERAGE, idf, isSpecificCode, MOST, type Query } from '../utils/comps/match';
import { wholeNumber } from '../utils/comps/trading-cards';
import { listingKey } from '../utils/listing';
import { keysHoldingBoth } from './both-tokens';
import type { CompsDatabase, StoredListing } from './db';
import { postingBounds } from './postings';
import { readTokenStats } from './token-stats';

/** Listing rows read per query token at most: a comp query needs the best evidence, not all of it. */
export const MAX_PER_TOKEN = 400;
/**
 * Index keys read at most to find the listings that hold both of a query's two rarest common tokens
 * (keysHoldingBoth): keys cost a few microseconds each, so about 20-40 ms at the worst.
 */
export const BOTH_KEYS = 20_000;

type Key = [string, string];

/**
 * The listings to read for a query, from the key lists of its tokens (each newest first, as the
 * postings index gives them): all of them when they fit the row budget (MAX_PER_TOKEN per token);
 * else the MAX_PER_TOKEN that hold more of the tokens, then those nearer the head of a list, the
 * newer (withBoth puts the listings holding both of two common tokens at the head of both lists).
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
 * The query's two rarest common tokens, when it reads two or more (tokensToRead): the newest entries
 * of each cover different stretches of time and may hold none of the other, so the listings holding
 * both are looked for apart (keysHoldingBoth).
 */
export function commonPair(
  toRead: readonly string[],
  docFreq: ReadonlyMap<string, number>,
): [string, string] | undefined {
  const [first, second] = toRead
    .filter((token) => common(token, docFreq))
    .sort((a, b) => (docFreq.get(a) ?? 0) - (docFreq.get(b) ?? 0));
  return first !== undefined && second !== undefined ? [first, second] : undefined;
}

/** The tokens' key lists with the listings holding both of `pair` first in each of the pair's two. */
export function withBoth(
  toRead: readonly string[],
  lists: readonly (readonly Key[])[],
  pair: readonly [string, string] | undefined,
  both: readonly Key[],
): (readonly Key[])[] {
  if (!pair || both.length === 0) return [...lists];
  const inBoth = new Set(both.map(([site, itemId]) => listingKey(site, itemId)));
  return toRead.map((token, index) => {
    const list = lists[index] ?? [];
    if (!pair.includes(token)) return list;
    return [...both, ...list.filter(([site, itemId]) => !inBoth.has(listingKey(site, itemId)))];
  });
}

export interface CandidateSet {
  listings: StoredListing[];
  /** Listings in the database. */
  docCount: number;
  /** Listings holding each query token (what BM25 calls document frequency). */
  docFreq: Map<string, number>;
}

/**
 * Listings that may be comps for the query, read through the `*postings` index: no scan of the
 * listings table. A comp must hold at least half the query's units and half their weight, or most
 * of them (utils/comps/match.ts), so it holds one of the rarest few (`unitsToRead`, at most
 * ⌊U/2⌋+1): reading their listings finds every one that can match by its words, at the least
 * cost. Identifiers (id:…) and specific model codes are read too: sharing one makes a comp
 * whatever the other words. Each
 * token gives its newest MAX_PER_TOKEN rows (all of a rare one) in one request; when two or more
 * are common, the listings holding the two rarest of them come first (commonPair,
 * keysHoldingBoth), and pickCandidateKeys chooses the rows among all of them.
 */
export async function findCandidates(db: CompsDatabase, query: Query): Promise<CandidateSet> {
  return db.transaction('r', db.listings, db.meta, async () => {
    const tokens = [...new Set([...query.units, ...query.identifiers])];
    const { docCount, docFreq } = (await readTokenStats(db, tokens)) ?? (await countLive(db, tokens));
    const toRead = tokensToRead(query, docFreq, docCount);
    const pair = commonPair(toRead, docFreq);
    const rows = new Map<string, StoredListing>();
    const [lists, both] = await Promise.all([
      Promise.all(toRead.map((token) => readTokenEntries(db, token, rows))),
      pair ? keysHoldingBoth(db, pair[0], pair[1], MAX_PER_TOKEN, BOTH_KEYS) : [],
    ]);
    const picked = pickCandidateKeys(withBoth(toRead, lists, pair, both));
    const missing = picked.filter(([site, itemId]) => !rows.has(listingKey(site, itemId)));
    for (const row of missing.length > 0 ? await db.listings.bulkGet(missing) : [])
      if (row) rows.set(listingKey(row.site, row.itemId), row);
    const listings = picked.flatMap(([site, itemId]) => rows.get(listingKey(site, itemId)) ?? []);
    return { listings, docCount, docFreq };
  });
}

/**
 * The newest MAX_PER_TOKEN listings of a token (storage/postings.ts), rows and all in one request
 * (far faster than keys then rows), kept in `rows` by listingKey; returns their keys. Shared by
 * findCandidates and the batched look-up (reference-batch.ts).
 */
export async function readTokenEntries(
  db: CompsDatabase,
  token: string,
  rows: Map<string, StoredListing>,
): Promise<Key[]> {
  const entries = await db.listings
    .where('postings')
    .between(...postingBounds(token))
    .limit(MAX_PER_TOKEN)
    .toArray();
  return entries.map((row): Key => {
    rows.set(listingKey(row.site, row.itemId), row);
    return [row.site, row.itemId];
  });
}

/**
 * The tokens whose listings are read for a query (see findCandidates): its identifiers and specific
 * model codes (and any code, when it names a platform), and its rarest units, as few as a comp must
 * hold one of (`unitsToRead`); only tokens some listing holds. Shared with the batched look-up of
 * many titles at once (reference-batch.ts), so both read the same candidates.
 */
export function tokensToRead(query: Query, docFreq: ReadonlyMap<string, number>, docCount: number): string[] {
  const frequencyOf = (token: string) => docFreq.get(token) ?? 0;
  const strong = [...query.identifiers, ...query.codes.filter(isSpecificCode)];
  // A title holding the query's model code holds its platform too ("S24 Ultra" is a Galaxy) without
  // the platform's token: such a comp is found through the code's list, whatever the bound below.
  const codesNamingPlatform = query.facts.platforms.length > 0 ? query.codes : [];
  return [
    ...new Set([...strong, ...codesNamingPlatform, ...unitsToRead(query.units, docFreq, docCount)]),
  ].filter((token) => frequencyOf(token) > 0);
}

/**
 * The rarest units, as few as every comp must hold one of. A comp holds half the units and half
 * their idf weight, or most of the units (COVERAGE, MOST in match.ts), so one holding none of the
 * rarest k must find that among the others: never when they are fewer than half (k = ⌊U/2⌋+1),
 * nor when they weigh less than half and are fewer than most. A rare name among common words
 * ("Togekiss" among "ultra rare holo pokemon card"): a title must hold it or nearly all the
 * others, so two lists are read instead of four (test/storage/units-to-read.test.ts).
 */
export function unitsToRead(
  units: readonly string[],
  docFreq: ReadonlyMap<string, number>,
  docCount: number,
): string[] {
  const stats = { docCount, docFreq: (token: string) => docFreq.get(token) ?? 0 };
  const rarest = [...units].sort((a, b) => stats.docFreq(a) - stats.docFreq(b));
  const weights = rarest.map((unit) => idf(unit, stats));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  // A margin against rounding (the engine sums the weights in another order): read one more then.
  const EPSILON = 1e-9;
  let restWeight = total;
  for (let k = 1; k <= Math.floor(rarest.length / 2); k++) {
    restWeight -= weights[k - 1] ?? 0;
    const rest = rarest.length - k;
    const coveredByRest =
      (rest >= rarest.length * COVERAGE && restWeight >= total * COVERAGE - EPSILON) ||
      rest >= rarest.length * MOST;
    if (!coveredByRest) return rarest.slice(0, k);
  }
  return rarest.slice(0, Math.floor(rarest.length / 2) + 1);
}

/**
 * For a verdict alone (the in-page chips): fewer tokens to read than `tokensToRead` when every comp
 * the reference can count must hold one of a few rare tokens, read whole. A counted comp holds
 * (utils/comps/match.ts, kinds.ts):
 *  - one of the query's specific model codes, when it names any (a code of the family is another
 *    model, set aside);
 *  - the total of each card number ("102" of "4/102"; the card's own number may be written "004");
 *  - each product line the query names, or a specific code;
 *  - each platform, when the query names no code and little else.
 * Each such token list is a gate; the cheapest, when each of its tokens is held by at most
 * MAX_PER_TOKEN listings (so all of them are read) and it costs less than `tokensToRead`, is read
 * instead, with the identifiers (sharing one is a match whatever the words). The counted comps are
 * then the same as through `tokensToRead` whenever that read is whole too; the listings set aside
 * (other models, other kinds) are fewer, which a verdict does not show. Undefined: no such gate.
 */
export function verdictTokensToRead(
  query: Query,
  docFreq: ReadonlyMap<string, number>,
  docCount: number,
): string[] | undefined {
  const frequencyOf = (token: string) => docFreq.get(token) ?? 0;
  const specific = query.codes.filter(isSpecificCode);
  const gates: string[][] = [];
  if (specific.length > 0) gates.push(specific);
  for (const [, total] of query.setNumbers) {
    const written = query.tokens.find((token) => wholeNumber(token) === total);
    if (written) gates.push([written]);
  }
  for (const line of query.facts.lines) gates.push([CONCEPT_PREFIX + line, ...specific]);
  if (query.codes.length === 0 && query.facts.content <= 1)
    for (const platform of query.facts.platforms) gates.push([CONCEPT_PREFIX + platform]);
  const whole = gates.filter((gate) => gate.every((token) => frequencyOf(token) <= MAX_PER_TOKEN));
  if (whole.length === 0) return undefined;
  const cost = (tokens: readonly string[]) =>
    tokens.reduce((sum, token) => sum + Math.min(frequencyOf(token), MAX_PER_TOKEN), 0);
  const cheapest = whole.reduce((best, gate) => (cost(gate) < cost(best) ? gate : best));
  if (cost(cheapest) >= cost(tokensToRead(query, docFreq, docCount))) return undefined;
  return [...new Set([...query.identifiers, ...cheapest])].filter((token) => frequencyOf(token) > 0);
}

/** The slow way, for a database whose counts were never built. */
export async function countLive(db: CompsDatabase, tokens: string[]) {
  const [docCount, counts] = await Promise.all([
    db.listings.count(),
    Promise.all(
      tokens.map((token) =>
        db.listings
          .where('postings')
          .between(...postingBounds(token))
          .count(),
      ),
    ),
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

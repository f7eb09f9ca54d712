import type { CompsDatabase, StoredListing } from './db';

/** Keys read per query token at most: beyond this a token is too common to narrow anything. */
const MAX_POSTINGS = 20_000;
/** Listings read in full and scored; the rest are the weakest partial matches. */
const MAX_CANDIDATES = 1_500;

export interface CandidateSet {
  listings: StoredListing[];
  /** Listings in the database. */
  docCount: number;
  /** Listings holding each query token (what BM25 calls document frequency). */
  docFreq: Map<string, number>;
}

const keyOf = (key: unknown) => (key as [string, string]).join('\u0000');

/** Inverse document frequency, BM25's form (never negative). */
export function idf(docCount: number, docFreq: number): number {
  return Math.log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5));
}

/**
 * Listings that share title tokens with the query, read through the `*tokens` index: no scan
 * of the listings table. Rare tokens are read first; a token held by more than MAX_POSTINGS
 * listings adds nothing to the narrowing (and little to the score), so its keys are not read.
 * The candidates are then ranked by the summed idf of the tokens they hold and only the best
 * MAX_CANDIDATES are read in full, for the caller to score exactly.
 */
export async function findCandidates(
  db: CompsDatabase,
  queryTokens: readonly string[],
): Promise<CandidateSet> {
  return db.transaction('r', db.listings, async () => {
    const tokens = [...new Set(queryTokens)];
    const docCount = await db.listings.count();
    const counts = await Promise.all(
      tokens.map((token) => db.listings.where('tokens').equals(token).count()),
    );
    const docFreq = new Map(tokens.map((token, index) => [token, counts[index] ?? 0]));

    const frequencyOf = (token: string) => docFreq.get(token) ?? 0;
    const byRarity = tokens
      .filter((token) => frequencyOf(token) > 0)
      .sort((a, b) => frequencyOf(a) - frequencyOf(b));
    const partial = new Map<string, { key: [string, string]; weight: number }>();
    for (const [position, token] of byRarity.entries()) {
      const frequency = frequencyOf(token);
      // The rarest token is always read (capped), so a query of common words still finds something.
      if (position > 0 && frequency > MAX_POSTINGS) break;
      const keys = await db.listings.where('tokens').equals(token).limit(MAX_POSTINGS).primaryKeys();
      const weight = idf(docCount, frequency);
      for (const key of keys) {
        const id = keyOf(key);
        const entry = partial.get(id);
        if (entry) entry.weight += weight;
        else partial.set(id, { key: key as unknown as [string, string], weight });
      }
    }
    const best = [...partial.values()].sort((a, b) => b.weight - a.weight).slice(0, MAX_CANDIDATES);
    const rows = await db.listings.bulkGet(best.map((entry) => entry.key));
    return { listings: rows.filter((row): row is StoredListing => row !== undefined), docCount, docFreq };
  });
}

/** The user's include/exclude choices for a query, by `site\0itemId`. */
export async function choicesFor(
  db: CompsDatabase,
  queryKey: string,
): Promise<Map<string, 'include' | 'exclude'>> {
  const rows = await db.choices.where('query').equals(queryKey).toArray();
  return new Map(rows.map((row) => [`${row.site}\u0000${row.itemId}`, row.choice]));
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

import { buildQuery } from '../utils/comps/match';
import {
  computeReference,
  queryKey,
  type ReferenceOptions,
  type ReferenceResult,
} from '../utils/comps/reference';
import type { Listing } from '../utils/listing';
import { choicesFor, findCandidates } from './comps';
import type { CompsDatabase } from './db';

export type QueryOptions = Omit<ReferenceOptions, 'choices'>;

/**
 * The reference for a query from what is stored: candidates through the token index,
 * scored and summarised by utils/reference.ts, with the user's choices for this query.
 */
export async function referenceFor(
  db: CompsDatabase,
  queryText: string,
  options: QueryOptions,
): Promise<ReferenceResult> {
  const query = buildQuery(queryText);
  const [candidates, choices] = await Promise.all([
    findCandidates(db, query.tokens),
    choicesFor(db, queryKey(queryText)),
  ]);
  const lengths = candidates.listings.map((listing) => listing.tokens?.length ?? 0);
  // BM25's average title length, taken over the candidates: the whole table would need a scan.
  const avgLength =
    lengths.length > 0 ? lengths.reduce((sum, length) => sum + length, 0) / lengths.length : 1;
  const corpus = {
    docCount: candidates.docCount,
    docFreq: (token: string) => candidates.docFreq.get(token) ?? 0,
    avgLength,
  };
  return computeReference(queryText, candidates.listings, corpus, { ...options, choices }, query);
}

/** The most common currency among listings: the CLI's default display currency. */
export function commonCurrency(listings: readonly Listing[]): string | undefined {
  const counts = new Map<string, number>();
  for (const { price } of listings)
    if (price.currency) counts.set(price.currency, (counts.get(price.currency) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

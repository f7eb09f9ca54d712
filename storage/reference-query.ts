import { buildQuery, type CorpusStats } from '../utils/comps/match';
import {
  computeReference,
  queryKey,
  type ReferenceOptions,
  type ReferenceResult,
} from '../utils/comps/reference';
import { type Listing, listingKey } from '../utils/listing';
import { type CandidateSet, choicesFor, findCandidates } from './comps';
import type { CompsDatabase } from './db';
import { getListings } from './listings';

export type QueryOptions = Omit<ReferenceOptions, 'choices' | 'pageKeys'> & {
  /** The listings of the open page (site, item id): each is accounted for in the result's tally. */
  pageKeys?: readonly [string, string][];
};

/**
 * The reference for a query from what is stored: candidates through the token index, plus the
 * open page's own listings (so each of them is accounted for), scored and summarised by
 * utils/comps/reference.ts with the user's choices for this query.
 */
export async function referenceFor(
  db: CompsDatabase,
  queryText: string,
  options: QueryOptions,
): Promise<ReferenceResult> {
  const query = buildQuery(queryText);
  const pageKeys = options.pageKeys ?? [];
  const [candidates, choices, onPage] = await Promise.all([
    findCandidates(db, query),
    choicesFor(db, queryKey(queryText)),
    pageKeys.length > 0 ? getListings(db, [...pageKeys]) : Promise.resolve([]),
  ]);
  const listings = [...candidates.listings, ...onPage.filter((listing) => listing !== undefined)];
  const corpus = corpusOf(candidates);
  return computeReference(
    queryText,
    listings,
    corpus,
    { ...options, choices, pageKeys: pageKeys.map(([site, itemId]) => listingKey(site, itemId)) },
    query,
  );
}

/** The corpus statistics matching needs, from a query's candidates. */
export function corpusOf(candidates: CandidateSet): CorpusStats {
  const lengths = candidates.listings.map((listing) => listing.tokens?.length ?? 0);
  // BM25's average title length, taken over the candidates: the whole table would need a scan.
  const avgLength =
    lengths.length > 0 ? lengths.reduce((sum, length) => sum + length, 0) / lengths.length : 1;
  return {
    docCount: candidates.docCount,
    docFreq: (token: string) => candidates.docFreq.get(token) ?? 0,
    avgLength,
  };
}

/** The most common currency among listings: the CLI's default display currency. */
export function commonCurrency(listings: readonly Listing[]): string | undefined {
  const counts = new Map<string, number>();
  for (const { price } of listings)
    if (price.currency) counts.set(price.currency, (counts.get(price.currency) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

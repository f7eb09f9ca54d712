import { conditionGroupOf, gradeCondition } from '../utils/comps/condition';
import { buildQuery, type Query } from '../utils/comps/match';
import {
  type Choice,
  computeReference,
  displayAmount,
  queryKey,
  type ReferenceOptions,
  type ReferenceResult,
} from '../utils/comps/reference';
import { compareToReference } from '../utils/comps/stats';
import { slabOf } from '../utils/comps/trading-cards';
import { type Listing, listingKey } from '../utils/listing';
import { keysHoldingBoth } from './both-tokens';
import {
  BOTH_KEYS,
  type CandidateSet,
  commonPair,
  countLive,
  MAX_PER_TOKEN,
  pickCandidateKeys,
  readTokenEntries,
  tokensToRead,
  verdictTokensToRead,
  withBoth,
} from './comps';
import type { CompsDatabase, StoredListing } from './db';
import { corpusOf, type QueryOptions } from './reference-query';
import { readTokenStats } from './token-stats';

/** One card of a page: its title is the query, its own listing the target. */
export interface CardQuery {
  query: string;
  /** The card's own listing: not its own comp; its condition picks the comps' condition. */
  target?: Listing;
  /** The listings of the open page, as the popup passes them for the page's own query. */
  pageKeys?: readonly [string, string][];
}

export type BatchOptions = Omit<QueryOptions, 'target' | 'pageKeys'>;

/** What a title needs from the database, read once however many cards share it. */
interface TitleData {
  query: Query;
  candidates: CandidateSet;
  choices: Map<string, Choice>;
}

interface PageData {
  titles: Map<string, TitleData>;
  onPage: Map<string, StoredListing>;
}

/**
 * Everything the cards' titles need, in one read-only transaction: the token counts of all titles
 * in one bulk read, the index once per token that any title reads (readTokenEntries) and once per
 * pair of common tokens (keysHoldingBoth), then the picked rows not read yet, the user's choices of
 * all titles in one request, each distinct title analysed once. Each title gets exactly the rows
 * `findCandidates` reads for it (`tokensToRead`, `commonPair`, then `pickCandidateKeys` over the
 * same key lists, in the same order). For `verdicts` alone, a title reads `verdictTokensToRead`
 * where it has them (the rows its counted comps can be among, fewer), and the listings the user
 * chose to include by key.
 */
export async function loadPage(
  db: CompsDatabase,
  cards: readonly CardQuery[],
  { verdicts = false } = {},
): Promise<PageData> {
  const queries = new Map<string, Query>();
  for (const card of cards) if (!queries.has(card.query)) queries.set(card.query, buildQuery(card.query));
  const pageKeys = uniqueKeys(cards.flatMap((card) => card.pageKeys ?? []));
  return db.transaction('r', db.listings, db.meta, db.choices, async () => {
    const allTokens = [
      ...new Set([...queries.values()].flatMap((query) => [...query.units, ...query.identifiers])),
    ];
    const stats = (await readTokenStats(db, allTokens)) ?? (await countLive(db, allTokens));
    const toRead = new Map(
      [...queries].map(([title, query]) => [
        title,
        (verdicts ? verdictTokensToRead(query, stats.docFreq, stats.docCount) : undefined) ??
          tokensToRead(query, stats.docFreq, stats.docCount),
      ]),
    );
    const tokens = [...new Set([...toRead.values()].flat())];
    const pairOf = new Map([...toRead].map(([title, read]) => [title, commonPair(read, stats.docFreq)]));
    const pairs = new Map<string, [string, string]>();
    for (const pair of pairOf.values()) if (pair) pairs.set(pair.join('\u0000'), pair);
    const rowByKey = new Map<string, StoredListing>();
    const [keyLists, bothLists, choiceRows, pageRows] = await Promise.all([
      Promise.all(tokens.map((token) => readTokenEntries(db, token, rowByKey))),
      Promise.all([...pairs.values()].map(([a, b]) => keysHoldingBoth(db, a, b, MAX_PER_TOKEN, BOTH_KEYS))),
      db.choices
        .where('query')
        .anyOf([...new Set([...queries.keys()].map(queryKey))])
        .toArray(),
      pageKeys.length > 0 ? db.listings.bulkGet(pageKeys) : Promise.resolve([]),
    ]);
    const keysOf = new Map(tokens.map((token, index) => [token, keyLists[index] ?? []]));
    const bothOf = new Map([...pairs.keys()].map((pair, index) => [pair, bothLists[index] ?? []]));
    // Each title picks its rows as findCandidates would; every picked row is read once.
    const picked = new Map(
      [...toRead].map(([title, read]) => {
        const pair = pairOf.get(title);
        const both = pair ? (bothOf.get(pair.join('\u0000')) ?? []) : [];
        const lists = read.map((token) => keysOf.get(token) ?? []);
        return [title, pickCandidateKeys(withBoth(read, lists, pair, both))];
      }),
    );
    // A listing the user chose to include counts whatever it holds: the popup had it among its
    // candidates when the choice was made, a gate may not.
    const included = verdicts
      ? choiceRows
          .filter((row) => row.choice === 'include')
          .map((row): [string, string] => [row.site, row.itemId])
      : [];
    const wanted = uniqueKeys([...picked.values()].flat().concat(included)).filter(
      ([site, itemId]) => !rowByKey.has(listingKey(site, itemId)),
    );
    for (const row of wanted.length > 0 ? await db.listings.bulkGet(wanted) : [])
      if (row) rowByKey.set(listingKey(row.site, row.itemId), row);

    const titles = new Map<string, TitleData>();
    for (const [title, query] of queries) {
      const key = queryKey(title);
      const choices = new Map<string, Choice>(
        choiceRows
          .filter((row) => row.query === key)
          .map((row) => [listingKey(row.site, row.itemId), row.choice]),
      );
      const unique = new Map<string, StoredListing>();
      const includedHere = verdicts
        ? [...choices].filter(([, choice]) => choice === 'include').map(([listing]) => listing)
        : [];
      for (const id of [
        ...(picked.get(title) ?? []).map(([site, itemId]) => listingKey(site, itemId)),
        ...includedHere,
      ]) {
        const listing = rowByKey.get(id);
        if (listing) unique.set(id, listing);
      }
      // The popup's candidate set knows the counts of its own query's tokens only.
      const own = new Set([...query.units, ...query.identifiers]);
      const docFreq = new Map([...stats.docFreq].filter(([token]) => own.has(token)));
      titles.set(title, {
        query,
        candidates: { listings: [...unique.values()], docCount: stats.docCount, docFreq },
        choices,
      });
    }
    const onPage = new Map<string, StoredListing>();
    for (const row of pageRows) if (row) onPage.set(listingKey(row.site, row.itemId), row);
    return { titles, onPage };
  });
}

/** The popup's computation for one card, from the page's data. */
function computeCard(
  page: PageData,
  card: CardQuery,
  options: BatchOptions,
  target = card.target,
): ReferenceResult {
  const title = page.titles.get(card.query) as TitleData;
  const own = (card.pageKeys ?? []).flatMap(
    ([site, itemId]) => page.onPage.get(listingKey(site, itemId)) ?? [],
  );
  return computeReference(
    card.query,
    [...title.candidates.listings, ...own],
    corpusOf(title.candidates),
    {
      ...options,
      choices: title.choices,
      target,
      pageKeys: (card.pageKeys ?? []).map(([site, itemId]) => listingKey(site, itemId)),
    },
    title.query,
  );
}

/**
 * The reference for every card of a page at once: for each card exactly what `referenceFor` (the
 * popup) gives for its title with the card as the target, from one transaction (loadPage).
 */
export async function referencesForCards(
  db: CompsDatabase,
  cards: readonly CardQuery[],
  options: BatchOptions,
): Promise<ReferenceResult[]> {
  const page = await loadPage(db, cards);
  return cards.map((card) => computeCard(page, card, options));
}

/** Cards judged between two pauses that let the background's other messages (captures) in. */
const SLICE = 16;

/**
 * The verdict of every card, as `referencesForCards` would give it, with less work where cards
 * share a title: the reference is computed once per title, condition and grade, and a card takes it
 * when its own listing cannot have changed it. A card's listing changes its reference only as a sale
 * (sold comps make the reference and the period) or, when nothing sold, as an asking price; an
 * active or ended card against a sold reference is judged on the shared one (its own presence
 * changes only the asking summary and the tally, which a verdict does not use). Every other card
 * is computed on its own. Each result is either the card's own (`own: true`) or the shared one
 * with the card's verdict. The loop pauses every few cards so captures are not held up.
 */
export async function verdictResultsForCards(
  db: CompsDatabase,
  cards: readonly CardQuery[],
  options: BatchOptions,
): Promise<{ result: ReferenceResult; own: boolean }[]> {
  const page = await loadPage(db, cards, { verdicts: true });
  const shared = new Map<string, ReferenceResult>();
  const out: { result: ReferenceResult; own: boolean }[] = [];
  for (const [index, card] of cards.entries()) {
    if (index > 0 && index % SLICE === 0) await new Promise((resolve) => setTimeout(resolve, 0));
    const target = card.target;
    if (!target || target.status === 'sold' || card.pageKeys) {
      out.push({ result: computeCard(page, card, options), own: true });
      continue;
    }
    const grade = gradeCondition(target.condition, target.title);
    // The card's grading slab (its condition field may say it) picks its comps too.
    const slab = slabOf(target.title, target.condition) ?? '';
    const key = `${card.query}\u0000${grade ? conditionGroupOf(grade) : ''}\u0000${slab}`;
    let reference = shared.get(key);
    if (!reference) {
      // The same title and condition, excluding no listing: a target no stored listing is.
      reference = computeCard(page, card, options, { ...target, site: '', itemId: '' });
      shared.set(key, reference);
    }
    if (reference.reference?.basis !== 'sold') {
      out.push({ result: computeCard(page, card, options), own: true });
      continue;
    }
    out.push({ result: withVerdictFor(reference, target, options), own: false });
  }
  return out;
}

/** A result's verdict for another listing of the same reference (computeReference's last step). */
function withVerdictFor(result: ReferenceResult, target: Listing, options: BatchOptions): ReferenceResult {
  const { verdict: _verdict, ...rest } = result;
  const amount = displayAmount(target, options as ReferenceOptions);
  if (!result.reference?.enough || amount === undefined) return rest;
  return {
    ...rest,
    verdict: { ...compareToReference(amount, result.reference), amount, basis: result.reference.basis },
  };
}

function uniqueKeys(keys: readonly (readonly [string, string])[]): [string, string][] {
  const seen = new Map<string, [string, string]>();
  for (const [site, itemId] of keys) seen.set(listingKey(site, itemId), [site, itemId]);
  return [...seen.values()];
}

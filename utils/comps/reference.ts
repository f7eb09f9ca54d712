/**
 * "What is this worth?": from the stored listings that match a query to the reference price
 * the popup shows. Pure: the caller reads the candidates (storage/reference-query.ts) and
 * passes the date, the display currency and the rates, so the CLI and tests get the same answer.
 *
 * The rules, in the order they apply:
 * 1. A candidate is a comp when its title matches the query (utils/match.ts).
 * 2. Out of the window (sold date, or last seen for listings not sold): left out, counted.
 * 3. Set aside, shown with the reason: the user's own "exclude"; accessories, parts, boxes,
 *    manuals, lots (utils/condition.ts); another condition grade than the item in front;
 *    a price that cannot be converted to the display currency. The user's "include" overrides
 *    every reason but the currency.
 * 4. Sold comps give the reference; asking prices (active listings) are summarised apart and
 *    are the reference only when nothing sold, labelled so. Ended unsold listings are shown,
 *    never counted. Outliers beyond the IQR fences are shown, not counted.
 * 5. Newer comps weigh more (half-life 30 days); fewer than 3 kept comps is "not enough data".
 */
import { type ConditionGrade, type ExclusionReason, exclusionReason, gradeCondition } from './condition';
import { type Listing, type ListingStatus, listingKey, type Money } from '../listing';
import { buildQuery, type CorpusStats, isMatch, type Query, scoreCandidate } from './match';
import { convert, type Rates } from '../rates';
import {
  type Comparison,
  compareToReference,
  recencyWeight,
  type Slope,
  type Summary,
  summarize,
  type TrendBucket,
  trend,
  trendSlope,
} from './stats';
import { normalize } from './text';

const DAY_MS = 86_400_000;

export type SetAsideReason = ExclusionReason | 'manual' | 'other-condition' | 'no-rate';
export type Choice = 'include' | 'exclude';

export interface ReferenceOptions {
  now: Date;
  windowDays: number;
  /** ISO 4217 code the reference is given in. */
  currency: string;
  rates: Rates;
  includeShipping: boolean;
  /** The user's choices for this query, by `listingKey`. */
  choices: ReadonlyMap<string, Choice>;
  /** The listing in the open tab: not its own comp; its condition picks the comps' condition. */
  target?: Listing;
}

export interface Comp {
  site: string;
  itemId: string;
  title: string;
  url: string;
  /** As the site showed it. */
  price: Money;
  shipping?: Money | null;
  /** In the display currency (plus shipping when that option is on). */
  amount: number;
  status: ListingStatus;
  /** Sold date, or when it was last seen. */
  date: string;
  condition?: string;
  grade?: ConditionGrade;
  weight: number;
  score: number;
  outlier?: boolean;
  /** The user brought it back in by hand. */
  included?: boolean;
}

export interface SetAside {
  site: string;
  itemId: string;
  title: string;
  url: string;
  price: Money;
  status: ListingStatus;
  reason: SetAsideReason;
}

export interface ReferenceStats extends Omit<Summary, 'outliers' | 'fences'> {
  basis: 'sold' | 'asking';
  outliers: number;
}

export interface ReferenceResult {
  query: string;
  currency: string;
  windowDays: number;
  /** Sold prices when anything sold; else asking prices, with basis 'asking'; null with no comps. */
  reference: ReferenceStats | null;
  asking: ReferenceStats | null;
  comps: Comp[];
  excluded: SetAside[];
  /** Matching listings older than the window. */
  outsideWindow: number;
  trend: { sold: TrendBucket[]; asking: TrendBucket[]; slope: Slope | null };
  /** The open listing against the reference, when there is enough data. */
  verdict?: Comparison & { amount: number };
  targetGrade?: ConditionGrade;
}

/** The key choices are stored under: the query as matching sees it. */
export function queryKey(query: string): string {
  return normalize(query).trim();
}

const keyOf = (listing: { site: string; itemId: string }) => listingKey(listing.site, listing.itemId);

/** Price in the display currency, plus shipping when asked; undefined when a rate is missing. */
function displayAmount(listing: Listing, options: ReferenceOptions): number | undefined {
  const { price, shipping } = listing;
  if (!price.currency) return undefined;
  const item = convert(price.amount, price.currency, options.currency, options.rates);
  if (item === undefined || !options.includeShipping || !shipping) return item;
  const postage = shipping.currency
    ? convert(shipping.amount, shipping.currency, options.currency, options.rates)
    : undefined;
  return postage === undefined ? item : item + postage;
}

function statsOf(comps: Comp[], basis: 'sold' | 'asking'): ReferenceStats | null {
  const summary = summarize(comps.map((comp) => ({ amount: comp.amount, weight: comp.weight })));
  if (!summary) return null;
  for (const index of summary.outliers) {
    const comp = comps[index];
    if (comp) comp.outlier = true;
  }
  const { outliers, fences: _fences, ...rest } = summary;
  return { ...rest, basis, outliers: outliers.length };
}

function setAside(listing: Listing, reason: SetAsideReason): SetAside {
  const { site, itemId, title, url, price, status } = listing;
  return { site, itemId, title, url, price, status, reason };
}

/** Why a matching listing stays out of the reference, or undefined when it is a comp. */
function reasonToSetAside(
  listing: Listing,
  grade: ConditionGrade | undefined,
  targetGrade: ConditionGrade | undefined,
  targetReason: ExclusionReason | undefined,
  choice: Choice | undefined,
): SetAsideReason | undefined {
  if (choice === 'include') return undefined;
  if (choice === 'exclude') return 'manual';
  const reason = exclusionReason(listing.title, listing.condition);
  // An accessory is a fine comp for an accessory: only set aside what the item in front is not.
  if (reason && reason !== targetReason) return reason;
  if (targetGrade && grade && grade !== targetGrade) return 'other-condition';
  return undefined;
}

export function computeReference(
  queryText: string,
  candidates: readonly (Listing & { lastSeenAt?: string; tokens?: string[] })[],
  corpus: CorpusStats,
  options: ReferenceOptions,
  query: Query = buildQuery(queryText),
): ReferenceResult {
  const { target } = options;
  const targetGrade = target ? gradeCondition(target.condition, target.title) : undefined;
  const targetReason = target ? exclusionReason(target.title, target.condition) : undefined;
  const windowStart = options.now.getTime() - options.windowDays * DAY_MS;
  const comps: Comp[] = [];
  const excluded: SetAside[] = [];
  let outsideWindow = 0;

  for (const listing of candidates) {
    if (target && keyOf(listing) === keyOf(target)) continue;
    const tokens = listing.tokens ?? [];
    const score = scoreCandidate(query, tokens, corpus);
    if (!isMatch(score, query) || !coversQuery(query, tokens)) continue;
    const date =
      (listing.status === 'sold' ? listing.soldAt : undefined) ?? listing.lastSeenAt ?? listing.soldAt;
    const time = date ? Date.parse(date) : Number.NaN;
    if (!Number.isFinite(time) || time < windowStart) {
      outsideWindow++;
      continue;
    }
    const grade = gradeCondition(listing.condition, listing.title);
    const choice = options.choices.get(keyOf(listing));
    const reason = reasonToSetAside(listing, grade, targetGrade, targetReason, choice);
    if (reason) {
      excluded.push(setAside(listing, reason));
      continue;
    }
    const amount = displayAmount(listing, options);
    if (amount === undefined) {
      excluded.push(setAside(listing, 'no-rate'));
      continue;
    }
    comps.push({
      site: listing.site,
      itemId: listing.itemId,
      title: listing.title,
      url: listing.url,
      price: listing.price,
      shipping: listing.shipping,
      amount,
      status: listing.status,
      date: date as string,
      condition: listing.condition,
      grade,
      weight: recencyWeight((options.now.getTime() - time) / DAY_MS),
      score,
      included: choice === 'include' || undefined,
    });
  }

  const sold = comps.filter((comp) => comp.status === 'sold');
  const active = comps.filter((comp) => comp.status === 'active');
  const soldStats = statsOf(sold, 'sold');
  const asking = statsOf(active, 'asking');
  const reference = soldStats ?? asking;
  const points = (list: Comp[]) =>
    list.filter((comp) => !comp.outlier).map((comp) => ({ at: comp.date, amount: comp.amount }));

  const result: ReferenceResult = {
    query: queryText,
    currency: options.currency,
    windowDays: options.windowDays,
    reference,
    asking,
    // Newest first: sold, then asking, then the rest (ended unsold, unknown).
    comps: comps.sort(
      (a, b) => statusRank(a) - statusRank(b) || (a.date < b.date ? 1 : a.date > b.date ? -1 : 0),
    ),
    excluded,
    outsideWindow,
    trend: {
      sold: trend(points(sold), 'week'),
      asking: trend(points(active), 'week'),
      slope: trendSlope(points(sold)),
    },
    targetGrade,
  };
  const targetAmount = target ? displayAmount(target, options) : undefined;
  if (reference?.enough && targetAmount !== undefined) {
    result.verdict = { ...compareToReference(targetAmount, reference), amount: targetAmount };
  }
  return result;
}

/**
 * Half the query's words must be in the title, whatever their weight: in a small or one-sided
 * history (one search page of "champion reverse weave") the common words weigh almost nothing
 * and one rare word ("hoodie") would otherwise match any hoodie. Shared identifiers always do.
 */
function coversQuery(query: Query, tokens: readonly string[]): boolean {
  const held = new Set(tokens);
  if (query.identifiers.some((id) => held.has(id))) return true;
  const words = query.tokens.filter((token) => !token.startsWith('id:'));
  return words.filter((token) => held.has(token)).length * 2 >= words.length;
}

function statusRank(comp: Comp): number {
  return comp.status === 'sold' ? 0 : comp.status === 'active' ? 1 : 2;
}

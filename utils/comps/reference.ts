/**
 * "What is this worth?": from the stored listings that may match a query to the reference the
 * popup shows. Pure: the caller reads the candidates (storage/reference-query.ts) and passes the
 * date, the display currency and the rates, so the CLI, the tests and the popup agree.
 *
 * The rules, in the order they apply (README.md in this folder follows one query through them):
 * 1. Match (match.ts): a candidate about the query's thing, in any language; the rest of the
 *    page's own listings are "not matching", with that reason.
 * 2. Kind (kinds.ts): the item itself, an accessory, a game for it, a bundle, the box alone,
 *    something made for it, another model. The reference describes the query's own kind.
 * 3. Condition: new/sealed, used (like new, used, not stated) and for parts are kept apart. The
 *    item in front decides which; else the query's words; else used.
 * 4. The user's own "exclude" and "include" (include overrides every reason but the currency).
 * 5. Period: sold date (or the date a sale was seen, when the page showed none; such sales weigh
 *    half); when the chosen period has too few sales and a longer one has them, and the user
 *    did not choose the period, it widens by itself and says so.
 * 6. Attributes: a colour or storage size in the query narrows the comps to those that have it
 *    when at least 3 sold ones do; otherwise all are kept and the result says it widened.
 * 7. Sold prices make the reference; asking prices are summarised apart and are the reference
 *    only when nothing sold, labelled so. Ended unsold listings are set aside. Outliers beyond
 *    the IQR fences are shown, not counted; fewer than 3 kept comps is "not enough data".
 * Every listing considered ends in exactly one place: `comps`, `excluded` (with its reason), and
 * the groups of other kinds and conditions summarise the excluded ones; `tally` counts them.
 */

import { type Listing, type ListingStatus, listingKey, type Money } from '../listing';
import { convert, type Rates } from '../rates';
import { ANALYSIS_VERSION, analyzeTitle, type TitleFacts } from './analysis';
import { type ConditionGrade, type ConditionGroup, conditionGroupOf, gradeCondition } from './condition';
import { type Kind, kindOf, sameKind } from './kinds';
import { buildQuery, type CorpusStats, type MatchResult, matchCandidate, type Query } from './match';
import {
  type Comparison,
  compareToReference,
  MIN_POINTS,
  median,
  recencyWeight,
  type Slope,
  type Summary,
  summarize,
  type TrendBucket,
  trend,
  trendSlope,
} from './stats';
import { normalize } from './text';
import { slabOf } from './trading-cards';

const DAY_MS = 86_400_000;

/** The periods the popup offers, in days; null is all time. */
export const PERIODS: readonly (number | null)[] = [30, 90, 365, null];
/** A sale whose date the page did not show weighs this much against one dated the day it was seen. */
export const UNDATED_SALE_WEIGHT = 0.5;
/** The trend is shown only from this many dated sales, spanning this many days, in this many weeks. */
export const TREND_MIN_SALES = 6;
export const TREND_MIN_DAYS = 28;
export const TREND_MIN_WEEKS = 3;

export type SetAsideReason =
  | 'manual'
  | 'other-kind'
  | 'other-model'
  | 'other-condition'
  | 'other-attribute'
  | 'unsold'
  | 'no-rate'
  | 'outside-period'
  | 'no-match';
export type Choice = 'include' | 'exclude';

export interface ReferenceOptions {
  now: Date;
  /** Days of history; null = all time. */
  windowDays: number | null;
  /** Widen the period by itself when it has too few sales (the user did not choose it). */
  autoWiden?: boolean;
  /** ISO 4217 code the reference is given in. */
  currency: string;
  rates: Rates;
  includeShipping: boolean;
  /** The user's choices for this query, by `listingKey`. */
  choices: ReadonlyMap<string, Choice>;
  /** The listing in the open tab: not its own comp; its condition picks the comps' condition. */
  target?: Listing;
  /** Keys (`listingKey`) of the listings on the open page: each is accounted for in `tally`. */
  pageKeys?: readonly string[];
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
  /** Sold date; for a sale without one, when it was seen (see `dateKnown`); else when last seen. */
  date: string;
  /** False for a sale whose page showed no sold date. */
  dateKnown: boolean;
  condition?: string;
  grade?: ConditionGrade;
  imageUrl?: string;
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
  /** For 'other-kind': what it is. */
  kind?: Kind;
  /** For 'other-condition': its condition group. */
  condition?: ConditionGroup;
  /** In the display currency, when it converts. */
  amount?: number;
  date?: string;
  imageUrl?: string;
}

/** A collapsed group of matching listings that are not the query's kind or condition. */
export interface Group {
  reason: 'other-kind' | 'other-model' | 'other-condition';
  kind: Kind;
  condition?: ConditionGroup;
  count: number;
  /** Sold in the period. */
  sold: number;
  /** Median sold price in the display currency, when at least 3 sold. */
  median?: number;
  keys: string[];
}

export interface ReferenceStats extends Omit<Summary, 'outliers' | 'fences'> {
  basis: 'sold' | 'asking';
  outliers: number;
}

export interface AttributeFilter {
  type: 'colour' | 'storage' | 'edition' | 'size' | 'words';
  values: string[];
  /** The comps were narrowed to those that have it. */
  narrowed: boolean;
  /** Comps of the basis (sold, else asking) that have it. */
  matching: number;
}

export interface Subject {
  kind: Kind;
  condition: ConditionGroup;
  /** Where the condition came from: the item in front, the query's words, or the default (used). */
  conditionFrom: 'item' | 'query' | 'default';
  attributes: AttributeFilter[];
  /** The query names only a platform: the device itself is wanted. */
  platformOnly: boolean;
  /** The grading slab the comps share ("psa 10": trading-cards.ts), from the item in front or the query. */
  grade?: string;
}

export interface Period {
  /** The period used, in days; null = all time. */
  days: number | null;
  /** The period asked for. */
  requested: number | null;
  /** It was widened by itself because the requested one had too few sales. */
  widened: boolean;
}

export interface OutsidePeriod {
  /** Listings of the reference's kind and condition older than the period. */
  count: number;
  sold: number;
  /** Newest sold date among them. */
  newestSold?: string;
}

/** Where every listing considered went (page listings when `pageKeys` is given, else all matches). */
export interface Tally {
  /** 'page' counts the listings of the open page; 'matches' every listing that matched. */
  scope: 'page' | 'matches';
  total: number;
  counted: number;
  outliers: number;
  /** Active listings shown apart from a sold reference. */
  asking: number;
  setAside: number;
  otherKinds: number;
  otherModels: number;
  otherConditions: number;
  outsidePeriod: number;
  notMatching: number;
}

export interface TrendInfo {
  sold: TrendBucket[];
  asking: TrendBucket[];
  /** Shown only when the dated sales span enough time (TREND_MIN_*). */
  slope: (Slope & { from: string; to: string }) | null;
}

export interface ReferenceResult {
  query: string;
  currency: string;
  period: Period;
  subject: Subject;
  /** Sold prices when anything sold; else asking prices, with basis 'asking'; null with no comps. */
  reference: ReferenceStats | null;
  asking: ReferenceStats | null;
  /** What the reference counts, shows as an outlier, or shows apart as asking prices. */
  comps: Comp[];
  excluded: SetAside[];
  groups: Group[];
  outside: OutsidePeriod;
  tally: Tally;
  trend: TrendInfo;
  /** The open listing against the reference, when there is enough data. */
  verdict?: Comparison & { amount: number; basis: 'sold' | 'asking' };
  targetGrade?: ConditionGrade;
}

export interface Candidate extends Listing {
  lastSeenAt?: string;
  tokens?: string[];
  facts?: TitleFacts;
}

/** The key choices are stored under: the query as matching sees it. */
export function queryKey(query: string): string {
  return normalize(query).trim();
}

const keyOf = (listing: { site: string; itemId: string }) => listingKey(listing.site, listing.itemId);

/** Price in the display currency, plus shipping when asked; undefined when a rate is missing. */
export function displayAmount(listing: Listing, options: ReferenceOptions): number | undefined {
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

/** One matching listing, read and placed. */
interface Considered {
  listing: Candidate;
  key: string;
  match: MatchResult;
  kind: Kind;
  facts: TitleFacts;
  tokens: ReadonlySet<string>;
  grade?: ConditionGrade;
  condition: ConditionGroup;
  /** Time used for the period, ms. */
  time: number;
  dateKnown: boolean;
  amount?: number;
  choice?: Choice;
}

function factsOf(listing: Candidate): { tokens: string[]; facts: TitleFacts } {
  if (listing.facts?.v === ANALYSIS_VERSION && listing.tokens) {
    return { tokens: listing.tokens, facts: listing.facts };
  }
  return analyzeTitle(listing.title);
}

/**
 * Shops that sell new stock (momo, Yahoo奇摩購物中心, PChome, Amazon, and Dealabs' deals): a listing that states no
 * condition there is new; a refurbished one says so (福利品, renewed), which the title grading reads.
 */
const RETAIL_SITES = new Set(['momo', 'yahoo-tw-shopping', 'pchome', 'amazon', 'dealabs']);

function retailGrade(site: string): ConditionGrade | undefined {
  return RETAIL_SITES.has(site) ? 'new' : undefined;
}

/** Sold date, or for an undated sale the time it was seen; for others when last seen. */
function timeOf(listing: Candidate): { time: number; dateKnown: boolean } {
  const soldAt = listing.status === 'sold' && listing.soldAt ? Date.parse(listing.soldAt) : Number.NaN;
  if (Number.isFinite(soldAt)) return { time: soldAt, dateKnown: true };
  const seen = listing.lastSeenAt ? Date.parse(listing.lastSeenAt) : Number.NaN;
  return { time: seen, dateKnown: listing.status !== 'sold' };
}

function periodStart(days: number | null, now: Date): number {
  return days === null ? Number.NEGATIVE_INFINITY : now.getTime() - days * DAY_MS;
}

function isoDay(time: number): string {
  return new Date(time).toISOString();
}

function setAside(item: Considered, reason: SetAsideReason): SetAside {
  const { site, itemId, title, url, price, status, imageUrl } = item.listing;
  const out: SetAside = { site, itemId, title, url, price, status, reason };
  if (reason === 'other-kind') out.kind = item.kind;
  if (reason === 'other-condition') out.condition = item.condition;
  if (item.amount !== undefined) out.amount = item.amount;
  if (Number.isFinite(item.time)) out.date = isoDay(item.time);
  if (imageUrl) out.imageUrl = imageUrl;
  return out;
}

function groupKey(reason: Group['reason'], kind: Kind, condition?: ConditionGroup): string {
  return [reason, kind.id, kind.type ?? '', condition ?? ''].join('|');
}

/**
 * The condition the reference describes: the item in front's, else the one the query names, else
 * used (used, like new, or not stated): Comps prices second-hand items, and new or sealed units
 * sell for more. The other groups are shown apart with their own count and median.
 */
function chooseCondition(
  query: Query,
  targetGrade: ConditionGrade | undefined,
): { condition: ConditionGroup; from: Subject['conditionFrom'] } {
  if (targetGrade) return { condition: conditionGroupOf(targetGrade), from: 'item' };
  if (query.condition) return { condition: query.condition, from: 'query' };
  return { condition: 'used', from: 'default' };
}

/** The period to use: the requested one, or (auto) the shortest longer one with enough sales. */
function choosePeriod(
  requested: number | null,
  autoWiden: boolean,
  soldTimes: readonly number[],
  now: Date,
): Period {
  const soldIn = (days: number | null) => soldTimes.filter((time) => time >= periodStart(days, now)).length;
  const have = soldIn(requested);
  if (!autoWiden || have >= MIN_POINTS) return { days: requested, requested, widened: false };
  const longer = PERIODS.filter((days) => requested !== null && (days === null || days > requested));
  const enough = longer.find((days) => soldIn(days) >= MIN_POINTS);
  const any = have === 0 ? longer.find((days) => soldIn(days) > 0) : undefined;
  const days = enough !== undefined ? enough : any;
  return days === undefined
    ? { days: requested, requested, widened: false }
    : { days, requested, widened: true };
}

/**
 * Narrow to a colour, storage size, edition or size named in the query when at least 3 comps of
 * the basis (sold, else asking) have it. The query's own words the term table does not know
 * narrow the same way: a trim ("Camry Hybride Lounge") or a brand ("DAZZY キャバクラ ドレス")
 * that most comps leave out is what picks the thing out of a wider pool, whose median would
 * be another thing's. A word most comps say does not narrow: the few without it are usually
 * the same thing written shorter ("Animals Deluxe" for "Animals 2018 Remix Deluxe"), and they
 * barely move a median. Nor does a word no comp says: it is written otherwise there
 * (Scarlet, スカーレット).
 */
function attributeFilters(query: Query, basis: readonly Considered[]): AttributeFilter[] {
  const filters: AttributeFilter[] = [];
  for (const type of ['colour', 'storage', 'edition', 'size'] as const) {
    const values = attributeValues(query.facts, type);
    if (values.length === 0) continue;
    const matching = basis.filter((item) =>
      values.every((value) => attributeValues(item.facts, type).includes(value)),
    ).length;
    filters.push({ type, values, narrowed: matching >= MIN_POINTS, matching });
  }
  const words = query.units.filter((unit) => {
    if (!PLAIN_WORD.test(unit)) return false;
    const saying = basis.filter((item) => item.tokens.has(unit)).length;
    return saying > 0 && saying * 2 <= basis.length;
  });
  if (words.length > 0) {
    const matching = basis.filter((item) => words.every((word) => item.tokens.has(word))).length;
    filters.push({ type: 'words', values: words, narrowed: matching >= MIN_POINTS, matching });
  }
  return filters;
}

/** A word of letters the term table does not know (concepts carry a prefix, codes have digits). */
const PLAIN_WORD = /^[a-z\u00c0-\u024f]{3,}$/;

function attributeValues(facts: TitleFacts, type: Exclude<AttributeFilter['type'], 'words'>): string[] {
  if (type === 'colour') return facts.colours;
  if (type === 'storage') return facts.storage;
  return (type === 'edition' ? facts.editions : facts.sizes) ?? [];
}

function passes(filters: readonly AttributeFilter[], item: Considered): boolean {
  return filters.every((filter) => {
    if (!filter.narrowed) return true;
    const type = filter.type;
    if (type === 'words') return filter.values.every((word) => item.tokens.has(word));
    return filter.values.every((value) => attributeValues(item.facts, type).includes(value));
  });
}

function statusRank(comp: Comp): number {
  return comp.status === 'sold' ? 0 : comp.status === 'active' ? 1 : 2;
}

/** The trend line, only when the dated sales span enough time to have one. */
function trendInfo(sold: readonly Comp[], active: readonly Comp[]): TrendInfo {
  const dated = (list: readonly Comp[]) =>
    list
      .filter((comp) => !comp.outlier && comp.dateKnown)
      .map((comp) => ({ at: comp.date, amount: comp.amount }));
  const soldPoints = dated(sold);
  const times = soldPoints.map((point) => Date.parse(point.at)).sort((a, b) => a - b);
  const weeks = trend(soldPoints, 'week').length;
  const first = times[0];
  const last = times[times.length - 1];
  const spansEnough =
    soldPoints.length >= TREND_MIN_SALES &&
    first !== undefined &&
    last !== undefined &&
    (last - first) / DAY_MS >= TREND_MIN_DAYS &&
    weeks >= TREND_MIN_WEEKS;
  const slope = spansEnough ? trendSlope(soldPoints) : null;
  return {
    sold: trend(soldPoints, 'week'),
    asking: trend(dated(active), 'week'),
    slope:
      slope && first !== undefined && last !== undefined
        ? { ...slope, from: isoDay(first), to: isoDay(last) }
        : null,
  };
}

export function computeReference(
  queryText: string,
  candidates: readonly Candidate[],
  corpus: CorpusStats,
  options: ReferenceOptions,
  query: Query = buildQuery(queryText),
): ReferenceResult {
  const { target, now } = options;
  const targetGrade = target ? gradeCondition(target.condition, target.title) : undefined;
  // The item in front decides its grade as it decides its condition: its condition field may say
  // "Graded - PSA 10" where its title does not (the target's title is the query).
  const slab = target ? slabOf(target.title, target.condition) : query.slab;
  const asked = slab === query.slab ? query : { ...query, slab };
  const targetKey = target ? keyOf(target) : undefined;
  const pageKeys = new Set(options.pageKeys ?? []);
  const excluded: SetAside[] = [];
  const considered: Considered[] = [];
  const notMatching: SetAside[] = [];

  // 1–2. Match and kind.
  const seen = new Set<string>();
  for (const listing of candidates) {
    const key = keyOf(listing);
    if (key === targetKey || seen.has(key)) continue;
    seen.add(key);
    const { tokens, facts } = factsOf(listing);
    const match = matchCandidate(asked, tokens, corpus, facts, listing);
    const choice = options.choices.get(key);
    // Most candidates do not match: nothing more is read of them (their condition costs a pass
    // over the title) unless the open page shows them.
    if (!match.matched && choice !== 'include' && !pageKeys.has(key)) continue;
    const { time, dateKnown } = timeOf(listing);
    const grade = gradeCondition(listing.condition, listing.title) ?? retailGrade(listing.site);
    const item: Considered = {
      listing,
      key,
      match,
      kind: match.matched ? kindOf(asked, tokens, facts, match) : { id: 'item' },
      facts,
      tokens: new Set(tokens),
      grade,
      condition: conditionGroupOf(grade),
      time,
      dateKnown,
      amount: displayAmount(listing, options),
      choice,
    };
    if (!match.matched && choice !== 'include') {
      if (pageKeys.has(key)) notMatching.push(setAside(item, 'no-match'));
      continue;
    }
    considered.push(item);
  }

  // 3. The query's kind, and its condition.
  const ofKind = considered.filter((item) => item.choice === 'include' || sameKind(item.kind, query.kind));
  const isSold = (item: Considered) => item.listing.status === 'sold';
  const { condition, from } = chooseCondition(query, targetGrade);

  // 5. The period, from the sales of the query's kind and condition.
  const inGroup = ofKind.filter((item) => item.choice === 'include' || item.condition === condition);
  const soldTimes = inGroup
    .filter(isSold)
    .map((item) => item.time)
    .filter(Number.isFinite);
  const period = choosePeriod(options.windowDays, options.autoWiden ?? false, soldTimes, now);
  const start = periodStart(period.days, now);
  const inPeriod = (item: Considered) => Number.isFinite(item.time) && item.time >= start;

  // 6. Attributes, decided on the sold comps in the period.
  // Decided on the basis of the reference: the sold ones, or the asking ones when nothing sold.
  const candidatesInPeriod = inGroup.filter((item) => inPeriod(item) && item.choice !== 'exclude');
  const soldInPeriod = candidatesInPeriod.filter(isSold);
  const basisItems =
    soldInPeriod.length > 0
      ? soldInPeriod
      : candidatesInPeriod.filter((item) => item.listing.status === 'active');
  const filters = attributeFilters(query, basisItems);

  const comps: Comp[] = [];
  const groups = new Map<string, Group>();
  const outside: OutsidePeriod = { count: 0, sold: 0 };
  const tally: Tally = {
    scope: pageKeys.size > 0 ? 'page' : 'matches',
    total: 0,
    counted: 0,
    outliers: 0,
    asking: 0,
    setAside: 0,
    otherKinds: 0,
    otherModels: 0,
    otherConditions: 0,
    outsidePeriod: 0,
    notMatching: notMatching.length,
  };
  const addToGroup = (item: Considered, reason: Group['reason']) => {
    const kind = reason === 'other-condition' ? query.kind : item.kind;
    const groupCondition = reason === 'other-condition' ? item.condition : undefined;
    const key = groupKey(reason, kind, groupCondition);
    const group = groups.get(key) ?? { reason, kind, condition: groupCondition, count: 0, sold: 0, keys: [] };
    group.count++;
    group.keys.push(item.key);
    if (isSold(item) && inPeriod(item)) group.sold++;
    groups.set(key, group);
  };

  for (const item of considered) {
    const included = item.choice === 'include';
    let reason: SetAsideReason | undefined;
    if (item.choice === 'exclude') reason = 'manual';
    else if (!included && !sameKind(item.kind, query.kind))
      reason = item.kind.id === 'other-model' ? 'other-model' : 'other-kind';
    else if (!included && item.condition !== condition) reason = 'other-condition';
    else if (!inPeriod(item)) reason = 'outside-period';
    else if (!included && item.listing.status === 'ended') reason = 'unsold';
    else if (!included && !passes(filters, item)) reason = 'other-attribute';
    else if (item.amount === undefined) reason = 'no-rate';

    if (reason === 'other-kind' || reason === 'other-model' || reason === 'other-condition')
      addToGroup(item, reason);
    if (reason === 'outside-period') {
      outside.count++;
      if (isSold(item)) {
        outside.sold++;
        const date = isoDay(item.time);
        if (!outside.newestSold || date > outside.newestSold) outside.newestSold = date;
      }
    }
    if (reason) {
      excluded.push(setAside(item, reason));
      continue;
    }
    const { listing } = item;
    const ageDays = (now.getTime() - item.time) / DAY_MS;
    comps.push({
      site: listing.site,
      itemId: listing.itemId,
      title: listing.title,
      url: listing.url,
      price: listing.price,
      shipping: listing.shipping,
      amount: item.amount as number,
      status: listing.status,
      date: isoDay(item.time),
      dateKnown: item.dateKnown,
      condition: listing.condition,
      grade: item.grade,
      imageUrl: listing.imageUrl,
      weight: recencyWeight(ageDays) * (item.dateKnown ? 1 : UNDATED_SALE_WEIGHT),
      score: item.match.score,
      included: included || undefined,
    });
  }

  // 7. Sold prices make the reference; asking prices apart.
  const sold = comps.filter((comp) => comp.status === 'sold');
  const active = comps.filter((comp) => comp.status === 'active');
  const soldStats = statsOf(sold, 'sold');
  const asking = statsOf(active, 'asking');
  const reference = soldStats ?? asking;

  // Medians of the collapsed groups (sold in the period, converted).
  const amountByKey = new Map(considered.map((item) => [item.key, item]));
  for (const group of groups.values()) {
    const prices = group.keys
      .map((key) => amountByKey.get(key))
      .filter(
        (item): item is Considered => !!item && isSold(item) && inPeriod(item) && item.amount !== undefined,
      )
      .map((item) => item.amount as number);
    if (prices.length >= MIN_POINTS) group.median = median(prices);
  }

  // Tally: over the page's listings when there is a page, else over every match.
  const inScope = (key: string) => tally.scope === 'matches' || pageKeys.has(key);
  for (const comp of comps) {
    if (!inScope(keyOf(comp))) continue;
    if (comp.outlier) tally.outliers++;
    else if (reference?.basis === 'sold' && comp.status === 'active') tally.asking++;
    else tally.counted++;
  }
  for (const item of excluded) {
    if (!inScope(keyOf(item))) continue;
    if (item.reason === 'other-kind') tally.otherKinds++;
    else if (item.reason === 'other-model') tally.otherModels++;
    else if (item.reason === 'other-condition') tally.otherConditions++;
    else if (item.reason === 'outside-period') tally.outsidePeriod++;
    else tally.setAside++;
  }
  tally.total =
    tally.counted +
    tally.outliers +
    tally.asking +
    tally.setAside +
    tally.otherKinds +
    tally.otherModels +
    tally.otherConditions +
    tally.outsidePeriod +
    tally.notMatching;

  const result: ReferenceResult = {
    query: queryText,
    currency: options.currency,
    period,
    subject: {
      kind: query.kind,
      condition,
      conditionFrom: from,
      attributes: filters,
      platformOnly: query.platformOnly,
      ...(slab ? { grade: slab } : {}),
    },
    reference,
    asking,
    // Newest first: sold, then asking.
    comps: comps.sort(
      (a, b) => statusRank(a) - statusRank(b) || (a.date < b.date ? 1 : a.date > b.date ? -1 : 0),
    ),
    excluded: [...excluded, ...notMatching],
    groups: [...groups.values()].sort((a, b) => b.count - a.count),
    outside,
    tally,
    trend: trendInfo(sold, active),
    targetGrade,
  };
  const targetAmount = target ? displayAmount(target, options) : undefined;
  if (reference?.enough && targetAmount !== undefined) {
    result.verdict = {
      ...compareToReference(targetAmount, reference),
      amount: targetAmount,
      basis: reference.basis,
    };
  }
  return result;
}

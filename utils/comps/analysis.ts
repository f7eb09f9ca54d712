/**
 * What a title says, read once when a listing is stored (and for the query when it is asked):
 *  - `tokens`, the words a comp is found by (the `*tokens` index): raw tokens (text.ts) where the
 *    term table knows no word, and one `c:<concept>` token per concept it knows, so "ソニー",
 *    "索尼" and "Sony" all give `c:sony` and the bigrams of a known word are not stored twice;
 *  - `facts`, what kind of thing it names, independent of any query: the accessory types it is,
 *    the media it is, whether it says "the device itself", what it only fits ("for X", "X用"),
 *    its colours, variants and storage size (kinds.ts compares them with the query's).
 * Facts are stored with the listing (not indexed) so a query does not read every title again.
 */
import { type ConditionGroup, conditionGroupOf, gradeCondition, isLot, packagingOf } from './condition';
import { compatClauses, inside, type Span } from './grammar';
import { findTerms, foldText, type TermHit } from './lexicon';
import { isModelCode, STOP_WORDS, tokenize } from './text';

/** Bumped whenever tokens or facts would come out differently for the same title. */
export const ANALYSIS_VERSION = 1;

export const CONCEPT_PREFIX = 'c:';

export interface TitleFacts {
  v: number;
  /** Index tokens (concepts, codes, words) that appear only inside "fits X" clauses. */
  fits: string[];
  /** Accessory types the listing is (named in its head, not as something it comes with). */
  accessories: string[];
  /** An accessory type named with "only" ("dock only", "ドックのみ"): sold alone for sure. */
  alone?: true;
  media: string[];
  products: string[];
  platforms: string[];
  /** Says it is the device itself (本体, console). */
  mainUnit?: true;
  packaging?: 'box' | 'manual' | 'case';
  lot?: true;
  colours: string[];
  variants: string[];
  /** Storage sizes ("256gb", "1tb"). */
  storage: string[];
  /** Words that are no known term, number, size or generic word: how much else the title says. */
  content: number;
  /** Condition group the title's own words give (the listing's condition field can override). */
  condition?: ConditionGroup;
}

export interface TitleAnalysis {
  tokens: string[];
  facts: TitleFacts;
}

const STORAGE = /^[0-9]+(?:\.[0-9]+)?(?:gb|tb)$/;
const MEASUREMENT = /^[0-9]+(?:\.[0-9]+)?[a-z]+$/;
const NUMBER = /^[0-9.]+$/;
const CJK_CHAR = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/g;

/** Words that say nothing about what a thing is, for the "bare title" rule. */
// biome-ignore format: one packed list reads better than one word per line
const GENERIC = new Set([
  'gen', 'generation', 'edition', 'version', 'model', 'japan', 'jp', 'us', 'usa', 'uk', 'eu', 'region',
  'unit', 'complete', 'tested', 'working', 'works', 'good', 'great', 'excellent', 'condition', 'original',
  'official', 'limited', 'rare', 'color', 'colour', 'size', 'only', 'excellent', 'mint', 'near', 'fully',
  'functional', 'box', 'boxed', 'cib', 'in', 'cm', 'mm', 'inch', 'japanese', 'english', 'import', 'oem',
  'factory', 'reset', 'clean', 'nice', 'very', 'item', 'sale', 'lot', 'set', 'gb', 'tb', 'storage',
  '2nd', '3rd', '1st', '4th', '5th', 'battery', 'health', 'wifi', 'wi-fi', 'cellular', 'ver', 'vers',
]);

/** A Latin word right before an accessory that says the item comes with it. */
const COMES_WITH_BEFORE = new Set([
  'with',
  'w',
  'incl',
  'including',
  'inkl',
  'mit',
  'avec',
  'con',
  'plus',
  'and',
  'und',
  'et',
  'includes',
  'inc',
  'comes',
]);
const COMES_WITH_AFTER = new Set(['included', 'incl', 'inclusive', 'inkl', 'inclus', 'incluido', 'incluso']);
/** Japanese / Chinese: "ケース付き", "ドック同梱", "送保护壳". */
const CJK_COMES_WITH_AFTER = /^\s?(?:付き|付|あり|有り|入り|同梱|込み|完備|付属|セット)/;
const CJK_COMES_WITH_BEFORE = /[送带附赠配加含]\s?$/;
/** "dock only", "ドックのみ", "底座单出": sold alone. */
const ALONE_AFTER = /^\s?(?:only|のみ|単品|だけ|单出|单卖|单独)/;
/** Where a Latin title stops saying what it is and starts listing what comes with it. */
const WITH_SPLIT = /\s(?:with|w\/?|\+|&|incl\.?|including|inkl\.?|plus|mit|avec|con|and|und|et)\s|,/;

function isComesWith(folded: string, title: string, hit: TermHit): boolean {
  const before = folded.slice(0, hit.start);
  const after = folded.slice(hit.end);
  if (CJK_COMES_WITH_AFTER.test(after) || CJK_COMES_WITH_BEFORE.test(before)) return true;
  const previous = before.trimEnd().split(' ').pop() ?? '';
  if (COMES_WITH_BEFORE.has(previous)) return true;
  const next = after.trimStart().split(' ')[0] ?? '';
  if (COMES_WITH_AFTER.has(next)) return true;
  // Latin titles: what follows "with", "+", "&", a comma… is what comes with the item.
  if (/[a-z]/.test(folded[hit.start] ?? '')) {
    const head = foldText(title.normalize('NFKC').toLowerCase().split(WITH_SPLIT)[0] ?? '');
    if (head && folded.startsWith(head) && hit.start >= head.length) return true;
  }
  return false;
}

/** Accessories made for a device's body, when named right after it: "本体ケース", "console skin". */
const BODY_ACCESSORIES = new Set(['case', 'cover', 'stand', 'screen-protector', 'strap', 'grip']);

function madeForTheBody(hit: TermHit, mainUnits: readonly TermHit[]): boolean {
  return (
    BODY_ACCESSORIES.has(hit.term.id) &&
    mainUnits.some((main) => hit.start >= main.end && hit.start - main.end <= 1)
  );
}

/** A battery figure ("バッテリー 92%", "battery 100") is a specification, not a battery for sale. */
function isSpecification(folded: string, hit: TermHit): boolean {
  return hit.term.id === 'battery' && /^\s?[0-9]/.test(folded.slice(hit.end));
}

/** The words of a title outside known terms: what else it says. */
function contentCount(folded: string, hits: readonly TermHit[], tokens: readonly string[]): number {
  let rest = '';
  let at = 0;
  for (const hit of hits) {
    if (hit.glued) continue;
    rest += ` ${folded.slice(at, hit.start)}`;
    at = hit.end;
  }
  rest += ` ${folded.slice(at)}`;
  const cjk = (rest.match(CJK_CHAR) ?? []).length;
  const latin = rest
    .replace(CJK_CHAR, ' ')
    .split(/[\s\-/]+/)
    .filter(
      (word) =>
        word.length >= 2 &&
        !NUMBER.test(word) &&
        !MEASUREMENT.test(word) &&
        !STOP_WORDS.has(word) &&
        !GENERIC.has(word) &&
        !(isModelCode(word) && tokens.includes(word)),
    ).length;
  return latin + Math.floor(cjk / 2);
}

function uncovered(folded: string, hits: readonly TermHit[]): string {
  let out = '';
  let at = 0;
  for (const hit of hits) {
    if (hit.glued) continue;
    out += `${folded.slice(at, hit.start)} `;
    at = hit.end;
  }
  return out + folded.slice(at);
}

const unique = <T>(values: Iterable<T>): T[] => [...new Set(values)];

/** Roles that are matching units (what a comp must share with the query). */
const UNIT_ROLES = new Set(['brand', 'product', 'feature', 'platform', 'accessory', 'media']);

export function analyzeTitle(title: string): TitleAnalysis {
  const folded = foldText(title);
  const hits = findTerms(folded);
  const raw = tokenize(title);
  // Raw tokens that only occur inside known terms are replaced by the concept; codes, joined
  // codes ("iphone15") and identifiers always stay.
  const outside = new Set(tokenize(uncovered(folded, hits)));
  const kept = raw.filter((token) => outside.has(token) || isModelCode(token) || token.startsWith('id:'));
  const unitHits = hits.filter((hit) => UNIT_ROLES.has(hit.term.role));
  const concepts = unitHits.map((hit) => CONCEPT_PREFIX + hit.term.id);
  const tokens = unique([...kept, ...concepts]);

  const clauses: Span[] = compatClauses(title, folded, hits);
  const inClause = (hit: TermHit) => inside(clauses, hit.start, hit.end);
  const headHits = hits.filter((hit) => !inClause(hit));

  const mainUnits = headHits.filter((hit) => hit.term.role === 'main-unit');
  const accessories: string[] = [];
  let alone = false;
  for (const hit of headHits) {
    if (hit.term.role !== 'accessory' || isSpecification(folded, hit)) continue;
    if (ALONE_AFTER.test(folded.slice(hit.end))) alone = true;
    else if (isComesWith(folded, title, hit)) continue;
    // A title that says "the device itself" lists what comes with it ("本体 ドック ジョイコン"),
    // unless the accessory is made for the body ("本体ケース", "console skin").
    else if (mainUnits.length > 0 && !madeForTheBody(hit, mainUnits)) continue;
    accessories.push(hit.term.id);
  }
  const ofRole = (role: string, from: readonly TermHit[] = headHits) =>
    unique(from.filter((hit) => hit.term.role === role).map((hit) => hit.term.id));

  // Tokens only inside clauses: in a clause and nowhere in the head.
  const headText = uncoveredBy(folded, clauses);
  const headTokens = new Set(analyzeTokensOf(headText));
  const fits = tokens.filter((token) => !headTokens.has(token));

  const packaging = packagingOf(title);
  const grade = gradeCondition(undefined, title);
  const facts: TitleFacts = {
    v: ANALYSIS_VERSION,
    fits,
    accessories: unique(accessories),
    media: ofRole('media'),
    products: ofRole('product'),
    platforms: ofRole(
      'platform',
      hits.filter((hit) => !inClause(hit)),
    ),
    colours: ofRole('colour', hits),
    variants: variantsOf(folded, hits),
    storage: raw.filter((token) => STORAGE.test(token)),
    content: contentCount(folded, hits, raw),
  };
  if (alone) facts.alone = true;
  if (mainUnits.length > 0) facts.mainUnit = true;
  if (packaging) facts.packaging = packaging;
  if (isLot(title)) facts.lot = true;
  if (grade) facts.condition = conditionGroupOf(grade);
  return { tokens, facts };
}

/** The index tokens of a piece of folded text (concepts included), for the head/clause split. */
function analyzeTokensOf(folded: string): string[] {
  const hits = findTerms(folded);
  const raw = tokenize(folded);
  const outside = new Set(tokenize(uncovered(folded, hits)));
  const kept = raw.filter((token) => outside.has(token) || isModelCode(token) || token.startsWith('id:'));
  const concepts = hits
    .filter((hit) => UNIT_ROLES.has(hit.term.role))
    .map((hit) => CONCEPT_PREFIX + hit.term.id);
  return [...kept, ...concepts];
}

function uncoveredBy(folded: string, spans: readonly Span[]): string {
  let out = folded;
  for (const span of [...spans].sort((a, b) => b.start - a.start)) {
    out = `${out.slice(0, span.start)} ${out.slice(span.end)}`;
  }
  return out;
}

/**
 * A variant word counts only right after what it varies: a platform, a product, a model code or
 * number, or another variant ("iPhone 15 Pro Max", "Switch Lite", "PS5 Slim Digital Edition"),
 * so "se vende" or "plus 2 games" are not variants.
 */
function variantsOf(folded: string, hits: readonly TermHit[]): string[] {
  const out: string[] = [];
  for (const [index, hit] of hits.entries()) {
    if (hit.term.role !== 'variant') continue;
    const before = folded.slice(0, hit.start).trimEnd();
    const previousHit = hits[index - 1];
    const previousWord = before.split(/[\s]/).pop() ?? '';
    const afterTerm =
      previousHit !== undefined &&
      previousHit.end >= before.length &&
      ['platform', 'product', 'variant'].includes(previousHit.term.role);
    const afterCode = /[0-9]$/.test(previousWord) || isModelCode(previousWord);
    if (afterTerm || afterCode) out.push(hit.term.id);
  }
  return unique(out);
}

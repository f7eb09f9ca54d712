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
import { findTerms, foldText, type TermHit, withImplied } from './lexicon';
import { MAIN_UNIT_CODES } from './terms';
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
  /** Several items: a lot, a set, or the item with games thrown in. */
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
  /** Concept tokens only implied by others ("ps5" → c:sony): in `tokens`, not said in the title. */
  implied: string[];
}

const STORAGE = /^[0-9]+(?:\.[0-9]+)?(?:gb|tb)$/;
const MEASUREMENT = /^[0-9]+(?:\.[0-9]+)?[a-z]+$/;
const NUMBER = /^[0-9.]+$/;
const CJK_CHAR = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/g;

/**
 * Words that say nothing about what a thing is, for the "bare title" rule (a title that names a
 * platform and says little else is the device; one that says much else is a game or such).
 * Condition, description and selling words in the marketplaces' languages.
 */
// biome-ignore format: one packed list reads better than one word per line
const GENERIC = new Set([
  // English
  'gen', 'generation', 'edition', 'version', 'model', 'japan', 'jp', 'us', 'usa', 'uk', 'eu', 'region',
  'unit', 'complete', 'tested', 'working', 'works', 'good', 'great', 'excellent', 'condition', 'original',
  'official', 'limited', 'rare', 'color', 'colour', 'size', 'only', 'mint', 'near', 'fully', 'functional',
  'box', 'boxed', 'cib', 'in', 'cm', 'mm', 'inch', 'japanese', 'english', 'import', 'oem', 'factory',
  'reset', 'clean', 'nice', 'very', 'item', 'sale', 'lot', 'set', 'gb', 'tb', 'storage', '2nd', '3rd',
  '1st', '4th', '5th', 'health', 'wifi', 'wi-fi', 'cellular', 'ver', 'vers', 'is', 'it', 'a', 'an',
  'as', 'at', 'from', 'no', 'not', 'only', 'tested', 'cleaned', 'refurbished', 'grade', 'like',
  // Spanish, Portuguese, Italian, French, German, Dutch: selling and condition words
  'vende', 'vendo', 'venta', 'en', 'buen', 'buena', 'estado', 'perfecto', 'perfecta', 'funciona',
  'funcionando', 'como', 'impecable', 'libre', 'liberado', 'desbloqueado', 'muy', 'bien', 'sin', 'caja',
  'precio', 'negociable', 'bom', 'otimo', 'em', 'perfeito', 'vendesi', 'ottimo', 'ottime', 'condizioni',
  'perfette', 'funzionante', 'tres', 'bon', 'etat', 'parfait', 'vends', 'fonctionne', 'sehr', 'gut',
  'zustand', 'guter', 'top', 'wie', 'funktioniert', 'verkaufe', 'goede', 'staat', 'werkt',
]);
/** Japanese and Chinese selling and condition phrases, cut before counting what else a title says. */
const CJK_GENERIC =
  /動作確認済み?|動作品|動作良好|最大容量|容量|付属品|完品|傷や汚れ|目立った|美品|中古|新品|未使用|送料無料|即購入|匿名配送|箱付き?|本体のみ|正常|功能正常|成色|九成新|自用|出售|便宜|可议/g;

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
const CJK_COMES_WITH_AFTER = /^.{0,12}?(?:付き|付|あり|有り|入り|同梱|(?<!送料)込み|完備|付属)/;
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
  const cjk = (rest.replace(CJK_GENERIC, ' ').match(CJK_CHAR) ?? []).length;
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
  const kept = keptRawTokens(raw, folded, hits);
  const unitHits = hits.filter((hit) => UNIT_ROLES.has(hit.term.role));
  const own = new Set(unitHits.map((hit) => hit.term.id));
  const implied = [...withImplied(own)].filter((id) => !own.has(id)).map((id) => CONCEPT_PREFIX + id);
  const tokens = unique([...kept, ...[...own].map((id) => CONCEPT_PREFIX + id), ...implied]);

  const clauses: Span[] = compatClauses(title, folded, hits);
  const inClause = (hit: TermHit) => inside(clauses, hit.start, hit.end);
  const headHits = hits.filter((hit) => !inClause(hit));

  const mainUnits = headHits.filter((hit) => hit.term.role === 'main-unit');
  const isMainUnit = mainUnits.length > 0 || MAIN_UNIT_CODES.test(folded);
  const accessories: string[] = [];
  let alone = false;
  for (const hit of headHits) {
    if (hit.term.role !== 'accessory' || isSpecification(folded, hit)) continue;
    if (ALONE_AFTER.test(folded.slice(hit.end))) alone = true;
    else if (isComesWith(folded, title, hit)) continue;
    // A title that says "the device itself" lists what comes with it ("本体 ドック ジョイコン"),
    // unless the accessory is made for the body ("本体ケース", "console skin").
    else if (isMainUnit && !madeForTheBody(hit, mainUnits)) continue;
    accessories.push(hit.term.id);
  }
  // Games that come with a console ("本体 ソフト付き", "console plus 2 games") make it a bundle.
  const mediaHits = headHits.filter((hit) => hit.term.role === 'media');
  const extraMedia = mediaHits.filter((hit) => isComesWith(folded, title, hit));
  const ofRole = (role: string, from: readonly TermHit[] = headHits) =>
    unique(from.filter((hit) => hit.term.role === role).map((hit) => hit.term.id));

  // Tokens only inside clauses: in a clause and nowhere in the head.
  const headText = uncoveredBy(folded, clauses);
  const headTokens = new Set(analyzeTokensOf(headText));
  const fits = tokens.filter((token) => !headTokens.has(token) && !implied.includes(token));

  const packaging = packagingOf(title);
  const grade = gradeCondition(undefined, title);
  const facts: TitleFacts = {
    v: ANALYSIS_VERSION,
    fits,
    accessories: unique(accessories),
    media: unique(mediaHits.filter((hit) => !extraMedia.includes(hit)).map((hit) => hit.term.id)),
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
  if (isMainUnit) facts.mainUnit = true;
  if (packaging) facts.packaging = packaging;
  if (isLot(title) || extraMedia.length > 0) facts.lot = true;
  if (grade) facts.condition = conditionGroupOf(grade);
  return { tokens, facts, implied };
}

/**
 * Raw tokens that only occur inside known terms are replaced by the concept ("sony", "ソニ", "ps5"
 * go; c:sony, c:playstation-5 stay). Codes the term does not cover whole ("iphone15" from
 * "iPhone 15" or "iPhone15", "wh1000xm4") and identifiers always stay.
 */
function keptRawTokens(raw: readonly string[], folded: string, hits: readonly TermHit[]): string[] {
  const outside = new Set(tokenize(uncovered(folded, hits)));
  const whole = new Set(
    hits.filter((hit) => !hit.glued).map((hit) => folded.slice(hit.start, hit.end).replace(/[\s\-/.]/g, '')),
  );
  return raw.filter(
    (token) => outside.has(token) || token.startsWith('id:') || (isModelCode(token) && !whole.has(token)),
  );
}

/** The index tokens of a piece of folded text (concepts included), for the head/clause split. */
function analyzeTokensOf(folded: string): string[] {
  const hits = findTerms(folded);
  const kept = keptRawTokens(tokenize(folded), folded, hits);
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

/**
 * Is a stored listing about the same thing as the query? The words part: a comp must hold at
 * least half of the query's units (concepts the term table knows, in any language, plus the
 * words it does not know), and the rare ones among them (half of their idf weight), the
 * query's specific model code when it names one, and what the thing is (a product noun) when
 * the query says it; or share a specific model code or product identifier, whatever language
 * the other words are in. A model
 * code of the same family that replaces the query's (XM5 for XM4), or another product id, makes
 * it "another model": still a match, so the popup can say what it set aside and why.
 * What kind of thing the match is (the item, an accessory, a game for it…) is kinds.ts's job.
 */
import { analyzeTitle, CONCEPT_PREFIX, type TitleFacts } from './analysis';
import { type ConditionGroup, conditionGroupOf, gradeCondition } from './condition';
import { type Kind, queryKind } from './kinds';
import { findTerms, foldText, termById, withImplied } from './lexicon';
import { DECADE, isMeasurement, isModelCode, normalize } from './text';
import { isGradeCode, numbersAmong, readSlab, setNumbersOf, slabOf } from './trading-cards';

export interface Query {
  text: string;
  /** Index tokens of the query (analysis.ts). */
  tokens: string[];
  /** What a comp must share with the query (half of them, and half their weight). */
  units: string[];
  /** `id:` tokens (JAN/EAN/UPC/ISBN). */
  identifiers: string[];
  /** Model codes (letters + digits, sizes excluded). */
  codes: string[];
  facts: TitleFacts;
  /** What the query asks for: the item, an accessory type, a box… */
  kind: Kind;
  /** The query names only a platform ("Nintendo Switch", "iPhone 15"): it wants the device. */
  platformOnly: boolean;
  /** The condition the query's words ask for (新品, used, junk), if any. */
  condition?: ConditionGroup;
  /** Card numbers in a set ("4/102" as ["4", "102"]): a comp holds both numbers. */
  setNumbers: [string, string][];
  /** The grading slab the query names ("psa 10"): a comp is graded the same (trading-cards.ts). */
  slab?: string;
}

export interface CorpusStats {
  /** Number of listings the frequencies were counted over. */
  docCount: number;
  /** Number of those listings holding the token. */
  docFreq: (token: string) => number;
  /** Average number of tokens per title. */
  avgLength: number;
}

export interface MatchResult {
  /** The candidate is about the query's thing (possibly another model of it, see `otherModel`). */
  matched: boolean;
  /** BM25 relevance over the units, divided by a perfect match's (≈ 0–1), plus the code bonuses. */
  score: number;
  /** A model code of the same family instead of the query's, or another product id. */
  otherModel: boolean;
  /** Shares the query's specific model code or identifier: the code says which thing it is. */
  sharedCode?: boolean;
  /** Graded otherwise than the query (trading-cards.ts): its slab ("psa 9"), or "raw". */
  grade?: string;
}

export const BM25_K1 = 1.2;
export const BM25_B = 0.75;
/** Share of the units, and of their idf weight, a comp must hold. */
export const COVERAGE = 0.5;
/** Share of the units that is enough whatever their weight. */
export const MOST = 0.7;
/** Same JAN/EAN/UPC/ISBN: the same product. */
export const ID_BONUS = 1;
/** Same specific model code: enough on its own, whatever the other words. */
export const CODE_BONUS = 0.35;

const STORAGE = /^[0-9]+(?:\.[0-9]+)?(?:gb|tb)$/;

export function isCode(token: string): boolean {
  return isModelCode(token) && !isMeasurement(token) && !DECADE.test(token);
}

/**
 * Specific enough that sharing it says "same model": 5+ characters with 2+ digits ("ps5" is a line);
 * not a grade ("psa10": any card can have it).
 */
export function isSpecificCode(token: string): boolean {
  return (
    isCode(token) && token.length >= 5 && (token.match(/[0-9]/g)?.length ?? 0) >= 2 && !isGradeCode(token)
  );
}

/**
 * Two codes of one family differ only in their last letter or digit group: wh|1000|xm|4 and
 * wh|1000|xm|5, iphone|14 and iphone|15, m|92644 and m|95270. Sizes and suffixes that add a
 * group (rtx3080 vs rtx3080ti) are not caught.
 */
export function sameFamily(a: string, b: string): boolean {
  if (a === b) return false;
  const ga = a.match(/[a-z]+|[0-9]+/g) ?? [];
  const gb = b.match(/[a-z]+|[0-9]+/g) ?? [];
  if (ga.length < 2 || ga.length !== gb.length) return false;
  const last = ga.length - 1;
  for (let i = 0; i < last; i++) if (ga[i] !== gb[i]) return false;
  const x = ga[last] ?? '';
  const y = gb[last] ?? '';
  return /[0-9]/.test(x[0] ?? '') === /[0-9]/.test(y[0] ?? '');
}

/** Everything the engine needs to know about the query, from its words. */
export function buildQuery(text: string): Query {
  const analysis = analyzeTitle(text);
  const { facts, implied } = analysis;
  const setNumbers = setNumbersOf(text);
  // "PSA 10" says how the card is graded (compared apart, below), not which card it is: as words
  // a comp had to share, any card's "PSA 10" covered them.
  const slab = readSlab(text);
  const slabWords = new Set(slab?.words ?? []);
  const tokens = analysis.tokens.filter((token) => !isGradeCode(token) && !slabWords.has(token));
  const identifiers = tokens.filter((token) => token.startsWith('id:'));
  const kind = queryKind(facts);
  // What the query says, not what it implies: "PS5" asks for a PS5, not for anything by Sony.
  const said = tokens.filter(
    (token) => !token.startsWith('id:') && !STORAGE.test(token) && !implied.includes(token),
  );
  // A code written in two words ("a7 iii") is one unit: titles that glue it ("A7III") hold
  // only the joined form, and its parts would count twice against them.
  const parts = joinedParts(said);
  const units = said.filter((token) => !parts.has(token));
  // "Nintendo Switch", "iPhone 15 256GB": a platform and at most a word more. A game's title
  // with the platform ("あつまれ どうぶつの森 Nintendo Switch", "Spider-Man 2 PS5") asks for the game.
  const platformOnly =
    facts.platforms.length > 0 &&
    facts.products.length === 0 &&
    facts.media.length === 0 &&
    facts.accessories.length === 0 &&
    facts.merch.length === 0 &&
    facts.content <= 1;
  // The query is read like a condition field (a bare "new" counts: the user typed it), but not
  // where a name says it ("New Nintendo 3DS").
  const grade = gradeCondition(queryConditionText(text));
  return {
    text,
    tokens,
    units,
    identifiers,
    codes: tokens.filter(isCode),
    facts,
    kind,
    platformOnly,
    condition: grade ? conditionGroupOf(grade) : undefined,
    setNumbers,
    slab: slab?.slab,
  };
}

/** The two tokens each joined code among `tokens` was made of, when both are there. */
function joinedParts(tokens: readonly string[]): Set<string> {
  const present = new Set(tokens);
  const parts = new Set<string>();
  for (const token of tokens.filter(isCode))
    for (let cut = 1; cut < token.length; cut++) {
      const head = token.slice(0, cut);
      const tail = token.slice(cut);
      if (present.has(head) && present.has(tail)) parts.add(head).add(tail);
    }
  return parts;
}

/** BM25's inverse document frequency: the weight of holding the token. */
export function idf(token: string, stats: Pick<CorpusStats, 'docCount' | 'docFreq'>): number {
  const n = Math.max(1, stats.docCount);
  const df = Math.min(n, Math.max(0, stats.docFreq(token)));
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/**
 * The brands (franchises, makers) among concept tokens, as tokens ("c:pokemon"), but for the makers
 * of the platforms named (Nintendo for a Switch): those say where a thing runs, not whose it is.
 */
function brandsAmong(tokens: Iterable<string>, platforms: readonly string[] = []): string[] {
  const makers = withImplied(platforms);
  const brands: string[] = [];
  for (const token of tokens) {
    if (!token.startsWith(CONCEPT_PREFIX)) continue;
    const id = token.slice(CONCEPT_PREFIX.length);
    if (termById(id)?.role === 'brand' && !makers.has(id)) brands.push(token);
  }
  return brands;
}

/**
 * Whether the candidate (its index tokens) is about the query's thing, and how well it matches.
 * A query code the candidate replaces by one of the same family counts as held (the candidate
 * is the same line, another model), and marks it `otherModel`. With the `listing` itself (its
 * title and condition field), a slab of another grade, or graded against raw, is another model too.
 */
export function matchCandidate(
  query: Query,
  candidateTokens: readonly string[],
  stats: CorpusStats,
  candidateFacts?: TitleFacts,
  listing?: { title: string; condition?: string },
): MatchResult {
  const candidate = new Set(candidateTokens);
  if (query.identifiers.some((id) => candidate.has(id)))
    return { matched: true, score: 1 + ID_BONUS, otherModel: false };

  const candidateCodes = candidateTokens.filter(isCode);
  const replaced = new Set(
    query.codes.filter(
      (code) => !candidate.has(code) && candidateCodes.some((other) => sameFamily(code, other)),
    ),
  );
  const otherId = query.identifiers.length > 0 && candidateTokens.some((token) => token.startsWith('id:'));
  // A title holding the query's model code names its platform: "S24 Ultra" is a Galaxy.
  const holdsCode = query.codes.some((code) => candidate.has(code));
  const platforms = new Set(query.facts.platforms.map((platform) => CONCEPT_PREFIX + platform));
  const holds = (unit: string) =>
    candidate.has(unit) || replaced.has(unit) || (holdsCode && platforms.has(unit));

  const avgLength = stats.avgLength > 0 ? stats.avgLength : Math.max(1, candidate.size);
  const lengthNorm = (BM25_K1 + 1) / (1 + BM25_K1 * (1 - BM25_B + (BM25_B * candidate.size) / avgLength));
  let total = 0;
  let held = 0;
  let heldCount = 0;
  for (const unit of query.units) {
    const weight = idf(unit, stats);
    total += weight;
    if (holds(unit)) {
      held += weight;
      heldCount++;
    }
  }
  const specific = query.codes.filter(isSpecificCode);
  const sharedCode = specific.some((code) => candidate.has(code));
  // A query naming a specific model wants that model: a title must name it (or a model of its
  // family, which makes it another model), however many other words it shares.
  const namesModel = specific.length === 0 || specific.some(holds);
  // Half the units and half their weight; or most of the units whatever their weight (a query
  // with words the comps leave out: "50th Anniversary").
  const covered =
    query.units.length > 0 &&
    ((heldCount >= query.units.length * COVERAGE && held >= total * COVERAGE) ||
      heldCount >= query.units.length * MOST);
  const score = (total > 0 ? (held * lengthNorm) / total : 0) + (sharedCode ? CODE_BONUS : 0);
  // A query naming what the thing is ("hoodie", "headphones") wants a title that says so too,
  // unless the model code already says which thing it is.
  // A title naming another product ("crewneck" for "hoodie") is another product of the line.
  const products = query.facts.products.map((product) => CONCEPT_PREFIX + product);
  const namesProduct =
    products.length === 0 || sharedCode || products.some((product) => candidate.has(product));
  // A query that is about a platform ("Apple iPad 2022") wants that platform: not a MacBook of
  // 2022. A game's title with its platform ("スーパーマリオパーティ Switch") only says where it runs.
  const namesPlatform =
    sharedCode ||
    holdsCode ||
    query.facts.content > 1 ||
    query.facts.platforms.every((platform) => candidate.has(CONCEPT_PREFIX + platform));
  // A product line the query names ("reverse weave") is part of what it is.
  const namesLines = sharedCode || query.facts.lines.every((line) => candidate.has(CONCEPT_PREFIX + line));
  // A query naming a brand ("pokemon card", "Sony headphones") does not want another brand's
  // ("Yu-Gi-Oh card", "Bose headphones"), though they share the product word: with two units, one
  // is half of them. A title naming no brand at all may still be it ("Card Pikachu holo").
  const queryBrands = brandsAmong(query.units, query.facts.platforms);
  const otherBrand =
    queryBrands.length > 0 &&
    !queryBrands.some((brand) => candidate.has(brand)) &&
    brandsAmong(candidateTokens, candidateFacts?.platforms).length > 0;
  const otherProduct = !namesProduct && (candidateFacts?.products.length ?? 0) > 0;
  // A card of another number is another card ("Charizard 4/102" is not "Charizard 11/108").
  const numbers = query.setNumbers.length > 0 ? numbersAmong(candidate) : undefined;
  const namesNumbers = query.setNumbers.every(
    ([number, total]) => numbers?.has(number) && numbers.has(total),
  );
  const byWords =
    covered && !otherBrand && namesModel && namesPlatform && namesLines && (namesProduct || otherProduct);
  const otherModel = replaced.size > 0 || otherId || otherProduct;
  if (!namesNumbers || !(byWords || sharedCode)) return { matched: false, score, otherModel, sharedCode };
  // Another grade, or graded against raw (either way): another thing to price, set aside as such.
  // Read only here, for the few candidates that match: it costs a pass over the title.
  const slab = listing === undefined ? query.slab : slabOf(listing.title, listing.condition);
  const anotherModel = otherModel || slab !== query.slab;
  return {
    matched: byWords || !anotherModel,
    score,
    otherModel: anotherModel,
    sharedCode,
    ...(slab !== query.slab ? { grade: slab ?? 'raw' } : {}),
  };
}

/** The query's words with the names the term table knows blanked out, for reading a condition. */
function queryConditionText(text: string): string {
  // Terms are found on folded text; condition words are read on normalised text (未開封, not
  // 未开封). Folding keeps lengths but for rare phrases: then nothing is blanked.
  const normalized = normalize(text);
  const folded = foldText(text);
  if (folded.length !== normalized.length) return normalized;
  let out = normalized;
  for (const hit of findTerms(folded)) {
    if (hit.term.role === 'colour') continue;
    out = out.slice(0, hit.start) + ' '.repeat(hit.end - hit.start) + out.slice(hit.end);
  }
  return out;
}

/**
 * Relevance of a stored listing (a candidate comp) to the item in the open tab: BM25 over title
 * tokens, plus identifiers and model codes as strong evidence for or against. Pure functions;
 * the caller supplies corpus statistics (document frequencies from the stored tokens).
 */
import { identifiers, isModelCode, tokenize } from './text';

export interface Query {
  tokens: string[];
  /** `id:` tokens (JAN/EAN/UPC/ISBN), also present in `tokens`. */
  identifiers: string[];
  /** Model codes of the query (letters + digits, measurements like "256gb" excluded). */
  codes: string[];
}

export interface CorpusStats {
  /** Number of titles the frequencies were counted over. */
  docCount: number;
  /** Number of those titles containing the token. */
  docFreq: (token: string) => number;
  /** Average number of tokens per title. */
  avgLength: number;
}

export const BM25_K1 = 1.2;
export const BM25_B = 0.75;
/**
 * A candidate matches at half the score of a perfect match (see `scoreCandidate`). Half means
 * the candidate must carry most of the query's rare words: "Nintendo Switch 有機ELモデル" is not
 * matched by "Nintendo 3DS" on "nintendo" alone, whose idf is a small share of the total, while
 * a title with every query word and twice the average length (0.71) still is.
 */
export const MATCH_THRESHOLD = 0.5;
/** Same JAN/EAN/UPC/ISBN: the same product, a match whatever the words say. */
export const ID_BONUS = 1;
/** Same specific model code ("wh1000xm4", "m92644"): enough to match across languages with one more word. */
export const CODE_BONUS = 0.35;
/** Another model of the same family (XM4 vs XM5) or another product id: pushed well below the threshold. */
export const CONFLICT_FACTOR = 0.1;
/** The candidate names an accessory the query does not: ranked under the item itself. */
export const ACCESSORY_FACTOR = 0.7;

/** "256gb", "12mm", "4800mah": sizes, not models. */
const MEASUREMENT = /^[0-9]+(?:\.[0-9]+)?[a-z]+$/;

function isCode(token: string): boolean {
  return isModelCode(token) && !MEASUREMENT.test(token);
}

/** Specific enough that sharing it says "same model": 5+ characters with 2+ digits ("ps5" is a product line). */
function isSpecificCode(token: string): boolean {
  return token.length >= 5 && (token.match(/[0-9]/g)?.length ?? 0) >= 2;
}

/**
 * Two codes of one family differ only in their last letter or digit group: wh|1000|xm|4 and
 * wh|1000|xm|5, iphone|14 and iphone|15, ps|4 and ps|5, m|92644 and m|95270. Sizes and
 * suffixes that add a group (rtx3080 vs rtx3080ti) are not caught.
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

/** Accessory words as token sets: the candidate names one if it has all of its tokens. */
// biome-ignore format: one packed list reads better than one word per line
const ACCESSORY_MARKERS = [
  'case', 'cases', 'cover', 'covers', 'charger', 'cable', 'adapter', 'protector', 'sleeve', 'stand',
  'dock', 'strap', 'hulle', 'coque', 'etui', 'ケース', 'カバー', '充電器', 'ケーブル', 'アダプター',
  'フィルム', '保护壳', '外壳', '保护套', '充电器', '数据线',
].map((word) => tokenize(word));

function hasAll(tokens: ReadonlySet<string>, marker: readonly string[]): boolean {
  return marker.every((token) => tokens.has(token));
}

/** Tokens, identifiers and model codes of the open item's title or the search words. */
export function buildQuery(text: string): Query {
  const tokens = tokenize(text);
  return { tokens, identifiers: identifiers(text), codes: tokens.filter(isCode) };
}

function idf(token: string, stats: CorpusStats): number {
  const n = Math.max(1, stats.docCount);
  const df = Math.min(n, Math.max(0, stats.docFreq(token)));
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/**
 * BM25 (k1 = 1.2, b = 0.75) of the candidate's title tokens for the query, divided by the score
 * of a perfect match — a title of average length holding every query token, whose BM25 is the
 * sum of the query tokens' idf — so 1 is a perfect match and `isMatch` can use a fixed share.
 * Dividing by a per-query constant keeps the BM25 ranking. Tokens are unique per title, so
 * tf = 1. A query token no title has gets the full idf: a distinctive word nobody else uses
 * keeps generic listings from matching.
 *
 * Then the evidence beyond words: identifiers are left out of the BM25 part (few titles carry
 * one) and an identical one adds ID_BONUS; a shared specific model code adds CODE_BONUS. A
 * different code of the same family that the candidate has instead of the query's (XM5 for
 * XM4), or only other product ids, multiplies by CONFLICT_FACTOR unless an id is shared. An
 * accessory word in the candidate that the query lacks multiplies by ACCESSORY_FACTOR.
 */
export function scoreCandidate(query: Query, candidateTokens: readonly string[], stats: CorpusStats): number {
  const candidate = new Set(candidateTokens);
  const avgLength = stats.avgLength > 0 ? stats.avgLength : Math.max(1, candidate.size);
  const lengthNorm = (BM25_K1 + 1) / (1 + BM25_K1 * (1 - BM25_B + (BM25_B * candidate.size) / avgLength));
  let perfect = 0;
  let matched = 0;
  for (const token of query.tokens) {
    if (token.startsWith('id:')) continue;
    const weight = idf(token, stats);
    perfect += weight;
    if (candidate.has(token)) matched += weight;
  }
  let score = perfect > 0 ? (matched * lengthNorm) / perfect : 0;

  if (query.identifiers.some((id) => candidate.has(id))) return score + ID_BONUS;
  if (query.codes.some((code) => isSpecificCode(code) && candidate.has(code))) score += CODE_BONUS;
  const candidateCodes = candidateTokens.filter(isCode);
  const conflict = query.codes.some(
    (code) => !candidate.has(code) && candidateCodes.some((other) => sameFamily(code, other)),
  );
  const otherId = query.identifiers.length > 0 && candidateTokens.some((token) => token.startsWith('id:'));
  if (conflict || otherId) score *= CONFLICT_FACTOR;
  const queryTokens = new Set(query.tokens);
  if (ACCESSORY_MARKERS.some((marker) => hasAll(candidate, marker) && !hasAll(queryTokens, marker))) {
    score *= ACCESSORY_FACTOR;
  }
  return score;
}

/** Whether a scored candidate is a comp for the query (see MATCH_THRESHOLD). */
export function isMatch(score: number, query: Query): boolean {
  return query.tokens.length > 0 && score >= MATCH_THRESHOLD;
}

import { foldChinese } from './chinese';
import { foldedPhrase } from './folded';

/**
 * Title normalisation and tokens for finding comparable listings.
 *
 * Titles come from many sites and languages, so the tokens must make the same item look the
 * same however it is written: full-width or half-width, accents or not, "WH-1000XM4" or
 * "WH1000XM4", Japanese or Chinese without spaces. Pure functions, no browser APIs.
 */

const ALPHA_BEFORE_DIGIT = /α(?=[0-9])/g;

/** Letters that NFD does not split into base + mark. */
const SPECIAL_LATIN: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  þ: 'th',
  ı: 'i',
};
/** Latin letters that may carry a diacritic; only these are decomposed, never kana. */
const LATIN_WITH_MARKS = /[\u00c0-\u024f\u1e00-\u1eff]/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

function foldLatin(ch: string): string {
  return SPECIAL_LATIN[ch] ?? ch.normalize('NFD').replace(COMBINING_MARKS, '');
}

/*
 * Character classes. Titles are scanned one code unit at a time with a cached class per code
 * unit, because a chain of Unicode regex replaces was several times slower (100,000 titles
 * must tokenise well under 2 s).
 */
const SPACE = 0;
const ALNUM = 1; // ASCII a-z 0-9
const CONNECTOR = 2; // - . / and the Unicode dashes
const CJK = 3; // Han, Hiragana, Katakana (with ー), Hangul
const OTHER = 4; // letters, digits and marks of other scripts
const DROP = 5; // combining diacritics U+0300–U+036F
const UNKNOWN = 255;

const IS_CONNECTOR = /^[-./\u2010-\u2015\u2212\ufe58\ufe63]$/;
const IS_CJK = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\u30fc]+$/u;
const IS_WORD = /^[\p{L}\p{N}\p{M}]+$/u;
const classCache = new Uint8Array(0x10000).fill(UNKNOWN);
const astralCache = new Map<number, number>();

function computeClass(ch: string): number {
  if (/^[a-z0-9]$/.test(ch)) return ALNUM;
  if (IS_CONNECTOR.test(ch)) return CONNECTOR;
  if (/^[\u0300-\u036f]$/.test(ch)) return DROP;
  if (!IS_WORD.test(ch)) return SPACE;
  return IS_CJK.test(ch) ? CJK : OTHER;
}

/** Class of the character at i; astral characters (two code units) are classed as a pair. */
function classAt(s: string, i: number): number {
  const code = s.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) {
    const point = s.codePointAt(i) ?? code;
    let cls = astralCache.get(point);
    if (cls === undefined) {
      cls = computeClass(String.fromCodePoint(point));
      astralCache.set(point, cls);
    }
    return cls;
  }
  let cls = classCache[code] ?? UNKNOWN;
  if (cls === UNKNOWN) {
    cls = computeClass(s[i] ?? '');
    classCache[code] = cls;
  }
  return cls;
}

/** Whether the character at i is Han, kana or Hangul: a letter the tokenizer cuts into bigrams. */
export function isCjkAt(s: string, i: number): boolean {
  return classAt(s, i) === CJK;
}

/** 2 for an astral character (a surrogate pair), else 1. */
function charWidth(s: string, i: number): number {
  const code = s.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff ? 2 : 1;
}

function isAsciiAlnum(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** "1,000" is one number: a comma with a digit before and exactly three digits after goes. */
function isThousandsComma(s: string, i: number): boolean {
  return (
    isDigit(s.charCodeAt(i - 1)) &&
    isDigit(s.charCodeAt(i + 1)) &&
    isDigit(s.charCodeAt(i + 2)) &&
    isDigit(s.charCodeAt(i + 3)) &&
    !isDigit(s.charCodeAt(i + 4))
  );
}

/**
 * Unicode NFKC (full-width → half-width, half-width kana → full-width), lower case, Latin
 * diacritics removed (é → e, ß → ss), punctuation, brackets and symbols → spaces, whitespace
 * collapsed. Hyphens (and Unicode dashes), dots and slashes are kept only between two ASCII
 * letters/digits ("wh-1000xm4", "2.5", "107/086"), where they are part of a code or number;
 * a thousands comma is dropped ("1,000" → "1000"); "2,5" splits.
 *
 * Diacritics are stripped per Latin character rather than by NFD on the whole string: NFD
 * would also split が into か + U+3099, and only U+0300–U+036F marks are removed.
 */
export function normalize(text: string): string {
  return normalized.recall(text, normalizeNow);
}

/**
 * A pure function of a title, remembered for the last few titles: the engine's steps each read
 * the same title (its condition, packaging, lot, clauses...) and normalised it again every time.
 */
export class Recent {
  private readonly keys: string[] = [];
  private readonly values: string[] = [];
  private next = 0;
  constructor(private readonly size = 8) {}

  /** `compute(text)`, from memory when `text` is one of the last `size` texts computed. */
  recall(text: string, compute: (text: string) => string): string {
    const index = this.keys.indexOf(text);
    if (index >= 0) return this.values[index] as string;
    const value = compute(text);
    this.keys[this.next] = text;
    this.values[this.next] = value;
    this.next = (this.next + 1) % this.size;
    return value;
  }
}

const normalized = new Recent();

function normalizeNow(text: string): string {
  // "α7III" is Sony's a7 III: the Greek alpha of camera names is read as the letter a.
  let s = text.normalize('NFKC').toLowerCase().replace(ALPHA_BEFORE_DIGIT, 'a');
  LATIN_WITH_MARKS.lastIndex = 0;
  if (LATIN_WITH_MARKS.test(s)) s = s.replace(LATIN_WITH_MARKS, foldLatin);
  let out = '';
  let pendingSpace = false;
  let lastAlnum = false; // the last character written is ASCII a-z0-9
  for (let i = 0; i < s.length; i += charWidth(s, i)) {
    const cls = classAt(s, i);
    if (cls === DROP) continue;
    if (cls === SPACE) {
      if (s[i] === ',' && !pendingSpace && isThousandsComma(s, i)) continue;
      pendingSpace = out.length > 0;
      lastAlnum = false;
      continue;
    }
    if (cls === CONNECTOR) {
      if (lastAlnum && !pendingSpace && isAsciiAlnum(s.charCodeAt(i + 1))) {
        const ch = s[i];
        out += ch === '.' || ch === '/' ? ch : '-';
      } else {
        pendingSpace = out.length > 0;
      }
      lastAlnum = false;
      continue;
    }
    if (pendingSpace) {
      out += ' ';
      pendingSpace = false;
    }
    out += s.slice(i, i + charWidth(s, i));
    lastAlnum = cls === ALNUM;
  }
  return out;
}

/**
 * Words that say nothing about which item it is: grammar, shipping, and condition words
 * (condition is graded separately in condition.ts, it is not identity). Kept short on purpose;
 * Spanish "el" and "con" are left out: the EL of "有機ELモデル", the Con of "Joy-Con".
 */
// biome-ignore format: one packed list reads better than one word per line
export const STOP_WORDS: ReadonlySet<string> = new Set([
  // English
  'the', 'and', 'for', 'with', 'of', 'in', 'on', 'to', 'by', 'or', 'new', 'used', 'brand', 'free',
  'shipping', 'fast', 'pre', 'owned', 'preowned', 'genuine', 'authentic',
  // identifier labels: the number after them is the identity
  'jan', 'ean', 'upc', 'isbn',
  // German
  'und', 'mit', 'fur', 'der', 'die', 'das', 'neu', 'gebraucht', 'versand', 'kostenlos',
  // French / Spanish / Italian
  'le', 'la', 'les', 'de', 'du', 'des', 'et', 'pour', 'avec', 'neuf', 'occasion', 'livraison',
  'gratuite', 'los', 'para', 'nuevo', 'usado', 'nuovo', 'usato',
]);
/** CJK filler is cut out of the text before bigrams, so it cannot leave half-words behind. */
// biome-ignore format: one packed list reads better than one phrase per line
export const CJK_STOP_PHRASES: readonly string[] = [
  '送料無料', '送料込み', '送料込', '匿名配送', '即購入可', '新品未使用', '新品', '未使用', '未開封',
  '中古品', '中古', '極美品', '美品', '正規品', '全新', '二手', '包邮', '正品', '闲置',
];
let cjkStop: RegExp | undefined;
/** The phrases as tokens see them: folded to Simplified like the titles (送料無料 → 送料无料). */
function cjkStopPattern(): RegExp {
  cjkStop ??= new RegExp(
    [...new Set(CJK_STOP_PHRASES.flatMap((phrase) => [phrase, foldedPhrase(phrase)]))]
      .sort((a, b) => b.length - a.length)
      .join('|'),
    'g',
  );
  return cjkStop;
}

/** 10 to 13 digits, maybe hyphenated, maybe ending in an ISBN-10 'x'. */
const ID_CANDIDATE = /(?<![0-9-])[0-9](?:-?[0-9]){8,12}(?:-?x)?(?![0-9a-z])/g;
const SURROGATE = /[\ud800-\udfff]/;
const HAS_NON_ASCII = /[\u0080-\uffff]/;

/** Check digit of an EAN-13 from its first 12 digits (weights 1,3,1,3… from the left). */
function ean13Check(first12: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10;
}

/**
 * The canonical EAN-13 of a JAN/EAN-13, UPC-A (12 digits) or ISBN-10/13 with a valid check
 * digit, or undefined. UPC-A is an EAN-13 with a leading 0 and an ISBN-10 becomes its
 * 978-ISBN-13, so the same product written either way gives the same id.
 */
export function canonicalId(raw: string): string | undefined {
  const digits = raw.replace(/-/g, '').toLowerCase();
  if (/^\d{13}$/.test(digits)) {
    return ean13Check(digits) === Number(digits[12]) ? digits : undefined;
  }
  if (/^\d{12}$/.test(digits)) return canonicalId(`0${digits}`);
  if (/^\d{9}[\dx]$/.test(digits)) {
    let sum = 0;
    for (let i = 0; i < 10; i++) {
      const ch = digits[i] ?? '';
      sum += (10 - i) * (ch === 'x' ? 10 : Number(ch));
    }
    if (sum % 11 !== 0) return undefined;
    const first12 = `978${digits.slice(0, 9)}`;
    return `${first12}${ean13Check(first12)}`;
  }
  return undefined;
}

interface Extracted {
  ids: string[];
  rest: string;
}

/** Finds valid identifiers in normalised text and blanks them out so they do not also become numbers. */
function extractIds(normalized: string): Extracted {
  const ids: string[] = [];
  const rest = normalized.replace(ID_CANDIDATE, (match) => {
    const id = canonicalId(match);
    if (!id) return match;
    ids.push(`id:${id}`);
    return ' ';
  });
  return { ids, rest };
}

/** Strong identifiers only (`id:` + canonical EAN-13): JAN/EAN-13, UPC-A, ISBN-10/13. */
export function identifiers(text: string): string[] {
  return [...new Set(extractIds(normalize(text)).ids)];
}

const HAS_DIGIT = /[0-9]/;
const HAS_LETTER = /[a-z]/;
const LETTERS_ONLY = /^[a-z]+$/;
const ROMAN = /^(?:ii|iii|iv|vi|vii)$/;
const NUMBER_ONLY = /^[0-9]+$/;
/** "4/102", "009/165": a card's number and its set's size (trading-cards.ts `setNumbersOf`). */
const CARD_NUMBER = /^[0-9]{1,3}\/(?:[1-9][0-9]|[0-9]{3})$/;
/** A decade ("90s", "1990s"): when a thing was made, not which model it is. */
export const DECADE = /^(?:1[5-9]|20)?[0-9]0s$/;
const CONNECTORS = /[-./]/g;

/**
 * A number with a unit ("256gb", "12mm", "4800mah", "65w"), an ordinal ("50th", "2nd") or a count
 * ("2cd", "4lp", "3pcs"): not a model.
 */
const MEASUREMENT =
  /^[0-9]+(?:\.[0-9]+)?(?:gb|tb|mb|go|to|mm|cm|m|km|kg|g|mg|mah|wh|w|kw|v|hz|khz|mhz|ghz|in|inch|ml|l|oz|lb|lbs|p|k|fps|mp|st|nd|rd|th|cd|cds|lp|lps|dvd|pcs|pc|pk|pack|x)$/;

export function isMeasurement(token: string): boolean {
  return MEASUREMENT.test(token);
}

/** A model code: letters and digits together ("wh1000xm4", "m92644", "ps5"), ids excluded. */
export function isModelCode(token: string): boolean {
  return HAS_DIGIT.test(token) && HAS_LETTER.test(token) && !token.startsWith('id:');
}

/** A Latin word as written, kept to decide joins with its neighbour. */
interface LatinWord {
  text: string;
  /** Connectors removed: the canonical form of a code. */
  joined: string;
}

const SIZE_LABELS = new Set(['size', 'sz', 'us', 'uk', 'eu', 'taille', 'gr', 'talla', 'taglia']);

/**
 * The join rule for codes written with a space ("wh 1000xm4", "switch 2", "rtx 3080"):
 * a letters-only word A (not a stop word) followed directly by B gives the extra token A+B when
 *  - A has 2–4 letters and B is a code starting with a digit ("wh" + "1000xm4", "eos" + "5d"), or
 *  - B is a number of 1–2 digits ("switch" + "2", "iphone" + "15"), or
 *  - A has 2–4 letters and B is a 3–4 digit number that is not a year 1950–2035 ("rtx" + "3080").
 * A and B are kept as tokens too. Glued and hyphenated spellings give A+B directly. A code that
 * already starts with letters is not joined ("sony wh1000xm4" stays two tokens).
 */
function joinedPair(a: LatinWord, b: LatinWord): string | undefined {
  // "a7 iii", "5d mark iv" → "a7iii": a model code and its generation in Roman numerals.
  if (isModelCode(a.joined) && ROMAN.test(b.joined)) return a.joined + b.joined;
  // "DD1391 100" → "dd1391100": a style code and its colour number, as "DD1391-100" is written.
  if (/^[a-z]{1,3}[0-9]{4}$/.test(a.joined) && /^[0-9]{3}$/.test(b.joined)) return a.joined + b.joined;
  if (!LETTERS_ONLY.test(a.text) || a.text.length < 2 || STOP_WORDS.has(a.text)) return undefined;
  // "size 10", "sz 9", "US 10" are sizes (analysis.ts reads them), not models.
  if (SIZE_LABELS.has(a.text)) return undefined;
  // "Holo 133/130": a card's number in its set (trading-cards.ts) names the card, not a model of
  // the word; "Rare 90s": a decade says when, not which.
  if (CARD_NUMBER.test(b.text) || DECADE.test(b.text)) return undefined;
  const short = a.text.length <= 4;
  // "pro 256g/6.3": the code is what comes before a slash.
  const b2 = (b.text.split('/')[0] ?? '').replace(CONNECTORS, '');
  if (short && isModelCode(b2) && HAS_DIGIT.test(b2[0] ?? '') && !isMeasurement(b2)) return a.text + b2;
  if (NUMBER_ONLY.test(b2)) {
    if (b2.length <= 2) return a.text + b2;
    const year = Number(b2);
    if (short && b2.length <= 4 && (year < 1950 || year > 2035)) return a.text + b2;
  }
  return undefined;
}

/**
 * Tokens of one ASCII compound such as "wh-1000xm4", "joy-con", "2.5", "107/086". A slash
 * between a code and letters separates a suffix or an alternative ("WH1000XM4/B" is the model
 * in black, "L/R"): each side is a compound of its own.
 */
function compoundTokens(compound: string, joined: string, out: Set<string>): void {
  // "Ref.116610LN", "No.123": the label is not part of the code.
  const labelled = /^(?:ref|no|nr|art|model)\.(.+)$/.exec(compound);
  if (labelled?.[1]) {
    compoundTokens(labelled[1], labelled[1].replace(CONNECTORS, ''), out);
    return;
  }
  if (compound.includes('/') && HAS_LETTER.test(compound) && HAS_DIGIT.test(compound)) {
    for (const part of compound.split('/')) {
      if (part) compoundTokens(part, part.replace(CONNECTORS, ''), out);
    }
    return;
  }
  const letters = HAS_LETTER.test(joined);
  if (joined === compound) {
    // No connector: a plain word, number or glued code.
    if (!letters || compound.length >= 2) {
      if (!STOP_WORDS.has(compound)) out.add(compound);
    }
    return;
  }
  if (letters) {
    if (HAS_DIGIT.test(joined)) {
      // Model code: one canonical form, so "WH-1000XM4" and "WH1000XM4" give the same token.
      out.add(joined);
      return;
    }
    // Letters only: the parts ("joy", "con") and the glued form ("joycon").
    for (const part of compound.split(CONNECTORS)) {
      if (part.length >= 2 && !STOP_WORDS.has(part)) out.add(part);
    }
    if (!STOP_WORDS.has(joined)) out.add(joined);
    return;
  }
  // Digits only: a decimal stays whole ("2.5"); "107/086" or "2020-2023" gives its numbers.
  if (/^[0-9]+\.[0-9]+$/.test(compound)) out.add(compound);
  else for (const part of compound.split(CONNECTORS)) out.add(part);
}

/** Overlapping bigrams of a CJK run; a single character stays a unigram. */
function cjkTokens(run: string, out: Set<string>): void {
  const chars = SURROGATE.test(run) ? Array.from(run) : run;
  if (chars.length === 1) {
    out.add(run);
    return;
  }
  for (let i = 0; i + 1 < chars.length; i++) out.add(`${chars[i]}${chars[i + 1]}`);
}

const ROMAN_OF: Readonly<Record<string, string>> = { 2: 'ii', 3: 'iii', 4: 'iv', 5: 'v', 6: 'vi', 7: 'vii' };
/** A matched code and generation as the code and its Roman numeral ("a7 iii"). */
const codeAndRoman = (_: string, code: string, numeral: string) => `${code} ${ROMAN_OF[numeral] ?? numeral}`;
/** "a7 Mark III", "5D Mk IV", "RX100 mk7": a model code, then its generation after mark / mk. */
const MARK_AFTER_CODE = /\b([a-z]*[0-9][a-z0-9]*) (?:mark|mk) ?(vii|vi|iv|v|iii|ii|[2-7])\b/g;
/**
 * "a7m3", "a7rm4", "rx100m7": the generation glued to the code with an "m". Not after an "x":
 * Sony's WH-1000XM4 is a name, not the WH-1000X's fourth generation.
 */
const GLUED_MARK = /\b([a-z]{1,3}[0-9]{1,4}[a-wyz]?)m([2-7])\b/g;
/** Sony's body codes: ILCE-7M3 is the α7 III, ILCE-6400 the α6400, DSC-RX100M7 the RX100 VII. */
const SONY_BODY = /\bilce ?-? ?([0-9])/g;
const SONY_COMPACT = /\bdsc ?-? ?(?=(?:rx|hx|wx)[0-9])/g;
/** What every spelling above holds: most titles hold none, and skip the replacements. */
const MAY_SPELL_GENERATION = /m[2-7k]|mark|ilce|dsc/;

/**
 * A camera's generation written as sellers write it ("a7 Mark III", "a7 mk3", "a7m3",
 * "ILCE-7M3") spelled as the code and its Roman numeral ("a7 iii"), which `joinedPair` joins
 * into the one token "a7iii" every spelling then shares.
 */
function generationsSpelled(text: string): string {
  if (!MAY_SPELL_GENERATION.test(text)) return text;
  return text
    .replace(SONY_BODY, 'a$1')
    .replace(SONY_COMPACT, '')
    .replace(MARK_AFTER_CODE, codeAndRoman)
    .replace(GLUED_MARK, codeAndRoman);
}

/**
 * Unique tokens of a title, in order of first appearance:
 *  - identifiers with a valid check digit as `id:<EAN-13>` (see `canonicalId`);
 *  - Latin words of 2+ letters, except stop words; numbers whole, any length ("2", "1000", "2.5");
 *  - model codes (letters + digits) in one joined form: "WH-1000XM4" → "wh1000xm4", plus the
 *    join of a short word and the next code or number (see `joinedPair`);
 *  - CJK (Han, kana, Hangul) runs as overlapping bigrams ("任天堂" → "任天", "天堂");
 *  - words of other scripts (Cyrillic, Greek…) whole when 2+ characters.
 * Traditional Chinese is folded to Simplified first (chinese.ts), so both scripts give the same
 * bigrams.
 */
export function tokenize(text: string): string[] {
  const extracted = extractIds(foldChinese(normalize(text)));
  const ids = extracted.ids;
  const rest = generationsSpelled(extracted.rest);
  const out = new Set<string>(ids);
  const s = HAS_NON_ASCII.test(rest) ? rest.replace(cjkStopPattern(), ' ') : rest;
  let previous: LatinWord | undefined;
  let previousEnd = -1;
  let i = 0;
  while (i < s.length) {
    const cls = classAt(s, i);
    if (cls === SPACE) {
      i++;
      continue;
    }
    // A segment: a run of one class (ASCII letters/digits with their connectors count as one).
    const start = i;
    const latin = cls === ALNUM || cls === CONNECTOR;
    while (i < s.length) {
      const next = classAt(s, i);
      if (latin ? next !== ALNUM && next !== CONNECTOR : next !== cls) break;
      i += charWidth(s, i);
    }
    const segment = s.slice(start, i);
    if (latin) {
      const word: LatinWord = { text: segment, joined: segment.replace(CONNECTORS, '') };
      compoundTokens(segment, word.joined, out);
      // Join only words separated by exactly one space, not across a CJK run or a removed id.
      const join = previous && previousEnd === start - 1 ? joinedPair(previous, word) : undefined;
      if (join) out.add(join);
      previous = word;
      previousEnd = i;
      continue;
    }
    previous = undefined;
    if (cls === CJK) cjkTokens(segment, out);
    else if (segment.length >= 2 && !STOP_WORDS.has(segment)) out.add(segment);
  }
  return [...out];
}

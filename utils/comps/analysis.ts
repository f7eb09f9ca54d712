/**
 * What a title says, read once when a listing is stored (and for the query when it is asked):
 *  - `tokens`, the words a comp is found by (the `*postings` index): raw tokens (text.ts) where the
 *    term table knows no word, and one `c:<concept>` token per concept it knows, so "ソニー",
 *    "索尼" and "Sony" all give `c:sony` and the bigrams of a known word are not stored twice;
 *    model numbers written after a known name in any script ("アイフォン15", "iPhone 15",
 *    "iPhone15") give one code ("iphone15"); generations ("第二代", "2nd gen") give "gen2";
 *  - `facts`, what kind of thing it names, independent of any query: the accessory types it is,
 *    the media it is, whether it says "the device itself", what it only fits ("for X", "X用"),
 *    its colours, editions, variants and storage size (kinds.ts compares them with the query's).
 * Facts are stored with the listing (not indexed) so a query does not read every title again.
 */
import {
  blankKindPhrases,
  type ConditionGroup,
  conditionGroupOf,
  gradeCondition,
  isLot,
  packagingOf,
} from './condition';
import { compatClauses, inside, type Span } from './grammar';
import { findTerms, foldText, type TermHit, withImplied } from './lexicon';
import { MAIN_UNIT_CODES, type Term } from './terms';
import { isModelCode, STOP_WORDS, tokenize } from './text';

/**
 * Bumped whenever tokens or facts would come out differently for the same title: the background
 * then re-analyses the stored titles (storage/reindex.ts).
 */
export const ANALYSIS_VERSION = 3;

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
  /** Merchandise of a franchise (a poster, a figure, a mug), not the thing itself. */
  merch: string[];
  /** Product lines ("reverse weave", "Matelassé"): a query naming one wants it. */
  lines: string[];
  platforms: string[];
  /** Says it is the device itself (本体, console). */
  mainUnit?: true;
  packaging?: 'box' | 'manual' | 'case' | 'shopper';
  /** Several items: a lot, a set, a box set of several media, or the item with games thrown in. */
  lot?: true;
  /** A fake, replica or copy (never a comp of the real thing). */
  imitation?: true;
  /** A service offered (a repair), not an item for sale. */
  service?: true;
  /** A camera sold with a lens ("ズームレンズキット", "w/ FE 28-70mm Kit Lens"), or a kit's lens. */
  lensKit?: true;
  colours: string[];
  /** Editions and sizes that narrow like a colour ("Slim", "Digital Edition", "small"). */
  editions: string[];
  variants: string[];
  /**
   * The models a title lists by their variants, when it lists several ("iPhone 16 /Plus/Pro/Pro
   * Max": plus, pro, pro max); absent for one. An accessory fits the models it lists.
   */
  models?: string[][];
  /** Storage sizes ("256gb", "1tb"), however written ("256 GB", "256Go", "256G"). */
  storage: string[];
  /** Sizes that change the item: a watch's case ("45mm"), a shoe ("size:10", "size:27cm"). */
  sizes?: string[];
  /** Words that are no known term, number, size or generic word: how much else the title says. */
  content: number;
  /**
   * Of those (and the franchises), the words before the first platform named ("Halo Infinite
   * Xbox Series X", "Super Mario Galaxy Nintendo Switch"): a game's name comes before its
   * platform, a console's colour or edition after it. Absent when none.
   */
  lead?: number;
  /** Condition group the title's own words give (the listing's condition field can override). */
  condition?: ConditionGroup;
}

export interface TitleAnalysis {
  tokens: string[];
  facts: TitleFacts;
  /** Concept tokens only implied by others ("ps5" → c:sony): in `tokens`, not said in the title. */
  implied: string[];
}

const SIZE_LIKE = /^[0-9]+(?:\.[0-9]+)?[a-z]+$/;
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
  'as', 'at', 'from', 'no', 'not', 'tested', 'cleaned', 'grade', 'like', 'warranty', 'applecare',
  'care', 'till', 'until', 'type', 'usb', 'lightning', 'week', 'weeks', 'month', 'months', 'year',
  'years', 'day', 'days', 'bought', 'receipt', 'full', 'fullset', 'sealed', 'genuine', 'authentic',
  'wireless', 'bluetooth', 'charging', 'light', 'lighting', 'brand', 'new', 'used', 'free', 'shipping',
  // Spanish, Portuguese, Italian, French, German, Dutch: selling and condition words
  'vende', 'vendo', 'venta', 'en', 'buen', 'buena', 'estado', 'perfecto', 'perfecta', 'funciona',
  'funcionando', 'como', 'impecable', 'libre', 'liberado', 'desbloqueado', 'muy', 'bien', 'sin', 'caja',
  'precio', 'negociable', 'bom', 'otimo', 'em', 'perfeito', 'vendesi', 'ottimo', 'ottime', 'condizioni',
  'perfette', 'funzionante', 'tres', 'bon', 'etat', 'parfait', 'vends', 'fonctionne', 'sehr', 'gut',
  'zustand', 'guter', 'top', 'wie', 'funktioniert', 'verkaufe', 'goede', 'staat', 'werkt', 'ohne',
  'simlock', 'debloque', 'bateria', 'batterie', 'akku',
  // computers' specifications
  'chip', 'ram', 'ssd', 'hdd', 'cpu', 'core', 'processor', 'intel', 'keyboard', 'teclado', 'clavier',
  'tastatur', 'ingles', 'espanol', 'qwerty', 'azerty', 'display', 'retina', 'screen', 'pantalla', 'pulgadas',
  'negro', 'espacial', 'noir', 'schwarz',
]);
/** Japanese and Chinese selling and condition phrases, cut before counting what else a title says. */
const CJK_GENERIC =
  /動作確認済み?|動作品|動作良好|最大容量|容量|付属品|完品|傷や汚れ|目立った|美品|中古|新品|未使用|送料無料|即購入|匿名配送|箱付き?|本体のみ|正常|功能正常|成色|九成新|自用|出售|便宜|可议|原厂|原廠|正品|保固|保修|可开机|可開機|能开机|能開機|已过保|已過保|过保|過保|无盒|無盒|到期|公司货|公司貨|台湾|台灣|盒装|盒裝|配件齐|配件齊|全配|二手|全新|未拆|吋|寸|级|級|型号|型號/g;
/**
 * Words that name a device's own edition or make: "Animal Crossing Edition Nintendo Switch",
 * "Custom Painted Nintendo Switch" are consoles, whatever their name before the platform says.
 */
const DEVICE_EDITION = /\b(?:edition|limited|special|custom)\b|限定|特别|エディション|同梱版|モデル/;
/** A gift list ("贈充電組+玻璃貼", "送保护壳"): what comes with the item, not what it is. */
const GIFT_LIST = /(?:[赠贈]|送(?!料)|附赠|加送).*$/;

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
/** A word right before a part that says the item's part is damaged: "broken headband". */
const DAMAGED_BEFORE = new Set([
  'broken',
  'cracked',
  'damaged',
  'torn',
  'worn',
  'missing',
  'no',
  'without',
  'peeling',
  'scratched',
  'faulty',
  'ripped',
  'defective',
  'bad',
]);
/** Japanese / Chinese: "ケース付き", "ドック同梱", "説明書あり" (but "2枚入り" is a quantity, "送料込み" postage). */
const CJK_COMES_WITH_AFTER =
  /^.{0,12}?(?:付き|付|あり|有り|(?<![枚個本点組])入り|同梱|(?<!送料)込み|完備|付属)/;
/** "送保护壳", "贈充電組+玻璃貼+保護殼": given with the item (送料 is postage). */
const CJK_COMES_WITH_BEFORE = /(?:[带附赠贈加含]|送(?!料))[^送赠贈]{0,16}$/;
/** "イヤーパッド破れ", "ヘッドバンド劣化": the item's part is damaged. */
const CJK_DAMAGED_AFTER = /^\s?(?:破れ|劣化|剥がれ|割れ|欠品|なし|無し|破损|破損|损坏|損壞)/;
/** "dock only", "ドックのみ", "底座单出": sold alone. */
const ALONE_AFTER = /^\s?(?:only|のみ|単品|だけ|单出|单卖|单独)/;
/** Where a Latin title stops saying what it is and starts listing what comes with it. */
const WITH_WORD = /\s(?:with|w\/?|\+|&|incl\.?|including|inkl\.?|plus|mit|avec|con|and|und|et)\s/;
const WITH_SPLIT = new RegExp(`${WITH_WORD.source}|,`);
/**
 * A fake or a copy. 互換 (compatible, third-party) is not: it is how accessories are sold. Nor is
 * "style" ("Champion vintage style reverse weave" is a new Champion) or 風 (熱風のアリーナ is a set).
 */
const IMITATION =
  /\b(?:fake|f4ke|replica|knock ?off|dupe|counterfeit|bootleg|homage|proxy|custom card|inspired)\b|インスパイア|\b1 ?[:x] ?1\b|レプリカ|コピー品|偽物|仿品|高仿|a货|复刻版|ノーブランド|オマージュ|プロキシ|[0-9a-z]\s?タイプ/;
/** A camera's kit with a lens, or the lens of a kit: not the body alone. */
const LENS_KIT =
  /レンズキット|ズームキット|キットレンズ|\b(?:lens kit|kit lens)\b|\bkit w(?:ith)? (?:\w+ )?\d{2,3}(?: ?- ?\d{2,3})? ?mm\b/;
/** A service, not an item: a screen repair, a buying agent. */
const SERVICE =
  /\breparaci[oó]n\b|\brepair service\b|\bscreen repair\b|修理代行|修理承|代行|维修服务|維修服務/;
/** A gift bag or paper bag of the brand sold alone ("CHANEL ショッパー 紙袋"). */
const SHOPPER =
  /ショッパー|紙袋|纸袋|保存袋のみ|保存袋だけ|\bshopping bag\b|\bpaper bag\b|\bgift bag\b|\bdust bag only\b/;
/** Where a device's specification starts: a storage size, or a watch's case size ("45mm"). */
const SPECIFICATION =
  /(?<![0-9a-z.])(?:(?:8|16|32|64|128|256|512|1|2|4)\s?(?:gb|go|g|tb|to)|(?:3[8-9]|4[0-9])\s?mm|[0-9]{1,4}\s?(?:gb\s?)?(?:ram|ssd|hdd|emmc))(?![a-z0-9])/;
/** Storage written with a space or in another language: "128 GB", "256Go", "256G" (only real sizes). */
const STORAGE_WRITTEN = /(?<![0-9a-z.])(8|16|32|64|128|256|512|1|2|4|8)\s?(gb|go|g|tb|to|t)(?![a-z0-9])/g;
/** A generation: "第二代", "第2世代", "2nd gen", "2nd generation", "gen 2". */
const GENERATION =
  /第\s?([一二三四五六七八九十0-9]{1,2})\s?(?:代|世代)|(?<![0-9a-z])([0-9]{1,2})(?:st|nd|rd|th)\s?gen(?:eration)?\b|\bgen(?:eration)?\s?([0-9]{1,2})\b/g;
/** The German ordinal, "11. Generation": read before folding, which drops the dot. */
const ORDINAL_GENERATION = /(?<![0-9a-z.])([0-9]{1,2})\.\s?gen(?:eration)?\b/g;
const CHINESE_DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

function isComesWith(folded: string, title: string, hit: TermHit, { comma = true } = {}): boolean {
  const before = folded.slice(0, hit.start);
  const after = folded.slice(hit.end);
  if (CJK_COMES_WITH_AFTER.test(after) || CJK_COMES_WITH_BEFORE.test(before)) return true;
  const previous = before.trimEnd().split(' ').pop() ?? '';
  if (COMES_WITH_BEFORE.has(previous)) return true;
  const next = after.trimStart().split(' ')[0] ?? '';
  if (COMES_WITH_AFTER.has(next)) return true;
  // Latin titles: what follows "with", "+", "&", a comma… is what comes with the item.
  if (/[a-z]/.test(folded[hit.start] ?? '')) {
    const split = comma ? WITH_SPLIT : WITH_WORD;
    const head = foldText(title.normalize('NFKC').toLowerCase().split(split)[0] ?? '');
    if (head && folded.startsWith(head) && hit.start >= head.length) return true;
  }
  return false;
}

/** "broken headband", "イヤーパッド破れ": a part of the item described, not a part for sale. */
function isDamagedPart(folded: string, hit: TermHit): boolean {
  const previous = folded.slice(0, hit.start).trimEnd().split(' ').pop() ?? '';
  return DAMAGED_BEFORE.has(previous) || CJK_DAMAGED_AFTER.test(folded.slice(hit.end));
}

/** A battery figure ("バッテリー 92%", "battery 100") is a specification, not a battery for sale. */
function isSpecification(folded: string, hit: TermHit): boolean {
  return hit.term.id === 'battery' && /^\s?[0-9]/.test(folded.slice(hit.end));
}

const CJK_ONLY = /^[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+$/;

/** Accessory words in Japanese or Chinese, each apart from the next by a space. */
function apartInCjk(folded: string, hits: readonly TermHit[]): boolean {
  return hits.every((hit, index) => {
    if (!CJK_ONLY.test(folded.slice(hit.start, hit.end))) return false;
    const next = hits[index + 1];
    return !next || /\s/.test(folded.slice(hit.end, next.start));
  });
}

/** Accessories made for a device's body, when named right after it: "本体ケース", "console skin". */
const BODY_ACCESSORIES = new Set(['case', 'cover', 'stand', 'screen-protector', 'strap', 'grip']);

function madeForTheBody(hit: TermHit, mainUnits: readonly TermHit[]): boolean {
  return (
    BODY_ACCESSORIES.has(hit.term.id) &&
    mainUnits.some((main) => hit.start >= main.end && hit.start - main.end <= 1)
  );
}

/** The text with the spans blanked out (same length, so offsets stay valid). */
function blank(text: string, spans: readonly { start: number; end: number; glued?: boolean }[]): string {
  let out = text;
  for (const span of spans) {
    if (span.glued) continue;
    out = out.slice(0, span.start) + ' '.repeat(span.end - span.start) + out.slice(span.end);
  }
  return out;
}

/** The words of a title outside known terms: what else it says. */
function contentCount(rest: string, tokens: readonly string[]): number {
  const cjk = (rest.replace(GIFT_LIST, ' ').replace(CJK_GENERIC, ' ').match(CJK_CHAR) ?? []).length;
  const latin = rest
    .replace(CJK_CHAR, ' ')
    .split(/[\s\-/]+/)
    .filter(
      (word) =>
        word.length >= 2 &&
        !NUMBER.test(word) &&
        !SIZE_LIKE.test(word) &&
        !STOP_WORDS.has(word) &&
        !GENERIC.has(word) &&
        !(isModelCode(word) && tokens.includes(word)),
    ).length;
  return latin + Math.floor(cjk / 2);
}

/**
 * Raw tokens of the text where no known term is. Codes glued to a name ("iphone15", "chanel22")
 * stay, as glued names are not blanked; a number after a name in another word ("iPhone 15",
 * "アイフォン15") becomes a code in `modelCodes`.
 */
function keptRawTokens(text: string, hits: readonly TermHit[]): string[] {
  return tokenize(blank(text, hits));
}

/** A name's single-word English form, to write its model numbers the same way in every script. */
function latinName(term: Term): string | undefined {
  return term.en?.find((form) => /^[a-z0-9]+$/.test(form));
}

/**
 * Model numbers written after a brand or platform in Japanese or Chinese ("アイフォン15",
 * "シャネル 22"), and model letters after a platform in any script ("iPhone X", "iPhone XR"),
 * as the code the Latin spelling gives ("iphone15", "chanel22", "iphonex").
 */
function modelCodes(folded: string, hits: readonly TermHit[]): string[] {
  const codes: string[] = [];
  for (const hit of hits) {
    if (hit.term.role !== 'platform' && hit.term.role !== 'brand') continue;
    const name = latinName(hit.term);
    if (!name) continue;
    const after = folded.slice(hit.end);
    if (hit.glued) {
      // "GalaxyS23", "iPhone15Pro": the code glued to the name, alone and with the name.
      const glued = /^([a-z]{0,2}[0-9]{1,4})/.exec(after);
      if (glued?.[1]) codes.push(glued[1], name + glued[1]);
      continue;
    }
    const number = /^\s?([0-9]{1,4}[a-z]?)(?![0-9a-z])/.exec(after);
    const year = Number(number?.[1]);
    // "iPad 2022" names a year, not a model number.
    if (number && !(year >= 1950 && year <= 2035)) codes.push(name + number[1]);
    // "MacBook Pro 14", "MacBook Air 13": a number after the platform's variants is its model too.
    const afterVariants = /^(?:\s(?:pro|max|mini|plus|air|ultra|lite))+\s?([0-9]{2})(?![0-9a-z.])/.exec(
      after,
    );
    if (hit.term.role === 'platform' && afterVariants?.[1]) codes.push(name + afterVariants[1]);
    const letters =
      hit.term.role === 'platform' ? /^\s([a-z]{1,2}(?:\s?max)?)(?![a-z0-9])/.exec(after) : null;
    if (letters && /^(?:x|xr|xs|xs\s?max|se)$/.test(letters[1] ?? '')) {
      codes.push(name + (letters[1] ?? '').replace(/\s/g, ''));
    }
  }
  return codes;
}

/**
 * "AirPods Pro 2", "AirPods 3": a single digit after a platform and its variants is its
 * generation, the same as "第二代" or "2nd gen". Gives the generation tokens and the raw tokens
 * the digit made ("2", "pro2"), which the generation replaces.
 */
function platformGenerations(
  folded: string,
  hits: readonly TermHit[],
): { gens: string[]; replaced: string[] } {
  const gens: string[] = [];
  const replaced: string[] = [];
  for (const [index, hit] of hits.entries()) {
    if (hit.term.role !== 'platform') continue;
    let end = hit.end;
    let last = '';
    for (
      let next = hits[index + 1], k = index + 1;
      next?.term.role === 'variant' && next.start - end <= 1;
      next = hits[++k]
    ) {
      last = folded.slice(next.start, next.end).replace(/\s/g, '');
      end = next.end;
    }
    const digit = /^\s?([1-9])(?![0-9a-z.])/.exec(folded.slice(end));
    if (!digit?.[1]) continue;
    gens.push(`gen${digit[1]}`);
    replaced.push(digit[1], `${last}${digit[1]}`);
  }
  return { gens, replaced };
}

/** "Series 9" and "S9" (Apple Watch, Galaxy Tab): one code, "s9". */
const SERIES = /\bseries\s?([0-9]{1,2})\b/g;

function seriesCodes(folded: string): string[] {
  return [...folded.matchAll(SERIES)].map((m) => `s${m[1]}`);
}

function generations(folded: string, title: string): string[] {
  const out: string[] = [];
  GENERATION.lastIndex = 0;
  for (let m = GENERATION.exec(folded); m; m = GENERATION.exec(folded)) {
    const raw = m[1] ?? m[2] ?? m[3] ?? '';
    const n = /^[0-9]+$/.test(raw) ? Number(raw) : (CHINESE_DIGITS[raw] ?? 0);
    if (n > 0) out.push(`gen${n}`);
  }
  for (const m of title.normalize('NFKC').toLowerCase().matchAll(ORDINAL_GENERATION))
    if (Number(m[1]) > 0) out.push(`gen${Number(m[1])}`);
  return out;
}

/** A watch's case size, a shoe size: "45mm", "size 10", "sz 9.5", "US 10", "27cm", "27.5cm". */
const WATCH_SIZE = /(?<![0-9a-z.])(3[8-9]|4[0-9])\s?mm(?![a-z0-9])/g;
const SHOE_SIZE =
  /\b(?:size|sz|us|uk|eu)\s?([0-9]{1,2}(?:\.5)?)(?![0-9a-z])|(?<![0-9a-z.])(2[2-9](?:\.5)?|30)\s?cm(?![a-z0-9])/g;

function sizesOf(folded: string): string[] {
  const out: string[] = [];
  for (const m of folded.matchAll(WATCH_SIZE)) out.push(`${m[1]}mm`);
  for (const m of folded.matchAll(SHOE_SIZE)) out.push(m[1] ? `size:${m[1]}` : `size:${m[2]}cm`);
  return unique(out);
}

function storageOf(folded: string): string[] {
  const out: string[] = [];
  STORAGE_WRITTEN.lastIndex = 0;
  for (let m = STORAGE_WRITTEN.exec(folded); m; m = STORAGE_WRITTEN.exec(folded)) {
    const size = Number(m[1]);
    const tera = /^t/.test(m[2] ?? '');
    // Gigabytes are 8 and up, terabytes 1–8: "1g" or "4 gb" are not phone storage.
    if (tera ? size <= 8 : size >= 8) out.push(`${size}${tera ? 'tb' : 'gb'}`);
  }
  return out;
}

const unique = <T>(values: Iterable<T>): T[] => [...new Set(values)];

/** How much a franchise or maker's name beside a platform says ("スーパーマリオ…", "Zelda"): a lot. */
const FRANCHISE_WEIGHT = 2;

/**
 * Brands a title names beyond the maker of the platform it names: "Nintendo Switch" is the
 * console; "Nintendo Switch スーパーマリオ…" names a franchise too (a game, most likely).
 */
function franchises(hits: readonly TermHit[]): string[] {
  const platforms = hits.filter((hit) => hit.term.role === 'platform');
  if (platforms.length === 0) return [];
  const makers = withImplied(platforms.map((hit) => hit.term.id));
  return unique(
    hits.filter((hit) => hit.term.role === 'brand' && !makers.has(hit.term.id)).map((hit) => hit.term.id),
  );
}

/** Roles that are matching units (what a comp must share with the query). */
const UNIT_ROLES = new Set([
  'brand',
  'product',
  'feature',
  'line',
  'platform',
  'accessory',
  'media',
  'merch',
]);

export function analyzeTitle(title: string): TitleAnalysis {
  const folded = foldText(title);
  const hits = findTerms(folded);
  // Words of the item only: condition, packaging and lot phrases say something else.
  const itemText = blankKindPhrases(folded);
  const kept = keptRawTokens(itemText, hits);
  const unitHits = hits.filter((hit) => UNIT_ROLES.has(hit.term.role));
  const own = new Set(unitHits.map((hit) => hit.term.id));
  const implied = [...withImplied(own)].filter((id) => !own.has(id)).map((id) => CONCEPT_PREFIX + id);
  const storage = unique(storageOf(folded));
  const platformGens = platformGenerations(folded, hits);
  const codes = modelCodes(folded, hits);
  const series = seriesCodes(folded);
  const tokens = unique([
    ...kept.filter(
      (token) => !/^[0-9]+(?:gb|tb|go|to|g|t)$/.test(token) && !platformGens.replaced.includes(token),
    ),
    ...storage,
    ...codes,
    ...generations(folded, title),
    ...platformGens.gens,
    ...series,
    ...[...own].map((id) => CONCEPT_PREFIX + id),
    ...implied,
  ]);

  const clauses: Span[] = compatClauses(title, folded, hits);
  const inClause = (hit: TermHit) => inside(clauses, hit.start, hit.end);
  const headHits = hits.filter((hit) => !inClause(hit));
  // A device's specification (storage size, a watch's case size) comes before what it is sold with.
  const storageStart = folded.search(SPECIFICATION);

  const namesDeviceModel = codes.length > 0 || series.length > 0 || platformGens.gens.length > 0;
  const mainUnits = headHits.filter((hit) => hit.term.role === 'main-unit');
  const isMainUnit = mainUnits.length > 0 || MAIN_UNIT_CODES.test(folded);
  const accessories: string[] = [];
  const accessoryHits: TermHit[] = [];
  let alone = false;
  for (const hit of headHits) {
    if (hit.term.role !== 'accessory' || isSpecification(folded, hit) || isDamagedPart(folded, hit)) continue;
    if (ALONE_AFTER.test(folded.slice(hit.end))) alone = true;
    else if (isComesWith(folded, title, hit)) continue;
    // Extras come after the specification of a device named by its model: "iPhone 17 Pro
    // (256G)(磁吸支架+編織線組)", "Apple Watch Series 9 45mm … Sport Band" (a band's own "45mm" is not).
    else if (storageStart >= 0 && hit.start > storageStart && namesDeviceModel) continue;
    // A title that says "the device itself" lists what comes with it ("本体 ドック ジョイコン"),
    // unless the accessory is made for the body ("本体ケース", "console skin").
    else if (isMainUnit && !madeForTheBody(hit, mainUnits)) continue;
    accessories.push(hit.term.id);
    accessoryHits.push(hit);
  }
  // Chinese and Japanese write an accessory and then what it has, apart: "保護殼 磁吸 支架" is a
  // case (with a stand); glued, the last noun is the head: "ジョイコンカバー" is a cover.
  const first = accessoryHits[0];
  if (first && accessoryHits.length > 1 && apartInCjk(folded, accessoryHits)) {
    accessories.splice(accessories.indexOf(first.term.id), 1);
    accessories.push(first.term.id);
  }
  // Games that come with a console ("本体 ソフト付き", "console plus 2 games") make it a bundle.
  const mediaHits = headHits.filter((hit) => hit.term.role === 'media');
  // ("Mario Kart 8 (Switch, 2017) Cartridge Only": a comma does not add a game.)
  const extraMedia = mediaHits.filter((hit) => isComesWith(folded, title, hit, { comma: false }));
  const media = unique(mediaHits.filter((hit) => !extraMedia.includes(hit)).map((hit) => hit.term.id));
  const ofRole = (role: string, from: readonly TermHit[] = headHits) =>
    unique(from.filter((hit) => hit.term.role === role).map((hit) => hit.term.id));

  // Tokens only inside clauses: in a clause and nowhere in the head.
  // (Most titles have no clause: then nothing is only fitted, and the head need not be read again.)
  const headTokens = clauses.length > 0 ? new Set(headTokensOf(blank(itemText, clauses))) : undefined;
  const fits = headTokens ? tokens.filter((token) => !headTokens.has(token) && !implied.includes(token)) : [];

  const packaging = packagingOf(title) ?? (SHOPPER.test(folded) ? 'shopper' : undefined);
  const grade = gradeCondition(undefined, title);
  const variants = variantsOf(folded, hits);
  const facts: TitleFacts = {
    v: ANALYSIS_VERSION,
    fits,
    accessories: unique(accessories),
    media,
    products: ofRole('product'),
    // "Hoodie with Big C/Sleeve Decal": a decal the hoodie has is not a sticker for sale.
    merch: unique(
      headHits
        .filter((hit) => hit.term.role === 'merch' && !isComesWith(folded, title, hit))
        .map((hit) => hit.term.id),
    ),
    lines: ofRole('line', hits),
    platforms: ofRole('platform'),
    colours: ofRole('colour', hits),
    editions: ofRole('edition', hits),
    variants: variants.variants,
    storage,
    sizes: sizesOf(folded),
    // What else the title says before its storage size: after it come colours and extras.
    content:
      contentCount(blank(storageStart >= 0 ? itemText.slice(0, storageStart) : itemText, hits), tokens) +
      FRANCHISE_WEIGHT * franchises(hits).length,
  };
  const firstPlatform = headHits.find((hit) => hit.term.role === 'platform');
  const lead =
    firstPlatform && firstPlatform.start > 0
      ? contentCount(blank(itemText.slice(0, firstPlatform.start), hits), tokens) +
        FRANCHISE_WEIGHT *
          franchises([...hits.filter((hit) => hit.end <= firstPlatform.start), firstPlatform]).length
      : 0;
  if (lead > 0 && !DEVICE_EDITION.test(folded)) facts.lead = lead;
  if (variants.runs.length > 1) facts.models = variants.runs.map((run) => unique(run));
  if (alone) facts.alone = true;
  if (isMainUnit) facts.mainUnit = true;
  if (packaging) facts.packaging = packaging;
  // A box set of several media ("LP/CD/Blu-ray/DVD/Book") is a set, whatever one of them is.
  if (isLot(title) || extraMedia.length > 0 || media.length >= 3) facts.lot = true;
  if (IMITATION.test(folded)) facts.imitation = true;
  if (SERVICE.test(folded)) facts.service = true;
  if (LENS_KIT.test(folded)) facts.lensKit = true;
  if (grade) facts.condition = conditionGroupOf(grade);
  return { tokens, facts, implied };
}

/** The index tokens of a piece of folded text (concepts included), for the head/clause split. */
function headTokensOf(folded: string): string[] {
  const hits = findTerms(folded);
  const concepts = hits
    .filter((hit) => UNIT_ROLES.has(hit.term.role))
    .map((hit) => CONCEPT_PREFIX + hit.term.id);
  return [...keptRawTokens(folded, hits), ...modelCodes(folded, hits), ...concepts];
}

/**
 * A variant word counts only right after what it varies: a platform, a product, a model code or
 * number, or another variant ("iPhone 15 Pro Max", "Switch Lite"), so "se vende" or "plus 2
 * games" are not variants.
 */
/** Variants that change the item wherever they are written: a women's shoe, a parallel card. */
const ANYWHERE_VARIANTS = new Set(['womens', 'parallel']);

function variantsOf(folded: string, hits: readonly TermHit[]): { variants: string[]; runs: string[][] } {
  const out: string[] = [];
  const runs: string[][] = [];
  let previousVariant: TermHit | undefined;
  for (const [index, hit] of hits.entries()) {
    if (hit.term.role !== 'variant') continue;
    // "iPhone 16 /Plus/Pro/Pro Max": a slash lists models, each variant after the one before.
    const before = folded.slice(0, hit.start).replace(/[\s/]+$/, '');
    const previousHit = hits[index - 1];
    const previousWord = before.split(/[\s/]/).pop() ?? '';
    const afterTerm =
      previousHit !== undefined &&
      previousHit.end >= before.length &&
      ['platform', 'product', 'variant', 'accessory', 'line'].includes(previousHit.term.role);
    const afterCode = /[0-9]$/.test(previousWord) || isModelCode(previousWord);
    if (!(afterTerm || afterCode || ANYWHERE_VARIANTS.has(hit.term.id))) continue;
    out.push(hit.term.id);
    // Variants one space apart name one model ("Pro Max"); anything else between starts another.
    const sameModel =
      previousVariant !== undefined &&
      previousHit === previousVariant &&
      /^\s*$/.test(folded.slice(previousVariant.end, hit.start));
    if (sameModel) runs[runs.length - 1]?.push(hit.term.id);
    else {
      // "iPhone 17/Air/Pro": the plain model is listed first.
      if (runs.length === 0 && /\/\s*$/.test(folded.slice(0, hit.start))) runs.push([]);
      runs.push([hit.term.id]);
    }
    previousVariant = hit;
  }
  return { variants: unique(out), runs };
}

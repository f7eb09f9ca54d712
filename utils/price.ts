/**
 * Reads prices as sites and sellers write them ("US $1,234.56", "1.234,56 €", "3,858 円 ～ 13,507 円",
 * "¥1.2万", "CHF 1'049.95") into an amount in major units and an ISO 4217 code.
 *
 * Precision over recall: a wrong price poisons the comps, a missing one only loses a data point. So an
 * ambiguous symbol ($, ¥, kr) is resolved only from the hint, never guessed, and a number with no
 * currency marker is taken only when the caller vouches for the currency and the text is nothing but
 * the number and price words ("12 bids", "4.5 out of 5 stars" stay null).
 *
 * How it works: the text is normalised (full-width forms, odd spaces and dashes), cut to a bounded
 * length, and split into tokens (numbers, currency markers, words, single characters) by a linear scan.
 * Prices are numbers with a marker right before or after them, plus the unmarked end of a range
 * ("10-20 €"). Whether "." or "," is the decimal separator is decided per number from its digit
 * groups, then from the currency, then from the locale.
 */

export interface PriceHint {
  /** The site's currency (ISO 4217), e.g. from `currencyForHost`. Resolves $, ¥, kr and bare numbers. */
  currency?: string;
  /** The page's locale (BCP 47), e.g. 'de-DE': decides "1.234" and resolves $ for en-US and the like. */
  locale?: string;
}

export interface ParsedPrice {
  /** Major units: 12.34 dollars, 1701 yen. */
  amount: number;
  /** ISO 4217 code, or null when the text and the hint do not tell. */
  currency: string | null;
}

/** First price in the text; for a range ("$10 - $20", "3,858 円 ～ 13,507 円") its lower end. */
export function parsePrice(text: string, hint?: PriceHint): ParsedPrice | null {
  return parsePriceRange(text, hint)?.min ?? null;
}

/**
 * The price in the text and, when the text shows a range, its upper end: `min` is what `parsePrice`
 * returns, `max` is set only for a range ("$10.00 to $20.00" → min 10, max 20).
 */
export function parsePriceRange(text: string, hint?: PriceHint): { min: ParsedPrice; max?: number } | null {
  if (typeof text !== 'string') return null;
  const t = normalize(text);
  if (t === '') return null;
  const hints = readHint(hint);
  const toks = tokenize(t, hints);
  const [first, second] = findPrices(toks, hints);
  if (!first) return null;
  if (!second || !isRange(toks, first, second)) return { min: first.price };
  return {
    min: { amount: first.price.amount, currency: first.price.currency ?? second.price.currency },
    max: second.price.amount,
  };
}

/** The shape of an ISO 4217 code ("USD"): what a stored or received currency must look like. */
export const CURRENCY_CODE = /^[A-Z]{3}$/;

export function isCurrencyCode(value: unknown): value is string {
  return typeof value === 'string' && CURRENCY_CODE.test(value);
}

/**
 * Currency a site's host implies: amazon.de → EUR, jp.mercari.com → JPY, ruten.com.tw → TWD, null when
 * unknown or when the site shows whatever currency the visitor picks (aliexpress) or serves several
 * countries under one name (craigslist city subdomains include UK, Canadian and other cities).
 */
export function currencyForHost(host: string): string | null {
  if (typeof host !== 'string') return null;
  let h = host.trim().toLowerCase();
  if (h.includes('://')) {
    try {
      h = new URL(h).hostname;
    } catch {
      return null;
    }
  }
  h = h
    .replace(/:\d+$/, '')
    .replace(/\.$/, '')
    .replace(/^www\./, '');
  const labels = h.split('.');
  // Japanese editions of global sites live on jp.<site> (jp.mercari.com).
  if (labels.length > 2 && labels[0] === 'jp') return 'JPY';
  if (labels.length > 2 && labels[0] === 'tw') return 'TWD'; // tw.buy.yahoo.com, tw.bid.yahoo.com
  for (let k = labels.length; k >= 1; k--) {
    const suffix = labels.slice(-k).join('.');
    const wildcard = `*.${suffix}`;
    if (k < labels.length && Object.hasOwn(HOST_CURRENCY, wildcard)) return HOST_CURRENCY[wildcard] ?? null;
    if (Object.hasOwn(HOST_CURRENCY, suffix)) return HOST_CURRENCY[suffix] ?? null;
  }
  return null;
}

/**
 * Currency of a country named by its ISO 3166 code ("US" → USD, "CO" → COP, "GB" → GBP), from the
 * same tables as the locale and host hints; null for a code these do not know.
 */
export function currencyForRegion(region: string): string | null {
  if (typeof region !== 'string' || !/^[A-Za-z]{2}$/.test(region)) return null;
  const code = region.toUpperCase();
  if (Object.hasOwn(REGION_CURRENCY, code)) return REGION_CURRENCY[code] ?? null;
  // The host table is keyed by country domain, which is the country code except for Britain's.
  const tld = code === 'GB' ? 'uk' : code.toLowerCase();
  return Object.hasOwn(HOST_CURRENCY, tld) ? (HOST_CURRENCY[tld] ?? null) : null;
}

// ---------------------------------------------------------------------------------------------------
// Data

/** "k1 V1  k2 V2 ..." → entries: keeps the long tables a few lines instead of one key per line. */
function pairs(table: string): [string, string][] {
  const words = table.trim().split(/\s+/);
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < words.length; i += 2) out.push([words[i] ?? '', words[i + 1] ?? '']);
  return out;
}

/** Host suffix → currency ('-' = none); the longest suffix wins, `*.x` matches only subdomains of x. */
const HOST_CURRENCY: Record<string, string | null> = Object.fromEntries(
  pairs(`
    ebay.com USD  amazon.com USD  etsy.com USD  mercari.com USD  offerup.com USD
    craigslist.org USD  *.craigslist.org -
    aliexpress.com -  taobao.com CNY  tmall.com CNY  goofish.com CNY  xianyu.com CNY
    de EUR  fr EUR  it EUR  es EUR  ie EUR  at EUR  nl EUR  be EUR  fi EUR  pt EUR  gr EUR  sk EUR
    si EUR  lu EUR  ee EUR  lv EUR  lt EUR  mt EUR  cy EUR  hr EUR
    uk GBP  ch CHF  li CHF  ca CAD  au AUD  nz NZD  pl PLN  hk HKD  sg SGD  my MYR  ph PHP  in INR
    jp JPY  tw TWD  cn CNY  br BRL  mx MXN  com.co COP  ar ARS  cl CLP  cz CZK  se SEK  no NOK
    dk DKK  is ISK  ru RUB  ua UAH  kr KRW  il ILS  tr TRY  hu HUF  ro RON  bg BGN  za ZAR  th THB
    id IDR  vn VND  ae AED  sa SAR  eg EGP  us USD  pe PEN  uy UYU  py PYG  bo BOB  ve VES  gt GTQ
    cr CRC  do DOP  pa USD  ec USD  sv USD  hn HNL  ni NIO  pk PKR  lk LKR  np NPR  bd BDT  kz KZT
    ge GEL  az AZN  am AMD  uz UZS  kg KGS  by BYN  md MDL  rs RSD  mk MKD  al ALL  ba BAM  kw KWD
    bh BHD  qa QAR  om OMR  jo JOD  ma MAD  dz DZD  tn TND  iq IQD  lb LBP  ir IRR  ng NGN  ke KES
    gh GHS  tz TZS  ug UGX  sn XOF  ci XOF  cm XAF  tt TTD  jm JMD  kh KHR  mn MNT  mo MOP
  `).map(([host, code]) => [host, code === '-' ? null : code]),
);
// Notes on the table: a generic .com/.org says nothing, so only the sites listed there count; bare .co
// is a "company" TLD, hence com.co; craigslist city subdomains include UK and Canadian cities; the
// aliexpress language subdomains show whatever currency the visitor picked; .io .co .me .tv .fm .ly .la
// .to .ai .cc .ws and the like are left out, being used worldwide for their letters. Sites on a country domain
// (ruten/pchome/pcstore.com.tw, kleinanzeigen.de, leboncoin.fr, auctions.yahoo.co.jp) need no entry.

/**
 * A symbol several currencies use: resolved from the hint, else `fallback` (usually nothing). A
 * `weak` one is also a common word or letter ("Q", "R", "PEN", "TOP"): it counts as a currency only
 * where the hint says so. `scale` turns the unit into the ISO one (1 toman = 10 rials).
 */
interface Ambiguous {
  among: readonly string[];
  fallback?: string;
  weak?: boolean;
  scale?: number;
}
type Mark = string | Ambiguous;

const DOLLAR: Ambiguous = {
  among: 'USD CAD AUD NZD HKD SGD TWD MXN COP CLP ARS UYU DOP TTD JMD BBD BSD BZD FJD NAD XCD'.split(' '),
};
const YEN: Ambiguous = { among: ['JPY', 'CNY'] };
const KRONE: Ambiguous = { among: ['SEK', 'NOK', 'DKK', 'ISK'] };
// 元 is the generic Chinese "dollar" unit: on a Taiwanese or Hong Kong site it is theirs.
const YUAN: Ambiguous = { among: ['CNY', 'TWD', 'HKD'], fallback: 'CNY' };
const RUPEE: Ambiguous = { among: ['INR', 'PKR', 'LKR', 'NPR'], fallback: 'INR' };
const CFA = ['XOF', 'XAF'];
const weak = (...among: string[]): Ambiguous => ({ among, weak: true });

/** Ambiguous and weak marks, and the toman. */
const SPECIAL_MARKS: Record<string, Mark> = {
  // Nicaragua's córdoba is C$ too; eBay's "C $" stays Canadian.
  C$: { among: ['CAD', 'NIO'], fallback: 'CAD' },
  'C $': { among: ['CAD', 'NIO'], fallback: 'CAD' },
  Bs: { among: ['BOB', 'VES'] },
  'Bs.': { among: ['BOB', 'VES'] },
  Dh: { among: ['AED', 'MAD'] },
  Dhs: { among: ['AED', 'MAD'] },
  DH: { among: ['AED', 'MAD'] },
  FCFA: { among: CFA, fallback: 'XAF' },
  'F CFA': { among: CFA, fallback: 'XOF' },
  CFA: { among: CFA },
  lei: { among: ['RON', 'MDL'], fallback: 'RON' },
  Lei: { among: ['RON', 'MDL'], fallback: 'RON' },
  ريال: { among: ['SAR', 'QAR', 'OMR', 'YER'], fallback: 'SAR' },
  تومان: { among: ['IRR'], fallback: 'IRR', scale: 10 },
  Q: weak('GTQ'),
  L: weak('HNL', 'MDL', 'ALL'),
  R: weak('ZAR'),
  KM: weak('BAM'),
  BD: weak('BHD'),
  QR: weak('QAR'),
  SR: weak('SAR'),
  JD: weak('JOD'),
  LE: weak('EGP'),
  // ISO codes that are also English words.
  ...Object.fromEntries('ALL TOP CUP PEN MAD BOB GEL SOS MOP AMD BAM'.split(' ').map((c) => [c, weak(c)])),
};

/** ISO 4217 codes accepted as written ("USD 12", "12 EUR"); other capitals ("VB", "OBO") are words. */
const ISO_CODES = (
  'AED AFN ANG AOA ARS AUD AWG AZN BBD BDT BGN BHD BIF BMD BND BRL BSD BTN BWP BYN BZD CAD CDF ' +
  'CHF CLP CNY COP CRC CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GHS GIP GMD GNF GTQ GYD ' +
  'HKD HNL HRK HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK ' +
  'LBP LKR LRD LSL LYD MDL MGA MKD MMK MNT MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR ' +
  'PAB PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SRD SSP STN SYP SZL ' +
  'THB TJS TMT TND TRY TTD TWD TZS UAH UGX USD UYU UZS VED VEF VES VND VUV WST XAF XCD XOF XPF YER ' +
  'ZAR ZMW ZWL'
).split(' ');

/** Country-prefixed dollars. eBay writes "US $", "C $", "AU $": the space is optional for all but R/S/A. */
const PREFIXED_DOLLARS = pairs(`
  US USD  CA CAD  A AUD  AU AUD  NZ NZD  HK HKD  S SGD  SG SGD  NT TWD  MX MXN  R BRL  COL COP  AR ARS
  RD DOP  TT TTD  J JMD  JA JMD  EC XCD  BZ BZD  Bds BBD  FJ FJD  N NAD  MOP MOP  Mex MXN
`);

/** Unambiguous symbols and words. Letter ones must stand as a word: "TL" matches, "TLC" does not. */
const SYMBOLS = pairs(`
  € EUR  Euro EUR  Euros EUR  euro EUR  euros EUR  EURO EUR  £ GBP  ₹ INR  RMB CNY  NTD TWD  RUR RUB
  円 JPY  yen JPY  Yen JPY  日元 JPY  美元 USD  港元 HKD  港幣 HKD  港币 HKD  台幣 TWD  新台幣 TWD
  人民币 CNY  人民幣 CNY  欧元 EUR  歐元 EUR  英镑 GBP  ₩ KRW  원 KRW  Fr. CHF  SFr. CHF
  ₽ RUB  руб RUB  руб. RUB  рублей RUB  ₺ TRY  TL TRY  zł PLN  zl PLN  Kč CZK  Ft HUF  lei RON
  ₪ ILS  ₴ UAH  грн UAH  ₫ VND  ฿ THB  บาท THB  Rp IDR  RM MYR  ₱ PHP  Php PHP
  Р RUB  р. RUB  лв. BGN  лв BGN  LEI RON  грн. UAH  ₸ KZT  тг KZT  ₾ GEL  ₼ AZN  ֏ AMD  đ VND
  VNĐ VND  vnđ VND  Rp. IDR  B/. PAB  S/. PEN  S/ PEN  ₡ CRC  ₲ PYG  Gs. PYG  Gs PYG  Bs.S VES
  BsS VES  KD KWD  ₦ NGN  ₵ GHS  GH₵ GHS  KSh KES  Ksh KES  Ksh. KES  TSh TZS  USh UGX  ৳ BDT
  Tk BDT  नेरू NPR  ₭ LAK  ៛ KHR  ₮ MNT  сум UZS  сўм UZS  soʻm UZS  so'm UZS  сом KGS  din. RSD
  дин. RSD  ден. MKD  ден MKD  Lekë ALL  Lek ALL  kn HRK  Br BYN  CN¥ CNY  JP¥ JPY  $U UYU  U$S USD
  E£ EGP  L.E. EGP  ج.م EGP  ج.م. EGP  ر.س SAR  ر.س. SAR  د.إ AED  د.إ. AED  ر.ق QAR  ر.ق. QAR
  ر.ع OMR  ر.ع. OMR  د.ك KWD  د.ك. KWD  د.ب BHD  د.ب. BHD  د.أ JOD  د.أ. JOD  د.ا JOD  د.م MAD
  د.م. MAD  د.ج DZD  د.ج. DZD  د.ت TND  د.ت. TND  د.ع IQD  د.ع. IQD  ع.د IQD  ل.ل LBP  ل.ل. LBP
  ریال IRR  ש״ח ILS  ש"ח ILS  ₨ PKR
`);

const MARKS: Record<string, Mark> = {
  ...Object.fromEntries(ISO_CODES.map((code) => [code, code])),
  ...Object.fromEntries(
    PREFIXED_DOLLARS.flatMap(([prefix, code]) => [
      [`${prefix}$`, code],
      ...(prefix.length > 1 ? [[`${prefix} $`, code]] : []),
    ]),
  ),
  ...Object.fromEntries(SYMBOLS),
  ...SPECIAL_MARKS,
  $: DOLLAR,
  '¥': YEN,
  元: YUAN,
  ...Object.fromEntries(['kr', 'kr.', 'Kr', 'Kr.'].map((k) => [k, KRONE])),
  ...Object.fromEntries(['Rs', 'Rs.'].map((k) => [k, RUPEE])),
};

/** No minor units in practice, so "1.234" can only be thousands. */
const ZERO_DECIMAL = new Set('JPY KRW TWD CLP VND IDR HUF ISK PYG UGX XOF XAF IRR IQD LBP'.split(' '));
/**
 * Written with a decimal comma, so "1.234" is thousands. PEN too: Peru's shops (MercadoLibre) group
 * soles with dots ("S/ 2.520"); a site in one of these also writes foreign prices that way.
 */
const COMMA_DECIMAL = new Set(
  (
    'EUR BRL TRY COP ARS UYU DKK NOK SEK PLN CZK RON RUB UAH BGN PEN RSD MKD BAM ALL HRK GEL AZN AMD ' +
    'UZS KGS KZT BYN MDL VES BOB CRC DZD MAD TND'
  ).split(' '),
);
/** Three minor digits: "KD 12.500" is twelve and a half dinars. */
const THREE_DECIMAL = new Set('KWD BHD OMR JOD TND LYD'.split(' '));

/** Languages written with a decimal comma, the regions of them that use a point, and point languages. */
const COMMA_LANGS = new Set(
  'de fr es it pt pl cs sk nl da nb nn no sv fi tr id vi ro hu el hr sl sr ru uk bg lt lv et is ca'.split(
    ' ',
  ),
);
const DOT_REGIONS_OF_COMMA_LANGS = new Set('es-MX es-US es-PR de-CH fr-CH it-CH de-LI'.split(' '));
const DOT_LANGS = new Set('en ja zh ko th he hi ms fil tl'.split(' '));

/** Locale region → currency, used only to pick among the currencies an ambiguous symbol can mean. */
const REGION_CURRENCY: Record<string, string> = Object.fromEntries(
  pairs(`
    US USD  CA CAD  AU AUD  NZ NZD  HK HKD  SG SGD  TW TWD  MX MXN  CO COP  CL CLP  AR ARS  UY UYU
    JP JPY  CN CNY  SE SEK  NO NOK  DK DKK  IS ISK  IN INR  PK PKR  LK LKR  NP NPR
  `),
);

/** Words that may stand around a bare number without making it something other than a price. */
const PRICE_WORDS = new Set(
  (
    'price preis prix precio prezzo preço preco cena pris hinta now was only approx ca vb vhb ' +
    'verhandlungsbasis festpreis obo ono or best offer firm fixed neg negotiable nego shipping postage ' +
    'delivery versand livraison envío envio spedizione inkl incl mwst vat tax plus from ab desde buy it ' +
    'current starting'
  ).split(' '),
);
/** CJK has no spaces, so its price words are matched as units: 税込, 送料込み, 現在, 即決... */
const CJK_WORDS = [
  ...['送料込み', '送料込', '税込み', '税込', '税抜', '税別', '送料', '現在', '即決', '価格', '販売価格'],
  ...['售價', '售价', '价格', '價格', '運費', '运费', '包邮', '包郵', '約', '约', '起', 'から', '至'],
];
const RANGE_WORDS = new Set(['-', '~', 'to', 'bis', 'à', 'a', '至']);
const BARE_PUNCTUATION = new Set([':', '(', ')', '[', ']', '+', '*', '.', ',', '!', '~']);

// ---------------------------------------------------------------------------------------------------
// Normalisation

/** Longer texts are not one price; scanning them whole would only cost time and invite false hits. */
const MAX_RAW = 2000;
const MAX_SCAN = 256;

const CHAR_MAP: Record<string, string> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u301c': '~', // 〜 wave dash, the Japanese range mark
  '\u223c': '~',
  '\u2019': "'", // Swiss thousands: 1’049.95
  '\u02bc': "'",
  '\uffe1': '£',
  '\uffe5': '¥', // ￥: as ambiguous as ¥ (Taobao uses it for yuan)
  '\uffe6': '₩',
  '\u066b': '.', // Arabic decimal separator
  '\u066c': ',', // Arabic thousands separator
};
const SPECIAL_CHARS =
  /[\uff01-\uff5e\u2010-\u2015\u2212\u301c\u223c\u2019\u02bc\uffe1\uffe5\uffe6\u066b\u066c]/g;
// Zero-width characters and the direction marks around right-to-left prices ("\u200f١٥٫٥٠ ر.س.\u200f").
const ZERO_WIDTH = /[\u200b-\u200f\u2060\u00ad\u061c\u202a-\u202e\u2066-\u2069]/g;
/** The zero of each script's decimal digits, Arabic-Indic to Khmer: they are read as 0-9. */
const DIGIT_ZEROS = [
  0x660, 0x6f0, 0x966, 0x9e6, 0xa66, 0xae6, 0xbe6, 0xc66, 0xce6, 0xd66, 0xe50, 0xed0, 0x1040, 0x17e0,
];
const NATIVE_DIGIT = new RegExp(
  `[${DIGIT_ZEROS.map((z) => `\\u${z.toString(16).padStart(4, '0')}-\\u${(z + 9).toString(16).padStart(4, '0')}`).join('')}]`,
  'g',
);
function asciiDigit(c: string): string {
  const code = c.charCodeAt(0);
  const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9) ?? code;
  return String(code - zero);
}
// A single space (incl. the nbsp / thin spaces used as thousands separators) may sit inside a number;
// a newline or a run of spaces separates DOM elements, and must never glue two numbers together.
const SOFT_SPACE = /^[ \u00a0\u2007\u2008\u2009\u202f]$/;
const PLAIN = /^(?:[!-~]| (?! ))*$/;

function normalize(text: string): string {
  let t = text.length > MAX_RAW ? text.slice(0, MAX_RAW) : text;
  // Most prices are plain ASCII with single spaces: skip the replacements (this runs per price node).
  if (!PLAIN.test(t)) {
    t = t
      .replace(ZERO_WIDTH, '')
      .replace(NATIVE_DIGIT, asciiDigit)
      .replace(SPECIAL_CHARS, (c) => {
        const code = c.charCodeAt(0);
        // Full-width ASCII (１，２００円, ＋, ～) sits at a fixed offset from ASCII.
        return code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : (CHAR_MAP[c] ?? c);
      });
    t = t.replace(/\s{2,}|[^\S ]/g, (ws) => (SOFT_SPACE.test(ws) ? ' ' : '\n'));
  }
  t = t.trim();
  if (t.length <= MAX_SCAN) return t;
  // Cut at a space so the last number scanned is a whole one.
  const cut = t.lastIndexOf(' ', MAX_SCAN);
  const hard = t.lastIndexOf('\n', MAX_SCAN);
  const at = Math.max(cut, hard);
  return at > 0 ? t.slice(0, at) : t.slice(0, MAX_SCAN);
}

// ---------------------------------------------------------------------------------------------------
// Tokens

interface NumPart {
  runs: string[];
  seps: string[];
  /** Power of ten of a multiplier after it: 万 → 4, 千 → 3, k → 3. */
  exp: number;
}
type Tok =
  | { k: 'num'; s: number; e: number; parts: NumPart[]; bad: boolean }
  | { k: 'cur'; s: number; e: number; mark: Mark }
  | { k: 'word'; s: number; e: number; w: string; latin: boolean }
  | { k: 'sp'; s: number; e: number }
  | { k: 'ch'; s: number; e: number; w: string };

// Latin (minus × and ÷), Greek and Cyrillic letters: the scripts that write words with spaces.
const LATIN = 'A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff';
const LATIN_CHAR = new RegExp(`^[${LATIN}]$`);
const isLatin = (c: string) => LATIN_CHAR.test(c);
const LATIN_WORD_RE = new RegExp(`[${LATIN}]+`, 'y');
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Alternation of literals, longest first; a marker ending in a letter must end the word ("TL" ≠ "TLC"). */
function literalsRe(words: string[]): RegExp {
  const alts = [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRe(w) + (isLatin(w.slice(-1)) ? `(?![${LATIN}])` : ''));
  return new RegExp(alts.join('|'), 'y');
}
const MARK_RE = literalsRe(Object.keys(MARKS));
const CJK_WORD_RE = literalsRe(CJK_WORDS);
const MARK_FIRST = new Set(Object.keys(MARKS).map((k) => k.charAt(0)));
const CJK_FIRST = new Set(CJK_WORDS.map((w) => w.charAt(0)));

const MULTIPLIER_EXP: Record<string, number> = { 千: 3, 万: 4, 萬: 4, 億: 8, 亿: 8, k: 3, K: 3 };
const MAX_DIGITS = 15;

const isDigit = (t: string, i: number) => {
  const c = t.charCodeAt(i);
  return c >= 48 && c <= 57;
};

function tokenize(t: string, hints: Hints): Tok[] {
  const toks: Tok[] = [];
  for (let i = 0; i < t.length; ) {
    const tok = readToken(t, i, hints);
    toks.push(tok);
    i = tok.e;
  }
  return toks;
}

function readToken(t: string, i: number, hints: Hints): Tok {
  const c = t.charAt(i);
  if (c === ' ' || c === '\n') return { k: 'sp', s: i, e: i + 1 };
  if (isDigit(t, i)) return readNumber(t, i);
  if (c === '.') {
    const cents = readLeadingDot(t, i);
    if (cents) return cents;
  }
  // First-character sets spare the big alternations a try at every position (this runs per character).
  if (MARK_FIRST.has(c)) {
    const m = matchAt(MARK_RE, t, i);
    const mark = m === null ? undefined : MARKS[m];
    const counts = typeof mark !== 'object' || !mark.weak || mark.among.includes(hints.currency ?? '');
    if (m !== null && mark !== undefined && counts) return { k: 'cur', s: i, e: i + m.length, mark };
  }
  if (isLatin(c)) {
    const w = matchAt(LATIN_WORD_RE, t, i) ?? c;
    return { k: 'word', s: i, e: i + w.length, w: w.toLowerCase(), latin: true };
  }
  if (CJK_FIRST.has(c)) {
    const w = matchAt(CJK_WORD_RE, t, i);
    if (w !== null) return { k: 'word', s: i, e: i + w.length, w, latin: false };
  }
  return { k: 'ch', s: i, e: i + 1, w: c };
}

/** ".75 €", "$.99": cents with no whole part, after a space, a mark or nothing (not "No.5", "1..5"). */
function readLeadingDot(t: string, i: number): Tok | null {
  if (i > 0 && /[\p{L}\p{N}.,]/u.test(t.charAt(i - 1))) return null;
  const end = skipDigits(t, i + 1);
  const next = t.charAt(end);
  if (end - i - 1 < 1 || end - i - 1 > 2 || next === '.' || next === ',') return null;
  return {
    k: 'num',
    s: i,
    e: end,
    parts: [{ runs: ['0', t.slice(i + 1, end)], seps: ['.'], exp: 0 }],
    bad: false,
  };
}

function matchAt(re: RegExp, t: string, i: number): string | null {
  re.lastIndex = i;
  return re.exec(t)?.[0] ?? null;
}

/** Digits with separators, a multiplier (1.2万, 40k), compound kanji (1万2000) and a ",-" ending. */
function readNumber(t: string, start: number): Tok {
  const parts: NumPart[] = [];
  let i = start;
  for (;;) {
    const { runs, seps, end } = readDigitGroups(t, i);
    i = end;
    let exp = 0;
    const m = t.charAt(i);
    const mExp = MULTIPLIER_EXP[m];
    if (mExp !== undefined && !((m === 'k' || m === 'K') && isLatin(t.charAt(i + 1)))) {
      exp = mExp;
      i++;
    }
    parts.push({ runs, seps, exp });
    if (exp < 4 || !isDigit(t, i) || parts.length >= 3) break;
  }
  // German "159,-" / Swiss "159.-": whole amount, no cents.
  if ((t.charAt(i) === ',' || t.charAt(i) === '.') && t.charAt(i + 1) === '-') {
    i += t.charAt(i + 2) === '-' ? 3 : 2;
  }
  const digits = parts.reduce((n, p) => n + p.runs.reduce((m, r) => m + r.length, 0), 0);
  return { k: 'num', s: start, e: i, parts, bad: digits > MAX_DIGITS };
}

function readDigitGroups(t: string, start: number): { runs: string[]; seps: string[]; end: number } {
  let end = skipDigits(t, start);
  const runs = [t.slice(start, end)];
  const seps: string[] = [];
  while (runs.length < 8) {
    const sep = t.charAt(end);
    if (sep !== ',' && sep !== '.' && sep !== "'" && sep !== ' ') break;
    const runEnd = skipDigits(t, end + 1);
    if (runEnd === end + 1) break;
    const run = t.slice(end + 1, runEnd);
    // A space or apostrophe only ever groups thousands ("40 990", "1'049"): anything else there is
    // two numbers side by side ("2025 100", "10.00 20").
    const prev = runs[runs.length - 1] ?? '';
    const grouping = sep === ' ' || sep === "'";
    if (grouping && !(run.length === 3 && prev.length <= 3 && seps.every((s) => s === sep))) break;
    if (sep === ' ' && !mayEndSpacedNumber(t, runEnd)) break;
    runs.push(run);
    seps.push(sep);
    end = runEnd;
  }
  const cents = splitCents(t, end);
  if (cents) {
    runs.push(t.slice(cents.end - 2, cents.end));
    seps.push(cents.sep);
    end = cents.end;
  }
  return { runs, seps, end };
}

/**
 * Cents set apart by a space, as the text of "$119.<sup>95</sup>" or "S/ 294<span>, 50</span>" reads:
 * "119. 95", "1.837, 32", "294 , 50". Only two digits, ending there ("$20. 50%" is no price of 20.50).
 */
function splitCents(t: string, i: number): { sep: string; end: number } | null {
  const before = t.charAt(i) === ' ' ? 1 : 0;
  const sep = t.charAt(i + before);
  if (sep !== '.' && sep !== ',') return null;
  const after = t.charAt(i + before + 1) === ' ' ? 1 : 0;
  const start = i + before + 1 + after;
  if (before + after === 0 || skipDigits(t, start) !== start + 2) return null;
  const next = t.charAt(start + 2);
  if (next === '%' || next === '.' || next === ',' || /\p{L}/u.test(next)) return null;
  return { sep, end: start + 2 };
}

/**
 * Whether a space-grouped number may end at `i`: before a currency, a price word or nothing, so the
 * count in "US $600 100 watchers" or "600 100件" is not glued onto the price.
 */
function mayEndSpacedNumber(t: string, i: number): boolean {
  const j = t.charAt(i) === ' ' || t.charAt(i) === '\n' ? i + 1 : i;
  const c = t.charAt(j);
  if (!/^\p{L}$/u.test(c)) return true;
  if (matchAt(MARK_RE, t, j) !== null || (j === i && MULTIPLIER_EXP[c] !== undefined)) return true;
  return isLatin(c) && PRICE_WORDS.has((matchAt(LATIN_WORD_RE, t, j) ?? '').toLowerCase());
}

function skipDigits(t: string, i: number): number {
  let j = i;
  while (j < t.length && isDigit(t, j)) j++;
  return j;
}

// ---------------------------------------------------------------------------------------------------
// Numbers

type Style = 'dot' | 'comma';
interface Ctx {
  /** Currencies the number may be in: one when resolved, several for an unresolved symbol. */
  currencies: readonly string[];
  style: Style | null;
}

function numberValue(tok: NumTok, ctx: Ctx): number | null {
  if (tok.bad) return null;
  let total = 0;
  let unit = Number.POSITIVE_INFINITY;
  for (const part of tok.parts) {
    const v = partValue(part, ctx);
    // In "1万2000" each later part must be smaller than the unit before it.
    if (v === null || v >= unit) return null;
    total += v;
    unit = 10 ** part.exp;
  }
  return Number.isFinite(total) ? total : null;
}

function partValue(part: NumPart, ctx: Ctx): number | null {
  const split = splitNumber(part, ctx);
  if (!split) return null;
  // Building the decimal string keeps "1.1万" at exactly 11000 (1.1 * 10000 is not).
  const v = Number(`${split.int}.${split.frac || '0'}e${part.exp}`);
  return Number.isFinite(v) ? v : null;
}

function splitNumber({ runs, seps, exp }: NumPart, ctx: Ctx): { int: string; frac: string } | null {
  const last = seps.at(-1);
  if (last === undefined) return { int: runs[0] ?? '', frac: '' };
  const lastRun = runs.at(-1) ?? '';
  const decimal = isDecimalSeparator(last, seps.slice(0, -1), lastRun, exp, ctx);
  if (decimal === null) return null;
  const intRuns = decimal ? runs.slice(0, -1) : runs;
  if (!validGrouping(intRuns, decimal ? seps.slice(0, -1) : seps)) return null;
  const frac = decimal ? lastRun : '';
  // Three decimals only where a lone "1.234" was judged decimal (USD and friends, "1.234万"), or for
  // the dinars and rials that have them ("1,234.567 KWD").
  const threeDecimal = ctx.currencies.length > 0 && ctx.currencies.every((c) => THREE_DECIMAL.has(c));
  if (frac.length > (seps.length === 1 || threeDecimal ? 3 : 2)) return null;
  return { int: intRuns.join(''), frac };
}

function isDecimalSeparator(
  last: string,
  earlier: string[],
  lastRun: string,
  exp: number,
  ctx: Ctx,
): boolean | null {
  if (last === ' ' || last === "'") return false;
  if (earlier.includes(last)) return false; // repeated: 1.234.567
  if (earlier.length > 0) return true; // after other grouping: 1,234.56 / 1 234,56 / 1'049.95
  if (lastRun.length !== 3) return true; // 12,99 / 1.5
  const { currencies } = ctx;
  if (currencies.length > 0 && currencies.every((c) => THREE_DECIMAL.has(c))) {
    // "KD 12.500", "15,500 د.ت": three decimals, after the currency's own decimal mark.
    return currencies.every((c) => (COMMA_DECIMAL.has(c) ? ',' : '.') === last);
  }
  if (last === ',') return false; // 1,234: no price has three decimals
  if (exp > 0) return true; // 1.234万
  return dotThreeIsDecimal(ctx);
}

/** "1.234": thousands if the currency or the locale groups with dots, decimal if both use the point. */
function dotThreeIsDecimal({ currencies, style }: Ctx): boolean | null {
  const groupsWithDot = (c: string) => ZERO_DECIMAL.has(c) || COMMA_DECIMAL.has(c);
  if (currencies.length > 0 && currencies.every(groupsWithDot)) return false;
  if (style === 'comma') return false;
  if ((currencies.length > 0 && !currencies.some(groupsWithDot)) || style === 'dot') return true;
  return null;
}

function validGrouping(runs: string[], seps: string[]): boolean {
  const sep = seps[0];
  if (sep === undefined) return true;
  if (!seps.every((s) => s === sep)) return false;
  const [head = '', ...tail] = runs;
  if (head.length > 3 || head.startsWith('0')) return false;
  if (tail.every((r) => r.length === 3)) return true;
  // Indian lakh grouping: 1,23,45,678.
  return (
    sep === ',' &&
    head.length <= 2 &&
    tail.at(-1)?.length === 3 &&
    tail.slice(0, -1).every((r) => r.length === 2)
  );
}

// ---------------------------------------------------------------------------------------------------
// Hint

interface Hints {
  currency: string | null;
  region: string | null;
  style: Style | null;
}

// Callers pass the same hint for every price on a page: remember the last one read.
let lastHint: { currency: unknown; locale: unknown; hints: Hints } | null = null;

function readHint(hint?: PriceHint): Hints {
  const c = hint?.currency;
  const l = hint?.locale;
  if (lastHint && lastHint.currency === c && lastHint.locale === l) return lastHint.hints;
  const hints = parseHint(hint);
  lastHint = { currency: c, locale: l, hints };
  return hints;
}

function parseHint(hint?: PriceHint): Hints {
  const currency =
    typeof hint?.currency === 'string' && /^[A-Za-z]{3}$/.test(hint.currency)
      ? hint.currency.toUpperCase()
      : null;
  const locale = typeof hint?.locale === 'string' ? hint.locale.slice(0, 35) : '';
  const [lang = '', ...rest] = locale.split(/[-_]/);
  const language = lang.toLowerCase();
  const region = rest.find((s) => /^[A-Za-z]{2}$/.test(s))?.toUpperCase() ?? null;
  let style: Style | null = null;
  if (DOT_REGIONS_OF_COMMA_LANGS.has(`${language}-${region}`) || DOT_LANGS.has(language)) style = 'dot';
  else if (COMMA_LANGS.has(language)) style = 'comma';
  // No locale: a site in a decimal-comma currency writes foreign prices its way ("U$S 1.250" in Uruguay).
  else if (currency && COMMA_DECIMAL.has(currency)) style = 'comma';
  return { currency, region, style };
}

function resolveMark(mark: Mark, hints: Hints): string | null {
  if (typeof mark === 'string') return mark;
  if (hints.currency && mark.among.includes(hints.currency)) return hints.currency;
  const fromRegion = hints.region ? REGION_CURRENCY[hints.region] : undefined;
  if (fromRegion && mark.among.includes(fromRegion)) return fromRegion;
  return mark.fallback ?? null;
}

// ---------------------------------------------------------------------------------------------------
// Prices

type NumTok = Extract<Tok, { k: 'num' }>;
interface Candidate {
  num: NumTok;
  /** Token span of the price including its markers. */
  first: number;
  last: number;
  marks: Mark[];
}
interface Found {
  price: ParsedPrice;
  first: number;
  last: number;
}

function findPrices(toks: Tok[], hints: Hints): Found[] {
  const candidates: Candidate[] = [];
  let rejected = 0;
  for (let i = 0; i < toks.length; i++) {
    if (toks[i]?.k !== 'num') continue;
    const c = candidate(toks, i);
    if (c) candidates.push(c);
    else rejected++;
  }
  if (candidates.some((c) => c.marks.length > 0)) return markedPrices(toks, candidates, hints);
  if (rejected > 0) return [];
  return barePrices(toks, candidates, hints);
}

/** The number at `i` with the markers around it, or null when it is plainly not a price. */
function candidate(toks: Tok[], i: number): Candidate | null {
  const num = toks[i] as NumTok;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  const touchesPrev = prev !== undefined && prev.e === num.s;
  const touchesNext = next !== undefined && next.s === num.e;
  // Glued to a Latin word (A1234, 12GB, 3rd), after # / or a dot (#12, 10/27, No.5, .99): not a price.
  if (touchesPrev && ((prev.k === 'word' && prev.latin) || isCh(prev, '#', '/', '.', ','))) return null;
  // ...unless that word is a price word run into it by the page's markup ("$20.00or Best Offer").
  if (touchesNext && next.k === 'word' && next.latin && !PRICE_WORDS.has(next.w)) return null;
  // Dates and times: 10/27, 12:30.
  if (touchesNext && isCh(next, '/', ':') && toks[i + 2]?.k === 'num') return null;
  const after = next?.k === 'sp' ? toks[i + 2] : next;
  if (isCh(after, '%')) return null;

  const before = marksBefore(toks, i);
  const afterMarks = marksAfter(toks, i);
  if (isNegative(toks, before.first)) return null;
  return { num, first: before.first, last: afterMarks.last, marks: [...before.marks, ...afterMarks.marks] };
}

function isCh(tok: Tok | undefined, ...chars: string[]): boolean {
  return tok?.k === 'ch' && chars.includes(tok.w);
}

function marksBefore(toks: Tok[], i: number): { marks: Mark[]; first: number } {
  const marks: Mark[] = [];
  let first = i;
  let j = i - 1;
  if (toks[j]?.k === 'sp') j--;
  if (isCh(toks[j], ':')) j -= toks[j - 1]?.k === 'sp' ? 2 : 1; // "EUR: 12"
  for (let tok = toks[j]; tok?.k === 'cur' && marks.length < 2; tok = toks[j]) {
    marks.unshift(tok.mark);
    first = j;
    j -= toks[j - 1]?.k === 'sp' && toks[j - 2]?.k === 'cur' ? 2 : 1; // "USD $12"
  }
  return { marks, first };
}

function marksAfter(toks: Tok[], i: number): { marks: Mark[]; last: number } {
  const marks: Mark[] = [];
  let last = i;
  let j = toks[i + 1]?.k === 'sp' ? i + 2 : i + 1;
  for (let tok = toks[j]; tok?.k === 'cur' && marks.length < 2; tok = toks[j]) {
    marks.push(tok.mark);
    last = j;
    j += toks[j + 1]?.k === 'sp' && toks[j + 2]?.k === 'cur' ? 2 : 1; // "$12 USD"
  }
  return { marks, last };
}

/**
 * "-5 €", "-$5", "− 5 €": a minus glued to the price or opening the text. Not the dash of a range
 * ("$10-$20") and not a spaced dash after a title ("Vintage lamp - $40").
 */
function isNegative(toks: Tok[], first: number): boolean {
  const spaced = toks[first - 1]?.k === 'sp';
  const d = spaced ? first - 2 : first - 1;
  const dash = toks[d];
  if (!isCh(dash, '-')) return false;
  if (spaced) return d === 0;
  const beforeDash = toks[d - 1]?.k === 'sp' ? toks[d - 2] : toks[d - 1];
  return beforeDash?.k !== 'num' && beforeDash?.k !== 'cur';
}

/** Currency of a price from its markers: an explicit one beats a symbol, a symbol needs the hint. */
function currencyOf(
  marks: Mark[],
  hints: Hints,
): { currency: string | null; currencies: readonly string[]; scale: number } {
  const explicit = marks.find((m): m is string => typeof m === 'string');
  if (explicit) return { currency: explicit, currencies: [explicit], scale: 1 };
  const [symbol] = marks;
  if (!symbol)
    return { currency: hints.currency, currencies: hints.currency ? [hints.currency] : [], scale: 1 };
  const currency = resolveMark(symbol, hints);
  const { among, scale = 1 } = symbol as Ambiguous;
  return { currency, currencies: currency ? [currency] : among, scale };
}

function markedPrices(toks: Tok[], candidates: Candidate[], hints: Hints): Found[] {
  const found: Found[] = [];
  candidates.forEach((c, n) => {
    const marks = c.marks.length > 0 ? c.marks : rangePartner(toks, candidates, n)?.marks;
    if (!marks) return;
    const { currency, currencies, scale } = currencyOf(marks, hints);
    const value = numberValue(c.num, { currencies, style: hints.style });
    if (value === null) return;
    // Scaled in decimal, as 1.1万 is: 12.5 toman is 125 rials exactly.
    const amount = scale === 1 ? value : Number(`${value}e${Math.log10(scale)}`);
    found.push({ price: { amount, currency }, first: c.first, last: c.last });
  });
  return found;
}

/**
 * The marked price whose range a bare number ends, lending it its currency: "10-20 €", "$10-20". The
 * bare end's outer side must not make it something else: "Lot of 2 - $20", "$10-20 bids".
 */
function rangePartner(toks: Tok[], candidates: Candidate[], n: number): Candidate | null {
  const c = candidates[n];
  const prev = candidates[n - 1];
  const next = candidates[n + 1];
  if (!c) return null;
  if (next?.marks.length && rangeBetween(toks, c.last, next.first) && fitsPrice(toks, c.first, -1))
    return next;
  if (prev?.marks.length && rangeBetween(toks, prev.last, c.first) && fitsPrice(toks, c.last, 1)) return prev;
  return null;
}

/**
 * Numbers without any currency marker: only with a hint currency, and only when everything else in
 * the text is a price word, so counts, ratings, dates and phone numbers stay out.
 */
function barePrices(toks: Tok[], candidates: Candidate[], hints: Hints): Found[] {
  const currency = hints.currency;
  if (!currency) return [];
  const [a, b, extra] = candidates;
  if (!a || extra || (b && !rangeBetween(toks, a.last, b.first))) return [];
  const between = b ? new Set(toks.slice(a.last + 1, b.first)) : new Set<Tok>();
  for (const tok of toks) {
    if (tok.k === 'num' || between.has(tok)) continue;
    if (tok.k === 'cur' || !isPriceContext(tok)) return [];
  }
  const ctx: Ctx = { currencies: [currency], style: hints.style };
  const found: Found[] = [];
  for (const c of b ? [a, b] : [a]) {
    const amount = numberValue(c.num, ctx);
    if (amount === null) return [];
    found.push({ price: { amount, currency }, first: c.first, last: c.last });
  }
  return found;
}

/** Whether the token next to `at` (in direction `dir`, past a space) may stand beside a price. */
function fitsPrice(toks: Tok[], at: number, dir: 1 | -1): boolean {
  const near = toks[at + dir];
  const tok = near?.k === 'sp' ? toks[at + 2 * dir] : near;
  return tok === undefined || isPriceContext(tok);
}

function isPriceContext(tok: Tok): boolean {
  if (tok.k === 'sp' || tok.k === 'cur') return true;
  if (tok.k === 'word') return !tok.latin || PRICE_WORDS.has(tok.w);
  return tok.k === 'ch' && BARE_PUNCTUATION.has(tok.w);
}

/** Whether the tokens strictly between two prices are a range mark: "-", "~", "to", "bis"... */
function rangeBetween(toks: Tok[], from: number, to: number): boolean {
  const mid = toks.slice(from + 1, to).filter((tok) => tok.k !== 'sp');
  const [sep] = mid;
  return mid.length === 1 && (sep?.k === 'ch' || sep?.k === 'word') && RANGE_WORDS.has(sep.w);
}

function isRange(toks: Tok[], a: Found, b: Found): boolean {
  if (!rangeBetween(toks, a.last, b.first)) return false;
  if (a.price.currency && b.price.currency && a.price.currency !== b.price.currency) return false;
  // "$20 - $5" is a price and a discount, not a range.
  return b.price.amount > a.price.amount;
}

/**
 * What sets one trading card (or any numbered, graded collectable) apart from another of the same
 * name, read from the title's text at query time:
 *  - its number in the set, written "4/102", "009/165", "133/130" (a secret rare numbers past the
 *    set's size). A card of another number is another card, whatever words the titles share;
 *  - the grading company's slab and grade, "PSA 10", "BGS 9.5", "CGC Pristine 10". A graded copy
 *    sells for many times a raw one (and a PSA 10 for several times a PSA 9), so a grade is part of
 *    what the thing is, never a model code that two cards share ("Pikachu PSA 10" is not a comp of
 *    "Charizard PSA 10").
 */

/** Grading companies (and the names they are written by) whose label, then a grade, marks a slab. */
const GRADERS: Record<string, string> = {
  psa: 'psa',
  bgs: 'bgs',
  beckett: 'bgs',
  cgc: 'cgc',
  sgc: 'sgc',
  ags: 'ags',
  ars: 'ars',
  ace: 'ace',
  tag: 'tag',
  hga: 'hga',
  gma: 'gma',
  mnt: 'mnt',
  pca: 'pca',
};

/** The words a grade label may put between the company and the grade ("PSA GEM MINT 10"). */
const LABEL = '(?:(?:gem|mint|mt|pristine|perfect|black|gold|label)[\\s-]*)*';

/**
 * A grader, its label, then a grade of 1–10 (halves too, and comics' 9.8), glued or apart; not a
 * raw card offered as one ("PSA 10 ready", "PSA 10 candidate").
 */
const SLAB = new RegExp(
  `(?<![a-z0-9])(${Object.keys(GRADERS).join('|')})[\\s-]*${LABEL}(10|[1-9](?:\\.[0-9])?)(?![0-9]|\\.[0-9])(?!\\s*(?:ready|candidate|worthy|potential|quality))`,
);

/**
 * Codes the title's analysis joins from a grade label and a grade ("psa10", "mint9", "pristine10"):
 * not model codes.
 */
const GRADE_CODE = new RegExp(`^(?:${Object.keys(GRADERS).join('|')}|gem|mint|pristine)[0-9]`);

function plainText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** "Graded" said without a company we know ("CGC/NXR Mint 9 Graded"); not "ungraded", "not graded". */
const GRADED = /(?<![a-z0-9]|not |non )graded(?![a-z0-9])/;

/**
 * The slab a listing is, as "psa 10" (company, grade), from its title or its condition field
 * ("Graded - PSA 10: Gem Mint" on eBay); "graded" when the title says so without a company we
 * read; undefined for a raw card or any other thing.
 */
export function slabOf(title: string, condition?: string): string | undefined {
  return readSlab(title, condition)?.slab;
}

/** The slab and the words that say it in the title ("psa", "gem", "mint", "10"), which say nothing of the card. */
export function readSlab(title: string, condition?: string): { slab: string; words: string[] } | undefined {
  const text = plainText(title);
  const inTitle = SLAB.exec(text);
  const found = inTitle ?? (condition ? SLAB.exec(plainText(condition)) : null);
  const words = inTitle ? inTitle[0].split(/[^a-z0-9.]+/).filter(Boolean) : [];
  if (found?.[1] && found[2]) return { slab: `${GRADERS[found[1]]} ${found[2]}`, words };
  return GRADED.test(text) ? { slab: 'graded', words: ['graded'] } : undefined;
}

export function isGradeCode(token: string): boolean {
  return GRADE_CODE.test(token);
}

/**
 * A card's number in its set: "N/M", the slash between digits alone, M of 10 to 999 ("4/102",
 * "009/165", "133/130"), as numbers without their leading zeros (["9", "165"] for "009/165").
 * Not a number with a unit ("64/128GB", "64/128 GB"), a code ("85-87/525E"), a date ("11/2026"),
 * a number written with spaces ("iPhone 17 / 17 Pro") or a small fraction ("1/4 zip", "1/6 scale").
 */
const NUMBERED =
  /(?<![0-9./])([0-9]{1,3})\/([0-9]{2,3})(?![0-9a-z]|\.[0-9]|\s?(?:[gtmk]b|go|to|g|mm|cm|ml|kg|hz|mah|w|cc|in|inch)\b)/g;

export function setNumbersOf(text: string): [string, string][] {
  const numbers: [string, string][] = [];
  for (const [, number, total] of plainText(text).matchAll(NUMBERED)) {
    if (number === undefined || total === undefined || Number(total) < 10) continue;
    numbers.push([String(Number(number)), String(Number(total))]);
  }
  return numbers;
}

/** A token of digits alone as a number without its leading zeros ("009" is "9"); else undefined. */
export function wholeNumber(token: string): string | undefined {
  return /^[0-9]+$/.test(token) ? String(Number(token)) : undefined;
}

/** The whole numbers among tokens, without leading zeros: what `setNumbersOf` is compared with. */
export function numbersAmong(tokens: Iterable<string>): Set<string> {
  const numbers = new Set<string>();
  for (const token of tokens) {
    const number = wholeNumber(token);
    if (number !== undefined) numbers.add(number);
  }
  return numbers;
}

/**
 * Finding the term table's words (terms.ts) in a title: which concepts it names and where.
 * Works on folded text (`foldText`: normalised, Traditional Chinese folded to Simplified).
 *
 * The scan goes left to right and takes the longest form that starts at each word (Latin) or
 * character (Japanese, Chinese); a `not` phrase is a form of no term, so when it is the longest
 * match ("pencil case", "スーツケース") it hides the shorter term inside it. Equal lengths: a
 * term's form beats a `not` phrase, then the earlier term in the table.
 */
import { foldChinese } from './chinese';
import { foldedForm } from './folded';
import { TERMS, type Term } from './terms';
import { isCjkAt, normalize, Recent } from './text';

export interface TermHit {
  term: Term;
  /** Offsets in the folded text, end exclusive. */
  start: number;
  end: number;
  /** Found as the letters of a glued code ("chanel22", "iphone15"), not as a word of its own. */
  glued?: boolean;
}

/**
 * "S24U", "S23U": sellers' short form of a Galaxy S Ultra, spelled out so that the code and the
 * variant are read as in "S24 Ultra".
 */
const GALAXY_ULTRA = /\b(s2[0-9])u\b/g;

/** The text every step of the engine reads: `normalize`, then Chinese folded to Simplified. */
export function foldText(text: string): string {
  return folded.recall(text, (text) => foldChinese(normalize(text)).replace(GALAXY_ULTRA, '$1 ultra'));
}

const folded = new Recent();

interface WordForm {
  words: string[];
  /** null for a `not` phrase. */
  term: Term | null;
}

interface CharForm {
  text: string;
  term: Term | null;
}

interface Compiled {
  /** Latin forms by their first word, longest first. */
  byWord: Map<string, WordForm[]>;
  /** Forms with Japanese or Chinese characters by their first character, longest first. */
  byChar: Map<string, CharForm[]>;
  /** Single-word brand and platform forms, for glued codes. */
  gluable: Map<string, Term>;
}

const NON_ASCII = /[^ -~\s]/;
const WORD_SPLIT = /[\s\-/]+/;

let compiled: Compiled | undefined;

function addForm(target: Compiled, form: string, term: Term | null): void {
  const folded = foldedForm(form, foldText);
  if (!folded) return;
  if (NON_ASCII.test(folded)) {
    const first = folded[0] as string;
    const list = target.byChar.get(first) ?? [];
    list.push({ text: folded, term });
    target.byChar.set(first, list);
    return;
  }
  const words = folded.split(WORD_SPLIT).filter(Boolean);
  const first = words[0];
  if (!first) return;
  const list = target.byWord.get(first) ?? [];
  list.push({ words, term });
  target.byWord.set(first, list);
  if (term && words.length === 1 && (term.role === 'brand' || term.role === 'platform')) {
    if (!target.gluable.has(first)) target.gluable.set(first, term);
  }
}

function compile(): Compiled {
  const target: Compiled = { byWord: new Map(), byChar: new Map(), gluable: new Map() };
  for (const term of TERMS) {
    for (const form of [...(term.en ?? []), ...(term.ja ?? []), ...(term.zh ?? []), ...(term.eu ?? [])]) {
      addForm(target, form, term);
    }
    for (const phrase of term.not ?? []) addForm(target, phrase, null);
  }
  // Longest first; at equal length a term's form before a `not` phrase (stable sort keeps table order).
  for (const list of target.byWord.values()) {
    list.sort((a, b) => b.words.length - a.words.length || Number(!a.term) - Number(!b.term));
  }
  for (const list of target.byChar.values()) {
    list.sort((a, b) => b.text.length - a.text.length || Number(!a.term) - Number(!b.term));
  }
  return target;
}

/** A word of Latin letters and digits in the folded text. */
interface Word {
  text: string;
  start: number;
  end: number;
}

const LATIN_WORD = /[a-z0-9.]+/g;

function latinWords(folded: string): Word[] {
  const words: Word[] = [];
  LATIN_WORD.lastIndex = 0;
  for (let match = LATIN_WORD.exec(folded); match; match = LATIN_WORD.exec(folded)) {
    words.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return words;
}

/** Whether only spaces, hyphens or slashes stand between two offsets: words of one phrase. */
function adjacent(folded: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const ch = folded[i];
    if (ch !== ' ' && ch !== '-' && ch !== '/') return false;
  }
  return true;
}

/** The word as written or as the singular of an English plural ("cases" → "case", "boxes" → "box"). */
function sameWord(written: string, form: string, last: boolean): boolean {
  if (written === form) return true;
  if (!last || form.length < 3) return false;
  return written === `${form}s` || written === `${form}es`;
}

function singulars(word: string): string[] {
  const out = [word];
  if (word.length > 3 && word.endsWith('s')) out.push(word.slice(0, -1));
  if (word.length > 4 && word.endsWith('es')) out.push(word.slice(0, -2));
  return out;
}

interface Match {
  term: Term | null;
  end: number;
  /** Index of the next word to scan after the match. */
  nextWord?: number;
}

function matchWords(folded: string, words: Word[], index: number, table: Compiled): Match | undefined {
  const first = words[index] as Word;
  let best: Match | undefined;
  for (const key of singulars(first.text)) {
    for (const form of table.byWord.get(key) ?? []) {
      const count = form.words.length;
      if (index + count > words.length) continue;
      let ok = true;
      for (let k = 0; k < count && ok; k++) {
        const word = words[index + k] as Word;
        if (k > 0 && !adjacent(folded, (words[index + k - 1] as Word).end, word.start)) ok = false;
        else if (!sameWord(word.text, form.words[k] as string, k === count - 1)) ok = false;
      }
      if (!ok) continue;
      const end = (words[index + count - 1] as Word).end;
      if (!best || end > best.end) best = { term: form.term, end, nextWord: index + count };
      break; // the list is longest first: the first fit is the longest for this key
    }
  }
  return best;
}

const SPACE = 32;

/**
 * Where `form` ends when it is written at `at`, or -1. Japanese sellers space words as they
 * please: "あつまれ どうぶつの森" is the game "あつまれどうぶつの森", so a single space between two
 * Japanese or Chinese letters of a form is read past.
 */
function formEnd(folded: string, at: number, form: string): number {
  let i = at;
  for (let k = 0; k < form.length; k++) {
    const char = form.charCodeAt(k);
    if (folded.charCodeAt(i) !== char) {
      const spaced = k > 0 && folded.charCodeAt(i) === SPACE && isCjkAt(form, k) && isCjkAt(form, k - 1);
      if (!spaced || folded.charCodeAt(i + 1) !== char) return -1;
      i++;
    }
    i++;
  }
  return i;
}

function matchChars(folded: string, at: number, table: Compiled): Match | undefined {
  for (const form of table.byChar.get(folded[at] as string) ?? []) {
    const end = formEnd(folded, at, form.text);
    if (end < 0) continue;
    // A form ending in a Latin letter must end the word ("sim free" forms such as "simフリー" do not).
    if (/[a-z0-9]$/.test(form.text) && /[a-z0-9]/.test(folded[end] ?? '')) continue;
    return { term: form.term, end };
  }
  return undefined;
}

/**
 * A brand or platform glued to a model number, and a variant glued after it: "CHANEL22",
 * "iPhone15", "GalaxyS23", "PS4Pro", "iPhone15Pro". The longest name the word starts with is
 * found (2+ letters, followed by a digit or a letter-led code), then a variant after its number.
 */
function gluedHits(word: Word, table: Compiled): TermHit[] {
  for (let k = word.text.length - 1; k >= 2; k--) {
    const term = table.gluable.get(word.text.slice(0, k));
    if (!term) continue;
    const rest = word.text.slice(k);
    const code = /^([a-z]{0,2})([0-9]*)([a-z]*)$/.exec(rest);
    // A number, or a variant right after a name that ends in one ("PS4Pro").
    if (!code || (!code[2] && !/[0-9]$/.test(word.text.slice(0, k)))) continue;
    const hits: TermHit[] = [{ term, start: word.start, end: word.start + k, glued: true }];
    const suffix = code[2] ? (code[3] ?? '') : rest;
    const variant = suffix
      ? table.byWord.get(suffix)?.find((form) => form.words.length === 1 && form.term?.role === 'variant')
      : undefined;
    if (variant?.term)
      hits.push({ term: variant.term, start: word.end - suffix.length, end: word.end, glued: true });
    return hits;
  }
  return [];
}

/** Short forms ("ds", "se") are not the start of a hyphenated model code ("DS-1", "SE-215"). */
function insideCode(folded: string, match: Match, first: Word): boolean {
  return first.text.length <= 2 && match.nextWord !== undefined && /^-[0-9]/.test(folded.slice(match.end));
}

/** The terms of the term table named in folded text, in order, without overlaps. */
export function findTerms(folded: string): TermHit[] {
  compiled ??= compile();
  const table = compiled;
  const hits: TermHit[] = [];
  const words = latinWords(folded);
  let wordIndex = 0;
  let at = 0;
  while (at < folded.length) {
    while (wordIndex < words.length && (words[wordIndex] as Word).end <= at) wordIndex++;
    const word = words[wordIndex];
    const atWord = word !== undefined && word.start === at;
    const ch = folded[at] as string;
    if (!atWord && !NON_ASCII.test(ch)) {
      at++;
      continue;
    }
    const byChars = matchChars(folded, at, table);
    const wordMatch = atWord ? matchWords(folded, words, wordIndex, table) : undefined;
    const byWords = wordMatch && word && insideCode(folded, wordMatch, word) ? undefined : wordMatch;
    const best = byWords && (!byChars || byWords.end >= byChars.end) ? byWords : byChars;
    if (best) {
      if (best.term) hits.push({ term: best.term, start: at, end: best.end });
      at = best.end;
      continue;
    }
    if (atWord) {
      hits.push(...gluedHits(word, table));
      at = word.end;
      continue;
    }
    at += ch.length;
  }
  return hits;
}

let byId: Map<string, Term> | undefined;

export function termById(id: string): Term | undefined {
  byId ??= new Map(TERMS.map((term) => [term.id, term]));
  return byId.get(id);
}

/** The ids with everything they imply, transitively ("hoodie" → hoodie, sweatshirt). */
export function withImplied(ids: Iterable<string>): Set<string> {
  const out = new Set<string>();
  const visit = (id: string) => {
    if (out.has(id)) return;
    out.add(id);
    for (const implied of termById(id)?.implies ?? []) visit(implied);
  };
  for (const id of ids) visit(id);
  return out;
}

/** UI languages, as utils/i18n names them. */
type UiLanguage = 'en' | 'ja' | 'zh_TW' | 'zh_CN';

/**
 * A term's name for people: its first form in the UI language ("dock", "ドック", "底座"),
 * falling back to English.
 */
export function termLabel(id: string, language: UiLanguage): string {
  const term = termById(id);
  if (!term) return id;
  const forms = language === 'ja' ? term.ja : language === 'en' ? term.en : term.zh;
  return forms?.[0] ?? term.en?.[0] ?? id;
}

/**
 * The engine's own fixed text folded ahead of time (fold-table.ts made folded-table.json): the
 * term table compiles and the condition patterns are built without the OpenCC converter, which
 * is then built only for a title that holds Han characters. Text the file does not know (a form
 * added since it was made) is folded as it always was: the file only saves time.
 */

import { foldChinese } from './chinese';
import TABLE from './folded-table.json';

let forms: Map<string, string> | undefined;
let phrases: Map<string, string> | undefined;
let traditional: Map<string, string> | undefined;

/**
 * ASCII letters and digits in words one space apart: `normalize` only lower-cases them and they
 * hold no Han character, so this is their `foldText`. Four in ten of the table's forms; folding
 * them one by one took a third of the term table's compile.
 */
const PLAIN_WORDS = /^[a-z0-9]+(?: [a-z0-9]+)*$/i;

/** The folded form of a term form (`foldText`), from the file, else computed by `fold`. */
export function foldedForm(form: string, fold: (text: string) => string): string {
  if (PLAIN_WORDS.test(form)) return form.toLowerCase();
  forms ??= new Map([
    ...TABLE.same.map((same): [string, string] => [same, same]),
    ...(TABLE.changed as [string, string][]),
  ]);
  return forms.get(form) ?? fold(form);
}

/** `foldChinese(text)` for the engine's fixed phrases, from the file when it has them. */
export function foldedPhrase(text: string): string {
  phrases ??= new Map(TABLE.chinese as [string, string][]);
  return phrases.get(text) ?? foldChinese(text);
}

/**
 * The Traditional characters of the condition patterns' Simplified ones (機 → 机), from the file
 * (fold-table.ts). Never converted here: the OpenCC tables for that direction are not shipped,
 * and the file test fails until `npm run fold-table` is run after a pattern changes.
 */
export function patternCharFolds(): ReadonlyMap<string, string> {
  traditional ??= new Map(TABLE.traditional as [string, string][]);
  return traditional;
}

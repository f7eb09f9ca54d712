/**
 * What the engine folds of its own fixed text on its first title, computed ahead: every term form
 * with a character outside ASCII (Japanese, Chinese, accented European) as `foldText` gives it,
 * the Chinese phrases of condition.ts's patterns and text.ts's stop phrases as `foldChinese`
 * gives them, and the Traditional forms of those patterns' characters (condition.ts reads titles
 * as written). Folding them at startup cost the popup's first query 50–100 ms (the OpenCC
 * converter built and run on 2,000 forms) when most queries hold no Chinese at all.
 *
 * `npm run fold-table` writes folded-table.json from this; test/comps/fold-table.test.ts checks
 * that the file is what this gives today. Only that script and that test import this module: the
 * extension reads the JSON (folded.ts).
 */
import { Converter } from 'opencc-js/cn2t';
import { foldChinese } from './chinese';
import { KIND_AND_CONDITION_PATTERNS } from './condition';
import { foldText } from './lexicon';
import { TERMS } from './terms';
import { CJK_STOP_PHRASES } from './text';

export interface FoldTable {
  /** The term forms that are not plain ASCII and that `foldText` leaves as they are, in table order. */
  same: string[];
  /** [form, foldText(form)] for the other term forms that are not plain ASCII, in table order. */
  changed: [string, string][];
  /** [text, foldChinese(text)] for the fixed phrases and pattern sources folded at startup. */
  chinese: [string, string][];
  /**
   * [Traditional, Simplified] for each Han character of condition.ts's patterns whose Taiwan form
   * differs (機 → 机): titles and patterns are both read with these characters folded.
   */
  traditional: [string, string][];
}

const PLAIN_ASCII = /^[ -~]*$/;

/** Every form and `not` phrase of the term table, as lexicon.ts compiles them. */
function termForms(): string[] {
  return TERMS.flatMap((term) => [
    ...(term.en ?? []),
    ...(term.ja ?? []),
    ...(term.zh ?? []),
    ...(term.eu ?? []),
    ...(term.not ?? []),
  ]);
}

export function foldTable(): FoldTable {
  const forms = [...new Set(termForms().filter((form) => !PLAIN_ASCII.test(form)))];
  const fixed = [
    ...new Set([...KIND_AND_CONDITION_PATTERNS.map((pattern) => pattern.source), ...CJK_STOP_PHRASES]),
  ];
  return {
    same: forms.filter((form) => foldText(form) === form),
    changed: forms.flatMap((form): [string, string][] => {
      const folded = foldText(form);
      return folded === form ? [] : [[form, folded]];
    }),
    chinese: fixed.map((text) => [text, foldChinese(text)]),
    traditional: traditionalChars(KIND_AND_CONDITION_PATTERNS.map((pattern) => pattern.source).join('')),
  };
}

/** The Han characters of `text` whose Taiwan Traditional form differs, as [Traditional, Simplified]. */
function traditionalChars(text: string): [string, string][] {
  const toTraditional = Converter({ from: 'cn', to: 'tw' });
  const han = [...new Set(text.match(/\p{sc=Han}/gu) ?? [])];
  return han.flatMap((char): [string, string][] => {
    const traditional = toTraditional(char);
    return traditional === char ? [] : [[traditional, char]];
  });
}

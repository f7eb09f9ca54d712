/**
 * Traditional Chinese folded to Simplified, so 蘋果/苹果, 耳機/耳机 and 保護殼/保护壳 give the same
 * tokens and terms. OpenCC's Taiwan → mainland conversion (opencc-js, the dictionaries the
 * OpenCC project maintains) rather than a hand-made character table: it also knows the Taiwan
 * variants and phrases (記憶體 → 记忆体). It is applied to every title and query with Han
 * characters, Japanese included: the same text always folds the same way, and Japanese kanji
 * that are also Traditional forms (機, 無線) then meet their Chinese counterparts too.
 *
 * The dictionaries weigh about 50 kB gzipped: only the background and the popup load this
 * module, never a content script. The converter is built on the first text with Han characters
 * (about 20 ms of CPU): the engine's own fixed text comes folded from folded-table.json, so a
 * query without Han never builds it.
 */
import { Converter } from 'opencc-js/t2cn';

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

let convert: ((text: string) => string) | undefined;

/** Whether the text holds a Han character (else there is nothing to fold). */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** The text with Traditional Chinese characters and Taiwan phrases in their Simplified form. */
export function foldChinese(text: string): string {
  if (!hasHan(text)) return text;
  convert ??= Converter({ from: 'tw', to: 'cn' });
  return convert(text);
}

/**
 * The words of a verdict, in the UI language: one place for the chips, the item panel and the
 * toolbar badge's tooltip, so all three say the same thing.
 */
import { formatMoney } from '../format';
import { type MessageKey, t, tn, uiLocale } from '../i18n';
import type { CardVerdict } from '../messages';

const money = (amount: number, currency: string) => formatMoney({ amount, currency }, uiLocale());
const percentOf = (verdict: CardVerdict) => Math.abs(verdict.percent ?? 0).toLocaleString(uiLocale());
const basisOf = (verdict: CardVerdict) => (verdict.basis === 'asking' ? 'asking' : 'sold');

/** What the chip shows: "▼ 18%", "≈ typical", "▲ 32%", "?". */
export function chipText(verdict: CardVerdict): string {
  if (verdict.verdict === 'below') return t('chipBelow', percentOf(verdict));
  if (verdict.verdict === 'above') return t('chipAbove', percentOf(verdict));
  if (verdict.verdict === 'typical') return t('chipTypical');
  return t('chipUnknown');
}

const UNKNOWN_WORDS = {
  few: 'verdictWordsFew',
  scattered: 'verdictWordsScattered',
  'no-rate': 'verdictWordsNoRate',
} as const satisfies Record<NonNullable<CardVerdict['reason']>, MessageKey>;

/** "18% below typical sold", "about typical asking", or why there is no verdict. */
export function verdictWords(verdict: CardVerdict): string {
  if (verdict.verdict === 'unknown') return t(UNKNOWN_WORDS[verdict.reason ?? 'few']);
  const position = verdict.verdict === 'below' ? 'Below' : verdict.verdict === 'above' ? 'Above' : 'Typical';
  return t(`verdictWords${position}_${basisOf(verdict)}` as MessageKey, percentOf(verdict));
}

/** "Typical sold $182 ($160 – $205)"; empty without the numbers (too few comps). */
export function typicalLine(verdict: CardVerdict, currency: string): string {
  if (verdict.median === undefined || verdict.p25 === undefined || verdict.p75 === undefined) return '';
  return t(
    `typicalLine_${basisOf(verdict)}` as MessageKey,
    money(verdict.median, currency),
    money(verdict.p25, currency),
    money(verdict.p75, currency),
  );
}

/** The panel's short form of the numbers: "$182 ($160 – $205)". */
export function panelNumbers(verdict: CardVerdict, currency: string): string {
  if (verdict.median === undefined || verdict.p25 === undefined || verdict.p75 === undefined) return '';
  return t(
    'panelNumbers',
    money(verdict.median, currency),
    money(verdict.p25, currency),
    money(verdict.p75, currency),
  );
}

/** "14 sales" or "9 asking prices". */
export function countText(verdict: CardVerdict): string {
  return verdict.basis === 'asking' ? tn('askingCount', verdict.n) : tn('soldCount', verdict.n);
}

/**
 * The accessible name of a chip or the panel, and the badge's tooltip: the verdict and its
 * numbers in one sentence ("Comps: 18% below typical sold. Typical sold $182 ($160 – $205), 14 sales.").
 */
export function verdictLabel(verdict: CardVerdict, currency: string): string {
  if (verdict.verdict === 'unknown') {
    if (verdict.reason === 'no-rate') return t('verdictLabelNoRate');
    if (verdict.reason === 'scattered') return t('verdictLabelScattered', countText(verdict));
    return t('verdictLabelFew', countText(verdict));
  }
  return t('verdictLabel', verdictWords(verdict), typicalLine(verdict, currency), countText(verdict));
}

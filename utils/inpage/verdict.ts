import type { ReferenceResult } from '../comps/reference';
import type { CardVerdict, PanelDetail, VerdictWord } from '../messages';

/** Points a sparkline draws at most: the newest ones. */
export const SPARKLINE_POINTS = 40;

/**
 * A card's verdict from the engine's result for its title, the card being the target: the same
 * position the popup's verdict line gives ('within' the typical range is 'typical'), its percent
 * from the median, and the reference's numbers only when there are enough comps.
 */
export function cardVerdict(result: ReferenceResult, itemId: string): CardVerdict {
  const { reference, verdict, subject } = result;
  const base = { itemId, condition: subject.condition, n: reference?.n ?? 0, basis: reference?.basis };
  if (!reference?.enough)
    return { ...base, verdict: 'unknown', reason: reference?.scattered ? 'scattered' : 'few' };
  const numbers = { median: reference.median, p25: reference.p25, p75: reference.p75 };
  if (!verdict || !Number.isFinite(verdict.percent))
    return { ...base, ...numbers, verdict: 'unknown', reason: 'no-rate' };
  const word: VerdictWord =
    verdict.position === 'below' ? 'below' : verdict.position === 'above' ? 'above' : 'typical';
  return { ...base, ...numbers, verdict: word, percent: Math.round(verdict.percent), amount: verdict.amount };
}

/** The counted comps over time, for the item panel's sparkline (outliers left out). */
export function panelDetail(result: ReferenceResult, itemId: string): PanelDetail {
  const basis = result.reference?.basis;
  const points = result.comps
    .filter(
      (comp) => !comp.outlier && (basis === 'asking' ? comp.status === 'active' : comp.status === 'sold'),
    )
    .map((comp): [number, number] => [Date.parse(comp.date), comp.amount])
    .filter(([time]) => Number.isFinite(time))
    .sort((a, b) => a[0] - b[0])
    .slice(-SPARKLINE_POINTS);
  return { itemId, points: result.reference?.enough ? points : [], days: result.period.days };
}

/** The toolbar badge: "-18%" below, "+32%" above, "≈" about typical; nothing without a verdict. */
export function badgeText(verdict: CardVerdict): string {
  if (verdict.verdict === 'unknown' || verdict.percent === undefined) return '';
  if (verdict.verdict === 'typical') return '≈';
  const sign = verdict.percent > 0 ? '+' : verdict.percent < 0 ? '−' : '';
  const size = Math.abs(verdict.percent);
  // A badge holds about four characters: "+150" rather than a cut "+150%".
  return size < 100 ? `${sign}${size}%` : `${sign}${size}`;
}

/**
 * Badge and chip colours: green below (a bargain for a buyer), grey about typical, red above.
 * Never the only signal: the text says the same with a sign or a word.
 */
export const VERDICT_COLOURS: Record<VerdictWord, string> = {
  below: '#1b7a3a',
  typical: '#5b6470',
  above: '#b3261e',
  unknown: '#8a8f98',
};

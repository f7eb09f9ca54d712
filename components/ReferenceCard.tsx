import { formatMoney } from '../utils/format';
import { enumKey, type MessageKey, t } from '../utils/i18n';
import type { ReferenceResult } from '../utils/comps/reference';

function money(amount: number, currency: string): string {
  return formatMoney({ amount, currency });
}

function Verdict({ result }: { result: ReferenceResult }) {
  const { verdict, currency } = result;
  if (!verdict || !Number.isFinite(verdict.percent)) return null;
  const percent = Math.abs(Math.round(verdict.percent));
  const key: MessageKey =
    verdict.position === 'below'
      ? 'verdictBelow'
      : verdict.position === 'above'
        ? 'verdictAbove'
        : 'verdictWithin';
  return (
    <p class={`verdict verdict-${verdict.position}`} data-position={verdict.position} data-percent={percent}>
      {t(key, money(verdict.amount, currency), percent)}
    </p>
  );
}

/** The answer first: median, typical range, how many comps, and where the open listing stands. */
export function ReferenceCard({ result }: { result: ReferenceResult }) {
  const { reference, asking, currency, windowDays } = result;
  if (!reference) {
    return (
      <section class="reference reference-empty" data-state="none" aria-live="polite">
        <p>{t('noComps')}</p>
      </section>
    );
  }
  const sold = reference.basis === 'sold';
  if (!reference.enough) {
    return (
      <section class="reference reference-thin" data-state="not-enough" aria-live="polite">
        <p>{t('notEnough', sold ? reference.n : 0, windowDays)}</p>
      </section>
    );
  }
  const slope = result.trend.slope;
  return (
    <section class="reference" data-state="ok" data-basis={reference.basis} aria-live="polite">
      <h2 class="reference-label">{sold ? t('referenceSold') : t('referenceAsking')}</h2>
      <p class="reference-median" data-amount={reference.median}>
        {money(reference.median, currency)}
      </p>
      <p class="reference-range">
        {t('typicalRange', money(reference.p25, currency), money(reference.p75, currency))}
      </p>
      <p class="muted reference-count">
        {t(sold ? 'compsCount' : 'askingCount', reference.n, windowDays)}
        {reference.outliers > 0 && ` · ${t('outliersLeftOut', reference.outliers)}`}
        {slope &&
          slope.n >= 5 &&
          ` · ${t('trendLabel', (slope.percentPer30Days > 0 ? '+' : '') + slope.percentPer30Days.toFixed(1))}`}
      </p>
      {sold && asking && (
        <p class="muted reference-asking">{t('askingApart', money(asking.median, currency), asking.n)}</p>
      )}
      {result.targetGrade && (
        <p class="muted">{t('forCondition', t(enumKey('grade', result.targetGrade)))}</p>
      )}
      <Verdict result={result} />
    </section>
  );
}

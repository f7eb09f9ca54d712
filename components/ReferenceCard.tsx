import type { ReferenceResult, ReferenceStats } from '../utils/comps/reference';
import { formatDate, formatMoney } from '../utils/format';
import { type MessageKey, t, tn, uiLocale } from '../utils/i18n';
import { conditionLabel, gradeLabel, kindLabel, periodLabel } from './reference-words';

function money(amount: number, currency: string): string {
  return formatMoney({ amount, currency });
}

function Verdict({ result }: { result: ReferenceResult }) {
  const { verdict, currency } = result;
  if (!verdict || !Number.isFinite(verdict.percent)) return null;
  const percent = Math.abs(Math.round(verdict.percent));
  const position = verdict.position === 'below' ? 'Below' : verdict.position === 'above' ? 'Above' : 'Within';
  const key = `verdict${position}_${verdict.basis}` as MessageKey;
  return (
    <p
      class={`verdict verdict-${verdict.position}`}
      data-position={verdict.position}
      data-percent={percent}
      data-basis={verdict.basis}
    >
      {t(key, money(verdict.amount, currency), percent)}
    </p>
  );
}

/** "used units of this item itself", "accessories: ear pads, new / sealed". */
function subjectText(result: ReferenceResult): string {
  const { kind, condition, conditionFrom, grade } = result.subject;
  // A graded card's grade is its condition ("PSA 10"), whatever the site's field says.
  const conditionText = grade
    ? gradeLabel(grade)
    : conditionFrom === 'item'
      ? t('conditionFromItem')
      : conditionLabel(condition);
  return t('describesCondition', kindLabel(kind), conditionText);
}

/** Why the period is what it is: widened by itself, or older sales left out with a way to see them. */
function PeriodNote({ result, onShowAllTime }: { result: ReferenceResult; onShowAllTime: () => void }) {
  const { period, outside } = result;
  if (period.widened) {
    return (
      <p class="notice period-note" data-period="widened" data-days={period.days ?? 'all'}>
        {t('periodWidened', periodLabel(period.days), periodLabel(period.requested))}
      </p>
    );
  }
  if (outside.sold === 0 || result.reference?.enough) return null;
  return (
    <p class="notice period-note" data-period="older" data-older={outside.sold}>
      {tn('olderSales', outside.sold, formatDate(outside.newestSold))}{' '}
      <button type="button" class="link-button" onClick={onShowAllTime}>
        {t('showAllTime')}
      </button>
    </p>
  );
}

function AttributeNotes({ result }: { result: ReferenceResult }) {
  return (
    <>
      {result.subject.attributes.map((filter) => (
        <p
          key={filter.type}
          class="muted attribute-note"
          data-attribute={filter.type}
          data-narrowed={String(filter.narrowed)}
        >
          {filter.narrowed
            ? t(
                filter.type === 'words' ? 'attributeNarrowedWords' : 'attributeNarrowed',
                filter.values.join(' '),
              )
            : t(
                `attributeWidened_${filter.type}` as const,
                filter.values.join(filter.type === 'words' ? ' ' : ', '),
              )}
        </p>
      ))}
    </>
  );
}

function Trend({ result }: { result: ReferenceResult }) {
  const slope = result.trend.slope;
  if (!slope) return null;
  const rate = (slope.percentPer30Days > 0 ? '+' : '') + slope.percentPer30Days.toFixed(1);
  return (
    <p class="muted reference-trend">{t('trendLine', rate, formatDate(slope.from), formatDate(slope.to))}</p>
  );
}

/** "Last result, from 5 minutes ago: updating…", while a card of the last answer is shown. */
function LastNote({ at }: { at: string }) {
  return (
    <p class="muted last-note" role="status">
      {t('lastResultNote', relativeTime(at))}
    </p>
  );
}

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
/** "5 minutes ago", "yesterday", in the UI language. */
function relativeTime(iso: string, now = Date.now()): string {
  const seconds = (Date.parse(iso) - now) / 1000;
  if (!Number.isFinite(seconds)) return '';
  const locale = uiLocale();
  let format = relativeFormats.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    relativeFormats.set(locale, format);
  }
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['day', 86_400],
    ['hour', 3_600],
    ['minute', 60],
  ];
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(0, 'minute');
}

/** Why there is no reference though there are prices: too few, or too far apart (stats.ts mainScale). */
function thinText(reference: ReferenceStats, subject: string, found: string, currency: string): string {
  if (!reference.scattered) return t('notEnoughFor', subject, found);
  const count = reference.basis === 'sold' ? tn('soldCount', reference.n) : tn('askingCount', reference.n);
  return t('scatteredFor', subject, count, money(reference.min, currency), money(reference.max, currency));
}

/**
 * The answer first: the median of the query's kind and condition, its range and count, what it
 * describes, and where the open listing stands; "not enough" in plain words when it is.
 */
export function ReferenceCard({
  result,
  lastAt,
  onShowAllTime,
}: {
  result: ReferenceResult;
  /** Set when this is the last answer for the query, shown while the fresh one is computed. */
  lastAt?: string;
  onShowAllTime: () => void;
}) {
  const staleProps = lastAt ? { 'data-stale': 'true', 'aria-busy': 'true' as const } : {};
  const { reference, asking, currency, period } = result;
  const subject = subjectText(result);
  const periodText = periodLabel(period.days);
  if (!reference?.enough) {
    const sold = reference?.basis === 'sold' ? reference.n : 0;
    const found =
      sold > 0 || !reference
        ? t('inPeriod', tn('soldCount', sold), periodText)
        : t('inPeriod', tn('askingCount', reference.n), periodText);
    return (
      <section
        class="reference reference-thin"
        data-state={reference ? (reference.scattered ? 'scattered' : 'not-enough') : 'none'}
        data-query={result.query}
        aria-live="polite"
        {...staleProps}
      >
        {lastAt && <LastNote at={lastAt} />}
        <p>
          {reference ? thinText(reference, subject, found, currency) : t('noneInPeriod', subject, periodText)}
        </p>
        <PeriodNote result={result} onShowAllTime={onShowAllTime} />
        <AttributeNotes result={result} />
      </section>
    );
  }
  const sold = reference.basis === 'sold';
  return (
    <section
      class="reference"
      data-state="ok"
      data-basis={reference.basis}
      data-query={result.query}
      aria-live="polite"
      {...staleProps}
    >
      {lastAt && <LastNote at={lastAt} />}
      <h2 class="reference-label">{sold ? t('referenceSold') : t('referenceAskingOnly')}</h2>
      <div class="reference-main">
        <p class="reference-median" data-amount={reference.median}>
          {money(reference.median, currency)}
        </p>
        <p class="reference-range">
          {t('typicalRange', money(reference.p25, currency), money(reference.p75, currency))}
        </p>
      </div>
      <p class="muted reference-count">
        {t('inPeriod', sold ? tn('soldCount', reference.n) : tn('askingCount', reference.n), periodText)}
        {reference.outliers > 0 && ` · ${tn('outliersShown', reference.outliers)}`}
      </p>
      <p
        class="muted reference-subject"
        data-kind={result.subject.kind.id}
        data-condition={result.subject.condition}
      >
        {t('describes', subject)}
      </p>
      <Trend result={result} />
      {sold && asking && (
        <p class="muted reference-asking">{t('askingApart', money(asking.median, currency), asking.n)}</p>
      )}
      <PeriodNote result={result} onShowAllTime={onShowAllTime} />
      <AttributeNotes result={result} />
      <Verdict result={result} />
    </section>
  );
}

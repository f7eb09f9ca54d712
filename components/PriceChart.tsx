import type { ReferenceResult } from '../utils/comps/reference';
import { t } from '../utils/i18n';

const WIDTH = 360;
const HEIGHT = 120;
const PAD = 6;

/**
 * Price over time as a small hand-made SVG (a chart library would outweigh the whole popup):
 * sold comps as filled dots, asking prices hollow, the typical range as a band, the median as
 * a line. Outliers are drawn at the edge so they do not flatten the rest.
 */
export function PriceChart({ result }: { result: ReferenceResult }) {
  const points = result.comps
    .filter((comp) => comp.status === 'sold' || comp.status === 'active')
    .map((comp) => ({
      time: Date.parse(comp.date),
      amount: comp.amount,
      sold: comp.status === 'sold',
      outlier: comp.outlier,
    }))
    .filter((point) => Number.isFinite(point.time));
  const reference = result.reference;
  if (points.length < 2 || !reference) return null;

  const kept = points.filter((point) => !point.outlier).map((point) => point.amount);
  const low = Math.min(reference.p25, ...kept);
  const high = Math.max(reference.p75, ...kept);
  const span = high - low || 1;
  const first = Math.min(...points.map((point) => point.time));
  const last = Math.max(...points.map((point) => point.time));
  const x = (time: number) => PAD + ((time - first) / (last - first || 1)) * (WIDTH - 2 * PAD);
  const y = (amount: number) => {
    const clamped = Math.min(high, Math.max(low, amount));
    return HEIGHT - PAD - ((clamped - low) / span) * (HEIGHT - 2 * PAD);
  };

  const money = (amount: number) => formatMoney({ amount, currency: result.currency });
  return (
    <figure class="chart-figure">
      <svg class="chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t('chartTitle')}>
        <title>{t('chartTitle')}</title>
        <rect
          class="chart-band"
          x={0}
          width={WIDTH}
          y={y(reference.p75)}
          height={Math.max(1, y(reference.p25) - y(reference.p75))}
        />
        <line class="chart-median" x1={0} x2={WIDTH} y1={y(reference.median)} y2={y(reference.median)} />
        {points.map((point) => (
          <circle
            key={`${point.time}-${point.amount}`}
            class={point.sold ? 'chart-sold' : 'chart-asking'}
            cx={x(point.time)}
            cy={y(point.amount)}
            r={3}
          />
        ))}
      </svg>
      <figcaption class="chart-axes muted">
        <span>{formatDate(new Date(first).toISOString())}</span>
        <span>
          {money(low)} – {money(high)}
        </span>
        <span>{formatDate(new Date(last).toISOString())}</span>
      </figcaption>
    </figure>
  );
}

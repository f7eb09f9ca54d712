import { t } from '../../utils/i18n';
import type { CardVerdict, PanelDetail } from '../../utils/messages';

const WIDTH = 64;
const HEIGHT = 14;
const PAD = 2;

/**
 * The comps' prices over time in 64 × 16 pixels: the typical range as a band, the prices as a
 * line, this listing's price as a dot at the right (clamped to the drawing, the words say how far).
 */
export function Sparkline({
  detail,
  verdict,
  amount,
}: {
  detail: PanelDetail;
  verdict: CardVerdict;
  amount?: number;
}) {
  const { points } = detail;
  if (points.length < 2 || verdict.p25 === undefined || verdict.p75 === undefined) return null;
  const amounts = points.map(([, value]) => value);
  const low = Math.min(verdict.p25, ...amounts);
  const high = Math.max(verdict.p75, ...amounts);
  const span = high - low || 1;
  const first = points[0]?.[0] ?? 0;
  const last = points[points.length - 1]?.[0] ?? first;
  const x = (time: number) => PAD + ((time - first) / (last - first || 1)) * (WIDTH - 3 * PAD - 4);
  const y = (value: number) =>
    HEIGHT - PAD - ((Math.min(high, Math.max(low, value)) - low) / span) * (HEIGHT - 2 * PAD);
  const line = points.map(([time, value]) => `${x(time).toFixed(1)},${y(value).toFixed(1)}`).join(' ');
  return (
    <svg class="spark" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t('sparklineLabel')}>
      <rect
        class="band"
        x={0}
        width={WIDTH}
        y={y(verdict.p75)}
        height={Math.max(1, y(verdict.p25) - y(verdict.p75))}
      />
      <polyline class="line" points={line} />
      {amount !== undefined && (
        <circle class={`dot ${verdict.verdict}`} cx={WIDTH - PAD - 1} cy={y(amount)} r={2.6} />
      )}
    </svg>
  );
}

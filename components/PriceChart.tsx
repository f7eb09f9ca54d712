import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ReferenceResult } from '../utils/comps/reference';
import { formatDate, formatMoney } from '../utils/format';
import { t, tn, uiLocale } from '../utils/i18n';
import { siteName } from '../utils/site-name';
import { type ChartModel, type ChartPoint, chartModel } from './chart-model';

const HEIGHT = 136;

/** "Sold Nov 3, 2025", "Sold, date unknown", "For sale, seen Nov 5, 2025". */
function whenText(point: ChartPoint): string {
  const { comp } = point;
  if (!point.sold) return t('chartAskingSeen', formatDate(comp.date));
  return comp.dateKnown ? t('chartSoldOn', formatDate(comp.date)) : t('soldDateUnknown');
}

/** What a point says to a screen reader, and in its tooltip: title, price, when, where. */
function pointLabel(point: ChartPoint, currency: string): string {
  const { comp } = point;
  const parts = [
    comp.title,
    formatMoney({ amount: comp.amount, currency }),
    whenText(point),
    siteName(comp.site, comp.url),
  ];
  if (point.outlier) parts.push(t('outlierNotCounted'));
  return parts.join(', ');
}

function Mark({ point, radius }: { point: ChartPoint; radius: number }) {
  const { x, y } = point;
  if (point.lane !== 'plot') {
    // Beyond the scale: a triangle pointing the way the price lies.
    const r = radius + 1;
    const d =
      point.lane === 'high'
        ? `M${x} ${y - r}L${x + r} ${y + r * 0.7}L${x - r} ${y + r * 0.7}Z`
        : `M${x} ${y + r}L${x + r} ${y - r * 0.7}L${x - r} ${y - r * 0.7}Z`;
    return <path d={d} class={point.sold ? 'chart-sold' : 'chart-asking'} />;
  }
  return <circle cx={x} cy={y} r={radius} class={point.sold ? 'chart-sold' : 'chart-asking'} />;
}

function Axes({ model }: { model: ChartModel }) {
  const { plot } = model;
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: nothing in the axes is focusable; each point says its own price and date
    <g class="chart-axes" aria-hidden="true">
      {model.priceTicks.map((tick) => (
        <g key={tick.value} class="chart-price-tick" data-value={tick.value}>
          <line class="chart-grid" x1={plot.left} x2={plot.right} y1={tick.at} y2={tick.at} />
          <text x={plot.left - 5} y={tick.at} dy="0.32em" text-anchor="end">
            {tick.label}
          </text>
        </g>
      ))}
      {model.dateTicks.map((tick, index) => (
        <g key={tick.value} class="chart-date-tick" data-time={tick.value}>
          <line class="chart-tick" x1={tick.at} x2={tick.at} y1={plot.bottom} y2={plot.bottom + 4} />
          <text
            x={tick.at}
            y={model.height - 3}
            // The first and last labels stay inside the plot instead of running off it.
            text-anchor={
              model.dateTicks.length > 1 && index === 0 && tick.at - plot.left < 28
                ? 'start'
                : index === model.dateTicks.length - 1 && model.time && model.time.right - tick.at < 28
                  ? 'end'
                  : 'middle'
            }
          >
            {tick.label}
          </text>
        </g>
      ))}
      {model.columns.map((box) => (
        <g key={box.column} class="chart-column" data-column={box.column} data-count={box.count}>
          {model.time && (
            <line class="chart-divider" x1={box.left - 4} x2={box.left - 4} y1={plot.top} y2={plot.bottom} />
          )}
          <text x={(box.left + box.right) / 2} y={model.height - 3} text-anchor="middle">
            {box.column === 'undated' ? tn('chartNoDate', box.count) : tn('chartForSale', box.count)}
          </text>
        </g>
      ))}
      {model.lanes.high !== null && (
        <g class="chart-lane-high">
          <line class="chart-lane" x1={plot.left} x2={plot.right} y1={plot.top - 5} y2={plot.top - 5} />
          <text class="chart-lane-label" x={plot.left - 5} y={model.lanes.high} dy="0.32em" text-anchor="end">
            ▲ {model.laneLabels.high}
          </text>
        </g>
      )}
      {model.lanes.low !== null && (
        <g class="chart-lane-low">
          <line class="chart-lane" x1={plot.left} x2={plot.right} y1={plot.bottom + 5} y2={plot.bottom + 5} />
          <text class="chart-lane-label" x={plot.left - 5} y={model.lanes.low} dy="0.32em" text-anchor="end">
            ▼ {model.laneLabels.low}
          </text>
        </g>
      )}
    </g>
  );
}

function Legend({ model }: { model: ChartModel }) {
  const { counts } = model;
  return (
    <ul class="chart-legend">
      {counts.sold > 0 && (
        <li>
          <span class="swatch swatch-sold" aria-hidden="true" />
          {t('legendSold')}
        </li>
      )}
      {counts.asking > 0 && (
        <li>
          <span class="swatch swatch-asking" aria-hidden="true" />
          {t('legendAsking')}
        </li>
      )}
      {model.band && (
        <li data-legend="band">
          <span class="swatch swatch-band" aria-hidden="true" />
          {t('legendRange')}
        </li>
      )}
      {model.median && (
        <li data-legend="median">
          <span class="swatch swatch-median" aria-hidden="true" />
          {t('legendMedian')}
        </li>
      )}
      {counts.outliers > 0 && (
        <li data-legend="outlier">
          <span class="swatch swatch-outlier" aria-hidden="true" />
          {t('legendOutlier')}
        </li>
      )}
    </ul>
  );
}

/**
 * Prices as a small hand-made SVG (rules and layout in chart-model.ts): a price axis in the
 * display currency, dated sales over time, undated sales and asking prices in columns of their
 * own, the typical range shaded and the median dashed when the reference is confident, outliers
 * marked. Each point is a link to its listing; the chart is one Tab stop and the arrow keys walk
 * its points (each says its title, price, date and site, on hover and on focus).
 */
export function PriceChart({ result }: { result: ReferenceResult }) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(396);
  const [active, setActive] = useState<number | null>(null);
  const [focusIndex, setFocusIndex] = useState(0);

  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => {
      const measured = Math.round(element.clientWidth);
      if (measured > 0) setWidth(measured);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const model = useMemo(
    () =>
      chartModel(
        { comps: result.comps, reference: result.reference, currency: result.currency, locale: uiLocale() },
        width,
        HEIGHT,
      ),
    [result, width],
  );
  if (!model) return null;
  const { points } = model;
  const current = active !== null ? points[active] : undefined;
  const askingOnly = model.counts.sold === 0;

  const focusPoint = (index: number) => {
    const next = Math.max(0, Math.min(points.length - 1, index));
    setFocusIndex(next);
    box.current?.querySelectorAll<SVGAElement>('a.chart-point')[next]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowRight: focusIndex + 1,
      ArrowDown: focusIndex + 1,
      ArrowLeft: focusIndex - 1,
      ArrowUp: focusIndex - 1,
      Home: 0,
      End: points.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    focusPoint(target);
  };

  return (
    <figure class="chart-figure" data-mode={askingOnly ? 'asking' : 'sold'}>
      <div class="chart-box" ref={box}>
        {/* biome-ignore lint/a11y/useSemanticElements: an SVG cannot be a fieldset; the group names the points in it */}
        <svg
          class="chart"
          width={model.width}
          height={model.height}
          viewBox={`0 0 ${model.width} ${model.height}`}
          role="group"
          aria-label={t('chartTitle')}
          onKeyDown={onKeyDown}
        >
          <Axes model={model} />
          {model.band && (
            <rect
              class="chart-band"
              x={model.band.left}
              width={model.band.right - model.band.left}
              y={model.band.top}
              height={Math.max(1, model.band.bottom - model.band.top)}
            />
          )}
          {model.median && (
            <line
              class="chart-median"
              x1={model.median.left}
              x2={model.median.right}
              y1={model.median.y}
              y2={model.median.y}
            />
          )}
          {points.map((point, index) => (
            <a
              key={point.key}
              class={`chart-point${point.outlier ? ' chart-outlier' : ''}`}
              href={point.comp.url}
              target="_blank"
              rel="noreferrer"
              referrerpolicy="no-referrer"
              tabindex={index === focusIndex ? 0 : -1}
              aria-label={pointLabel(point, result.currency)}
              data-item-id={point.comp.itemId}
              data-site={point.comp.site}
              data-status={point.comp.status}
              data-column={point.column}
              data-lane={point.lane}
              onMouseEnter={() => setActive(index)}
              onMouseLeave={() => setActive(null)}
              onFocus={() => {
                setActive(index);
                setFocusIndex(index);
              }}
              onBlur={() => setActive(null)}
            >
              <Mark point={point} radius={model.radius} />
            </a>
          ))}
        </svg>
        {current && (
          <div
            class="chart-tip"
            role="tooltip"
            style={{
              left: `${Math.max(0, Math.min(model.width - 230, current.x - 115))}px`,
              ...(current.y < model.height / 2
                ? { top: `${current.y + 10}px` }
                : { bottom: `${model.height - current.y + 10}px` }),
            }}
          >
            <strong>{formatMoney({ amount: current.comp.amount, currency: result.currency })}</strong>
            {current.outlier && <span class="warn"> · {t('outlierNotCounted')}</span>}
            <br />
            <span class="muted">
              {whenText(current)} · {siteName(current.comp.site, current.comp.url)}
            </span>
            <br />
            <span class="chart-tip-title">{current.comp.title}</span>
          </div>
        )}
      </div>
      <Legend model={model} />
      {askingOnly && <figcaption class="muted chart-note">{t('chartAskingNote')}</figcaption>}
    </figure>
  );
}

/**
 * Where everything in the price chart goes (components/PriceChart.tsx draws it): pure, so the
 * rules are unit-tested (test/components/chart-model.test.ts) without a browser.
 *
 * What the chart promises a reader:
 * - the price axis has 3–5 round ticks in the display currency; the domain is set by the prices
 *   that count (and the typical range), so one absurd price does not flatten the rest: a point
 *   beyond it is drawn in a lane above or below the plot, as an outlier, never pinned silently;
 * - only sales with a known date sit on the time axis. Sales whose page showed no date get a
 *   column of their own ("no date", with how many), and so do asking prices of listings still for
 *   sale ("for sale"): when a listing was browsed says nothing about when its price held, so
 *   asking prices are never drawn as a time series;
 * - points on the same spot (same day, same price) are spread sideways so each stays visible;
 * - with too little data (no confident reference) only the points are drawn: no band, no median.
 */
import type { Money } from '../utils/listing';

export interface ChartComp {
  site: string;
  itemId: string;
  title: string;
  url: string;
  price: Money;
  amount: number;
  status: string;
  date: string;
  dateKnown: boolean;
  outlier?: boolean;
}

export interface ChartInput {
  comps: readonly ChartComp[];
  reference: { median: number; p25: number; p75: number; enough: boolean; basis: 'sold' | 'asking' } | null;
  currency: string;
  locale?: string;
}

export type Column = 'time' | 'undated' | 'asking';
export type Lane = 'plot' | 'high' | 'low';

export interface ChartPoint {
  key: string;
  comp: ChartComp;
  sold: boolean;
  outlier: boolean;
  column: Column;
  lane: Lane;
  x: number;
  y: number;
}

export interface Tick {
  value: number;
  label: string;
  /** Pixel position: y for prices, x for dates. */
  at: number;
}

export interface ColumnBox {
  column: Exclude<Column, 'time'>;
  left: number;
  right: number;
  count: number;
}

export interface ChartModel {
  width: number;
  height: number;
  /** Dot radius, px. */
  radius: number;
  /** The plot area (where in-scale points go), in pixels. */
  plot: { left: number; right: number; top: number; bottom: number };
  /** The time region's horizontal extent, when any sale has a date. */
  time: { left: number; right: number; from: number; to: number } | null;
  columns: ColumnBox[];
  points: ChartPoint[];
  priceTicks: Tick[];
  dateTicks: Tick[];
  /** Shaded typical range and median line: only with a confident reference. */
  band: { top: number; bottom: number; left: number; right: number } | null;
  median: { y: number; left: number; right: number } | null;
  lanes: { high: number | null; low: number | null };
  /** The most extreme price in each lane, written as the axis writes prices. */
  laneLabels: { high: string | null; low: string | null };
  counts: { sold: number; dated: number; undated: number; asking: number; outliers: number; beyond: number };
}

export const RADIUS = 3.5;
const LANE = 14;
const AXIS_BOTTOM = 18;
const COLUMN_WIDTH = 60;
const COLUMN_GAP = 8;
const DAY_MS = 86_400_000;

/** A round step near `raw`: 1, 2, 2.5 or 5 times a power of ten. */
export function niceStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / magnitude;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * magnitude;
}

/**
 * 3 to 5 round ticks covering [low, high], the first at or below low and the last at or above
 * high (the domain is the ticks' span, so the axis reads from tick to tick).
 */
export function priceTicks(low: number, high: number): number[] {
  let min = low;
  let max = high;
  if (!(max > min)) {
    const pad = Math.abs(min) * 0.1 || 1;
    min -= pad;
    max += pad;
  }
  for (const intervals of [3, 4, 2]) {
    const step = niceStep((max - min) / intervals);
    const first = Math.floor(min / step + 1e-9) * step;
    const last = Math.ceil(max / step - 1e-9) * step;
    const count = Math.round((last - first) / step) + 1;
    if (count >= 3 && count <= 5) {
      return Array.from({ length: count }, (_, index) => round(first + index * step, step));
    }
  }
  // Fallback (never reached for finite input): the two ends and the middle.
  return [min, (min + max) / 2, max];
}

/** Removes float noise (0.30000000000000004) at the precision of the step. */
function round(value: number, step: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  return Number(value.toFixed(Math.min(decimals, 10)));
}

/** Decimals a step needs to be written exactly: 2.5 → 1, 0.25 → 2, 50 → 0. */
function decimalsOf(step: number): number {
  for (let decimals = 0; decimals < 4; decimals++) {
    const scaled = step * 10 ** decimals;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-6) return decimals;
  }
  return 4;
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

/** "$1,200", "¥12万" / "¥120K" on big amounts, decimals only when the step needs them. */
export function priceLabel(amount: number, currency: string, step: number, locale?: string): string {
  const decimals = decimalsOf(step);
  const compact = Math.abs(amount) >= 100_000;
  const key = `${locale ?? ''}|${currency}|${decimals}|${compact}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: compact ? 0 : decimals,
      maximumFractionDigits: compact ? 1 : decimals,
      ...(compact ? { notation: 'compact' as const } : {}),
    });
    moneyFormats.set(key, format);
  }
  return format.format(amount);
}

type Unit = 'day' | 'month' | 'year';
const INTERVALS: { unit: Unit; every: number }[] = [
  { unit: 'day', every: 1 },
  { unit: 'day', every: 2 },
  { unit: 'day', every: 3 },
  { unit: 'day', every: 7 },
  { unit: 'day', every: 14 },
  { unit: 'month', every: 1 },
  { unit: 'month', every: 2 },
  { unit: 'month', every: 3 },
  { unit: 'month', every: 6 },
  { unit: 'year', every: 1 },
  { unit: 'year', every: 2 },
  { unit: 'year', every: 5 },
  { unit: 'year', every: 10 },
];

/** Local-time tick dates in [from, to] every `every` units, on day / month / year boundaries. */
function tickDates(from: number, to: number, unit: Unit, every: number): number[] {
  const start = new Date(from);
  let date: Date;
  if (unit === 'day') {
    date = new Date(start.getFullYear(), start.getMonth(), start.getDate());
    // Weekly ticks fall on Mondays: a week a person recognises.
    if (every === 7 || every === 14) while (date.getDay() !== 1) date.setDate(date.getDate() + 1);
  } else if (unit === 'month') {
    date = new Date(start.getFullYear(), start.getMonth(), 1);
    while (date.getMonth() % every !== 0) date.setMonth(date.getMonth() + 1);
  } else {
    date = new Date(Math.ceil(start.getFullYear() / every) * every, 0, 1);
  }
  const out: number[] = [];
  for (let guard = 0; guard < 400 && date.getTime() <= to; guard++) {
    if (date.getTime() >= from) out.push(date.getTime());
    if (unit === 'day') date.setDate(date.getDate() + every);
    else if (unit === 'month') date.setMonth(date.getMonth() + every);
    else date.setFullYear(date.getFullYear() + every);
  }
  return out;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format;
}

/**
 * Date ticks for [from, to] that fit `width` pixels (a label needs about `labelWidth`): days,
 * Mondays, months or years, whichever gives the most ticks that fit, at least two when possible.
 * Month ticks say the year on January and on the first tick, so the reader never has to guess it.
 */
export function dateTicks(
  from: number,
  to: number,
  width: number,
  locale?: string,
  labelWidth = 64,
): { time: number; label: string }[] {
  const most = Math.max(1, Math.floor(width / labelWidth));
  let chosen: { unit: Unit; times: number[] } | null = null;
  for (const { unit, every } of INTERVALS) {
    const times = tickDates(from, to, unit, every);
    if (times.length <= most && times.length >= 1) {
      chosen = { unit, times };
      break;
    }
  }
  if (!chosen || chosen.times.length === 0) {
    // Shorter than a day between ticks (or nothing fits): one label in the middle.
    return [
      {
        time: (from + to) / 2,
        label: dateFormat(locale, { month: 'short', day: 'numeric' }).format((from + to) / 2),
      },
    ];
  }
  const { unit, times } = chosen;
  return times.map((time, index) => {
    const date = new Date(time);
    let options: Intl.DateTimeFormatOptions;
    if (unit === 'year') options = { year: 'numeric' };
    else if (unit === 'month')
      options =
        index === 0 || date.getMonth() === 0 ? { year: 'numeric', month: 'short' } : { month: 'short' };
    else options = { month: 'short', day: 'numeric' };
    return { time, label: dateFormat(locale, options).format(date) };
  });
}

/**
 * Places a point near (x, y), moved sideways until it overlaps none placed before, within
 * [left, right]; where the column is full (a dense cluster of prices), at the spot farthest from
 * its neighbours, so no two dots ever sit exactly on one another.
 */
function spread(
  placed: { x: number; y: number }[],
  x: number,
  y: number,
  left: number,
  right: number,
  radius: number,
) {
  const step = radius * 2 + 0.5;
  const near = placed.filter((p) => Math.abs(p.y - y) < radius * 2);
  const clearance = (at: number) => Math.min(Infinity, ...near.map((p) => Math.hypot(p.x - at, p.y - y)));
  const clamp = (at: number) => Math.min(right - radius, Math.max(left + radius, at));
  const candidates = [clamp(x)];
  for (let k = 1; k <= 60; k++) candidates.push(clamp(x + k * step), clamp(x - k * step));
  let best = candidates[0] as number;
  let bestClearance = clearance(best);
  for (const at of candidates) {
    if (bestClearance >= radius * 2 - 0.5) break;
    const room = clearance(at);
    if (room > bestClearance + 0.01) {
      best = at;
      bestClearance = room;
    }
  }
  placed.push({ x: best, y });
  return best;
}

/** Width of the price labels, estimated (a pure function cannot measure text): ~7 px a character. */
function labelWidth(labels: string[]): number {
  return Math.max(24, ...labels.map((label) => label.length * 6.8)) + 6;
}

export function chartModel(input: ChartInput, width: number, height = 150): ChartModel | null {
  const comps = input.comps.filter((comp) => comp.status === 'sold' || comp.status === 'active');
  if (comps.length === 0) return null;
  const { reference, currency, locale } = input;
  const confident = Boolean(reference?.enough);
  // Smaller dots when there are many, so a dense cluster still spreads without overlapping.
  const radius = comps.length > 80 ? 2.5 : RADIUS;

  // Price domain: the prices that count (not outliers) and, when confident, the typical range.
  const kept = comps.filter((comp) => !comp.outlier).map((comp) => comp.amount);
  const inDomain = kept.length > 0 ? kept : comps.map((comp) => comp.amount);
  if (confident && reference) inDomain.push(reference.p25, reference.p75);
  const values = priceTicks(Math.min(...inDomain), Math.max(...inDomain));
  const low = values[0] as number;
  const high = values[values.length - 1] as number;
  const step = values.length > 1 ? (values[1] as number) - low : 1;
  const labels = values.map((value) => priceLabel(value, currency, step, locale));

  const beyondHigh = comps.some((comp) => comp.amount > high);
  const beyondLow = comps.some((comp) => comp.amount < low);
  const top = beyondHigh ? LANE + 8 : 6;
  const bottom = height - AXIS_BOTTOM - (beyondLow ? LANE + 8 : 4);
  const laneLabels = {
    high: beyondHigh
      ? priceLabel(Math.max(...comps.map((comp) => comp.amount)), currency, step, locale)
      : null,
    low: beyondLow ? priceLabel(Math.min(...comps.map((comp) => comp.amount)), currency, step, locale) : null,
  };
  const lanePrefix = (label: string | null) => (label ? [`▲ ${label}`] : []);
  const plot = {
    left: labelWidth([...labels, ...lanePrefix(laneLabels.high), ...lanePrefix(laneLabels.low)]),
    right: width - 4,
    top,
    bottom,
  };
  const y = (amount: number) => bottom - ((amount - low) / (high - low || 1)) * (bottom - top);
  const lanes = { high: beyondHigh ? LANE / 2 + 1 : null, low: beyondLow ? bottom + 8 + LANE / 2 : null };

  const dated = comps.filter(
    (comp) => comp.status === 'sold' && comp.dateKnown && Number.isFinite(Date.parse(comp.date)),
  );
  const undated = comps.filter((comp) => comp.status === 'sold' && !dated.includes(comp));
  const asking = comps.filter((comp) => comp.status === 'active');

  // Columns at the right for what has no place in time; the time region gets the rest.
  const columnKinds = [
    ...(undated.length > 0 ? (['undated'] as const) : []),
    ...(asking.length > 0 ? (['asking'] as const) : []),
  ];
  const columns: ColumnBox[] = [];
  let time: ChartModel['time'] = null;
  const plotWidth = plot.right - plot.left;
  if (dated.length > 0) {
    // A column's share of the width follows its share of the points (at least 60 px), and the
    // time axis keeps at least 30 % of the plot.
    const boxes = columnKinds.map((kind) => ({
      kind,
      count: kind === 'undated' ? undated.length : asking.length,
    }));
    const wanted = boxes.map(({ count }) => Math.max(COLUMN_WIDTH, (plotWidth * count) / comps.length));
    const room = plotWidth * 0.7 - boxes.length * COLUMN_GAP;
    const total = wanted.reduce((sum, width) => sum + width, 0);
    const scale = total > room ? room / total : 1;
    const widthOf = (index: number) => (wanted[index] as number) * scale;
    const columnsWidth = boxes.reduce((sum, _box, index) => sum + widthOf(index) + COLUMN_GAP, 0);
    let right = plot.right - columnsWidth;
    for (const [index, { kind, count }] of boxes.entries()) {
      const boxWidth = widthOf(index);
      columns.push({ column: kind, left: right + COLUMN_GAP, right: right + COLUMN_GAP + boxWidth, count });
      right += COLUMN_GAP + boxWidth;
    }
    const times = dated.map((comp) => Date.parse(comp.date));
    let from = Math.min(...times);
    let to = Math.max(...times);
    // A single day: a day each side, so the dots sit in the middle under their date.
    if (to - from < DAY_MS) {
      from -= DAY_MS;
      to += DAY_MS;
    } else {
      const pad = (to - from) * 0.03;
      from -= pad;
      to += pad;
    }
    time = { left: plot.left, right: plot.right - columnsWidth, from, to };
  } else {
    const each = plotWidth / columnKinds.length;
    columnKinds.forEach((kind, index) => {
      columns.push({
        column: kind,
        left: plot.left + index * each + (index > 0 ? COLUMN_GAP / 2 : 0),
        right: plot.left + (index + 1) * each - (index < columnKinds.length - 1 ? COLUMN_GAP / 2 : 0),
        count: kind === 'undated' ? undated.length : asking.length,
      });
    });
  }

  const xOfTime = (at: number) =>
    time
      ? time.left +
        radius +
        ((at - time.from) / (time.to - time.from)) * (time.right - time.left - 2 * radius)
      : 0;
  const placed: { x: number; y: number }[] = [];
  const points: ChartPoint[] = [];
  const place = (comp: ChartComp, column: Column) => {
    const lane: Lane = comp.amount > high ? 'high' : comp.amount < low ? 'low' : 'plot';
    const py =
      lane === 'high' ? (lanes.high as number) : lane === 'low' ? (lanes.low as number) : y(comp.amount);
    let left: number;
    let right: number;
    let x: number;
    if (column === 'time' && time) {
      left = time.left;
      right = time.right;
      x = xOfTime(Date.parse(comp.date));
    } else {
      const box = columns.find((candidate) => candidate.column === column) as ColumnBox;
      left = box.left;
      right = box.right;
      x = (left + right) / 2;
    }
    points.push({
      key: `${comp.site}:${comp.itemId}`,
      comp,
      sold: comp.status === 'sold',
      outlier: Boolean(comp.outlier),
      column,
      lane,
      x: spread(placed, x, py, left, right, radius),
      y: py,
    });
  };
  // Oldest first, so spreading pushes later points, and the keyboard walks through time.
  for (const comp of [...dated].sort((a, b) => Date.parse(a.date) - Date.parse(b.date))) place(comp, 'time');
  for (const comp of undated) place(comp, 'undated');
  for (const comp of asking) place(comp, 'asking');
  points.sort((a, b) => a.x - b.x || a.y - b.y);

  // Band and median: over where the comps that make the reference are drawn.
  let band: ChartModel['band'] = null;
  let median: ChartModel['median'] = null;
  if (confident && reference) {
    const counted = reference.basis === 'sold' ? ['time', 'undated'] : ['asking'];
    const spans = [
      ...(time && counted.includes('time') ? [{ left: time.left, right: time.right }] : []),
      ...columns.filter((box) => counted.includes(box.column)),
    ];
    if (spans.length > 0) {
      const left = Math.min(...spans.map((span) => span.left));
      const right = Math.max(...spans.map((span) => span.right));
      band = { top: y(reference.p75), bottom: y(reference.p25), left, right };
      median = { y: y(reference.median), left, right };
    }
  }

  const dateTickList = time ? dateTicks(time.from, time.to, time.right - time.left, locale) : [];
  return {
    width,
    height,
    radius,
    plot,
    time,
    columns,
    points,
    priceTicks: values.map((value, index) => ({ value, label: labels[index] as string, at: y(value) })),
    dateTicks: dateTickList
      .map((tick) => ({ value: tick.time, label: tick.label, at: xOfTime(tick.time) }))
      .filter((tick) => time && tick.at >= time.left && tick.at <= time.right),
    band,
    median,
    lanes,
    laneLabels,
    counts: {
      sold: dated.length + undated.length,
      dated: dated.length,
      undated: undated.length,
      asking: asking.length,
      outliers: comps.filter((comp) => comp.outlier).length,
      beyond: points.filter((point) => point.lane !== 'plot').length,
    },
  };
}

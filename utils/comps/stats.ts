/**
 * Robust statistics for a reference price: quantiles, Tukey outlier fences, recency weights,
 * a trend over time and where a price sits against the reference. Pure functions.
 */

/**
 * Quantile of an ascending array by linear interpolation between order statistics
 * (Hyndman & Fan type 7, the default of R and NumPy): h = (n − 1)·q, then interpolate between
 * the values at floor(h) and ceil(h). NaN for an empty array; q is clamped to [0, 1].
 */
export function quantile(sortedValues: readonly number[], q: number): number {
  const n = sortedValues.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(h);
  const low = sortedValues[lo] ?? Number.NaN;
  const high = sortedValues[Math.min(n - 1, lo + 1)] ?? low;
  return low + (h - lo) * (high - low);
}

function ascending(a: number, b: number): number {
  return a - b;
}

/** Median of values in any order (NaN when empty). */
export function median(values: readonly number[]): number {
  return quantile([...values].sort(ascending), 0.5);
}

/**
 * Weighted quantile, the type-7 generalisation: after sorting by value, point k sits at
 * p_k = S_before / (S_before + S_after), the share of the other points' weight that lies below
 * it (so the smallest is at 0 and the largest at 1), and q is interpolated between the points
 * around it. With equal weights p_k = (k − 1)/(n − 1), exactly `quantile`, so a summary with
 * all weights 1 equals the unweighted one. Points with a weight ≤ 0 or not finite are ignored.
 */
export function weightedQuantile(values: readonly number[], weights: readonly number[], q: number): number {
  const points: { value: number; weight: number }[] = [];
  values.forEach((value, i) => {
    const weight = weights[i] ?? 1;
    if (Number.isFinite(value) && Number.isFinite(weight) && weight > 0) points.push({ value, weight });
  });
  const n = points.length;
  if (n === 0) return Number.NaN;
  // Ties by weight too, so equal prices give the same answer whatever order they came in.
  points.sort((a, b) => a.value - b.value || a.weight - b.weight);
  const first = points[0] as { value: number; weight: number };
  if (n === 1) return first.value;
  const total = points.reduce((sum, point) => sum + point.weight, 0);
  const target = Math.min(1, Math.max(0, q));
  let before = 0;
  let previous = { position: 0, value: first.value };
  for (const point of points) {
    const after = total - before - point.weight;
    const position = before + after > 0 ? before / (before + after) : 0;
    if (position >= target) {
      if (position === previous.position) return point.value;
      const t = (target - previous.position) / (position - previous.position);
      return previous.value + t * (point.value - previous.value);
    }
    previous = { position, value: point.value };
    before += point.weight;
  }
  return previous.value;
}

export interface PricePoint {
  amount: number;
  /** Relative weight, 1 when absent (e.g. `recencyWeight` of the comp's age). */
  weight?: number;
}

export interface Summary {
  median: number;
  p25: number;
  p75: number;
  min: number;
  max: number;
  /** Points kept (not outliers). */
  n: number;
  /** False below 3 kept points, or when the prices disagree (`scattered`): no reference then. */
  enough: boolean;
  /** The prices fall into groups an order of magnitude apart, none of them most of the prices. */
  scattered: boolean;
  /** Indices into the input of the points outside the fences. */
  outliers: number[];
  /** Tukey fences: Q1 − 1.5·IQR and Q3 + 1.5·IQR, of the group that holds most prices. */
  fences: { low: number; high: number };
}

/** Below this many kept points the reference is shown as not enough data. */
export const MIN_POINTS = 3;

/**
 * Two prices this many times apart, with none between them, are not one thing's spread: one side
 * is a placeholder ("₱4" for a car, a ¥1 start, "₱445" meaning thousands) or another thing.
 */
export const SCALE_GAP = 10;

/**
 * The bounds of the group of prices that holds most of them, the groups being split wherever two
 * neighbouring prices are SCALE_GAP apart; null when no group holds more than half. Tukey's fences
 * alone miss a minority that large: on the saved Facebook search for a 2022 Toyota Vios, 7 cars
 * of 17 shown at ₱4 to ₱470 put the lower quartile at ₱445 and kept them all.
 */
export function mainScale(sorted: readonly number[]): { low: number; high: number } | null {
  let best = { start: 0, end: 0 };
  let start = 0;
  for (let index = 1; index <= sorted.length; index++) {
    const previous = sorted[index - 1] as number;
    const value = sorted[index];
    // (A price of 0 after a price of 0 is the same group; any price after it is not.)
    if (value !== undefined && (previous > 0 ? value < previous * SCALE_GAP : value === 0)) continue;
    if (index - start > best.end - best.start) best = { start, end: index };
    start = index;
  }
  if ((best.end - best.start) * 2 <= sorted.length) return null;
  return { low: sorted[best.start] as number, high: sorted[best.end - 1] as number };
}

/**
 * Median and typical range (p25–p75) of comparable prices, robust to mispriced or misfiled
 * listings: points outside the group that holds most prices (mainScale) or outside Tukey's fences
 * (1.5 × IQR beyond its quartiles) are reported as outliers and left out of median, quartiles,
 * min, max and n. When no group holds most prices, all are kept and there is no reference
 * (`scattered`). The fences come from the unweighted quartiles of the group's points (an outlier
 * is about its price, not its age); the kept points then give weighted quantiles when weights are
 * present. Points with an amount or weight that is not a finite number (or a weight ≤ 0) are
 * ignored, neither kept nor outliers. Null when no point is usable.
 */
export function summarize(points: readonly PricePoint[]): Summary | null {
  const usable: { amount: number; weight: number; index: number }[] = [];
  points.forEach((point, index) => {
    const weight = point.weight ?? 1;
    if (Number.isFinite(point.amount) && Number.isFinite(weight) && weight > 0) {
      usable.push({ amount: point.amount, weight, index });
    }
  });
  if (usable.length === 0) return null;
  const all = usable.map((point) => point.amount).sort(ascending);
  const scale = mainScale(all);
  const sorted = scale ? all.filter((amount) => amount >= scale.low && amount <= scale.high) : all;
  const q1 = quantile(sorted, 0.25);
  const q3 = quantile(sorted, 0.75);
  const iqr = q3 - q1;
  const fences = { low: q1 - 1.5 * iqr, high: q3 + 1.5 * iqr };
  const bounds = {
    low: Math.max(fences.low, scale?.low ?? fences.low),
    high: Math.min(fences.high, scale?.high ?? fences.high),
  };
  const inside = (point: { amount: number }) => point.amount >= bounds.low && point.amount <= bounds.high;
  const kept = usable.filter(inside);
  const outliers = usable.filter((point) => !inside(point)).map((point) => point.index);
  const amounts = kept.map((point) => point.amount);
  const weights = kept.map((point) => point.weight);
  return {
    median: weightedQuantile(amounts, weights, 0.5),
    p25: weightedQuantile(amounts, weights, 0.25),
    p75: weightedQuantile(amounts, weights, 0.75),
    min: Math.min(...amounts),
    max: Math.max(...amounts),
    n: kept.length,
    enough: kept.length >= MIN_POINTS && scale !== null,
    scattered: scale === null,
    outliers,
    fences,
  };
}

/**
 * Weight of a comp by age: it halves every `halfLifeDays` (1 today, 0.5 at one half-life,
 * 0.25 at two), so a price from last week counts more than one from last season without old
 * sales ever dropping to zero. A negative age (clock skew, a date in the future) counts as age 0;
 * an age or half-life that is not a number gives 1, i.e. no weighting.
 */
export function recencyWeight(ageDays: number, halfLifeDays = 30): number {
  if (Number.isNaN(ageDays) || !(halfLifeDays > 0)) return 1;
  return 0.5 ** (Math.max(0, ageDays) / halfLifeDays);
}

export interface DatedPrice {
  /** ISO 8601 date or date-time. */
  at: string;
  amount: number;
}

export interface TrendBucket {
  /** First day of the bucket, YYYY-MM-DD (UTC): a Monday for weeks, the 1st for months. */
  start: string;
  median: number;
  n: number;
}

const DAY_MS = 86_400_000;

function bucketStart(time: number, bucket: 'week' | 'month'): string {
  const date = new Date(time);
  if (bucket === 'month') {
    return `${date.toISOString().slice(0, 7)}-01`;
  }
  // getUTCDay: 0 = Sunday; weeks start on Monday (ISO 8601).
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  const monday =
    Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) - sinceMonday * DAY_MS;
  return new Date(monday).toISOString().slice(0, 10);
}

/** Median price per UTC week (Monday start) or month, oldest first; bad dates/amounts skipped. */
export function trend(points: readonly DatedPrice[], bucket: 'week' | 'month'): TrendBucket[] {
  const groups = new Map<string, number[]>();
  for (const point of points) {
    const time = Date.parse(point.at);
    if (Number.isNaN(time) || !Number.isFinite(point.amount)) continue;
    const key = bucketStart(time, bucket);
    const group = groups.get(key);
    if (group) group.push(point.amount);
    else groups.set(key, [point.amount]);
  }
  return [...groups]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([start, amounts]) => ({ start, median: median(amounts), n: amounts.length }));
}

export interface Slope {
  /** Price change per 30 days, in percent (+5 = 5 % dearer every 30 days). */
  percentPer30Days: number;
  /** Points used. */
  n: number;
}

/** Most points the slope looks at: Theil–Sen is O(n²) in pairs (120 points: 7,140 pairs, about 1 ms). */
const MAX_SLOPE_POINTS = 120;

/**
 * Theil–Sen slope of log price against time: the median of the slopes between every pair of
 * points with different times, so a few misfiled prices do not tilt it (least squares would).
 * Log price makes it a rate: exp(slope · 30 days) − 1, in percent. Beyond 120 points an evenly
 * spaced subset (by time) is used. Null with fewer than two distinct times. Amounts ≤ 0 and bad
 * dates are skipped.
 */
export function trendSlope(points: readonly DatedPrice[]): Slope | null {
  let usable = points
    .map((point) => ({ day: Date.parse(point.at) / DAY_MS, log: Math.log(point.amount) }))
    .filter((point) => Number.isFinite(point.day) && Number.isFinite(point.log))
    .sort((a, b) => a.day - b.day);
  if (usable.length > MAX_SLOPE_POINTS) {
    const step = usable.length / MAX_SLOPE_POINTS;
    usable = Array.from({ length: MAX_SLOPE_POINTS }, (_, i) => usable[Math.floor(i * step)]).filter(
      (point) => point !== undefined,
    );
  }
  const slopes: number[] = [];
  for (let i = 0; i < usable.length; i++) {
    for (let j = i + 1; j < usable.length; j++) {
      const a = usable[i];
      const b = usable[j];
      if (a && b && b.day !== a.day) slopes.push((b.log - a.log) / (b.day - a.day));
    }
  }
  if (slopes.length === 0) return null;
  const perDay = median(slopes);
  return { percentPer30Days: (Math.exp(perDay * 30) - 1) * 100, n: usable.length };
}

export interface Comparison {
  /** Signed difference from the median in percent: −18 = 18 % below the median. */
  percent: number;
  /** Below p25, within p25–p75 (the typical range, ends included), or above p75. */
  position: 'below' | 'within' | 'above';
}

/** Where a price sits against a reference. `percent` is NaN when the median is not positive. */
export function compareToReference(
  price: number,
  reference: { median: number; p25: number; p75: number },
): Comparison {
  const percent = reference.median > 0 ? ((price - reference.median) / reference.median) * 100 : Number.NaN;
  const position = price < reference.p25 ? 'below' : price > reference.p75 ? 'above' : 'within';
  return { percent, position };
}

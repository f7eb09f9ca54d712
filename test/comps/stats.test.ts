import { describe, expect, it } from 'vitest';
import {
  compareToReference,
  mainScale,
  median,
  quantile,
  recencyWeight,
  summarize,
  trend,
  trendSlope,
  weightedQuantile,
} from '../../utils/comps/stats';

describe('quantile (type 7)', () => {
  it('interpolates between order statistics', () => {
    const values = [1, 2, 3, 4];
    // h = (n − 1)·q = 3q
    expect(quantile(values, 0)).toBe(1);
    expect(quantile(values, 0.25)).toBe(1.75); // h = 0.75: 1 + 0.75·(2 − 1)
    expect(quantile(values, 0.5)).toBe(2.5); // h = 1.5
    expect(quantile(values, 0.75)).toBe(3.25); // h = 2.25
    expect(quantile(values, 1)).toBe(4);
  });

  it('hits order statistics exactly when h is whole', () => {
    const sorted = [3, 5, 7, 8, 12, 13, 14, 18, 21]; // n = 9, h = 8q
    expect(quantile(sorted, 0.25)).toBe(7); // h = 2
    expect(quantile(sorted, 0.5)).toBe(12); // h = 4
    expect(quantile(sorted, 0.75)).toBe(14); // h = 6
  });

  it('handles one value and no value', () => {
    expect(quantile([10], 0.3)).toBe(10);
    expect(quantile([], 0.5)).toBeNaN();
  });
});

describe('median', () => {
  it('sorts a copy first', () => {
    const values = [5, 1, 3];
    expect(median(values)).toBe(3);
    expect(values).toEqual([5, 1, 3]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('weightedQuantile', () => {
  it('equals the type-7 quantile with equal weights', () => {
    expect(weightedQuantile([4, 1, 3, 2], [2, 2, 2, 2], 0.25)).toBe(1.75);
    expect(weightedQuantile([4, 1, 3, 2], [2, 2, 2, 2], 0.75)).toBe(3.25);
  });

  it('places each point at the weight below it over the weight of the others', () => {
    // weights 1, 2, 1: positions 0/3 = 0, 1/2 = 0.5, 3/3 = 1
    expect(weightedQuantile([10, 20, 30], [1, 2, 1], 0.5)).toBe(20);
    expect(weightedQuantile([10, 20, 30], [1, 2, 1], 0.25)).toBe(15);
    expect(weightedQuantile([10, 20, 30], [1, 2, 1], 0.75)).toBe(25);
    // weights 1, 1, 4: positions 0, 1/5 = 0.2, 2/2 = 1; q = 0.5 → 20 + (0.3/0.8)·10 = 23.75
    expect(weightedQuantile([30, 10, 20], [4, 1, 1], 0.5)).toBeCloseTo(23.75, 10);
  });

  it('ignores points with zero weight', () => {
    expect(weightedQuantile([10, 1000, 20], [1, 0, 1], 0.5)).toBe(15);
    expect(weightedQuantile([10], [0], 0.5)).toBeNaN();
  });
});

describe('summarize', () => {
  it('reports outliers beyond the Tukey fences and leaves them out', () => {
    // sorted 10 11 12 13 100: Q1 = 11, Q3 = 13, IQR = 2 → fences 8 and 16
    const summary = summarize([10, 12, 11, 13, 100].map((amount) => ({ amount })));
    expect(summary).toEqual({
      median: 11.5,
      p25: 10.75, // kept 10 11 12 13: h = 0.75
      p75: 12.25, // h = 2.25
      min: 10,
      max: 13,
      n: 4,
      enough: true,
      scattered: false,
      outliers: [4],
      fences: { low: 8, high: 16 },
    });
  });

  it('finds low and high outliers', () => {
    // 1 is 50 times below 50: a group of its own. The fences are those of 50 52 54 56 200:
    // Q1 = 52, Q3 = 56, IQR 4 → 46 / 62.
    const summary = summarize([1, 50, 52, 54, 56, 200].map((amount) => ({ amount })));
    expect(summary?.outliers).toEqual([0, 5]);
    expect(summary?.fences).toEqual({ low: 46, high: 62 });
    expect(summary?.median).toBe(53);
    expect(summary?.min).toBe(50);
    expect(summary?.max).toBe(56);
  });

  it('uses weighted quantiles for the kept points', () => {
    // fences from 100 200 300: Q1 150, Q3 250 → 0 / 400, all kept.
    // weights 1 1 2: positions 0, 1/3, 1. median: 200 + ((0.5 − 1/3)/(2/3))·100 = 225;
    // p25: 100 + (0.25/(1/3))·100 = 175; p75: 200 + ((0.75 − 1/3)/(2/3))·100 = 262.5
    const summary = summarize([
      { amount: 100, weight: 1 },
      { amount: 300, weight: 2 },
      { amount: 200, weight: 1 },
    ]);
    expect(summary?.median).toBeCloseTo(225, 10);
    expect(summary?.p25).toBeCloseTo(175, 10);
    expect(summary?.p75).toBeCloseTo(262.5, 10);
    expect(summary?.n).toBe(3);
  });

  it('flags fewer than three kept points as not enough', () => {
    const summary = summarize([{ amount: 100 }, { amount: 110 }]);
    expect(summary?.median).toBe(105);
    expect(summary?.n).toBe(2);
    expect(summary?.enough).toBe(false);
  });

  it('skips unusable points without calling them outliers', () => {
    const summary = summarize([
      { amount: Number.NaN },
      ...[10, 11, 12, 13, 100].map((amount) => ({ amount })),
    ]);
    expect(summary?.outliers).toEqual([5]);
    expect(summary?.n).toBe(4);
    expect(summarize([])).toBeNull();
    expect(summarize([{ amount: 5, weight: 0 }])).toBeNull();
  });

  it('sets aside prices an order of magnitude below most of them, however many', () => {
    // The saved Facebook search for a 2022 Toyota Vios: 7 of 17 cars at placeholder prices
    // (₱4 … ₱470, and US$290 in pesos). Tukey's quartiles over all 17 kept them all.
    const amounts = [
      4, 123, 270, 445, 465, 470, 16_500, 435_000, 438_000, 445_000, 449_000, 450_000, 450_000, 460_000,
      470_000, 488_000, 575_000,
    ];
    const summary = summarize(amounts.map((amount) => ({ amount })));
    expect(summary?.outliers).toEqual(expect.arrayContaining([0, 1, 2, 3, 4, 5, 6]));
    expect(summary?.min).toBeGreaterThanOrEqual(435_000);
    expect(summary?.p25).toBeGreaterThan(400_000);
    expect(summary?.enough).toBe(true);
    expect(summary?.scattered).toBe(false);
  });

  it('gives no reference when no group of prices holds most of them', () => {
    const summary = summarize([5, 6, 7, 500, 600, 700].map((amount) => ({ amount })));
    expect(summary?.scattered).toBe(true);
    expect(summary?.enough).toBe(false);
  });

  it('splits at free listings, and never within a wide but even spread', () => {
    const free = summarize([0, 0, 0, 100, 110, 120, 130].map((amount) => ({ amount })));
    expect(free?.outliers).toEqual([0, 1, 2]);
    expect(free?.median).toBe(115);
    const wide = summarize([10, 40, 90, 300, 600].map((amount) => ({ amount })));
    expect(wide?.scattered).toBe(false);
    expect(wide?.outliers).toEqual([]);
    expect(wide?.median).toBe(90);
  });
});

describe('mainScale', () => {
  it('is the group holding more than half the prices, split where neighbours are 10 times apart', () => {
    expect(mainScale([1, 11.5, 124, 149, 159])).toEqual({ low: 124, high: 159 });
    expect(mainScale([1, 9.99, 99, 980])).toEqual({ low: 1, high: 980 });
    expect(mainScale([1, 2, 20, 21])).toBeNull();
    expect(mainScale([7])).toEqual({ low: 7, high: 7 });
  });
});

describe('recencyWeight', () => {
  it('halves every half-life', () => {
    expect(recencyWeight(0)).toBe(1);
    expect(recencyWeight(30)).toBe(0.5);
    expect(recencyWeight(60)).toBe(0.25);
    expect(recencyWeight(15)).toBeCloseTo(Math.SQRT1_2, 12);
    expect(recencyWeight(7, 7)).toBe(0.5);
  });

  it('treats future dates as today and bad input as unweighted', () => {
    expect(recencyWeight(-5)).toBe(1);
    expect(recencyWeight(Number.NaN)).toBe(1);
    expect(recencyWeight(10, 0)).toBe(1);
    expect(recencyWeight(Number.POSITIVE_INFINITY)).toBe(0);
  });
});

describe('trend', () => {
  // 2026-01-01 is a Thursday, so Monday 2026-01-05 starts a week.
  const points = [
    { at: '2026-01-12T00:00:00Z', amount: 130 }, // Monday → week of 01-12
    { at: '2026-01-05T10:00:00Z', amount: 100 },
    { at: '2026-02-01T08:00:00Z', amount: 200 }, // Sunday → week of 01-26
    { at: '2026-01-07T00:00:00Z', amount: 120 },
    { at: '2026-01-04T12:00:00Z', amount: 90 }, // Sunday → week of 2025-12-29
    { at: '2026-01-11T23:59:00Z', amount: 110 }, // Sunday, still the week of 01-05
    { at: 'not a date', amount: 5 },
  ];

  it('gives the median per week, Monday to Sunday in UTC, oldest first', () => {
    expect(trend(points, 'week')).toEqual([
      { start: '2025-12-29', median: 90, n: 1 },
      { start: '2026-01-05', median: 110, n: 3 },
      { start: '2026-01-12', median: 130, n: 1 },
      { start: '2026-01-26', median: 200, n: 1 },
    ]);
  });

  it('gives the median per month', () => {
    expect(trend(points, 'month')).toEqual([
      { start: '2026-01-01', median: 110, n: 5 }, // 90 100 110 120 130
      { start: '2026-02-01', median: 200, n: 1 },
    ]);
  });

  it('buckets by UTC, not by the offset written in the date', () => {
    // 01:00 in Tokyo on Monday 01-05 is 16:00 UTC on Sunday 01-04.
    expect(trend([{ at: '2026-01-05T01:00:00+09:00', amount: 1 }], 'week')[0]?.start).toBe('2025-12-29');
  });
});

describe('trendSlope', () => {
  it('measures a steady rise per 30 days and ignores a misfiled price', () => {
    const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString();
    // +10 % every 30 days, plus one absurd price at day 45. Of the 10 pair slopes, the 6 without
    // the outlier are exactly ln(1.1)/30, 2 are higher and 2 lower, so the median is ln(1.1)/30.
    const series = [
      { at: day(0), amount: 100 },
      { at: day(30), amount: 110 },
      { at: day(45), amount: 1000 },
      { at: day(60), amount: 121 },
      { at: day(90), amount: 133.1 },
    ];
    const slope = trendSlope(series);
    expect(slope?.n).toBe(5);
    expect(slope?.percentPer30Days).toBeCloseTo(10, 9);
  });

  it('measures a fall', () => {
    const slope = trendSlope([
      { at: '2026-03-01T00:00:00Z', amount: 100 },
      { at: '2026-03-31T00:00:00Z', amount: 50 },
    ]);
    expect(slope?.percentPer30Days).toBeCloseTo(-50, 9);
  });

  it('needs two distinct times', () => {
    expect(trendSlope([{ at: '2026-03-01T00:00:00Z', amount: 100 }])).toBeNull();
    expect(
      trendSlope([
        { at: '2026-03-01T00:00:00Z', amount: 100 },
        { at: '2026-03-01T00:00:00Z', amount: 120 },
      ]),
    ).toBeNull();
  });
});

describe('compareToReference', () => {
  const reference = { median: 100, p25: 90, p75: 110 };

  it('gives the signed percentage from the median and the position in the typical range', () => {
    expect(compareToReference(82, reference)).toEqual({ percent: -18, position: 'below' });
    expect(compareToReference(95, reference)).toEqual({ percent: -5, position: 'within' });
    expect(compareToReference(110, reference)).toEqual({ percent: 10, position: 'within' });
    expect(compareToReference(130, reference)).toEqual({ percent: 30, position: 'above' });
  });

  it('has no percentage without a positive median', () => {
    expect(compareToReference(10, { median: 0, p25: 0, p75: 0 }).percent).toBeNaN();
  });
});

describe('weightedQuantile with equal prices', () => {
  it('gives the same answer whatever order equal prices come in', () => {
    const values = [10, 20, 20, 30];
    const weights = [1, 0.2, 1, 0.5];
    const forward = weightedQuantile(values, weights, 0.5);
    const backward = weightedQuantile([...values].reverse(), [...weights].reverse(), 0.5);
    expect(backward).toBe(forward);
  });
});

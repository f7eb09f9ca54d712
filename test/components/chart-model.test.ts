import { describe, expect, it } from 'vitest';
import {
  type ChartComp,
  chartModel,
  dateTicks,
  niceStep,
  priceLabel,
  priceTicks,
  RADIUS,
} from '../../components/chart-model';

const DAY = 86_400_000;
let next = 0;
function comp(
  amount: number,
  status: 'sold' | 'active',
  date: string,
  extra: Partial<ChartComp> = {},
): ChartComp {
  next++;
  return {
    site: 'ebay',
    itemId: String(next),
    title: `Item ${next}`,
    url: `https://www.ebay.com/itm/${next}`,
    price: { amount, currency: 'USD' },
    amount,
    status,
    date,
    dateKnown: status === 'sold',
    ...extra,
  };
}
const confident = (median: number, p25: number, p75: number, basis: 'sold' | 'asking' = 'sold') => ({
  median,
  p25,
  p75,
  enough: true,
  basis,
});

describe('price ticks', () => {
  it('are round steps: 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceStep(0.7)).toBe(1);
    expect(niceStep(1.3)).toBe(2);
    expect(niceStep(2.2)).toBe(2.5);
    expect(niceStep(3)).toBe(5);
    expect(niceStep(7)).toBe(10);
    expect(niceStep(320)).toBe(500);
  });

  it('cover the range with 3 to 5 ticks, from a tick at or below the lowest to one at or above the highest', () => {
    expect(priceTicks(100, 130)).toEqual([100, 110, 120, 130]);
    expect(priceTicks(17, 983)).toEqual([0, 500, 1000]);
    expect(priceTicks(5, 5)).toEqual([4.5, 5, 5.5]);
    // Many ranges, small and large: always 3-5 ticks, evenly spaced, covering the range.
    for (const [low, high] of [
      [0.3, 0.9],
      [1, 2],
      [12, 13],
      [95, 310],
      [1701, 1899],
      [12_000, 98_000],
      [3, 3000],
      [249.99, 250.01],
    ] as const) {
      const ticks = priceTicks(low, high);
      expect(ticks.length, `${low}-${high}`).toBeGreaterThanOrEqual(3);
      expect(ticks.length, `${low}-${high}`).toBeLessThanOrEqual(5);
      expect(ticks[0]).toBeLessThanOrEqual(low);
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(high);
      const steps = ticks.slice(1).map((tick, index) => tick - (ticks[index] as number));
      for (const step of steps) expect(step).toBeCloseTo(steps[0] as number, 6);
    }
  });

  it('are written in the display currency, with decimals only when the step has them', () => {
    expect(priceLabel(120, 'USD', 10, 'en-US')).toBe('$120');
    expect(priceLabel(2.5, 'USD', 2.5, 'en-US')).toBe('$2.5');
    expect(priceLabel(0.25, 'EUR', 0.25, 'de-DE')).toBe('0,25\u00a0€');
    expect(priceLabel(15000, 'JPY', 5000, 'ja-JP')).toBe('￥15,000');
    // Large amounts in a compact form, as people write them: "¥12万", "$150K".
    expect(priceLabel(120_000, 'JPY', 50_000, 'ja-JP')).toBe('￥12万');
    expect(priceLabel(150_000, 'USD', 50_000, 'en-US')).toBe('$150K');
  });
});

describe('date ticks', () => {
  it('use months over three months, with the year on the first tick and on January', () => {
    const from = new Date(2024, 11, 10).getTime();
    const to = new Date(2025, 2, 20).getTime();
    const ticks = dateTicks(from, to, 300, 'en-US');
    expect(ticks.map((tick) => tick.label)).toEqual(['Jan 2025', 'Feb', 'Mar']);
    expect(ticks[0]?.time).toBe(new Date(2025, 0, 1).getTime());
  });

  it('use days over a short span, and no more ticks than fit', () => {
    const from = new Date(2025, 4, 1).getTime();
    const ticks = dateTicks(from, from + 10 * DAY, 300, 'en-US');
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    expect(ticks.length).toBeLessThanOrEqual(4);
    expect(ticks[0]?.label).toBe('May 1');
    const wide = dateTicks(new Date(2019, 0, 1).getTime(), new Date(2025, 0, 1).getTime(), 300, 'en-US');
    expect(wide.map((tick) => tick.label)).toEqual(['2020', '2022', '2024']);
  });
});

describe('chart model', () => {
  const now = Date.UTC(2025, 5, 30);
  const day = (n: number) => new Date(now - n * DAY).toISOString();

  it('puts dated sales on the time axis, in order, inside the plot', () => {
    const comps = [comp(100, 'sold', day(30)), comp(120, 'sold', day(10)), comp(110, 'sold', day(20))];
    const model = chartModel(
      { comps, reference: confident(110, 105, 115), currency: 'USD', locale: 'en-US' },
      400,
    );
    if (!model) throw new Error('no model');
    expect(model.points.map((point) => point.comp.amount)).toEqual([100, 110, 120]);
    expect(model.points.every((point) => point.column === 'time' && point.lane === 'plot')).toBe(true);
    for (const point of model.points) {
      expect(point.x).toBeGreaterThanOrEqual(model.plot.left);
      expect(point.x).toBeLessThanOrEqual(model.plot.right);
      expect(point.y).toBeGreaterThanOrEqual(model.plot.top);
      expect(point.y).toBeLessThanOrEqual(model.plot.bottom);
    }
    // Higher price, higher on screen (smaller y).
    const [a, b, c] = model.points;
    expect((a as { y: number }).y).toBeGreaterThan((b as { y: number }).y);
    expect((b as { y: number }).y).toBeGreaterThan((c as { y: number }).y);
    expect(model.priceTicks.length).toBeGreaterThanOrEqual(3);
    expect(model.priceTicks.length).toBeLessThanOrEqual(5);
    expect(model.dateTicks.length).toBeGreaterThanOrEqual(1);
    expect(model.band).not.toBeNull();
    expect(model.median).not.toBeNull();
  });

  it('spreads points of the same day and price so both stay visible', () => {
    const comps = [
      comp(100, 'sold', day(5)),
      comp(100, 'sold', day(5)),
      comp(100, 'sold', day(5)),
      comp(200, 'sold', day(1)),
    ];
    const model = chartModel({ comps, reference: null, currency: 'USD' }, 400);
    const same = model?.points.filter((point) => point.comp.amount === 100) ?? [];
    expect(same).toHaveLength(3);
    const xs = same.map((point) => point.x).sort((p, q) => p - q);
    expect((xs[1] as number) - (xs[0] as number)).toBeGreaterThanOrEqual(2 * (model?.radius ?? RADIUS) - 0.5);
    expect((xs[2] as number) - (xs[1] as number)).toBeGreaterThanOrEqual(2 * (model?.radius ?? RADIUS) - 0.5);
  });

  it('draws an outlier far beyond the rest in a lane above the plot, not inside the scale', () => {
    const comps = [
      comp(100, 'sold', day(9)),
      comp(105, 'sold', day(8)),
      comp(110, 'sold', day(7)),
      comp(2000, 'sold', day(6), { outlier: true }),
    ];
    const model = chartModel({ comps, reference: confident(105, 102, 108), currency: 'USD' }, 400);
    if (!model) throw new Error('no model');
    const outlier = model.points.find((point) => point.comp.amount === 2000);
    expect(outlier?.lane).toBe('high');
    expect(outlier?.outlier).toBe(true);
    expect(model.lanes.high).not.toBeNull();
    expect(outlier?.y).toBe(model.lanes.high);
    expect(outlier?.y).toBeLessThan(model.plot.top);
    expect(model.priceTicks.at(-1)?.value).toBeLessThan(2000);
    expect(model.counts.beyond).toBe(1);
  });

  it('gives sales without a date and asking prices columns of their own, off the time axis', () => {
    const comps = [
      comp(100, 'sold', day(9)),
      comp(105, 'sold', day(3)),
      comp(90, 'sold', day(0), { dateKnown: false }),
      comp(130, 'active', day(0)),
      comp(140, 'active', day(0)),
    ];
    const model = chartModel({ comps, reference: null, currency: 'USD' }, 400);
    if (!model?.time) throw new Error('no time axis');
    expect(model.columns.map((box) => [box.column, box.count])).toEqual([
      ['undated', 1],
      ['asking', 2],
    ]);
    for (const point of model.points) {
      if (point.column === 'time') {
        expect(point.comp.dateKnown && point.sold).toBe(true);
        expect(point.x).toBeLessThanOrEqual(model.time.right);
      } else {
        const box = model.columns.find((candidate) => candidate.column === point.column);
        expect(point.x).toBeGreaterThan(model.time.right);
        expect(point.x).toBeGreaterThanOrEqual(box?.left ?? Number.NaN);
        expect(point.x).toBeLessThanOrEqual(box?.right ?? Number.NaN);
      }
    }
    expect(model.counts).toMatchObject({ dated: 2, undated: 1, asking: 2 });
  });

  it('draws asking prices alone as a strip, with no time axis at all', () => {
    const comps = [comp(100, 'active', day(2)), comp(110, 'active', day(1)), comp(120, 'active', day(0))];
    const model = chartModel({ comps, reference: confident(110, 105, 115, 'asking'), currency: 'USD' }, 400);
    if (!model) throw new Error('no model');
    expect(model.time).toBeNull();
    expect(model.dateTicks).toEqual([]);
    expect(model.columns.map((box) => box.column)).toEqual(['asking']);
    expect(model.points.every((point) => point.column === 'asking')).toBe(true);
    // The typical range of asking prices is shaded over them.
    expect(model.band?.left).toBe(model.columns[0]?.left);
  });

  it('draws nothing but the points when there is not enough data: no band, no median line', () => {
    const comps = [comp(100, 'sold', day(9)), comp(130, 'sold', day(3))];
    const model = chartModel(
      {
        comps,
        reference: { median: 115, p25: 107, p75: 122, enough: false, basis: 'sold' },
        currency: 'USD',
      },
      400,
    );
    expect(model?.points).toHaveLength(2);
    expect(model?.band).toBeNull();
    expect(model?.median).toBeNull();
  });

  it('spreads a dense cluster of many asking prices with smaller dots in a wider column, never two on one spot', () => {
    const comps = [
      comp(100, 'sold', day(3)),
      ...Array.from({ length: 150 }, (_, index) => comp(10 + (index % 30) * 0.3, 'active', day(0))),
    ];
    const model = chartModel({ comps, reference: null, currency: 'USD' }, 396);
    if (!model) throw new Error('no model');
    expect(model.radius).toBeLessThan(RADIUS);
    const asking = model.columns.find((box) => box.column === 'asking');
    expect((asking?.right ?? 0) - (asking?.left ?? 0)).toBeGreaterThan(150);
    const points = model.points;
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++) {
        const [a, b] = [points[i], points[j]] as [{ x: number; y: number }, { x: number; y: number }];
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(1);
      }
  });

  it('draws nothing without a sold or asking price', () => {
    expect(
      chartModel({ comps: [comp(100, 'ended' as 'sold', day(1))], reference: null, currency: 'USD' }, 400),
    ).toBeNull();
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { lastResultKey, readLastResult, saveLastResult } from '../../entrypoints/popup/last-result';
import { DEFAULT_SETTINGS } from '../../storage/settings';
import type { ReferenceResult } from '../../utils/comps/reference';

function result(query: string, median: number): ReferenceResult {
  const comp = {
    site: 'ebay',
    itemId: '1',
    title: 'Sony WH-1000XM4',
    url: 'https://www.ebay.com/itm/1',
    price: { amount: median, currency: 'USD' },
    amount: median,
    status: 'sold' as const,
    date: '2026-11-01T00:00:00.000Z',
    dateKnown: true,
    weight: 1,
    score: 1,
  };
  return {
    query,
    currency: 'USD',
    period: { days: 90, requested: 90, widened: false },
    subject: {
      kind: { id: 'item' },
      condition: 'used',
      conditionFrom: 'default',
      attributes: [],
      platformOnly: false,
    },
    reference: {
      basis: 'sold',
      median,
      p25: median - 10,
      p75: median + 10,
      min: median - 20,
      max: median + 20,
      n: 3,
      enough: true,
      scattered: false,
      outliers: 0,
    },
    asking: null,
    comps: [comp, comp, comp],
    excluded: [],
    groups: [],
    outside: { count: 0, sold: 0 },
    tally: {
      scope: 'matches',
      total: 3,
      counted: 3,
      outliers: 0,
      asking: 0,
      setAside: 0,
      otherKinds: 0,
      otherModels: 0,
      otherConditions: 0,
      outsidePeriod: 0,
      notMatching: 0,
    },
    trend: { sold: [{ start: '2026-11-01', median, n: 3 }] as never, asking: [], slope: null },
  } as ReferenceResult;
}

describe('the last result of a query', () => {
  beforeEach(() => localStorage.clear());

  it('is read back for the same query and settings, without its lists (the card only)', () => {
    const key = lastResultKey('sony wh-1000xm4', DEFAULT_SETTINGS, null);
    saveLastResult(key, result('sony wh-1000xm4', 120), new Date('2026-11-27T10:00:00Z'));
    const last = readLastResult(key);
    expect(last?.at).toBe('2026-11-27T10:00:00.000Z');
    expect(last?.result.reference?.median).toBe(120);
    expect(last?.result.tally.total).toBe(3);
    expect(last?.result.comps).toEqual([]);
    expect(last?.result.trend.sold).toEqual([]);
  });

  it('is not the answer for other settings: currency, period, shipping', () => {
    const key = lastResultKey('sony wh-1000xm4', DEFAULT_SETTINGS, null);
    saveLastResult(key, result('sony wh-1000xm4', 120));
    for (const change of [{ displayCurrency: 'EUR' }, { windowDays: 365 }, { includeShipping: true }]) {
      const other = lastResultKey('sony wh-1000xm4', { ...DEFAULT_SETTINGS, ...change }, null);
      expect(other).not.toBe(key);
      expect(readLastResult(other)).toBeNull();
    }
  });

  it('keeps the newest 30 queries, and survives a damaged store', () => {
    for (let index = 0; index < 35; index++)
      saveLastResult(
        lastResultKey(`query ${index}`, DEFAULT_SETTINGS, null),
        result(`query ${index}`, index),
      );
    expect(readLastResult(lastResultKey('query 34', DEFAULT_SETTINGS, null))?.result.reference?.median).toBe(
      34,
    );
    // 35 saved, the 30 newest kept: 5..34; 0..4 dropped.
    expect(readLastResult(lastResultKey('query 5', DEFAULT_SETTINGS, null))?.result.reference?.median).toBe(
      5,
    );
    expect(readLastResult(lastResultKey('query 4', DEFAULT_SETTINGS, null))).toBeNull();
    localStorage.setItem('comps:last-results', '{not json');
    expect(readLastResult(lastResultKey('query 34', DEFAULT_SETTINGS, null))).toBeNull();
    saveLastResult(lastResultKey('again', DEFAULT_SETTINGS, null), result('again', 1));
    expect(readLastResult(lastResultKey('again', DEFAULT_SETTINGS, null))?.result.query).toBe('again');
  });
});

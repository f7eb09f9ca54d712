import { describe, expect, it } from 'vitest';
import { currencyForHost, parsePrice } from '../utils/price';
import { describeScore, loadPriceTable, scorePriceTable } from './helpers/price-table';

describe('parsePrice on the real-world table (test/fixtures/prices.tsv)', () => {
  const rows = loadPriceTable();
  const score = scorePriceTable(rows, parsePrice, currencyForHost);

  it('has at least 500 strings, from the saved pages among others', () => {
    expect(rows.length).toBeGreaterThanOrEqual(500);
    expect(rows.filter((row) => row.source.startsWith('fixture')).length).toBeGreaterThanOrEqual(100);
    expect(rows.filter((row) => row.expected === null).length).toBeGreaterThanOrEqual(40);
  });

  it('reads at least 0.97 of them right', () => {
    console.log(describeScore(score));
    expect(score.right / score.rows).toBeGreaterThanOrEqual(0.97);
  });

  it('makes no price out of a text that holds none', () => {
    const invented = score.wrong.filter(({ row }) => row.expected === null);
    expect(invented.map(({ row, got }) => `${row.text} → ${JSON.stringify(got)}`)).toEqual([]);
  });

  it('keeps precision: at least 0.99 of the prices it returns are right', () => {
    expect(score.precision).toBeGreaterThanOrEqual(0.99);
  });
});

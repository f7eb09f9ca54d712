import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParsedPrice, PriceHint } from '../../utils/price';

const TABLE = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/prices.tsv');

export interface PriceRow {
  line: number;
  text: string;
  host: string;
  /** null: the text holds no price. */
  expected: ParsedPrice | null;
  source: string;
}

/** test/fixtures/prices.tsv (its header says how the rows were written). */
export function loadPriceTable(path = TABLE): PriceRow[] {
  const rows: PriceRow[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((raw, index) => {
      if (raw.trim() === '' || raw.startsWith('#')) return;
      const [text = '', host = '', amount = '', currency = '', source = ''] = raw.split('\t');
      if (!source) throw new Error(`prices.tsv:${index + 1}: expected 5 tab-separated columns`);
      rows.push({
        line: index + 1,
        text: text.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) =>
          String.fromCharCode(Number.parseInt(hex, 16)),
        ),
        host,
        expected:
          amount === '-' ? null : { amount: Number(amount), currency: currency === '-' ? null : currency },
        source,
      });
    });
  return rows;
}

export interface PriceScore {
  rows: number;
  right: number;
  /** Prices in the table that came out null. */
  missed: PriceRow[];
  /** A price with another amount or currency, or a price where the text holds none. */
  wrong: { row: PriceRow; got: ParsedPrice | null }[];
  /** Of the prices returned, the share that are right. */
  precision: number;
}

type Parse = (text: string, hint?: PriceHint) => ParsedPrice | null;
type HostCurrency = (host: string) => string | null;

export function scorePriceTable(rows: PriceRow[], parse: Parse, currencyForHost: HostCurrency): PriceScore {
  const missed: PriceRow[] = [];
  const wrong: { row: PriceRow; got: ParsedPrice | null }[] = [];
  let returned = 0;
  for (const row of rows) {
    const got = parse(row.text, { currency: currencyForHost(row.host) ?? undefined });
    if (got) returned++;
    const same =
      got === null || row.expected === null
        ? got === row.expected
        : Math.abs(got.amount - row.expected.amount) < 1e-9 && got.currency === row.expected.currency;
    if (same) continue;
    if (got === null) missed.push(row);
    else wrong.push({ row, got });
  }
  return {
    rows: rows.length,
    right: rows.length - missed.length - wrong.length,
    missed,
    wrong,
    precision: returned === 0 ? 1 : (returned - wrong.length) / returned,
  };
}

/** The lines `npm run price-score` and the test print. */
export function describeScore(score: PriceScore, details = true): string {
  const share = (n: number) => (n / score.rows).toFixed(3);
  const lines = [
    `parsePrice on ${score.rows} real-world strings: ${score.right} right (${share(score.right)}), ` +
      `${score.missed.length} missed, ${score.wrong.length} wrong; precision ${score.precision.toFixed(3)}`,
  ];
  if (details) {
    const show = (row: PriceRow) =>
      `${JSON.stringify(row.text)} @ ${row.host} (line ${row.line}, ${row.source})`;
    for (const row of score.missed)
      lines.push(`  missed ${show(row)}: expected ${JSON.stringify(row.expected)}`);
    for (const { row, got } of score.wrong)
      lines.push(
        `  wrong  ${show(row)}: got ${JSON.stringify(got)}, expected ${JSON.stringify(row.expected)}`,
      );
  }
  return lines.join('\n');
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokensToRead, unitsToRead, verdictTokensToRead } from '../../storage/comps';
import { documentFromHtml } from '../../utils/cli/html';
import { analyzeTitle } from '../../utils/comps/analysis';
import { buildQuery, matchCandidate, type Query } from '../../utils/comps/match';
import { extractPage } from '../../utils/extract-page';
import { adapterFor } from '../../utils/sites';
import { fixtureDocument } from '../helpers/fixtures';

/** Saved pages whose titles share many words: pokemon cards in English and Japanese, hoodies, phones. */
const PAGES = [
  ['ebay/ebay-com-search-pokemon-2026-s-card.html', 'https://www.ebay.com/sch/i.html?_nkw=pokemon'],
  [
    'ebay/ebay-com-sold-search-champion-2025-s-card.html',
    'https://www.ebay.com/sch/i.html?_nkw=navy+champion+reverse+weave&LH_Sold=1&LH_Complete=1',
  ],
  [
    'yahoo-fleamarket/paypayfleamarket-search-pokemon-card-2026.html',
    'https://paypayfleamarket.yahoo.co.jp/search/%E3%83%9D%E3%82%B1%E3%83%A2%E3%83%B3%E3%82%AB%E3%83%BC%E3%83%89',
  ],
  ['wallapop/wallapop-es-search-iphone-2025.html', 'https://es.wallapop.com/search?keywords=iphone'],
] as const;

/** Hand-written pages of the held-out evaluation: a model code that names its platform ("S24 Ultra"). */
const SNIPPETS = [
  ['carousell-tw-search-galaxy-s24-ultra.html', 'https://www.carousell.com.tw/search/s24%20ultra/'],
] as const;

function titlesOf(document: Document, url: string): string[] {
  const adapter = adapterFor(new URL(url));
  if (!adapter) throw new Error(`no adapter for ${url}`);
  return extractPage(adapter, document, new URL(url)).listings.map((listing) => listing.title);
}

const titles = [
  ...PAGES.flatMap(([file, url]) => titlesOf(fixtureDocument(file, url), url)),
  ...SNIPPETS.flatMap(([file, url]) => {
    const html = readFileSync(join(import.meta.dirname, '../eval/holdout/snippets', file), 'utf8');
    return titlesOf(documentFromHtml(html, url), url);
  }),
];
const analysed = titles.map((title) => analyzeTitle(title));
const docFreq = new Map<string, number>();
for (const { tokens } of analysed)
  for (const token of new Set(tokens)) docFreq.set(token, (docFreq.get(token) ?? 0) + 1);
const stats = { docCount: titles.length, docFreq: (token: string) => docFreq.get(token) ?? 0, avgLength: 10 };

/**
 * Expects every saved title the engine matches as the thing itself for `query` to hold a token of
 * `read`; returns how many it looked at.
 */
function expectEveryMatchRead(query: Query, read: ReadonlySet<string>): number {
  let matches = 0;
  for (const [index, { tokens, facts }] of analysed.entries()) {
    const match = matchCandidate(query, tokens, stats, facts, { title: titles[index] ?? '' });
    // Another model may hold the query's code through one of its family ("AR 086" for "AR 33"),
    // a token that is not read: it is set aside, never counted.
    if (!match.matched || match.otherModel) continue;
    matches++;
    expect(
      tokens.some((token) => read.has(token)),
      `"${titles[index]}" for "${query.text}" (read: ${[...read].join(' ')})`,
    ).toBe(true);
  }
  return matches;
}

describe('unitsToRead: the fewest rarest units every comp holds one of', () => {
  it('misses no title the engine matches, each of the saved titles as the query', () => {
    expect(titles.length).toBeGreaterThan(200);
    let matches = 0;
    let fewer = 0;
    for (const query of titles.map((title) => buildQuery(title))) {
      const read = new Set(tokensToRead(query, docFreq, titles.length));
      if (unitsToRead(query.units, docFreq, titles.length).length < Math.floor(query.units.length / 2) + 1)
        fewer++;
      matches += expectEveryMatchRead(query, read);
    }
    // The check has matches to look at, and the rule reads fewer units than half for many titles.
    expect(matches).toBeGreaterThan(500);
    expect(fewer).toBeGreaterThan(titles.length / 4);
  });

  it('reads the rare name and one more when the common words together weigh less than half', () => {
    const common = new Map([
      ['togekiss', 3],
      ['ultra', 900],
      ['rare', 1_500],
      ['holo', 2_000],
      ['c:pokemon', 5_000],
      ['c:trading-card', 4_000],
    ]);
    // Without "togekiss", the other five are most of the six (MOST); without it and "ultra", four
    // are not, and weigh less than half: two lists instead of four.
    expect(unitsToRead([...common.keys()], common, 10_000)).toEqual(['togekiss', 'ultra']);
    // Equally common words: half of them and one more, as before.
    const flat = new Map([...common.keys()].map((unit) => [unit, 100]));
    expect(unitsToRead([...flat.keys()], flat, 10_000)).toHaveLength(4);
  });
});

describe('verdictTokensToRead: a rare token every counted comp holds', () => {
  it('misses no title the engine matches as the thing itself, each of the saved titles as the query', () => {
    let gated = 0;
    let matches = 0;
    for (const query of titles.map((title) => buildQuery(title))) {
      const gate = verdictTokensToRead(query, docFreq, titles.length);
      if (!gate) continue;
      gated++;
      matches += expectEveryMatchRead(query, new Set(gate));
    }
    expect(gated).toBeGreaterThan(titles.length / 4);
    expect(matches).toBeGreaterThan(200);
  });
});

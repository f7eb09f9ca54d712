import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePageArguments } from '../utils/cli/pages';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixture = (path: string) => join(ROOT, 'test/fixtures', `${path}.gz`);

function run(script: 'extract' | 'reference', args: string[]): string {
  return execFileSync('node', ['--import', 'tsx', `utils/cli/${script}.ts`, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
}

describe('parsePageArguments', () => {
  it('pairs each page with its --url', () => {
    expect(
      parsePageArguments(['a.html', '--url', 'https://a.example/', 'b.html', '--url', 'https://b.example/']),
    ).toEqual([
      { file: 'a.html', url: 'https://a.example/' },
      { file: 'b.html', url: 'https://b.example/' },
    ]);
  });
  it.each([[[]], [['a.html']], [['a.html', '--url']], [['--url', 'https://a.example/']]])(
    'refuses %j with the usage',
    (args) => {
      expect(() => parsePageArguments(args)).toThrow(/usage/);
    },
  );
});

describe('npm run extract', () => {
  it('prints one JSON object per page, in the order given', () => {
    const output = run('extract', [
      fixture('ebay/ebay-co-uk-item-auction-used-2020.html'),
      '--url',
      'https://www.ebay.co.uk/itm/143863282131',
      fixture('ebay/ebay-bot-challenge-pardon-our-interruption.html'),
      '--url',
      'https://www.ebay.com/sch/i.html?_nkw=pokemon',
    ]);
    const lines = output
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(2);
    // The page shows "£115.00" with 6 bids... read from the saved page: #prcIsum_bidPrice.
    expect(lines[0]).toMatchObject({ site: 'ebay', pageKind: 'item' });
    expect(lines[0].listings[0]).toMatchObject({
      itemId: '143863282131',
      price: { amount: 115, currency: 'GBP' },
    });
    expect(lines[1]).toEqual({ site: 'ebay', pageKind: 'search', listings: [] });
  });
});

describe('npm run reference', () => {
  it('gives the sold reference of the saved sold search, in the JSON shape the README documents', () => {
    const output = run('reference', [
      '--query',
      'champion reverse weave hoodie',
      fixture('ebay/ebay-com-sold-search-champion-2025-s-card.html'),
      '--url',
      'https://www.ebay.com/sch/i.html?_nkw=navy+champion+reverse+weave&LH_Sold=1&LH_Complete=1',
      '--now',
      '2025-11-01',
    ]);
    const result = JSON.parse(output);
    expect(result).toMatchObject({ query: 'champion reverse weave hoodie', currency: 'USD' });
    expect(result.reference.basis).toBe('sold');
    expect(result.reference.n).toBeGreaterThanOrEqual(3);
    expect(result.reference.p25).toBeLessThanOrEqual(result.reference.median);
    expect(result.reference.median).toBeLessThanOrEqual(result.reference.p75);
    for (const comp of result.comps) {
      expect(comp).toEqual(expect.objectContaining({ site: 'ebay', itemId: expect.any(String) }));
      // A sold search shows sold and ended-unsold listings: ended ones are shown, not counted.
      expect(['sold', 'ended']).toContain(comp.status);
      // Half the query's words at least, brand or not.
      expect(comp.title.toLowerCase()).toMatch(/champion|reverse weave/);
    }
    expect(Array.isArray(result.excluded)).toBe(true);
  });
});

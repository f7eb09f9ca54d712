import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Chip } from '../../components/inpage/Chip';
import { allHosts, HOST_ATTRIBUTE } from '../../components/inpage/host';
import { Panel } from '../../components/inpage/Panel';
import { createInPageView } from '../../components/inpage/view';
import { extractPage } from '../../utils/extract-page';
import type { CardVerdict, VerdictWord } from '../../utils/messages';
import { adapterFor } from '../../utils/sites';
import { fixtureDocument } from '../helpers/fixtures';

const verdict = (word: VerdictWord, itemId = '1'): CardVerdict =>
  word === 'unknown'
    ? { itemId, verdict: 'unknown', reason: 'few', n: 1, basis: 'sold', condition: 'used' }
    : {
        itemId,
        verdict: word,
        percent: word === 'below' ? -18 : word === 'above' ? 32 : 3,
        basis: 'sold',
        median: 30,
        p25: 25,
        p75: 36,
        n: 14,
        condition: 'used',
      };

let root: HTMLElement | undefined;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
});

describe('Chip and Panel', () => {
  it('a chip shows a sign and the percent, and its accessible name holds the verdict and the numbers', () => {
    root = document.createElement('div');
    document.body.append(root);
    render(<Chip verdict={verdict('below')} currency="USD" />, root);
    const chip = root.querySelector('button.chip');
    expect(chip?.textContent).toBe('▼ 18%');
    expect(chip?.classList.contains('below')).toBe(true);
    expect(chip?.getAttribute('aria-label')).toBe(
      'Comps: 18% below typical sold. Typical sold $30.00 ($25.00 – $36.00), 14 sales.',
    );
    // the tooltip's lines: the words, the typical price and range, the count
    expect([...(root.querySelectorAll('.tip .line') ?? [])].map((line) => line.textContent)).toEqual([
      '18% below typical sold',
      'Typical sold $30.00 ($25.00 – $36.00)',
      '14 sales',
    ]);
  });

  it('the panel says the verdict in words, the numbers, and offers Details; with too few comps one line, no number', () => {
    root = document.createElement('div');
    document.body.append(root);
    let opened = 0;
    render(
      <Panel
        verdict={verdict('above')}
        currency="USD"
        detail={{
          itemId: '1',
          days: 90,
          points: [
            [1, 28],
            [2, 31],
            [3, 30],
          ],
        }}
        onDetails={() => opened++}
      />,
      root,
    );
    const panel = root.querySelector('section.panel');
    expect(panel?.getAttribute('aria-label')).toBe(
      'Comps: 32% above typical sold. Typical sold $30.00 ($25.00 – $36.00), 14 sales.',
    );
    expect(panel?.querySelector('.words .long')?.textContent).toBe('32% above typical sold');
    expect(panel?.querySelector('.numbers')?.textContent).toBe('$30.00 ($25.00 – $36.00) · 14 sales');
    expect(panel?.querySelector('svg.spark polyline')?.getAttribute('points')?.split(' ')).toHaveLength(3);
    panel?.querySelector<HTMLButtonElement>('button.details')?.click();
    expect(opened).toBe(1);

    render(<Panel verdict={verdict('unknown')} currency="USD" onDetails={() => {}} />, root);
    const few = root.querySelector('section.panel');
    expect(few?.querySelector('.few .long')?.textContent).toBe(
      'Too few comparable sales to judge this price yet',
    );
    expect(few?.textContent).not.toMatch(/\$\d/);
    expect(few?.querySelector('svg')).toBeNull();
  });
});

describe('createInPageView on a saved search page', () => {
  const url = 'https://www.depop.com/search/?q=champion%20reverse%20weave';
  const doc = fixtureDocument('depop/depop-search-champion-reverse-weave-2025-rendered.html', url);
  const adapter = adapterFor(new URL(url));
  const { listings } = extractPage(adapter as NonNullable<typeof adapter>, doc, new URL(url));
  const words: VerdictWord[] = ['below', 'typical', 'above', 'unknown'];
  const cards = listings.map((listing, index) => ({
    listing,
    verdict: verdict(words[index % 4] as VerdictWord, listing.itemId),
  }));

  it('puts one host at the end of each card’s price, marked with its verdict, once', () => {
    const view = createInPageView(doc);
    const request = { site: 'depop', kind: 'search' as const, currency: 'USD', cards, onDetails: () => {} };
    expect(view.show(request)).toBe(listings.length);
    const hosts = allHosts(doc);
    expect(hosts).toHaveLength(listings.length);
    expect(hosts.map((host) => host.getAttribute(HOST_ATTRIBUTE))).toEqual(
      cards.map((card) => card.verdict.verdict),
    );
    for (const host of hosts) {
      // after the price text, inside the price element: the price's own text is unchanged
      expect(host.parentElement?.textContent?.trim()).toMatch(/^\$\d+\.\d\d$/);
      expect(host.getAttribute('style')).toContain('all: initial !important');
      // its own content lives in a closed shadow root: the page sees only the host
      expect(host.shadowRoot).toBeNull();
    }
    // a second scan adds nothing
    expect(view.show(request)).toBe(0);
    expect(allHosts(doc)).toHaveLength(listings.length);
    view.clear();
    expect(allHosts(doc)).toHaveLength(0);
    expect(doc.querySelectorAll('[data-comps-verdict]')).toHaveLength(0);
  });
});

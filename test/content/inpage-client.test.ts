import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../storage/settings';
import { FIRST_BATCH, InPageClient } from '../../utils/inpage/client';
import type { InPageShow, InPageView } from '../../utils/inpage/types';
import type { Listing } from '../../utils/listing';
import { MAX_BATCH, type VerdictsMessage, type VerdictsReply } from '../../utils/messages';
import { makeListing } from '../helpers/listings';

const SEARCH = 'https://www.ebay.com/sch/i.html?_nkw=sony';

/** A background that answers every card "below", a view that records, settings that can change. */
function setup(initial: Partial<Settings> = {}) {
  const requests: VerdictsMessage[] = [];
  const shown: InPageShow[] = [];
  let clears = 0;
  let loads = 0;
  let listener: ((settings: Settings) => void) | undefined;
  const view: InPageView = {
    show(request) {
      shown.push(request);
      return request.cards.length;
    },
    clear() {
      clears++;
    },
  };
  const client = new InPageClient({
    site: 'ebay',
    async send(message) {
      const typed = message as VerdictsMessage;
      requests.push(typed);
      const reply: VerdictsReply = {
        ok: true,
        currency: 'USD',
        verdicts: typed.cards.map((card) => ({
          itemId: card.itemId,
          verdict: 'below',
          percent: -10,
          n: 5,
          condition: 'used',
        })),
      };
      return reply;
    },
    async load() {
      loads++;
      return view;
    },
    settings: async () => ({ ...DEFAULT_SETTINGS, ...initial }),
    onSettingsChanged: (callback) => {
      listener = callback;
    },
  });
  return {
    client,
    requests,
    shown,
    clears: () => clears,
    loads: () => loads,
    change: (settings: Partial<Settings>) => listener?.({ ...DEFAULT_SETTINGS, ...settings }),
  };
}

const cards = (count: number) => Array.from({ length: count }, () => makeListing());

describe('InPageClient: one request per scan, only for cards without a verdict', () => {
  it('asks for the first screenful of a scan, shows it, then asks for the rest at once and shows all', async () => {
    const page = setup();
    const first = cards(60);
    await page.client.update(first, SEARCH, 'search');
    expect(page.requests.map((request) => request.cards.length)).toEqual([FIRST_BATCH, 60 - FIRST_BATCH]);
    expect(page.requests.flatMap((request) => request.cards.map((card) => card.itemId))).toEqual(
      first.map((card) => card.itemId),
    );
    // The first cards are on the page before the rest is asked for.
    expect(page.shown.map((request) => request.cards.length)).toEqual([FIRST_BATCH, 60]);
    expect(page.requests[0]).toMatchObject({
      type: 'verdicts',
      site: 'ebay',
      pageKind: 'search',
      pageUrl: SEARCH,
    });
    expect(page.loads()).toBe(1);
  });

  it('asks for the cards added later (infinite scroll) alone, and shows the page again', async () => {
    const page = setup();
    const first = cards(20);
    const more = cards(5);
    await page.client.update(first, SEARCH, 'search');
    await page.client.update([...first, ...more], SEARCH, 'search');
    await page.client.update([...first, ...more], SEARCH, 'search');
    expect(page.requests.map((request) => request.cards.length)).toEqual([FIRST_BATCH, 20 - FIRST_BATCH, 5]);
    expect(page.shown.map((request) => request.cards.length)).toEqual([FIRST_BATCH, 20, 25, 25]);
  });

  it('asks again for a card whose price changed', async () => {
    const page = setup();
    const [card] = cards(1) as [Listing];
    await page.client.update([card], SEARCH, 'search');
    await page.client.update([{ ...card, price: { amount: 99, currency: 'USD' } }], SEARCH, 'search');
    expect(page.requests).toHaveLength(2);
  });

  it('leaves carousel listings out, and on an item page asks for the page’s own listing with the page’s keys', async () => {
    const page = setup();
    const own = makeListing();
    const related = { ...makeListing(), related: true };
    await page.client.update([related], SEARCH, 'search');
    expect(page.requests).toHaveLength(0);
    await page.client.update([own, related], own.url, 'item');
    expect(page.requests[0]?.cards.map((card) => card.itemId)).toEqual([own.itemId]);
    // In page order, as the popup passes them (the page-info reply's keys): the search page's are gone.
    expect(page.requests[0]?.pageKeys).toEqual([
      ['ebay', own.itemId],
      ['ebay', related.itemId],
    ]);
    expect(page.shown[0]?.kind).toBe('item');
  });

  it('sends up to MAX_BATCH cards a message after the first screenful: a 1,200-card page is 4 requests', async () => {
    const page = setup();
    await page.client.update(cards(1200), SEARCH, 'search');
    expect(page.requests.map((request) => request.cards.length)).toEqual([
      FIRST_BATCH,
      MAX_BATCH,
      MAX_BATCH,
      1200 - FIRST_BATCH - 2 * MAX_BATCH,
    ]);
    expect(page.shown.at(-1)?.cards).toHaveLength(1200);
  });
});

describe('InPageClient: settings', () => {
  it('loads nothing and asks for no verdicts when the display is off; tells the background once per page', async () => {
    const page = setup({ inPage: false });
    await page.client.update(cards(10), SEARCH, 'search');
    await page.client.update(cards(10), SEARCH, 'search');
    expect(page.requests.map((request) => request.cards.length)).toEqual([0]);
    expect(page.loads()).toBe(0);
  });

  it.each([
    ['paused', { paused: true }],
    ['this site off', { inPageOffSites: ['ebay'] }],
    ['chips off', { inPageChips: false }],
  ])('shows no chips when %s', async (_name, settings) => {
    const page = setup(settings);
    await page.client.update(cards(3), SEARCH, 'search');
    expect(page.shown).toHaveLength(0);
  });

  it('removes everything at once when turned off, and shows it again (asked anew) when turned on', async () => {
    const page = setup();
    const first = cards(8);
    await page.client.update(first, SEARCH, 'search');
    page.change({ inPage: false });
    await page.client.update(first, SEARCH, 'search');
    expect(page.clears()).toBeGreaterThanOrEqual(1);
    const shownBefore = page.shown.length;
    page.change({ inPage: true });
    await page.client.update(first, SEARCH, 'search');
    expect(page.shown.length).toBeGreaterThan(shownBefore);
    // A change of settings may change every verdict (period, currency): asked again.
    expect(page.requests.filter((request) => request.cards.length === 8)).toHaveLength(2);
  });
});

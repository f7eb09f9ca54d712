import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import type { Badge } from '../../entrypoints/background/badge';
import { handleVerdicts, type VerdictDeps } from '../../entrypoints/background/verdicts';
import { type CompsDatabase, openDatabase } from '../../storage/db';
import { recordListings } from '../../storage/listings';
import { referenceFor } from '../../storage/reference-query';
import { DEFAULT_SETTINGS, type Settings } from '../../storage/settings';
import { extractPage } from '../../utils/extract-page';
import type { Listing } from '../../utils/listing';
import type { CardVerdict, VerdictsReply } from '../../utils/messages';
import { DEFAULT_RATES } from '../../utils/rates';
import { adapterFor } from '../../utils/sites';
import { fixtureDocument } from '../helpers/fixtures';
import { freshDbName } from '../helpers/listings';

const OWN_ID = 'comps-test-id';
const NOW = new Date('2026-11-27T12:00:00Z');
const SOLD_URL = 'https://www.ebay.com/sch/i.html?_nkw=navy+champion+reverse+weave&LH_Sold=1&LH_Complete=1';
const SEARCH_URL = 'https://www.depop.com/search/?q=champion%20reverse%20weave';

function listingsOf(file: string, pageUrl: string): Listing[] {
  const url = new URL(pageUrl);
  const adapter = adapterFor(url);
  if (!adapter) throw new Error(`no adapter for ${pageUrl}`);
  return extractPage(adapter, fixtureDocument(file, pageUrl), url).listings;
}

function tabAt(url: string, tabId = 7, frameId = 0): Runtime.MessageSender {
  return {
    id: OWN_ID,
    url,
    frameId,
    tab: { id: tabId, index: 0, highlighted: true, active: true, pinned: false, incognito: false },
  };
}

/** Records what the handler does to the toolbar button. */
function fakeBadge() {
  const calls: string[] = [];
  const badge: Badge = {
    async show(tabId, verdict) {
      calls.push(`show ${tabId} ${verdict.verdict} ${verdict.percent}`);
    },
    async clear(tabId) {
      calls.push(`clear ${tabId}`);
    },
  };
  return { badge, calls };
}

let db: CompsDatabase;
let sold: Listing[];
let search: Listing[];

function deps(settings: Partial<Settings> = {}) {
  const { badge, calls } = fakeBadge();
  const value: VerdictDeps = {
    db,
    ownId: OWN_ID,
    // The display currency of the cards (USD): the comparison with the popup needs no rate.
    settings: async () => ({ ...DEFAULT_SETTINGS, displayCurrency: 'USD', ...settings }),
    badge,
    now: () => NOW,
  };
  return { deps: value, calls };
}

function request(
  cards: unknown[],
  pageKind: 'search' | 'item' | null = 'search',
  url = SEARCH_URL,
  site = 'depop',
) {
  return { type: 'verdicts', site, pageKind, pageUrl: url, cards };
}

beforeAll(async () => {
  db = openDatabase(freshDbName());
  sold = listingsOf('ebay/ebay-com-sold-search-champion-2025-s-card.html', SOLD_URL);
  search = listingsOf('depop/depop-search-champion-reverse-weave-2025-rendered.html', SEARCH_URL);
  await recordListings(db, sold, '2026-11-20T10:00:00Z');
  await recordListings(db, search, '2026-11-27T10:00:00Z');
});
afterAll(async () => {
  await db?.delete();
});

describe('handleVerdicts: the verdicts of a page in one request', () => {
  it('answers every card, in order, with the verdict the popup gives its title for it', async () => {
    const { deps: d } = deps();
    const reply = await handleVerdicts(d, request(search), tabAt(SEARCH_URL));
    expect(reply.ok).toBe(true);
    expect(reply.currency).toBe('USD');
    expect(reply.verdicts?.map((verdict) => verdict.itemId)).toEqual(search.map((card) => card.itemId));
    for (const [index, card] of search.entries()) {
      const popup = await referenceFor(db, card.title, {
        now: NOW,
        windowDays: 90,
        autoWiden: true,
        currency: 'USD',
        rates: DEFAULT_RATES,
        includeShipping: false,
        target: card,
      });
      const verdict = reply.verdicts?.[index] as CardVerdict;
      if (!popup.verdict) {
        expect(verdict.verdict, card.title).toBe('unknown');
        continue;
      }
      const word = { below: 'below', within: 'typical', above: 'above' }[popup.verdict.position];
      expect(verdict.verdict, card.title).toBe(word);
      expect(verdict.percent, card.title).toBe(Math.round(popup.verdict.percent));
      expect(verdict.median, card.title).toBe(popup.reference?.median);
    }
    // The saved pages hold bargains and dear ones alike: not one verdict for all.
    expect(new Set(reply.verdicts?.map((verdict) => verdict.verdict)).size).toBeGreaterThanOrEqual(3);
  });

  it("judges a card's price against a sweatshirt's sales by the rule: below the 25th percentile is below", async () => {
    const { deps: d } = deps();
    const reply = await handleVerdicts(d, request(search), tabAt(SEARCH_URL));
    for (const verdict of reply.verdicts ?? []) {
      if (verdict.verdict === 'unknown') {
        // Too few comps: no number at all, so nothing on the page can show one.
        expect(verdict.median).toBeUndefined();
        expect(verdict.p25).toBeUndefined();
        continue;
      }
      const card = search.find((listing) => listing.itemId === verdict.itemId) as Listing;
      const { amount } = card.price;
      const expected =
        amount < (verdict.p25 as number) ? 'below' : amount > (verdict.p75 as number) ? 'above' : 'typical';
      expect(verdict.verdict, card.title).toBe(expected);
      expect(verdict.percent).toBe(
        Math.round(((amount - (verdict.median as number)) / (verdict.median as number)) * 100),
      );
    }
  });

  it("leaves each card out of its own comps: a sold card's own sale does not make its reference", async () => {
    // On the sold search every card is a sale: judged with itself counted, a card would pull the
    // median toward its own price. The popup leaves the open item out; so does each chip.
    const { deps: d } = deps();
    const cards = sold.filter((card) => card.status === 'sold').slice(0, 15);
    const reply = await handleVerdicts(d, request(cards, 'search', SOLD_URL, 'ebay'), tabAt(SOLD_URL));
    for (const [index, card] of cards.entries()) {
      const without = await referenceFor(db, card.title, {
        now: NOW,
        windowDays: 90,
        autoWiden: true,
        currency: 'USD',
        rates: DEFAULT_RATES,
        includeShipping: false,
        target: card,
      });
      expect(without.comps.some((comp) => comp.itemId === card.itemId)).toBe(false);
      expect(reply.verdicts?.[index]?.median, card.title).toBe(
        without.reference?.enough ? without.reference.median : undefined,
      );
    }
  });

  it('says "unknown" with the reason and no number when there are too few comps', async () => {
    const { deps: d } = deps();
    const lonely: Listing = {
      ...(search[0] as Listing),
      itemId: 'lonely-1',
      url: 'https://www.depop.com/products/lonely-1/',
      title: 'zqxw nonexistent gizmo 9000',
    };
    const reply = await handleVerdicts(d, request([lonely]), tabAt(SEARCH_URL));
    expect(reply.verdicts).toEqual([
      { itemId: 'lonely-1', verdict: 'unknown', reason: 'few', n: 0, condition: 'used' },
    ]);
  });

  it('on an item page judges the page’s own listing only, sets the toolbar badge and sends the sparkline', async () => {
    const { deps: d, calls } = deps();
    const own = search.find((card) =>
      /vintage champion reverse weave sweatshirt/.test(card.title),
    ) as Listing;
    const itemUrl = own.url;
    const related = { ...(search[1] as Listing), related: true };
    const reply = (await handleVerdicts(
      d,
      { ...request([own, related], 'item', itemUrl), pageKeys: [[own.site, own.itemId]] },
      tabAt(itemUrl),
    )) as VerdictsReply;
    expect(reply.verdicts?.map((verdict) => verdict.itemId)).toEqual([own.itemId]);
    const verdict = reply.verdicts?.[0] as CardVerdict;
    expect(verdict.verdict).not.toBe('unknown');
    expect(calls).toEqual([`show 7 ${verdict.verdict} ${verdict.percent}`]);
    expect(reply.panel?.itemId).toBe(own.itemId);
    expect(reply.panel?.points.length).toBeGreaterThanOrEqual(3);
    const times = reply.panel?.points.map(([time]) => time) ?? [];
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('clears the badge on a search page and in frames only the top frame touches it', async () => {
    const { deps: d, calls } = deps();
    await handleVerdicts(d, request(search.slice(0, 2)), tabAt(SEARCH_URL));
    await handleVerdicts(d, request([search[0]], 'item', search[0]?.url), tabAt(search[0]?.url ?? '', 7, 3));
    expect(calls).toEqual(['clear 7']);
  });

  const offCases: [string, Partial<Settings>, 'search' | 'item'][] = [
    ['paused', { paused: true }, 'search'],
    ['turned off', { inPage: false }, 'search'],
    ['turned off for the site', { inPageOffSites: ['depop'] }, 'search'],
    ['chips turned off, on a search page', { inPageChips: false }, 'search'],
    ['turned off, on an item page', { inPage: false }, 'item'],
  ];
  it.each(offCases)('shows nothing when %s, and clears the badge', async (_name, settings, kind) => {
    const { deps: d, calls } = deps(settings);
    const reply = await handleVerdicts(d, request(search.slice(0, 3), kind), tabAt(SEARCH_URL));
    expect(reply).toEqual({ ok: true, off: true });
    expect(calls).toEqual(['clear 7']);
  });

  it('still shows the item panel when only the chips are off', async () => {
    const { deps: d } = deps({ inPageChips: false });
    const reply = await handleVerdicts(
      d,
      request([search[0]], 'item', search[0]?.url),
      tabAt(search[0]?.url ?? ''),
    );
    expect(reply.off).toBeUndefined();
    expect(reply.verdicts).toHaveLength(1);
  });

  it('refuses what the capture refuses: a wrong shape, another extension, a page of another site, the shop reader', async () => {
    const { deps: d, calls } = deps();
    expect(await handleVerdicts(d, { type: 'verdicts', cards: 'x' }, tabAt(SEARCH_URL))).toEqual({
      ok: false,
      error: 'bad message',
    });
    expect(await handleVerdicts(d, request(search), { ...tabAt(SEARCH_URL), id: 'other' })).toMatchObject({
      ok: false,
      error: 'untrusted sender',
    });
    // A content script on eBay asking as Depop.
    expect(await handleVerdicts(d, request(search), tabAt(SOLD_URL))).toMatchObject({ ok: false });
    // An extension page (no tab).
    expect(
      await handleVerdicts(d, request(search), {
        id: OWN_ID,
        url: 'chrome-extension://comps-test-id/popup.html',
      }),
    ).toMatchObject({ ok: false });
    const shop = 'https://shop.example/product/1';
    expect(await handleVerdicts(d, request([], 'item', shop, 'generic'), tabAt(shop))).toMatchObject({
      ok: false,
    });
    expect(calls).toEqual([]);
  });

  it('gives a bad card no verdict and the others theirs', async () => {
    const { deps: d } = deps();
    const bad = { ...search[0], url: 'javascript:alert(1)' };
    const otherSite = { ...search[1], site: 'ebay' };
    const reply = await handleVerdicts(d, request([bad, otherSite, search[2]]), tabAt(SEARCH_URL));
    expect(reply.verdicts?.map((verdict) => verdict.itemId)).toEqual([search[2]?.itemId]);
  });
});

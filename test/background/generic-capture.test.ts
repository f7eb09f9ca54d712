import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type CaptureDeps, handleCapture } from '../../entrypoints/background/capture';
import { sessionPageViews } from '../../entrypoints/background/page-views';
import { type CompsDatabase, openDatabase } from '../../storage/db';
import { historyOf } from '../../storage/listings';
import { DEFAULT_SETTINGS } from '../../storage/settings';
import type { Listing } from '../../utils/listing';
import { freshDbName } from '../helpers/listings';

const OWN_ID = 'comps-test-id';
const SHOP_A = 'https://shop-a.example';
const SHOP_B = 'https://shop-b.example';

/** The content script of the generic reader in a tab of a shop the user turned on. */
function shopTab(
  origin: string,
  path = '/p/headphones',
  tabId = 11,
  documentId = 'doc-1',
): Runtime.MessageSender {
  return {
    id: OWN_ID,
    url: `${origin}${path}`,
    frameId: 0,
    documentId,
    tab: { id: tabId, index: 0, highlighted: true, active: true, pinned: false, incognito: false },
  } as Runtime.MessageSender;
}

/** A listing as the generic reader makes it: its id is its URL. */
function product(url: string, overrides: Partial<Listing> = {}): Listing {
  return {
    site: 'generic',
    itemId: url,
    url,
    title: 'Sony WH-1000XM5 Wireless Headphones',
    price: { amount: 5, currency: 'USD' },
    status: 'sold',
    ...overrides,
  };
}

const capture = (listings: unknown[], sender: Runtime.MessageSender) => ({
  type: 'capture',
  site: 'generic',
  pageKind: 'item',
  pageUrl: sender.url,
  listings,
});

let db: CompsDatabase;
let deps: CaptureDeps;
beforeEach(() => {
  db = openDatabase(freshDbName());
  deps = {
    db,
    ownId: OWN_ID,
    settings: async () => ({ ...DEFAULT_SETTINGS, enabledOrigins: [SHOP_A, SHOP_B] }),
    onStorageFull: async () => {},
    pageViews: sessionPageViews(null),
  };
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(async () => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  await db.delete();
});

describe('generic listings are tied to the sender tab', () => {
  it("a shop cannot write over another shop's record", async () => {
    const bUrl = `${SHOP_B}/p/headphones`;
    const own = await handleCapture(
      deps,
      capture(
        [product(bUrl, { price: { amount: 349, currency: 'USD' }, status: 'active' })],
        shopTab(SHOP_B),
      ),
      shopTab(SHOP_B),
    );
    expect(own).toMatchObject({ ok: true, added: 1 });
    // Shop A's page sends a listing keyed on shop B's product: price 1, sold.
    const forged = await handleCapture(
      deps,
      capture([product(bUrl, { price: { amount: 1, currency: 'USD' } })], shopTab(SHOP_A)),
      shopTab(SHOP_A),
    );
    expect(forged).toMatchObject({ ok: true, added: 0, updated: 0, rejected: 1 });
    expect(await db.listings.get(['generic', bUrl])).toMatchObject({
      price: { amount: 349 },
      status: 'active',
    });
    expect(await historyOf(db, 'generic', bUrl)).toHaveLength(1);
  });

  it('refuses an id that is not the URL, and a URL on another scheme or port of the same host', async () => {
    const sender = shopTab(SHOP_A);
    const reply = await handleCapture(
      deps,
      capture(
        [
          product(`${SHOP_A}/p/1`, { itemId: 'sku-1' }),
          product('http://shop-a.example/p/2'),
          product('https://shop-a.example:8443/p/3'),
        ],
        sender,
      ),
      sender,
    );
    expect(reply).toMatchObject({ ok: true, added: 0, rejected: 3 });
    expect(await db.listings.count()).toBe(0);
  });
});

describe('one page view records at most its own product', () => {
  it('rewriting the canonical link and JSON-LD 40 times makes one listing, and not a sale', async () => {
    const sender = shopTab(SHOP_A);
    for (let i = 0; i <= 40; i++) {
      const url = `${SHOP_A}/p/forged-${i}`;
      await handleCapture(deps, capture([product(url)], sender), sender);
    }
    const stored = await db.listings.toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ itemId: `${SHOP_A}/p/forged-0`, status: 'ended' });
    expect(await db.listings.filter((listing) => listing.status === 'sold').count()).toBe(0);
  });

  it('two products in one message: the first only', async () => {
    const sender = shopTab(SHOP_A);
    const reply = await handleCapture(
      deps,
      capture([product(`${SHOP_A}/p/1`), product(`${SHOP_A}/p/2`)], sender),
      sender,
    );
    expect(reply).toMatchObject({ added: 1, rejected: 1 });
  });

  it('the same product again in the same view records its price change', async () => {
    const sender = shopTab(SHOP_A);
    const url = `${SHOP_A}/p/headphones`;
    await handleCapture(
      deps,
      capture([product(url, { price: { amount: 349, currency: 'USD' }, status: 'active' })], sender),
      sender,
    );
    const again = await handleCapture(
      deps,
      capture([product(url, { price: { amount: 299, currency: 'USD' }, status: 'active' })], sender),
      sender,
    );
    expect(again).toMatchObject({ ok: true, updated: 1, rejected: 0 });
    expect((await historyOf(db, 'generic', url)).map((row) => row.amount)).toEqual([349, 299]);
  });

  it('a reload (new document) or a client-side navigation (new URL) may record its own product', async () => {
    const first = shopTab(SHOP_A, '/p/a', 11, 'doc-1');
    await handleCapture(deps, capture([product(`${SHOP_A}/p/a`)], first), first);
    const reloaded = shopTab(SHOP_A, '/p/a', 11, 'doc-2');
    const navigated = shopTab(SHOP_A, '/p/c', 11, 'doc-2');
    expect(await handleCapture(deps, capture([product(`${SHOP_A}/p/b`)], reloaded), reloaded)).toMatchObject({
      added: 1,
    });
    expect(
      await handleCapture(deps, capture([product(`${SHOP_A}/p/c`)], navigated), navigated),
    ).toMatchObject({ added: 1 });
    // A URL fragment is not a navigation to another product.
    const hashed = shopTab(SHOP_A, '/p/c#reviews', 11, 'doc-2');
    expect(await handleCapture(deps, capture([product(`${SHOP_A}/p/d`)], hashed), hashed)).toMatchObject({
      added: 0,
      rejected: 1,
    });
  });

  it('a stopped and restarted service worker does not forget the view (storage.session)', async () => {
    const sender = shopTab(SHOP_A);
    deps.pageViews = sessionPageViews(fakeBrowser.storage.session);
    await handleCapture(deps, capture([product(`${SHOP_A}/p/1`)], sender), sender);
    // A new worker: a new ledger, the same session storage.
    deps.pageViews = sessionPageViews(fakeBrowser.storage.session);
    const reply = await handleCapture(deps, capture([product(`${SHOP_A}/p/2`)], sender), sender);
    expect(reply).toMatchObject({ added: 0, rejected: 1 });
  });
});

describe("a shop's availability is not a second-hand sale", () => {
  it('SoldOut with a sold date is kept as ended, without the date', async () => {
    const sender = shopTab(SHOP_A);
    const url = `${SHOP_A}/p/headphones`;
    await handleCapture(deps, capture([product(url, { soldAt: '2026-11-01T00:00:00Z' })], sender), sender);
    const stored = await db.listings.get(['generic', url]);
    expect(stored).toMatchObject({ status: 'ended', price: { amount: 5 } });
    expect(stored).not.toHaveProperty('soldAt');
    expect((await historyOf(db, 'generic', url))[0]?.status).toBe('ended');
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import {
  type CaptureDeps,
  handleCapture,
  isTrustedCaptureSender,
} from '../../entrypoints/background/capture';
import { sessionPageViews } from '../../entrypoints/background/page-views';
import { type CompsDatabase, openDatabase } from '../../storage/db';
import { recordListings } from '../../storage/listings';
import { DEFAULT_SETTINGS, type Settings } from '../../storage/settings';
import { breakConnection, failWrites } from '../helpers/idb-faults';
import { freshDbName, makeListing } from '../helpers/listings';

const OWN_ID = 'comps-test-id';
const ebayTab: Runtime.MessageSender = {
  id: OWN_ID,
  url: 'https://www.ebay.com/sch/i.html?_nkw=sony',
  tab: { id: 7, index: 0, highlighted: true, active: true, pinned: false, incognito: false },
};

function capture(listings: unknown[], site = 'ebay') {
  return {
    type: 'capture',
    site,
    pageKind: 'search',
    pageUrl: 'https://www.ebay.com/sch/i.html?_nkw=sony',
    listings,
  };
}

let db: CompsDatabase;
afterEach(async () => {
  await db?.delete();
});

function depsFor(
  database: CompsDatabase,
  settings: Partial<Settings> = {},
): CaptureDeps & { fullCalls: number } {
  const deps = {
    db: database,
    ownId: OWN_ID,
    fullCalls: 0,
    settings: async () => ({ ...DEFAULT_SETTINGS, ...settings }),
    async onStorageFull() {
      deps.fullCalls++;
    },
    pageViews: sessionPageViews(null),
  };
  return deps;
}

describe('isTrustedCaptureSender', () => {
  it('accepts this extension content script on a page of the site it names', () => {
    expect(isTrustedCaptureSender(ebayTab, OWN_ID, 'ebay')).toBe(true);
  });
  it.each([
    ['another extension', { ...ebayTab, id: 'other' }],
    ['an extension page (no tab)', { id: OWN_ID, url: 'chrome-extension://comps-test-id/popup.html' }],
    ['a page of another site', { ...ebayTab, url: 'https://evil.example/sch/i.html' }],
    ['a non-web page', { ...ebayTab, url: 'file:///tmp/ebay.html' }],
    ['no url', { ...ebayTab, url: undefined }],
  ])('refuses %s', (_name, sender) => {
    expect(isTrustedCaptureSender(sender as Runtime.MessageSender, OWN_ID, 'ebay')).toBe(false);
  });
  it('refuses a site claiming listings of another site', () => {
    expect(isTrustedCaptureSender(ebayTab, OWN_ID, 'mercari-jp')).toBe(false);
  });
});

describe('handleCapture', () => {
  it('stores valid listings and reports the count', async () => {
    db = openDatabase(freshDbName());
    const reply = await handleCapture(depsFor(db), capture([makeListing(), makeListing()]), ebayTab);
    expect(reply).toMatchObject({ ok: true, added: 2, rejected: 0 });
    expect(await db.listings.count()).toBe(2);
  });

  it.each([
    ['null', null],
    ['a string', 'capture'],
    ['listings not an array', { ...capture([]), listings: 'x' }],
    ['an unknown page kind', { ...capture([]), pageKind: 'cart' }],
    ['too many listings', capture(Array.from({ length: 501 }, () => makeListing()))],
  ])('rejects a message of the wrong shape (%s) and keeps what was stored', async (_name, message) => {
    db = openDatabase(freshDbName());
    await recordListings(db, [makeListing()]);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const reply = await handleCapture(depsFor(db), message, ebayTab);
    expect(reply.ok).toBe(false);
    expect(await db.listings.count()).toBe(1);
    warn.mockRestore();
  });

  it('rejects a message from a sender that is not our content script', async () => {
    db = openDatabase(freshDbName());
    const reply = await handleCapture(depsFor(db), capture([makeListing()]), { id: OWN_ID });
    expect(reply).toEqual({ ok: false, error: 'untrusted sender' });
    expect(await db.listings.count()).toBe(0);
  });

  it('skips the bad listings of a batch and keeps the good ones, logging once', async () => {
    db = openDatabase(freshDbName());
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const hostile = [
      makeListing({ title: 'x'.repeat(100_000) }),
      makeListing({ price: { amount: Number.NaN, currency: 'USD' } }),
      makeListing({ price: { amount: -5, currency: 'USD' } }),
      makeListing({ url: 'javascript:alert(1)' }),
      makeListing({ site: 'mercari-jp' }),
      { ...makeListing(), status: 'stolen' },
      makeListing({ title: '<img src=x onerror=alert(1)>' }),
    ];
    const reply = await handleCapture(depsFor(db), capture(hostile), ebayTab);
    expect(reply).toMatchObject({ ok: true, added: 1, rejected: 6 });
    const [stored] = await db.listings.toArray();
    // Stored as text: the UI renders it as text, never as HTML.
    expect(stored?.title).toBe('<img src=x onerror=alert(1)>');
    expect(warn.mock.calls.filter(([message]) => String(message).includes('failed validation'))).toHaveLength(
      1,
    );
    warn.mockRestore();
  });

  it('keeps a sale with a date in year 10000 or a javascript: image, without the bad field', async () => {
    db = openDatabase(freshDbName());
    const sale = makeListing({
      status: 'sold',
      soldAt: '9999-12-31T23:30:00-01:00',
      imageUrl: 'javascript:alert(1)',
      price: { amount: 5, currency: 'USD' },
    });
    const reply = await handleCapture(depsFor(db), capture([sale]), ebayTab);
    expect(reply).toMatchObject({ ok: true, added: 1, rejected: 0 });
    const stored = await db.listings.get([sale.site, sale.itemId]);
    expect(stored).toMatchObject({ status: 'sold', price: { amount: 5, currency: 'USD' } });
    expect(stored && 'soldAt' in stored).toBe(false);
    expect(stored && 'imageUrl' in stored).toBe(false);
  });

  it('records nothing while capture is paused or the site is turned off', async () => {
    db = openDatabase(freshDbName());
    const paused = await handleCapture(depsFor(db, { paused: true }), capture([makeListing()]), ebayTab);
    const siteOff = await handleCapture(
      depsFor(db, { disabledSites: ['ebay'] }),
      capture([makeListing()]),
      ebayTab,
    );
    expect(paused.paused).toBe(true);
    expect(siteOff.paused).toBe(true);
    expect(await db.listings.count()).toBe(0);
  });

  it('pauses capture when the disk is full and keeps what was stored', async () => {
    db = openDatabase(freshDbName());
    await recordListings(db, [makeListing()]);
    const deps = depsFor(db);
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    const spy = vi.spyOn(db.listings, 'bulkPut').mockRejectedValueOnce(quota);
    const reply = await handleCapture(deps, capture([makeListing(), makeListing()]), ebayTab);
    spy.mockRestore();
    expect(reply).toMatchObject({ ok: false, error: 'storage full' });
    expect(deps.fullCalls).toBe(1);
    expect(await db.listings.count()).toBe(1);
    expect(await db.history.count()).toBe(1);
  });

  it('pauses capture when the full disk fails one request of the batch (a BulkError), storing none of it', async () => {
    db = openDatabase(freshDbName());
    await recordListings(db, [makeListing()]);
    const deps = depsFor(db);
    const victim = makeListing({ title: 'Nikon F3 camera body' });
    const restore = failWrites((value) => (value as { itemId?: string }).itemId === victim.itemId);
    const reply = await handleCapture(deps, capture([makeListing(), victim, makeListing()]), ebayTab);
    restore();
    expect(reply).toMatchObject({ ok: false, error: 'storage full' });
    expect(deps.fullCalls).toBe(1);
    expect(await db.listings.count()).toBe(1);
    expect(await db.history.count()).toBe(1);
  });

  it('opens a fresh connection when the old one fails with InvalidStateError, and stores the batch', async () => {
    db = openDatabase(freshDbName());
    await recordListings(db, [makeListing()]);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const restore = breakConnection(db.backendDB());
    const deps = depsFor(db);
    try {
      const reply = await handleCapture(deps, capture([makeListing(), makeListing()]), ebayTab);
      expect(reply).toMatchObject({ ok: true, added: 2 });
    } finally {
      restore();
      warn.mockRestore();
    }
    expect(deps.fullCalls).toBe(0);
    expect(await db.listings.count()).toBe(3);
  });

  it('accepts generic captures only from origins the user turned on', () => {
    const shop = { ...ebayTab, url: 'https://shop.example/products/lamp' };
    expect(isTrustedCaptureSender(shop, OWN_ID, 'generic', [])).toBe(false);
    expect(isTrustedCaptureSender(shop, OWN_ID, 'generic', ['https://other.example'])).toBe(false);
  });
});

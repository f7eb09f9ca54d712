import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Listing } from '../../utils/listing';
import { PageWatcher } from '../../utils/page-watcher';
import type { SiteAdapter } from '../../utils/sites/types';
import { makeListing } from '../helpers/listings';

/** One listing per `li.card` (id, and the price in data-price): a stand-in site. */
const cards: SiteAdapter = {
  id: 'ebay',
  matches: [],
  claims: () => true,
  pageKind: () => 'search',
  extract: (doc) =>
    [...doc.querySelectorAll('li.card')].map((card) =>
      makeListing({
        itemId: card.id,
        url: `https://www.ebay.com/itm/${card.id}`,
        price: { amount: Number(card.getAttribute('data-price') ?? 10), currency: 'USD' },
      }),
    ),
  examples: [],
};

const URL_A = new URL('https://www.ebay.com/sch/i.html?_nkw=lamp');

function page(ids: (string | number)[]): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = `<ul>${ids.map((id) => `<li class="card" id="${id}"></li>`).join('')}</ul>`;
  return doc;
}

const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

/** A background stand-in: answers each send with the next reply (a value, or an Error to throw). */
function fakeBackground(...replies: unknown[]) {
  const stored = new Set<string>();
  const batches: string[][] = [];
  const send = vi.fn(async (listings: Listing[]) => {
    batches.push(listings.map((listing) => listing.itemId));
    const reply = replies.length > 1 ? replies.shift() : replies[0];
    if (reply instanceof Error) throw reply;
    if ((reply as { ok?: boolean; paused?: boolean })?.ok && !(reply as { paused?: boolean }).paused)
      for (const listing of listings) stored.add(listing.itemId);
    return reply;
  });
  return { send, stored, batches };
}

const OK = { ok: true, added: 1 };
const FULL = { ok: false, error: 'storage full' };
const STOPPED = new Error('Could not establish connection. Receiving end does not exist.');

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('PageWatcher delivery', () => {
  it('sends a batch again after {ok:false} until the background confirms it', async () => {
    const background = fakeBackground(FULL, FULL, OK);
    const warn = vi.fn();
    const watcher = new PageWatcher(cards, background.send, { warn });
    await watcher.scan(page([1, 2, 3]), URL_A);
    expect(background.stored.size).toBe(0);
    await vi.advanceTimersByTimeAsync(1000);
    expect(background.send).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(2000);
    expect(background.send).toHaveBeenCalledTimes(3);
    expect([...background.stored]).toEqual(['1', '2', '3']);
    expect(watcher.unconfirmed).toBe(0);
    // Confirmed: never sent again, however long the page stays open.
    await vi.advanceTimersByTimeAsync(600_000);
    expect(background.send).toHaveBeenCalledTimes(3);
    expect(warn).not.toHaveBeenCalled();
  });

  it('sends again when the send throws (service worker stopped) or gets no reply, with growing waits', async () => {
    const background = fakeBackground(STOPPED, undefined, STOPPED, OK);
    const watcher = new PageWatcher(cards, background.send, { warn: vi.fn() });
    await watcher.scan(page([1]), URL_A);
    const callsAt = (ms: number) =>
      vi.advanceTimersByTimeAsync(ms).then(() => background.send.mock.calls.length);
    expect(await callsAt(999)).toBe(1);
    expect(await callsAt(1)).toBe(2); // after 1 s
    expect(await callsAt(1999)).toBe(2);
    expect(await callsAt(1)).toBe(3); // after 2 s more
    expect(await callsAt(4000)).toBe(4); // after 4 s more
    expect([...background.stored]).toEqual(['1']);
  });

  it('delivers every listing of a 3,000-listing page when sends fail at random', async () => {
    let calls = 0;
    const stored = new Set<string>();
    const send = vi.fn(async (listings: Listing[]) => {
      calls++;
      if (calls % 3 === 1) throw STOPPED; // every third send dies with the worker
      if (calls % 3 === 2) return undefined; // the port closed before the reply
      for (const listing of listings) stored.add(listing.itemId);
      return OK;
    });
    const watcher = new PageWatcher(cards, send, { warn: vi.fn() });
    await watcher.scan(page(range(1, 3000)), URL_A);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(stored.size).toBe(3000);
    expect(watcher.unconfirmed).toBe(0);
    expect(send.mock.calls.every(([listings]) => listings.length <= 500)).toBe(true);
  });

  it('resends only the batches that were not confirmed', async () => {
    const background = fakeBackground(OK, FULL, OK, OK);
    const watcher = new PageWatcher(cards, background.send, { warn: vi.fn() });
    await watcher.scan(page(range(1, 1200)), URL_A);
    await vi.advanceTimersByTimeAsync(1000);
    expect(background.batches.map((batch) => [batch[0], batch.length])).toEqual([
      ['1', 500],
      ['501', 500],
      ['501', 500],
      ['1001', 200],
    ]);
    expect(background.stored.size).toBe(1200);
  });

  it('does not retry a paused reply (the user paused capture)', async () => {
    const background = fakeBackground({ ok: true, added: 0, paused: true });
    const watcher = new PageWatcher(cards, background.send, { warn: vi.fn() });
    await watcher.scan(page([1, 2]), URL_A);
    await vi.advanceTimersByTimeAsync(600_000);
    await watcher.scan(page([1, 2]), URL_A);
    expect(background.send).toHaveBeenCalledTimes(1);
    expect(watcher.unconfirmed).toBe(0);
  });

  it('does not retry a refusal that cannot change, and says so', async () => {
    const background = fakeBackground({ ok: false, error: 'untrusted sender' });
    const warn = vi.fn();
    const watcher = new PageWatcher(cards, background.send, { warn });
    await watcher.scan(page([1]), URL_A);
    await vi.advanceTimersByTimeAsync(600_000);
    expect(background.send).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('gives up after a bounded time with a console warning, and tries again when the page changes', async () => {
    const background = fakeBackground(STOPPED);
    const warn = vi.fn();
    const watcher = new PageWatcher(cards, background.send, { warn, backoffMs: [1000, 2000] });
    await watcher.scan(page([1, 2]), URL_A);
    await vi.advanceTimersByTimeAsync(3000);
    expect(background.send).toHaveBeenCalledTimes(3);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/2 listings of this page are not stored/);
    // Given up: no hot loop, nothing more while the page stays as it is.
    await vi.advanceTimersByTimeAsync(600_000);
    expect(background.send).toHaveBeenCalledTimes(3);
    // The page changes (a card more): everything unconfirmed goes again, and lands.
    background.send.mockImplementation(async (listings: Listing[]) => {
      for (const listing of listings) background.stored.add(listing.itemId);
      return OK;
    });
    await watcher.scan(page([1, 2, 3]), URL_A);
    expect([...background.stored].sort()).toEqual(['1', '2', '3']);
  });

  it('tries again when the page is shown again (resume) after giving up', async () => {
    const background = fakeBackground(STOPPED, STOPPED, OK);
    const watcher = new PageWatcher(cards, background.send, { warn: vi.fn(), backoffMs: [1000] });
    await watcher.scan(page([1]), URL_A);
    await vi.advanceTimersByTimeAsync(600_000);
    expect(background.send).toHaveBeenCalledTimes(2);
    await watcher.resume();
    expect([...background.stored]).toEqual(['1']);
  });

  it('sends a listing again when its price changes, once confirmed before', async () => {
    const background = fakeBackground(OK);
    const watcher = new PageWatcher(cards, background.send, { warn: vi.fn() });
    await watcher.scan(page([1]), URL_A);
    const doc = page([1]);
    doc.getElementById('1')?.setAttribute('data-price', '12');
    await watcher.scan(doc, URL_A);
    expect(background.batches).toEqual([['1'], ['1']]);
  });
});

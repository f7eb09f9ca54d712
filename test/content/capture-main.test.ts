import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { runCapture } from '../../utils/capture-main';
import type { SiteAdapter } from '../../utils/sites/types';
import { makeListing } from '../helpers/listings';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An adapter that reads one listing per `li.card`, only on /market pages (like Marketplace). */
const marketOnly: SiteAdapter = {
  id: 'ebay',
  matches: [],
  claims: (url) => url.pathname.startsWith('/market'),
  pageKind: () => 'search',
  extract: (doc) =>
    [...doc.querySelectorAll('li.card')].map((card) =>
      makeListing({
        itemId: card.id,
        title: card.textContent ?? '',
        url: `https://www.ebay.com/itm/${card.id}`,
      }),
    ),
  examples: [],
};

afterEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('runCapture', () => {
  it('reads nothing where the adapter does not claim the page, then reads after a client-side navigation', async () => {
    const sent: string[][] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      sent.push((message as { listings: { itemId: string }[] }).listings.map((listing) => listing.itemId));
      return { ok: true };
    });
    history.replaceState({}, '', '/feed');
    document.body.innerHTML = '<ul><li class="card" id="1">Lamp</li></ul>';
    const ctx = new ContentScriptContext('test');
    runCapture(ctx, marketOnly);
    await sleep(50);
    expect(sent).toEqual([]);

    history.pushState({}, '', '/market/search');
    document.body.querySelector('ul')?.insertAdjacentHTML('beforeend', '<li class="card" id="2">Chair</li>');
    await sleep(1200);
    expect(sent).toEqual([['1', '2']]);

    // More cards later (infinite scroll): only the new one is sent.
    const desk = document.createElement('li');
    Object.assign(desk, { className: 'card', id: '3', textContent: 'Desk' });
    document.body.querySelector('ul')?.append(desk);
    await sleep(1200);
    expect(sent).toEqual([['1', '2'], ['3']]);
    ctx.abort();
  }, 10_000);
});

import type { Listing, PageKind, SaleFormat } from '../listing';
import { parsePrice } from '../price';
import { structuredListings } from './structured';
import type { SiteAdapter } from './types';

/** gumtree.com (UK), gumtree.com.au, gumtree.pl, gumtree.co.za: separate sites, one currency each. */
const HOST_RE = /^(?:www\.)?gumtree\.(com|com\.au|pl|co\.za)$/;
const HOST_CURRENCY: Record<string, [string, string]> = {
  com: ['GBP', 'en-GB'],
  'com.au': ['AUD', 'en-AU'],
  pl: ['PLN', 'pl-PL'],
  'co.za': ['ZAR', 'en-ZA'],
};
/** Item paths: /p/<cat>/<slug>/<id> (UK), /s-ad/<loc>/<cat>/<slug>/<id> (AU), /a-<cat>/<loc>/<slug>/<id> (PL, ZA). */
const ITEM_RE = /^\/(?:p|s-ad|a-[^/]+)\/.*?\/(\d+)\/?$/;
/** Card containers of the three layouts. */
const CARDS = 'article[data-q="search-result"], li.result[data-adid], li[itemprop="offers"]';

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

function hintFor(url: URL): { currency: string; locale: string } {
  const [currency, locale] = HOST_CURRENCY[HOST_RE.exec(url.hostname)?.[1] ?? 'com'] ?? ['GBP', 'en-GB'];
  return { currency, locale };
}

/**
 * Page price text → money. "Free" / "Proszę o kontakt" (contact me) / "Swap/Trade" are no price. Rentals
 * are priced per month ("430 zł" for a gumtree.pl room): still the listing's price as shown; a UK
 * "£950pm" is not read (parsePrice takes no unit after the number).
 */
function priceOf(text: string, hint: { currency: string; locale: string }): Listing['price'] | null {
  // South African "R 1 500": R is the rand only on gumtree.co.za.
  const t = hint.currency === 'ZAR' ? text.replace(/(^|\s)R\s?(?=\d)/, '$1ZAR ') : text;
  const parsed = parsePrice(t, hint);
  return parsed ? { amount: parsed.amount, currency: parsed.currency } : null;
}

/**
 * One card, whichever layout: UK article[data-q=search-result] (a[data-q=search-result-anchor],
 * [data-q=tile-title], [data-q=tile-price]); PL/ZA 2018 li.result (.title a.href-link, .price .amount);
 * AU 2015 li[itemprop=offers] (a[itemprop=url] "Wanted:"?, [itemprop=name], [itemprop=price]).
 */
function cardListing(card: Element, url: URL, hint: { currency: string; locale: string }): Listing | null {
  const link = card.querySelector(
    'a[data-q="search-result-anchor"], .title a.href-link, a[itemprop="url"], a[href^="/p/"], a[href*="/s-ad/"]',
  );
  if (!link) return null;
  const href = new URL(link.getAttribute('href') ?? '', url);
  href.search = '';
  href.hash = '';
  const id = ITEM_RE.exec(href.pathname)?.[1];
  // AU "Wanted:" ads are someone looking to buy: their price is not an item's price.
  if (/^\s*Wanted:/i.test(link.textContent ?? '')) return null;
  const title = clean(
    card.querySelector('[data-q="tile-title"], [itemprop="name"]')?.textContent || link.textContent,
  );
  let priceText = '';
  for (const selector of ['[data-q="tile-price"]', '.price .amount', '[itemprop="price"]', '.rs-ad-price']) {
    const el = card.querySelector(selector);
    if (el) {
      priceText = el.textContent ?? '';
      break;
    }
  }
  const price = priceOf(priceText, {
    ...hint,
    currency: card.querySelector('meta[itemprop="priceCurrency"]')?.getAttribute('content') ?? hint.currency,
  });
  if (!id || !title || !price) return null;
  const format: SaleFormat = /negotiable|\bONO\b|\bOBO\b|do negocjacji/i.test(priceText)
    ? 'offer'
    : 'classified';
  const img = card.querySelector('img');
  const src = img?.getAttribute('data-src') || img?.getAttribute('src');
  return {
    site: 'gumtree',
    itemId: id,
    url: href.href,
    title,
    price,
    status: 'active',
    format,
    ...(src && /^https?:/.test(src) && !/loading\.gif/.test(src) ? { imageUrl: src } : {}),
  };
}

/** An item page: its JSON-LD/meta product, else the UK data-q markup (h1[data-q=vip-title], [data-q=ad-price]). */
function itemListing(
  doc: Document,
  url: URL,
  id: string,
  hint: { currency: string; locale: string },
): Listing | null {
  const page = `${url.origin}${url.pathname}`;
  const structured = structuredListings(doc, url, 'gumtree')[0];
  if (structured) return { ...structured, itemId: id, url: page, format: 'classified' };
  const title = clean(doc.querySelector('h1[data-q="vip-title"], h1')?.textContent);
  const price = priceOf(doc.querySelector('[data-q="ad-price"]')?.textContent ?? '', hint);
  if (!title || !price) return null;
  return { site: 'gumtree', itemId: id, url: page, title, price, status: 'active', format: 'classified' };
}

function pageKind(url: URL): PageKind | null {
  if (ITEM_RE.test(url.pathname)) return 'item';
  if (/^\/(s-|search|for-sale)/.test(url.pathname)) return 'search';
  return null;
}

export const gumtree: SiteAdapter = {
  id: 'gumtree',
  matches: ['com', 'com.au', 'pl', 'co.za'].flatMap((tld) => [
    `https://www.gumtree.${tld}/*`,
    `https://gumtree.${tld}/*`,
  ]),
  claims: (url) => HOST_RE.test(url.hostname),
  pageKind,
  extract(doc, url) {
    const hint = hintFor(url);
    const ownId = pageKind(url) === 'item' ? ITEM_RE.exec(url.pathname)?.[1] : undefined;
    if (ownId) {
      const own = itemListing(doc, url, ownId, hint);
      return own ? [own] : []; // similar ads under it are left out
    }
    const listings: Listing[] = [];
    const seen = new Set<string>();
    for (const card of doc.querySelectorAll(CARDS)) {
      const listing = cardListing(card, url, hint);
      if (listing && !seen.has(listing.itemId)) {
        seen.add(listing.itemId);
        listings.push(listing);
      }
    }
    return listings;
  },
  examples: [
    { url: 'https://www.gumtree.pl/s-nieruchomosci/wroclaw/v1c2l3200114p1', kind: 'search' },
    { url: 'https://www.gumtree.com.au/s-pets/vic/c18433l3008844?price-type=free', kind: 'search' },
    { url: 'https://www.gumtree.com/search?search_category=all&q=bike', kind: 'search' },
    {
      url: 'https://www.gumtree.com.au/s-ad/junortoun/birds/two-chooks-free-to-good-home-/1077142193',
      kind: 'item',
    },
    {
      url: 'https://www.gumtree.pl/a-pokoje-do-wynajecia/wroclaw/pok%C3%B3j-1-+-osobowy/1002039835410910660914709',
      kind: 'item',
    },
  ],
};

import type { Listing } from '../listing';
import { currencyForHost, parsePrice } from '../price';
import { cleanText, structuredListings } from './structured';
import type { SiteAdapter } from './types';

/**
 * Etsy (www.etsy.com, also under country paths: /es/listing/..., /de/search...).
 * Item page: the JSON-LD Product / ProductGroup (its variants give price..priceMax), its id from
 * the URL, and the buy-box price ("$45.00+") as a check: when it shows another amount, the page
 * wins. Carousels of other listings are left out. Search: `[data-listing-id]` cards with a
 * `.currency-symbol` + `.currency-value` price; the crossed-out original price is skipped.
 */

const HOST_RE = /(^|\.)etsy\.com$/;
const LISTING_RE = /\/listing\/(\d+)/;
const SEARCH_RE = /^(\/[a-z]{2}(-[a-z]{2})?)?\/(search|c|market|shop)(\/|$)/i;
const OLD_PRICE = '.wt-text-strikethrough,s,del,.search-collage-promotion-price';

const listingUrl = (id: string) => `https://www.etsy.com/listing/${id}`;

function itemPage(doc: Document, url: URL, id: string): Listing[] {
  const [own] = structuredListings(doc, url, 'etsy');
  // A JSON-LD about another listing is not this page's product.
  if (!own || (own.itemId !== id && /^\d+$/.test(own.itemId))) return [];
  const listing: Listing = { ...own, itemId: id, format: 'fixed' };
  if (!LISTING_RE.test(listing.url) || LISTING_RE.exec(listing.url)?.[1] !== id) listing.url = listingUrl(id);
  // The buy box: "Price: €40.63+" (the + says other options cost more).
  const box = doc.querySelector('[data-selector="price-only"] p');
  const shown = box ? parsePrice(cleanText(box.textContent), hintFor(url)) : null;
  if (shown && shown.amount > 0 && shown.amount !== listing.price.amount) {
    const currency = shown.currency ?? listing.price.currency;
    if (currency === listing.price.currency) {
      listing.price = { amount: shown.amount, currency };
      if (!listing.priceMax || listing.priceMax <= shown.amount) delete listing.priceMax;
    } else return []; // two currencies and two amounts: no way to tell which is right
  }
  return [listing];
}

const hintFor = (url: URL) => ({ currency: currencyForHost(url.hostname) ?? 'USD' });

function searchPage(doc: Document, url: URL): Listing[] {
  const listings: Listing[] = [];
  const seen = new Set<string>();
  const hint = hintFor(url);
  for (const card of doc.querySelectorAll('[data-listing-id]')) {
    const id = card.getAttribute('data-listing-id') ?? '';
    if (!/^\d+$/.test(id) || seen.has(id)) continue;
    const link = card.querySelector<HTMLAnchorElement>(`a[href*="/listing/${id}"]`) ?? card.closest('a');
    const value = [...card.querySelectorAll('.currency-value')].find((el) => !el.closest(OLD_PRICE));
    if (!link || !value) continue;
    const symbol = value.parentElement?.querySelector('.currency-symbol')?.textContent ?? '';
    const price = parsePrice(`${symbol}${value.textContent ?? ''}`, hint);
    const title = cleanText(
      card.querySelector('h3,h2,.v2-listing-card__title')?.textContent || link.getAttribute('title'),
    );
    if (!price || !(price.amount > 0) || !title) continue;
    seen.add(id);
    const slug = /\/listing\/\d+\/([^/?#]+)/.exec(link.getAttribute('href') ?? '')?.[1];
    const listing: Listing = {
      site: 'etsy',
      itemId: id,
      url: slug ? `${listingUrl(id)}/${slug}` : listingUrl(id),
      title,
      price: { amount: price.amount, currency: price.currency ?? hint.currency },
      status: 'active',
      format: 'fixed',
    };
    const img = card.querySelector('img')?.getAttribute('src');
    if (img && /^https:\/\//.test(img)) listing.imageUrl = img;
    listings.push(listing);
  }
  return listings;
}

export const etsy: SiteAdapter = {
  id: 'etsy',
  matches: ['https://www.etsy.com/*', 'https://etsy.com/*'],
  claims: (url) => HOST_RE.test(url.hostname),
  pageKind(url) {
    if (LISTING_RE.test(url.pathname)) return 'item';
    if (SEARCH_RE.test(url.pathname)) return 'search';
    return null;
  },
  extract(doc, url) {
    const id = LISTING_RE.exec(url.pathname)?.[1];
    return id ? itemPage(doc, url, id) : searchPage(doc, url);
  },
  examples: [
    { url: 'https://www.etsy.com/listing/1394647088/stacking-blocks-set-of-4', kind: 'item' },
    { url: 'https://www.etsy.com/es/listing/1385245506/sterling-silver-crown-birth-year', kind: 'item' },
    { url: 'https://www.etsy.com/search?q=stacking+blocks', kind: 'search' },
  ],
};

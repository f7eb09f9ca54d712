import type { Listing, ListingStatus } from '../listing';
import { parsePrice } from '../price';
import { clean, productData } from './mercari-jp';
import type { SiteAdapter } from './types';

const ORIGIN = 'https://www.mercari.com';
const ITEM_RE = /^\/(?:us\/)?item\/(m\d+)(?:\/|$)/;

const itemUrl = (id: string) => `${ORIGIN}/us/item/${id}/`;

/** data-itemstatus of a tile: on_sale, sold_out, trading (sold, being shipped)... */
function tileStatus(value: string | null): ListingStatus {
  if (value === 'on_sale') return 'active';
  if (value === 'sold_out' || value === 'trading') return 'sold';
  return 'unknown';
}

/** An item tile: div[id=m<id>][data-itemprice=<cents>][data-itemstatus]. */
function fromTile(tile: Element): Listing | null {
  const id = tile.id;
  if (!/^m\d+$/.test(id)) return null;
  const cents = tile.getAttribute('data-itemprice') ?? '';
  let price: Listing['price'] | null = /^\d+$/.test(cents)
    ? { amount: Number(cents) / 100, currency: 'USD' }
    : null;
  if (!price) {
    const parsed = parsePrice(tile.querySelector('[data-testid="ItemPrice"]')?.textContent ?? '', {
      currency: 'USD',
      locale: 'en-US',
    });
    if (parsed) price = { amount: parsed.amount, currency: parsed.currency ?? 'USD' };
  }
  if (!price) return null;
  const img = tile.querySelector('img');
  const title = clean(
    tile.querySelector('[data-testid="ItemName"]')?.textContent ||
      img?.getAttribute('title') ||
      img?.getAttribute('alt') ||
      tile.querySelector('[aria-label]')?.getAttribute('aria-label'),
  );
  return {
    site: 'mercari-us',
    itemId: id,
    url: itemUrl(id),
    title,
    price,
    status: tileStatus(tile.getAttribute('data-itemstatus')),
    format: 'fixed',
    imageUrl: img?.getAttribute('src') ?? undefined,
  };
}

/** The item page's own listing from JSON-LD Product/Offer, falling back to og/product meta. */
function ownListing(doc: Document, id: string): Listing | null {
  const { product, offer, meta, image } = productData(doc);
  const amount = Number(offer?.price ?? meta('product:price:amount') ?? Number.NaN);
  if (!Number.isFinite(amount) || amount < 0) return null;
  const availability = String(offer?.availability ?? meta('product:availability') ?? '');
  let status: ListingStatus = 'unknown';
  if (/SoldOut|OutOfStock|sold/i.test(availability)) status = 'sold';
  else if (/InStock|in stock/i.test(availability)) status = 'active';
  return {
    site: 'mercari-us',
    itemId: id,
    url: itemUrl(id),
    title: clean(String(product?.name ?? meta('og:title') ?? doc.querySelector('h1')?.textContent ?? '')),
    price: { amount, currency: String(offer?.priceCurrency ?? meta('product:price:currency') ?? 'USD') },
    status,
    format: 'fixed',
    imageUrl: image,
  };
}

export const mercariUs: SiteAdapter = {
  id: 'mercari-us',
  matches: ['https://www.mercari.com/*', 'https://mercari.com/*'],
  claims: (url) => /^(www\.)?mercari\.com$/.test(url.hostname),
  pageKind(url) {
    if (ITEM_RE.test(url.pathname)) return 'item';
    if (/^\/(?:us\/)?search(\/|$)/.test(url.pathname)) return 'search';
    return null;
  },
  extract(doc, url) {
    const listings: Listing[] = [];
    const seen = new Set<string>();
    const ownId = ITEM_RE.exec(url.pathname)?.[1];
    if (ownId) {
      const own = ownListing(doc, ownId);
      if (own) listings.push(own);
      seen.add(ownId);
    }
    // Tiles: search results, the homepage feed, or on an item page other items (related).
    for (const tile of doc.querySelectorAll('div[data-itemprice]')) {
      const listing = fromTile(tile);
      if (!listing || seen.has(listing.itemId)) continue;
      seen.add(listing.itemId);
      listings.push(ownId ? { ...listing, related: true } : listing);
    }
    return listings;
  },
  examples: [
    { url: 'https://www.mercari.com/search/?keyword=gameboy', kind: 'search' },
    { url: 'https://www.mercari.com/us/item/m60774854976/', kind: 'item' },
  ],
};

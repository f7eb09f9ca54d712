import type { Listing, ListingStatus, PageKind } from '../listing';
import { cardPrice } from './cards';
import { cleanText, structuredListings } from './structured';
import type { SiteAdapter } from './types';

/**
 * OfferUp (offerup.com), USD. NO saved page of OfferUp exists in the fixtures: what follows is from
 * memory of the site, not checked on a real page.
 * - Next.js: script#__NEXT_DATA__ holds the Apollo cache of the listings shown ({ listingId, title,
 *   price: "25.00", listingState?: "SOLD" }, key names remembered): objects with those are read.
 * - Item /item/detail/<id>: JSON-LD Product (structured.ts), else the state's listing with that id.
 *   Search /search?q=: the state's listings, else the cards (links to /item/detail/<id>: image alt, "$25").
 */
const SITE = 'offerup';
const LINK = 'a[href*="/item/detail/"]';
const ID_RE = /\/item\/detail\/([\w-]{5,64})\/?(?:[?#]|$)/;
const SHAPE = /^\$\s?\d[\d,]*(?:\.\d\d)?$/;

type Json = Record<string, unknown>;
const itemUrl = (id: string) => `https://offerup.com/item/detail/${id}`;

function make(id: string, title: string, amount: number, status: ListingStatus, image: unknown): Listing {
  const price = { amount, currency: 'USD' };
  const listing: Listing = { site: SITE, itemId: id, url: itemUrl(id), title, price, status };
  if (typeof image === 'string' && /^https:/.test(image)) listing.imageUrl = image;
  return listing;
}

/** Listings in the page's __NEXT_DATA__ (bounded walk). */
function stateListings(doc: Document, fallback: ListingStatus): Listing[] {
  const out: Listing[] = [];
  let root: unknown = null;
  try {
    root = JSON.parse(doc.getElementById('__NEXT_DATA__')?.textContent ?? '');
  } catch {}
  let budget = 50000;
  const walk = (v: unknown, depth: number): void => {
    if (--budget < 0 || depth > 20 || typeof v !== 'object' || v === null) return;
    const o = v as Json;
    const price =
      typeof o.price === 'number' ? o.price : /^\d+(\.\d{1,2})?$/.test(String(o.price)) ? Number(o.price) : 0;
    const title = typeof o.title === 'string' ? cleanText(o.title) : '';
    if (typeof o.listingId === 'string' && /^[\w-]{5,64}$/.test(o.listingId) && title && price > 0) {
      const state = String(o.listingState ?? o.state ?? '');
      const image = (o.image as Json | undefined)?.url ?? (o.photos as Json[] | undefined)?.[0]?.url;
      const status = /^sold$/i.test(state) ? 'sold' : /^(listed|active)$/i.test(state) ? 'active' : fallback;
      out.push(make(o.listingId, title, price, status, image));
      return;
    }
    for (const value of Object.values(o)) walk(value, depth + 1); // arrays too
  };
  walk(root, 0);
  return out;
}

/** Every "$25" of a card is read, nested ones too; one without an amount voids the card. */
const PRICES = { nested: true, strict: true };

function domListings(doc: Document): Listing[] {
  const out: Listing[] = [];
  for (const link of doc.querySelectorAll(LINK)) {
    const id = ID_RE.exec(link.getAttribute('href') ?? '')?.[1];
    const img = link.querySelector('img');
    const title = cleanText(img?.getAttribute('alt') || link.getAttribute('title'));
    const amount = cardPrice(link, 'USD', SHAPE, PRICES)?.price.amount;
    if (!id || !title || !amount) continue;
    out.push(make(id, title, amount, 'active', img?.getAttribute('src')));
  }
  return out;
}

function pageKind(url: URL): PageKind | null {
  if (ID_RE.test(url.pathname)) return 'item';
  if (/^\/search\/?$/.test(url.pathname)) return 'search';
  return null;
}

export const offerup: SiteAdapter = {
  id: SITE,
  matches: ['https://offerup.com/*', 'https://www.offerup.com/*'],
  claims: (url) => /^(www\.)?offerup\.com$/.test(url.hostname),
  pageKind,
  extract(doc, url) {
    try {
      const kind = pageKind(url);
      if (kind === 'search') {
        const state = stateListings(doc, 'active');
        const found = state.length ? state : domListings(doc);
        return [...new Map(found.map((listing) => [listing.itemId, listing])).values()]; // one per id
      }
      const id = ID_RE.exec(url.pathname)?.[1];
      if (kind !== 'item' || !id) return [];
      const ld = structuredListings(doc, url, SITE)[0];
      if (ld) {
        ld.price.currency ??= 'USD';
        return [{ ...ld, itemId: id, url: itemUrl(id) }];
      }
      const own = stateListings(doc, 'unknown').find((listing) => listing.itemId === id);
      return own ? [own] : [];
    } catch {
      return [];
    }
  },
  examples: [
    { url: 'https://offerup.com/search?q=nintendo%20switch', kind: 'search' },
    { url: 'https://offerup.com/item/detail/1692341234', kind: 'item' },
  ],
};

import type { Listing, ListingStatus, PageKind } from '../listing';
import { parsePrice } from '../price';
import { structuredListings } from './structured';
import type { SiteAdapter } from './types';

const ORIGIN = 'https://www.leboncoin.fr';
/** Ad path: /ad/<category>/<id> (older: /<category>/<id>.htm). */
const AD_RE = /^\/(?:ad\/[a-z_]+\/(\d+)|[a-z_]+\/(\d+)\.htm)/;

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const adId = (path: string) => {
  const m = AD_RE.exec(path);
  return m?.[1] ?? m?.[2];
};

type Json = Record<string, unknown>;

/** A search card: [data-qa-id=aditem_container] (the link itself, or a box around it). */
function cardListing(card: Element): Listing | null {
  const href = card.getAttribute('href') ?? card.querySelector('a[href^="/ad/"]')?.getAttribute('href') ?? '';
  const path = href.startsWith('http') ? new URL(href).pathname : (href.split(/[?#]/)[0] ?? '');
  const id = adId(path);
  const titleEl = card.querySelector('[data-qa-id="aditem_title"]');
  const title = clean(titleEl?.getAttribute('title') || titleEl?.textContent);
  // The price span; else the price box's label "Prix: 40 990 €".
  const text =
    card.querySelector('[data-qa-id="aditem_price"]')?.textContent ??
    card.querySelector('[data-test-id="price"]')?.getAttribute('aria-label') ??
    '';
  const parsed = parsePrice(text, { currency: 'EUR', locale: 'fr-FR' });
  if (!id || !title || !parsed) return null;
  const src = card.querySelector('[data-test-id="image"] img')?.getAttribute('src');
  return {
    site: 'leboncoin',
    itemId: id,
    url: `${ORIGIN}${path}`,
    title,
    price: { amount: parsed.amount, currency: parsed.currency },
    status: 'active',
    format: 'classified',
    ...(src && /^https?:/.test(src) ? { imageUrl: src } : {}),
  };
}

/** The ad page's own ad, from its __NEXT_DATA__ (props.pageProps.ad), else its JSON-LD/meta. */
function adListing(doc: Document, url: URL, id: string): Listing | null {
  let ad: Json | undefined;
  try {
    ad = JSON.parse(doc.getElementById('__NEXT_DATA__')?.textContent ?? '')?.props?.pageProps?.ad;
  } catch {
    ad = undefined;
  }
  const prices = ad?.price;
  const amount = Array.isArray(prices) ? Number(prices[0]) : Number.NaN;
  if (ad && String(ad.list_id) === id && Number.isFinite(amount) && amount > 0) {
    const attributes = Array.isArray(ad.attributes) ? (ad.attributes as Json[]) : [];
    const condition = attributes.find((a) => a?.key === 'condition')?.value_label;
    const images = (ad.images as Json | undefined)?.urls;
    const image = Array.isArray(images) ? images[0] : undefined;
    const status: ListingStatus =
      ad.status === 'active' ? 'active' : ad.status === 'sold' ? 'sold' : 'unknown';
    return {
      site: 'leboncoin',
      itemId: id,
      url: `${ORIGIN}${url.pathname}`,
      title: clean(String(ad.subject ?? '')),
      price: { amount, currency: 'EUR' },
      status,
      format: 'classified',
      ...(typeof condition === 'string' ? { condition } : {}),
      ...(typeof image === 'string' ? { imageUrl: image } : {}),
    };
  }
  const own = structuredListings(doc, url, 'leboncoin')[0];
  if (!own) return null;
  return { ...own, itemId: id, url: `${ORIGIN}${url.pathname}`, format: 'classified' };
}

function pageKind(url: URL): PageKind | null {
  if (adId(url.pathname)) return 'item';
  if (/^\/(recherche|f|c|cl|boutique)(\/|$)/.test(url.pathname) || /^\/[a-z_]+\/offres/.test(url.pathname))
    return 'search';
  return null;
}

export const leboncoin: SiteAdapter = {
  id: 'leboncoin',
  matches: ['https://www.leboncoin.fr/*'],
  claims: (url) => url.hostname === 'www.leboncoin.fr',
  pageKind,
  extract(doc, url) {
    const id = adId(url.pathname);
    if (id) {
      const own = adListing(doc, url, id);
      return own ? [own] : []; // "Ces annonces peuvent vous intéresser" are left out
    }
    const listings: Listing[] = [];
    const seen = new Set<string>();
    for (const card of doc.querySelectorAll('[data-qa-id="aditem_container"]')) {
      const listing = cardListing(card);
      if (listing && !seen.has(listing.itemId)) {
        seen.add(listing.itemId);
        listings.push(listing);
      }
    }
    return listings;
  },
  examples: [
    { url: 'https://www.leboncoin.fr/f/voitures/brand--Toyota/model--Camry', kind: 'search' },
    { url: 'https://www.leboncoin.fr/ad/voitures/2615899319', kind: 'item' },
  ],
};

import type { Listing, ListingStatus, PageKind, SaleFormat } from '../listing';
import { parsePrice } from '../price';
import type { SiteAdapter } from './types';

const ORIGIN = 'https://www.kleinanzeigen.de';
/** Ad path: /s-anzeige/<slug>/<id>-<category>-<location>. */
const AD_RE = /^\/s-anzeige\/[^/]+\/(\d+)-\d+-\d+/;

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Text of an element without the children matching `skip` (old prices, status badges). */
function ownText(el: Element | null | undefined, skip: string): string {
  if (!el) return '';
  let text = '';
  for (const node of el.childNodes) {
    if (node.nodeType === 1 && (node as Element).matches(skip)) continue;
    text += node.textContent ?? '';
  }
  return clean(text);
}

/**
 * "1.500 € VB" → 1500 EUR, format 'offer' (VB = Verhandlungsbasis, negotiable); "1.500 €" → 'classified'.
 * "Zu verschenken" (free) and "VB" alone (no amount) are no price: null.
 */
function priceOf(text: string): { price: Listing['price']; format: SaleFormat } | null {
  if (/verschenken/i.test(text)) return null;
  const parsed = parsePrice(text, { currency: 'EUR', locale: 'de-DE' });
  if (!parsed) return null;
  return {
    price: { amount: parsed.amount, currency: parsed.currency },
    format: /\bVB\b/.test(text) ? 'offer' : 'classified',
  };
}

/**
 * Every ad page's h1 carries data-soldlabel="Verkauft", active ads too (the saved ad is live: its page
 * script says adExpired:false, showDeletedVeil:false and it shows the contact form), so the attribute
 * alone means nothing: it is the label the site's CSS shows once the ad is sold. Sold is read only from
 * a sold class on the h1 or a visible "Verkauft" span in it; "Reserviert • " (still for sale) and
 * "Gelöscht • " (deleted: sold or not, the page does not say) status spans are hidden with .is-hidden
 * otherwise.
 */
function adStatus(h1: Element): ListingStatus {
  if (/\bsold\b|is-sold/i.test(h1.getAttribute('class') ?? '')) return 'sold';
  const marks = [...h1.querySelectorAll('span:not(.is-hidden)')]
    .map((span) => span.textContent ?? '')
    .join(' ');
  if (/Verkauft/i.test(marks)) return 'sold';
  if (/Gelöscht|Deaktiviert/i.test(marks)) return 'unknown'; // deleted: sold or not, the page does not say
  return 'active';
}

function adListing(doc: Document, url: URL): Listing | null {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const href = new URL(canonical ?? url.pathname, url);
  const id = AD_RE.exec(href.pathname)?.[1] ?? AD_RE.exec(url.pathname)?.[1];
  const h1 = doc.querySelector('#viewad-title');
  const title = ownText(h1, 'span');
  const priced = priceOf(doc.querySelector('#viewad-price')?.textContent ?? '');
  if (!id || !h1 || !title || !priced) return null;
  let condition: string | undefined;
  for (const detail of doc.querySelectorAll('#viewad-details .addetailslist--detail')) {
    if (/^\s*Zustand/.test(detail.textContent ?? ''))
      condition = clean(detail.querySelector('.addetailslist--detail--value')?.textContent) || undefined;
  }
  const image = doc.querySelector('meta[property="og:image"]')?.getAttribute('content');
  return {
    site: 'kleinanzeigen',
    itemId: id,
    url: `${ORIGIN}${href.pathname}`,
    title,
    ...priced,
    status: adStatus(h1),
    ...(condition ? { condition } : {}),
    ...(image ? { imageUrl: image } : {}),
  };
}

/** A search result: article.aditem[data-adid][data-href]. */
function cardListing(card: Element): Listing | null {
  const id = card.getAttribute('data-adid');
  const link = card.querySelector('a[href^="/s-anzeige/"]');
  const path = card.getAttribute('data-href') || link?.getAttribute('href');
  const title = clean(card.querySelector('h2 a, .text-module-begin a, a.ellipsis')?.textContent);
  const priced = priceOf(
    ownText(card.querySelector('.aditem-main--middle--price-shipping--price'), '[class*="old-price"]'),
  );
  if (!id || !/^\d+$/.test(id) || !path || !title || !priced) return null;
  const src = card.querySelector('.imagebox img, img')?.getAttribute('src');
  return {
    site: 'kleinanzeigen',
    itemId: id,
    url: new URL(path, ORIGIN).href,
    title,
    ...priced,
    status: 'active',
    ...(src && /^https?:/.test(src) ? { imageUrl: src } : {}),
  };
}

function pageKind(url: URL): PageKind | null {
  if (AD_RE.test(url.pathname)) return 'item';
  if (/^\/s-/.test(url.pathname)) return 'search';
  return null;
}

export const kleinanzeigen: SiteAdapter = {
  id: 'kleinanzeigen',
  matches: ['https://www.kleinanzeigen.de/*', 'https://www.ebay-kleinanzeigen.de/*'],
  claims: (url) => /^www\.(ebay-)?kleinanzeigen\.de$/.test(url.hostname),
  pageKind,
  extract(doc, url) {
    if (pageKind(url) === 'item') {
      const own = adListing(doc, url);
      return own ? [own] : []; // "Das könnte dich auch interessieren" carousels are left out
    }
    const listings: Listing[] = [];
    const seen = new Set<string>();
    for (const card of doc.querySelectorAll('article.aditem[data-adid]')) {
      const listing = cardListing(card);
      if (listing && !seen.has(listing.itemId)) {
        seen.add(listing.itemId);
        listings.push(listing);
      }
    }
    return listings;
  },
  examples: [
    {
      url: 'https://www.kleinanzeigen.de/s-anzeige/bmw-r-100-gs-35-mm-tiefer/3065504213-305-2050',
      kind: 'item',
    },
    { url: 'https://www.kleinanzeigen.de/s-bmw-r100gs/k0', kind: 'search' },
  ],
};

import type { Listing } from '../listing';
import { parsePriceRange } from '../price';
import { cleanText, structuredListings } from './structured';
import type { SiteAdapter } from './types';

/**
 * AliExpress (*.aliexpress.com language subdomains, aliexpress.us, aliexpress.ru): item pages
 * /item/<id>.html. The product comes from its microdata (itemprop=price "€ 97,39 - 128,72" → a
 * range in the currency the page shows: the visitor's choice, never the host's), else from the
 * og:title, which starts with the price ("€97.39 40% OFF|<title>|<category>| - AliExpress").
 * That shown currency is AliExpress's conversion for the visitor; the page's data holds a base price
 * too (actSkuCalPrice 107.24 beside actSkuMultiCurrencyCalPrice 97.39 EUR on the saved page) but names
 * no currency for it, so the shown price, in the currency shown, is what is recorded.
 * Search pages are rendered by scripts from JSON the content script cannot see in the saved DOM:
 * no listings there yet.
 */

const HOST_RE = /(^|\.)aliexpress\.(com|us|ru)$/;
const ITEM_RE = /\/item\/(?:[^/]+\/)?(\d+)\.html/;
const OG_TITLE_RE = /^([^|]*\d[^|]*?)(?:\s+\d+%\s*OFF)?\s*\|\s*([^|]+)\|/i;

function fromOgTitle(doc: Document, url: URL, id: string): Listing[] {
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '';
  const m = OG_TITLE_RE.exec(og);
  const range = m?.[1] ? parsePriceRange(m[1]) : null;
  const title = cleanText(m?.[2]);
  // Only a price with an explicit currency: "$" alone could be any of the visitor's dollars.
  if (!range?.min.currency || !(range.min.amount > 0) || !title) return [];
  const listing: Listing = {
    site: 'aliexpress',
    itemId: id,
    url: `${url.origin}/item/${id}.html`,
    title,
    price: range.min,
    status: 'active',
    format: 'fixed',
  };
  if (range.max) listing.priceMax = range.max;
  return [listing];
}

export const aliexpress: SiteAdapter = {
  id: 'aliexpress',
  // The shop's hosts: www., m., the language sites of aliexpress.com (he.aliexpress.com...), and
  // aliexpress.us / .ru; not login., help., sell., developers...
  matches: [
    ...[
      'www',
      'm',
      'ar',
      'de',
      'es',
      'fr',
      'he',
      'id',
      'it',
      'ja',
      'ko',
      'nl',
      'pl',
      'pt',
      'ru',
      'th',
      'tr',
      'vi',
    ].map((sub) => `https://${sub}.aliexpress.com/*`),
    'https://www.aliexpress.us/*',
    'https://aliexpress.ru/*',
    'https://www.aliexpress.ru/*',
  ],
  claims: (url) => HOST_RE.test(url.hostname),
  pageKind(url) {
    if (ITEM_RE.test(url.pathname)) return 'item';
    if (/^\/(w\/wholesale|wholesale|category|af|popular)\b/.test(url.pathname)) return 'search';
    return null;
  },
  extract(doc, url) {
    const id = ITEM_RE.exec(url.pathname)?.[1];
    if (!id) return [];
    const [own] = structuredListings(doc, url, 'aliexpress');
    if (!own) return fromOgTitle(doc, url, id);
    // The currency must come from the page; a bare "$" is left unknown rather than guessed.
    return [{ ...own, itemId: id, url: `${url.origin}/item/${id}.html`, format: 'fixed' }];
  },
  examples: [
    { url: 'https://he.aliexpress.com/item/32993251330.html', kind: 'item' },
    { url: 'https://www.aliexpress.com/w/wholesale-iphone-se.html', kind: 'search' },
  ],
};

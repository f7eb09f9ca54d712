import type { ListingStatus, PageKind } from '../listing';
import { cardPrice, httpsImage, linkedCards } from './cards';
import { cleanText, structuredListings } from './structured';
import type { SiteAdapter } from './types';

/**
 * Poshmark (poshmark.com in USD, poshmark.ca in CAD). NO saved page of Poshmark exists in the fixtures:
 * what follows is from memory of the site, not checked on a real page.
 * - Listing page /listing/<slug>-<24 hex id>: the JSON-LD Product (offers price/priceCurrency/
 *   availability, itemCondition) via structured.ts; sold also when the page's own inventory tag (one
 *   outside the tiles of other listings) reads "Sold".
 * - Search /search?query=, /category/…, /brand/…, /closet/<user>: tiles ([data-et-prop-listing_id],
 *   .card) with a.tile__covershot and a.tile__title to the listing, the price "$25" (.fw--bold) beside
 *   the struck original price (.td--lt), and an inventory tag "SOLD" / "NOT FOR SALE" (skipped: its
 *   price is a placeholder) when not for sale.
 * No `format`: every listing takes offers, so a sold tile's price is the last asking price, which may be
 * more than the accepted offer the buyer paid.
 */
const SITE = 'poshmark';
const LINK = 'a[href*="/listing/"]';
const ID_RE = /\/listing\/(?:[^/?#]*-)?([0-9a-f]{24})\/?(?:[?#]|$)/;
const CARD = '[data-et-prop-listing_id],.card';
const TAG = '[class*="inventory-tag"],[class*="sold-tag"]';
const SHAPE = /^(?:C\$|\$)\s?\d[\d,]*(?:\.\d\d)?$/;
/** The struck original price beside the price (.td--lt); prices inside prices are read too. */
const PRICES = { struck: '[class*="td--lt"]', nested: true };

/** "SOLD" → sold; no tag → undefined (for sale); "NOT FOR SALE" → null: its price is a placeholder. */
function tagStatus(tags: Element[]): ListingStatus | null | undefined {
  const text = tags.map((tag) => tag.textContent ?? '').join(' ');
  if (/not for sale/i.test(text)) return null;
  if (/\bsold\b/i.test(text)) return 'sold';
  return undefined;
}

const searchPage = (doc: Document, url: URL, currency: string) =>
  linkedCards(doc, { link: LINK, id: ID_RE, card: CARD }, ({ card, id, match: path }) => {
    const img = card.querySelector('img');
    const title = cleanText(card.querySelector('.tile__title')?.textContent || img?.getAttribute('alt'));
    const price = cardPrice(card.querySelector('.fw--bold') ?? card, currency, SHAPE, PRICES)?.price;
    const status = tagStatus([...card.querySelectorAll(TAG)]);
    if (!title || !price || status === null) return null;
    const src = img?.getAttribute('src') || img?.getAttribute('data-src');
    const href = `${url.origin}${path[0].replace(/[?#]$/, '')}`;
    return {
      site: SITE,
      itemId: id,
      url: href,
      title,
      price,
      status: status ?? 'active',
      ...httpsImage(src),
    };
  });

function pageKind(url: URL): PageKind | null {
  if (ID_RE.test(url.pathname)) return 'item';
  if (/^\/(search\/?$|category\/.|brand\/.|closet\/.)/.test(url.pathname)) return 'search';
  return null;
}

export const poshmark: SiteAdapter = {
  id: SITE,
  matches: ['com', 'ca'].flatMap((tld) => [`https://poshmark.${tld}/*`, `https://www.poshmark.${tld}/*`]),
  claims: (url) => /^(www\.)?poshmark\.(com|ca)$/.test(url.hostname),
  pageKind,
  extract(doc, url) {
    try {
      const currency = url.hostname.endsWith('.ca') ? 'CAD' : 'USD';
      const kind = pageKind(url);
      if (kind === 'search') return searchPage(doc, url, currency);
      const path = ID_RE.exec(url.pathname);
      const own = path?.[1] ? structuredListings(doc, url, SITE)[0] : undefined;
      if (!own || !path?.[1]) return [];
      const tagged = tagStatus([...doc.querySelectorAll(TAG)].filter((tag) => !tag.closest(CARD)));
      if (tagged === null) return [];
      const status = own.status === 'sold' ? 'sold' : (tagged ?? own.status);
      const price = { ...own.price, currency: own.price.currency ?? currency };
      return [{ ...own, itemId: path[1], url: `${url.origin}${path[0]}`, price, status }];
    } catch {
      return [];
    }
  },
  examples: [
    { url: 'https://poshmark.com/search?query=levis%20501', kind: 'search' },
    { url: 'https://poshmark.com/listing/Levis-501-Jeans-64a1b2c3d4e5f6a7b8c9d0e1', kind: 'item' },
    { url: 'https://poshmark.ca/listing/Lululemon-Align-Pant-65b2c3d4e5f6a7b8c9d0e1f2', kind: 'item' },
  ],
};

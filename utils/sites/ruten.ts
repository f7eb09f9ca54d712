import type { PageKind } from '../listing';
import { linkedCards, plainCard } from './cards';
import { structuredListings } from './structured';
import type { SiteAdapter } from './types';

/**
 * 露天拍賣 Ruten (www.ruten.com.tw; old item host goods.ruten.com.tw), prices in TWD ("$1,234").
 * NO saved page of Ruten exists in the fixtures: what follows is from memory of the site, not checked
 * on a real page.
 * - Item page /item/show?<id>: the page's JSON-LD Product / og product meta (structured.ts), the id from
 *   the URL. Sold/ended only when the Offer's availability says so. "You may also like" is left out.
 * - Search /find/?q=: the cards are rendered by the page's script, each linking to /item/show?<id>.
 *   Title: .rt-product-card-name (class remembered, not verified), else the image's alt. Price: the
 *   card's one "$1,234" (or "$100 - $300") element; a card showing two different prices is skipped.
 */
const SITE = 'ruten';
const ORIGIN = 'https://www.ruten.com.tw';
const LINK = 'a[href*="/item/show?"]';
const ID_RE = /\/item\/show\?(\d{8,20})(?:[&#]|$)/;
const CARD = '.rt-product-card,.product-item,[class*="search-result-item"]';
const TITLE = '.rt-product-card-name,[class*="product-card-name"],[class*="item-name"]';
const SHAPE = /^(?:NT)?\$\s?\d[\d,]*(?:\s?[-~～]\s?(?:NT)?\$?\s?\d[\d,]*)?$/;
const itemUrl = (id: string) => `${ORIGIN}/item/show?${id}`;

const searchPage = (doc: Document) =>
  linkedCards(
    doc,
    { link: LINK, id: ID_RE, card: CARD },
    plainCard({ site: SITE, title: TITLE, currency: 'TWD', shape: SHAPE, url: itemUrl }),
  );

function pageKind(url: URL): PageKind | null {
  if (url.pathname === '/item/show' && /^\?\d{8,20}(&|$)/.test(url.search)) return 'item';
  if (/^\/find\/?$/.test(url.pathname)) return 'search';
  return null;
}

export const ruten: SiteAdapter = {
  id: SITE,
  matches: ['https://www.ruten.com.tw/*', 'https://goods.ruten.com.tw/*'],
  claims: (url) => /^(www|goods)\.ruten\.com\.tw$/.test(url.hostname),
  pageKind,
  extract(doc, url) {
    try {
      const kind = pageKind(url);
      if (kind === 'search') return searchPage(doc);
      const id = ID_RE.exec(url.pathname + url.search)?.[1];
      const own = kind === 'item' && id ? structuredListings(doc, url, SITE)[0] : undefined;
      if (!own || !id) return [];
      own.price.currency ??= 'TWD';
      return [{ ...own, itemId: id, url: itemUrl(id) }];
    } catch {
      return [];
    }
  },
  examples: [
    { url: 'https://www.ruten.com.tw/item/show?22236447868447', kind: 'item' },
    { url: 'https://www.ruten.com.tw/find/?q=nintendo+switch', kind: 'search' },
  ],
};

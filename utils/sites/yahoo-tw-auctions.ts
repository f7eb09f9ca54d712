import type { PageKind } from '../listing';
import { linkedCards, plainCard } from './cards';
import { structuredListings } from './structured';
import type { SiteAdapter } from './types';

/**
 * Yahoo奇摩拍賣 (tw.bid.yahoo.com), prices in TWD ("$1,234").
 * NO saved page of it exists in the fixtures: what follows is from memory of the site, not checked on
 * a real page.
 * - Item page /item/<id>: the page's JSON-LD Product / og product meta (structured.ts), the id from the
 *   URL. Ended (已結標) or sold only when the Offer's availability says so. Carousels are left out.
 * - Search /search/auction/product?p=: cards (CSS-module classes such as BaseGridItem__grid___xxxx,
 *   remembered, not verified) link to /item/<id>; title: the *__title element, else the image's alt.
 *   Price: the card's one "$1,234" element. Auction cards showing both the current bid and a buy-now
 *   price are skipped (two prices: no guessing which one the user means).
 */
const SITE = 'yahoo-tw-auctions';
const ORIGIN = 'https://tw.bid.yahoo.com';
const LINK = 'a[href*="/item/"]';
const ID_RE = /^(?:https?:\/\/tw\.bid\.yahoo\.com)?\/item\/([A-Za-z]?\d{6,20})(?:[/?#]|$)/;
const CARD = '[class*="BaseGridItem__grid"],[class*="BaseGridItem__itemWrapper"]';
const TITLE = '[class*="__title"],[class*="item-title"]';
const SHAPE = /^(?:NT)?\$\s?\d[\d,]*(?:\s?[-~～]\s?(?:NT)?\$?\s?\d[\d,]*)?$/;
const itemUrl = (id: string) => `${ORIGIN}/item/${id}`;

const searchPage = (doc: Document) =>
  linkedCards(
    doc,
    { link: LINK, id: ID_RE, card: CARD },
    plainCard({ site: SITE, title: TITLE, currency: 'TWD', shape: SHAPE, url: itemUrl }),
  );

function pageKind(url: URL): PageKind | null {
  if (ID_RE.test(url.pathname)) return 'item';
  if (/^\/search\/auction\/product\/?$/.test(url.pathname)) return 'search';
  return null;
}

export const yahooTwAuctions: SiteAdapter = {
  id: SITE,
  matches: ['https://tw.bid.yahoo.com/*'],
  claims: (url) => url.hostname === 'tw.bid.yahoo.com',
  pageKind,
  extract(doc, url) {
    try {
      const kind = pageKind(url);
      if (kind === 'search') return searchPage(doc);
      const id = ID_RE.exec(url.pathname)?.[1];
      const own = id ? structuredListings(doc, url, SITE)[0] : undefined;
      if (!own || !id) return [];
      own.price.currency ??= 'TWD';
      return [{ ...own, itemId: id, url: itemUrl(id) }];
    } catch {
      return [];
    }
  },
  examples: [
    { url: 'https://tw.bid.yahoo.com/item/100982358812', kind: 'item' },
    { url: 'https://tw.bid.yahoo.com/search/auction/product?p=switch', kind: 'search' },
  ],
};

import type { Listing, PageKind } from '../listing';
import { parsePriceRange } from '../price';
import { cleanText, structuredListings } from './structured';
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
const STRUCK = 's,del,strike,[class*="line-through"],[class*="strike"],[style*="line-through"]';

type Priced = Pick<Listing, 'price' | 'priceMax'>;
const itemUrl = (id: string) => `${ORIGIN}/item/${id}`;

/** The card's one price: elements whose whole text is a marked price, struck ones skipped; two different prices → null. */
function cardPrice(card: Element, currency: string | null): Priced | null {
  let found: Priced | null = null;
  let taken: Element | null = null;
  for (const el of [card, ...card.querySelectorAll('*')]) {
    if (taken?.contains(el) || el.childElementCount > 4 || (el.textContent ?? '').length > 60) continue;
    const text = cleanText(el.textContent);
    const range =
      SHAPE.test(text) && !el.closest(STRUCK) ? parsePriceRange(text, currency ? { currency } : {}) : null;
    if (!range || !(range.min.amount > 0)) continue;
    const { amount, currency: shown } = range.min;
    if (found && (found.price.amount !== amount || found.priceMax !== range.max)) return null;
    found = { price: { amount, currency: shown ?? currency }, ...(range.max ? { priceMax: range.max } : {}) };
    taken = el;
  }
  return found;
}

/** The card around a link: the site's card element, else the largest ancestor (≤ 6 up) linking to no other item. */
function cardOf(link: Element, id: string): Element {
  const known = link.closest(CARD);
  if (known) return known;
  let card = link;
  for (let up = link.parentElement, i = 0; up && up.tagName !== 'BODY' && i < 6; up = up.parentElement, i++) {
    if (up.querySelector(`${LINK}:not([href*="${id}"])`)) break;
    card = up;
  }
  return card;
}

function searchPage(doc: Document): Listing[] {
  const listings: Listing[] = [];
  const seen = new Set<string>();
  for (const link of doc.querySelectorAll(LINK)) {
    const id = ID_RE.exec(link.getAttribute('href') ?? '')?.[1];
    if (!id || seen.has(id)) continue;
    const card = cardOf(link, id);
    const img = card.querySelector('img');
    const title = cleanText(
      card.querySelector(TITLE)?.textContent || img?.getAttribute('alt') || link.getAttribute('title'),
    );
    const priced = cardPrice(card, 'TWD');
    if (!title || !priced) continue;
    seen.add(id);
    const src = img?.getAttribute('src');
    listings.push({
      site: SITE,
      itemId: id,
      url: itemUrl(id),
      title,
      ...priced,
      status: 'active',
      ...(src && /^https:/.test(src) ? { imageUrl: src } : {}),
    });
  }
  return listings;
}

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

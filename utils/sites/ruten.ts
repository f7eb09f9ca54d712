import type { Listing, PageKind } from '../listing';
import { parsePriceRange } from '../price';
import { cleanText, structuredListings } from './structured';
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
const STRUCK = 's,del,strike,[class*="line-through"],[class*="strike"],[style*="line-through"]';

type Priced = Pick<Listing, 'price' | 'priceMax'>;
const itemUrl = (id: string) => `${ORIGIN}/item/show?${id}`;

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

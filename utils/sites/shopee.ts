import type { Listing, PageKind } from '../listing';
import { currencyForHost, parsePriceRange } from '../price';
import { cleanText, structuredListings } from './structured';
import type { SiteAdapter } from './types';
import { isBlockedPage } from './walls';

/**
 * Shopee (shopee.tw, .com.br, .co.id, .sg, .com.my, .ph, .co.th, .vn): one currency per country site.
 * NO saved Shopee listing page exists (only a login wall, which gives []): from memory, not verified.
 * - Item page (/<slug>-i.<shopid>.<itemid> or /product/<shopid>/<itemid>): the JSON-LD Product Shopee
 *   publishes (Offer or AggregateOffer: price..priceMax), via structured.ts. Id: "<shopid>.<itemid>".
 * - Search /search?keyword= (and -cat.<id> category pages): each grid cell ([data-sqe="item"]) is one
 *   link to the item; title: [data-sqe="name"] (else the image's alt); price: the cell's one marked
 *   price ("$1,234", "R$12,34", "₫120.000"), Tailwind line-through (original price) skipped.
 */
const SITE = 'shopee';
const TLDS = ['tw', 'sg', 'ph', 'vn', 'com.br', 'co.id', 'com.my', 'co.th'];
const HOST_RE = /^(?:www\.)?shopee\.(tw|sg|ph|vn|com\.br|co\.id|com\.my|co\.th)$/;
const ID_RE = /(?:-i\.|\/product\/)(\d+)[./](\d+)(?:[/?#]|$)/;
const LINK = 'a[href*="-i."],a[href*="/product/"]';
const CARD = '[data-sqe="item"],.shopee-search-item-result__item';
const P = '(?:R\\$|NT\\$|S\\$|Rp|RM|₱|฿|₫|\\$)?\\s?\\d[\\d.,]*\\s?₫?';
const SHAPE = new RegExp(`^(?=.*(?:[$₱฿₫]|R[pM]))${P}(?:\\s?[-~～]\\s?${P})?$`);
const STRUCK = 's,del,strike,[class*="line-through"],[class*="strike"],[style*="line-through"]';

type Priced = Pick<Listing, 'price' | 'priceMax'>;
const BASE = { site: SITE, status: 'active', format: 'fixed' } as const;

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
    const other = `:not([href*="${id}"])`;
    if (up.querySelector(`a[href*="-i."]${other},a[href*="/product/"]${other}`)) break;
    card = up;
  }
  return card;
}

function searchPage(doc: Document, origin: string, currency: string): Listing[] {
  const listings: Listing[] = [];
  const seen = new Set<string>();
  for (const link of doc.querySelectorAll(LINK)) {
    const ids = ID_RE.exec(link.getAttribute('href') ?? '');
    const id = ids ? `${ids[1]}.${ids[2]}` : '';
    if (!ids?.[2] || seen.has(id)) continue;
    const card = cardOf(link, ids[2]);
    // Badge images ("flag-label", "custom-overlay") carry no title.
    const img = card.querySelector(
      'img[alt]:not([alt=""]):not([alt="flag-label"]):not([alt="custom-overlay"])',
    );
    const name = card.querySelector('[data-sqe="name"]') ?? card.querySelector('.line-clamp-2');
    const title = cleanText(name?.textContent || img?.getAttribute('alt'));
    const priced = cardPrice(card, currency);
    if (!title || !priced) continue;
    seen.add(id);
    const src = (img ?? card.querySelector('img'))?.getAttribute('src');
    const url = `${origin}/product/${ids[1]}/${ids[2]}`;
    const listing: Listing = { ...BASE, itemId: id, url, title, ...priced };
    if (src && /^https:/.test(src)) listing.imageUrl = src;
    listings.push(listing);
  }
  return listings;
}

function pageKind(url: URL): PageKind | null {
  if (ID_RE.test(url.pathname)) return 'item';
  if (/^\/search\/?$/.test(url.pathname) || /-cat\.\d+/.test(url.pathname)) return 'search';
  return null;
}

export const shopee: SiteAdapter = {
  id: SITE,
  matches: TLDS.map((tld) => `https://shopee.${tld}/*`),
  claims: (url) => HOST_RE.test(url.hostname),
  pageKind,
  extract(doc, url) {
    try {
      if (isBlockedPage(doc)) return [];
      const origin = `https://${url.hostname.replace(/^www\./, '')}`;
      const currency = currencyForHost(url.hostname) ?? 'TWD';
      const kind = pageKind(url);
      if (kind === 'search') return searchPage(doc, origin, currency);
      const ids = ID_RE.exec(url.pathname);
      const own = ids?.[2] ? structuredListings(doc, url, SITE)[0] : undefined;
      if (!own || !ids) return [];
      own.price.currency ??= currency;
      const itemUrl = `${origin}/product/${ids[1]}/${ids[2]}`;
      return [{ ...own, itemId: `${ids[1]}.${ids[2]}`, url: itemUrl, format: 'fixed' }];
    } catch {
      return [];
    }
  },
  examples: [
    { url: 'https://shopee.tw/search?keyword=switch', kind: 'search' },
    { url: 'https://shopee.tw/Nintendo-Switch-OLED-i.37004578.23822453415', kind: 'item' },
    { url: 'https://shopee.com.br/product/361543734/19499328476', kind: 'item' },
  ],
};

import type { PageKind } from '../listing';
import { currencyForHost } from '../price';
import { cardPrice, httpsImage, linkedCards } from './cards';
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
const BASE = { site: SITE, status: 'active', format: 'fixed' } as const;
/** "<shopid>.<itemid>". */
const itemId = (ids: RegExpExecArray) => `${ids[1]}.${ids[2]}`;

const searchPage = (doc: Document, origin: string, currency: string) =>
  linkedCards(doc, { link: LINK, id: ID_RE, card: CARD, itemId }, ({ card, id, match: ids }) => {
    // Badge images ("flag-label", "custom-overlay") carry no title.
    const img = card.querySelector(
      'img[alt]:not([alt=""]):not([alt="flag-label"]):not([alt="custom-overlay"])',
    );
    const name = card.querySelector('[data-sqe="name"]') ?? card.querySelector('.line-clamp-2');
    const title = cleanText(name?.textContent || img?.getAttribute('alt'));
    const priced = cardPrice(card, currency, SHAPE);
    if (!title || !priced) return null;
    const image = httpsImage((img ?? card.querySelector('img'))?.getAttribute('src'));
    const url = `${origin}/product/${ids[1]}/${ids[2]}`;
    return { ...BASE, itemId: id, url, title, ...priced, ...image };
  });

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
      return [{ ...own, itemId: itemId(ids), url: itemUrl, format: 'fixed' }];
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

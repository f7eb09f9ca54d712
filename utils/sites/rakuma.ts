import type { Listing, PageKind } from '../listing';
import { cardPrice, httpsImage, linkedCards } from './cards';
import { cleanText, structuredListings } from './structured';
import type { SiteAdapter } from './types';

/**
 * ラクマ Rakuma (fril.jp search, item.fril.jp items), JPY. A seller's shop page (fril.jp/shop/<id>,
 * 2026) is saved in the fixtures and verifies the .item-box cards below; the search and item pages
 * are still from memory of the site, not checked on a real page.
 * - Item page item.fril.jp/<32 hex id>: the product's structured data (JSON-LD or microdata, via
 *   structured.ts); sold when it says SoldOut or the buy button reads "SOLD OUT" / "売り切れ" (a button:
 *   the SOLD OUT ribbons of the related items below are not buttons).
 * - Search fril.jp/s?query= (/search/, /category/, /brand/) and a seller's shop fril.jp/shop/<id>:
 *   cards .item-box linking to item.fril.jp;
 *   .item-box__item-name; .item-box__item-price (<span data-content="JPY">¥</span><span
 *   data-content="2500">2,500</span>: the number from data-content); a SOLD OUT ribbon (*soldout* class)
 *   on sold items; lazy images (data-original).
 */
const SITE = 'rakuma';
const LINK = 'a[href*="item.fril.jp/"]';
const ID_RE = /^(?:https?:\/\/item\.fril\.jp)?\/([0-9a-f]{32})(?:[/?#]|$)/;
const CARD = '.item-box,.item';
const SOLD = '[class*="soldout"],[class*="sold-out"],[class*="sold_out"]';
const SHAPE = /^(?:[¥￥]\s?\d[\d,]*|\d[\d,]*\s?円)$/;
const DATA_PRICE = '[data-content="JPY"] + [data-content]';
const BASE = { site: SITE, format: 'fixed' } as const;
const itemUrl = (id: string) => `https://item.fril.jp/${id}`;

const searchPage = (doc: Document) =>
  linkedCards(doc, { link: LINK, id: ID_RE, card: CARD }, ({ card, id }) => {
    const img = card.querySelector('img');
    const name = card.querySelector('[class*="item-name"]')?.textContent;
    const title = cleanText(name || img?.getAttribute('alt'));
    const data = Number(card.querySelector(DATA_PRICE)?.getAttribute('data-content'));
    const priced =
      data > 0 && Number.isSafeInteger(data)
        ? { price: { amount: data, currency: 'JPY' } }
        : cardPrice(card.querySelector('[class*="item-price"]') ?? card, 'JPY', SHAPE);
    if (!title || !priced) return null;
    const src = img?.getAttribute('data-original') || img?.getAttribute('src');
    const status = card.querySelector(SOLD) ? 'sold' : 'active';
    const listing: Listing = {
      ...BASE,
      itemId: id,
      url: itemUrl(id),
      title,
      ...priced,
      status,
      ...httpsImage(src),
    };
    // 送料込 = shipping included in the price (the seller pays).
    if (/送料込/.test(card.textContent ?? '')) listing.shipping = null;
    return listing;
  });

function pageKind(url: URL): PageKind | null {
  if (url.hostname === 'item.fril.jp') return ID_RE.test(url.pathname) ? 'item' : null;
  if (/^\/(s|search\/.+|category\/.+|brand\/.+|shop\/[^/]+)$/.test(url.pathname.replace(/\/$/, '')))
    return 'search';
  return null;
}

export const rakuma: SiteAdapter = {
  id: SITE,
  matches: ['https://fril.jp/*', 'https://www.fril.jp/*', 'https://item.fril.jp/*'],
  claims: (url) => /^(www\.|item\.)?fril\.jp$/.test(url.hostname),
  pageKind,
  extract(doc, url) {
    try {
      const kind = pageKind(url);
      if (kind === 'search') return searchPage(doc);
      const id = ID_RE.exec(url.pathname)?.[1];
      const own = kind === 'item' && id ? structuredListings(doc, url, SITE)[0] : undefined;
      if (!own || !id) return [];
      const soldButton = [...doc.querySelectorAll('button,a[class*="btn"],input[type="submit"]')].some((b) =>
        /^(SOLD ?OUT|売り切れ(ました)?)$/i.test(cleanText(b.textContent || b.getAttribute('value'))),
      );
      own.price.currency ??= 'JPY';
      if (soldButton) own.status = 'sold';
      return [{ ...own, itemId: id, url: itemUrl(id), format: 'fixed' }];
    } catch {
      return [];
    }
  },
  examples: [
    { url: 'https://fril.jp/s?query=nintendo%20switch', kind: 'search' },
    { url: 'https://fril.jp/shop/3c65d78bc0e1eadbe2a3528b344d8311?page=1', kind: 'search' },
    { url: 'https://item.fril.jp/4c8e6b4a1f3d2e5a7b9c0d1e2f3a4b5c', kind: 'item' },
  ],
};

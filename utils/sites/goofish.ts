import type { PageKind } from '../listing';
import { cardPrice, httpsImage, linkedCards } from './cards';
import { cleanText, structuredListings } from './structured';
import type { SiteAdapter } from './types';

/**
 * 闲鱼 Xianyu / Goofish (www.goofish.com), prices in CNY ("¥120", "¥1.2万").
 * NO saved page of Goofish exists in the fixtures: what follows is from memory of the site, not checked
 * on a real page. The site is a client-rendered app (data from mtop.taobao.idle.* APIs, not embedded).
 * - Search /search?q=: each result is one link a[class*="feeds-item-wrap"] to /item?id=<id>, with
 *   span[class*="main-title"] and div[class*="price-wrap"] (¥ sign, number, decimal spans). CSS-module
 *   class names such as feeds-item-wrap--rGdH_KoF are remembered, their hash suffixes change: only the
 *   stem is matched. The price is the card's one "¥…" element; "12人想要" and original prices don't count.
 * - Item page /item?id=: no structured data is known to be there; structured.ts is tried (JSON-LD / og
 *   product meta) and nothing is guessed from the DOM (the page also shows other items' prices).
 */
const SITE = 'goofish';
const ORIGIN = 'https://www.goofish.com';
const LINK = 'a[href*="/item?"]';
const ID_RE = /\/item\?(?:[^#]*&)?id=(\d{6,24})(?:[&#]|$)/;
const CARD = '[class*="feeds-item-wrap"]';
const TITLE = '[class*="main-title"]';
const SHAPE = /^[¥￥]\s?\d[\d,]*(?:\.\d+)?万?(?:\s?[-~～]\s?[¥￥]?\s?\d[\d,]*(?:\.\d+)?万?)?$/;
const itemUrl = (id: string) => `${ORIGIN}/item?id=${id}`;

const searchPage = (doc: Document) =>
  linkedCards(doc, { link: LINK, id: ID_RE, card: CARD }, ({ card, link, id }) => {
    const img = card.querySelector('img[class*="feeds-image"]') ?? card.querySelector('img');
    const title = cleanText(
      card.querySelector(TITLE)?.textContent || link.getAttribute('title') || img?.getAttribute('alt'),
    );
    // Prices live in the price row; the whole card when that row is not found.
    const priced = cardPrice(card.querySelector('[class*="price-wrap"]') ?? card, 'CNY', SHAPE);
    if (!title || !priced) return null;
    const src = img?.getAttribute('src');
    // Protocol-relative sources ("//img.alicdn.com/…") too.
    const image = httpsImage(src && /^(https:)?\/\//.test(src) ? new URL(src, ORIGIN).href : undefined);
    return {
      site: SITE,
      itemId: id,
      url: itemUrl(id),
      title,
      ...priced,
      status: 'active',
      format: 'fixed',
      ...image,
    };
  });

function pageKind(url: URL): PageKind | null {
  if (url.pathname === '/item' && /^\d{6,24}$/.test(url.searchParams.get('id') ?? '')) return 'item';
  if (/^\/search\/?$/.test(url.pathname)) return 'search';
  return null;
}

export const goofish: SiteAdapter = {
  id: SITE,
  matches: ['https://www.goofish.com/*', 'https://goofish.com/*'],
  claims: (url) => /^(www\.)?goofish\.com$/.test(url.hostname),
  pageKind,
  extract(doc, url) {
    try {
      const kind = pageKind(url);
      if (kind === 'search') return searchPage(doc);
      const id = url.searchParams.get('id') ?? '';
      const own = kind === 'item' ? structuredListings(doc, url, SITE)[0] : undefined;
      if (!own) return [];
      own.price.currency ??= 'CNY';
      return [{ ...own, itemId: id, url: itemUrl(id) }];
    } catch {
      return [];
    }
  },
  examples: [
    { url: 'https://www.goofish.com/search?q=switch', kind: 'search' },
    { url: 'https://www.goofish.com/item?id=912345678901&categoryId=126862528', kind: 'item' },
  ],
};

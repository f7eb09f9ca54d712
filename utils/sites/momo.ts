import { type Json, jsonValuesAfter, nextFlightPayload, text } from '../embedded-json';
import type { Listing, ListingStatus, PageKind } from '../listing';
import { parsePrice } from '../price';
import { cardPrice, httpsImage, linkedCards } from './cards';
import { cleanText, structuredListings } from './structured';
import type { SiteAdapter } from './types';

/**
 * momo購物網 (www.momoshop.com.tw), a Taiwanese shop: new goods, prices in TWD ("$22,300").
 * - Search /search/<keyword> (verified on a saved page): the server sends no rendered cards; the
 *   goods are in the Next.js flight payload (self.__next_f.push scripts), in `goodsInfoList` arrays
 *   (goodsCode, goodsName, goodsPrice "$$22,300" — "$$" is the payload's escape of "$" —,
 *   SALE_PRICE "22300", imgUrl, goodsPriceModel.basePrice.goodsStatus). The same list appears
 *   twice (page props and JSON-LD props): each good is recorded once. The payload is used only
 *   when its searchKeyWord is the URL's keyword (client-side navigation leaves the old scripts).
 *   Cards rendered later (links to GoodsDetail.jsp?i_code=… holding one "$" price) add what the
 *   payload lacks: that reading is generic, tested on hand-written snippets only.
 * - Item /goods/GoodsDetail.jsp?i_code=<code>: NO saved page; read from the structured data the
 *   page publishes (JSON-LD Product, og / product:price meta) via structured.ts, id = i_code.
 *   Tested on hand-written snippets only.
 */
const SITE = 'momo';
const HOST = 'www.momoshop.com.tw';
const ORIGIN = `https://${HOST}`;
const GOODS_LINK = 'a[href*="GoodsDetail.jsp"]';
const GOODS_ID = /GoodsDetail\.jsp\?(?:[^#]*&)?i_code=(\d+)/;
/** A card price: "$22,300" (a range or "起" would not match: no guessing). */
const CARD_PRICE = /^(?:NT)?\$\s?\d[\d,]*$/;
/** Sold-out words momo puts on goods: 售完, 完售, 補貨中 (restocking). */
const SOLD_OUT = /售完|完售|補貨中/;

const goodsUrl = (code: string) => `${ORIGIN}/goods/GoodsDetail.jsp?i_code=${code}`;

/** The search words of the URL: /search/<words> or ?keyword=<words>. */
function keywordOf(url: URL): string {
  const segment = /^\/search\/([^/]+)\/?$/.exec(url.pathname)?.[1];
  if (segment && !segment.endsWith('.jsp')) {
    try {
      return decodeURIComponent(segment).trim();
    } catch {
      return '';
    }
  }
  return (url.searchParams.get('keyword') ?? '').trim();
}

function fromGoods(goods: Json): Listing | null {
  const code = text(goods.goodsCode);
  const title = cleanText(goods.goodsName);
  if (!/^\d+$/.test(code) || !title) return null;
  // "$$22,300": the flight payload doubles a leading "$"; SALE_PRICE "22300" when the text fails.
  const shown = text(goods.goodsPrice).replace(/^\$\$/, '$');
  const parsed = parsePrice(shown, { currency: 'TWD', locale: 'zh-TW' });
  const amount = parsed && parsed.amount > 0 ? parsed.amount : Number(text(goods.SALE_PRICE));
  if (!Number.isFinite(amount) || amount <= 0) return null;
  const basePrice = (goods.goodsPriceModel as Json | undefined)?.basePrice as Json | undefined;
  const status: ListingStatus = SOLD_OUT.test(text(basePrice?.goodsStatus)) ? 'ended' : 'active';
  return {
    site: SITE,
    itemId: code,
    url: goodsUrl(code),
    title,
    price: { amount, currency: 'TWD' },
    status,
    format: 'fixed',
    ...httpsImage(text(goods.imgUrl)),
  };
}

/** The goods of the flight payload, when it is this URL's search. */
function payloadGoods(doc: Document, url: URL): Listing[] {
  const payload = nextFlightPayload(doc);
  if (!payload.includes('goodsInfoList')) return [];
  const said = /"searchKeyWord":("(?:[^"\\]|\\.){0,400}")/.exec(payload)?.[1];
  let keyword = '';
  try {
    keyword = said ? String(JSON.parse(said)).trim() : '';
  } catch {
    return [];
  }
  if (!keyword || keyword.toLowerCase() !== keywordOf(url).toLowerCase()) return [];
  const page = /"curPage":(\d+)/.exec(payload)?.[1] ?? '1';
  if (page !== (url.searchParams.get('curPage') ?? url.searchParams.get('page') ?? '1')) return [];
  const listings: Listing[] = [];
  for (const list of jsonValuesAfter(payload, 'goodsInfoList')) {
    if (!Array.isArray(list)) continue;
    for (const goods of list) {
      const listing = goods && typeof goods === 'object' ? fromGoods(goods as Json) : null;
      if (listing) listings.push(listing);
    }
  }
  return listings;
}

/** Rendered goods cards: a link to the goods page, one "$" price in its card, a title. */
const renderedGoods = (doc: Document) =>
  // No card selector is known: the card is the largest ancestor of the link linking to no other goods.
  linkedCards(doc, { link: GOODS_LINK, id: GOODS_ID, card: ':not(*)' }, ({ card, link, id }) => {
    const img = card.querySelector('img');
    const title = cleanText(
      card.querySelector('h3, [class*="goodsName"], [class*="prdName"]')?.textContent ||
        link.getAttribute('title') ||
        img?.getAttribute('alt'),
    );
    const priced = cardPrice(card, 'TWD', CARD_PRICE);
    if (!title || !priced) return null;
    const soldOut = SOLD_OUT.test(cleanText(card.textContent));
    return {
      site: SITE,
      itemId: id,
      url: goodsUrl(id),
      title,
      ...priced,
      status: soldOut ? 'ended' : 'active',
      format: 'fixed',
      ...httpsImage(img?.getAttribute('src')),
    };
  });

function searchPage(doc: Document, url: URL): Listing[] {
  const listings: Listing[] = [];
  const seen = new Set<string>();
  for (const listing of [...payloadGoods(doc, url), ...renderedGoods(doc)]) {
    if (seen.has(listing.itemId)) continue;
    seen.add(listing.itemId);
    listings.push(listing);
  }
  return listings;
}

function itemPage(doc: Document, url: URL, code: string): Listing[] {
  const own = structuredListings(doc, url, SITE)[0];
  if (!own || !(own.price.amount > 0)) return [];
  return [
    {
      ...own,
      itemId: code,
      url: goodsUrl(code),
      // og:title carries the shop's name: "【Apple】iPhone 16 - momo購物網"
      title: own.title.replace(/\s*[-|｜]\s*momo購物網.*$/, ''),
      price: { ...own.price, currency: own.price.currency ?? 'TWD' },
      format: 'fixed',
    },
  ];
}

function pageKind(url: URL): PageKind | null {
  if (/^\/goods\/GoodsDetail\.jsp$/i.test(url.pathname) && /^\d+$/.test(url.searchParams.get('i_code') ?? ''))
    return 'item';
  if (/^\/search\/./.test(url.pathname)) return 'search';
  return null;
}

export const momo: SiteAdapter = {
  id: SITE,
  matches: [`https://${HOST}/*`],
  claims: (url) => url.hostname === HOST,
  pageKind,
  extract(doc, url) {
    const kind = pageKind(url);
    if (kind === 'search') return searchPage(doc, url);
    const code = url.searchParams.get('i_code');
    return kind === 'item' && code ? itemPage(doc, url, code) : [];
  },
  examples: [
    { url: 'https://www.momoshop.com.tw/search/iphone', kind: 'search' },
    { url: 'https://www.momoshop.com.tw/search/searchShop.jsp?keyword=switch', kind: 'search' },
    { url: 'https://www.momoshop.com.tw/goods/GoodsDetail.jsp?i_code=14985082', kind: 'item' },
  ],
};

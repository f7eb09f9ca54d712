import { dig, isJson, type Json, objectsAt, scriptJson, text } from '../embedded-json';
import type { Listing, ListingStatus, Money, PageKind } from '../listing';
import { parsePrice } from '../price';
import { cleanText, structuredListings } from './structured';
import type { SiteAdapter } from './types';

/**
 * Yahoo!フリマ (formerly PayPayフリマ), paypayfleamarket.yahoo.co.jp: fixed-price second-hand items
 * in yen, shipping always paid by the seller (送料無料). Verified on a saved search and item page.
 * - Embedded state first: script#__NEXT_DATA__ (props.initialState) holds the search results
 *   (searchState.search.result.items: id, title, price, itemStatus), the item page's item
 *   (itemsState.items.item: price, status, condition) and its recommendations
 *   (recommendsState…recommendItems.items: itemId, title, price, sellStatus "SOLD"). It is used only
 *   when it belongs to the URL (same query and page, same item id): after client-side navigation
 *   the script still holds the first page's state.
 * - Rendered cards override it and add what it lacks: a[href="/item/z…"] holding the image (alt =
 *   title), the price "3,500円" and, on sold items, an image alt="sold".
 * - The item page: JSON-LD Product as a fallback; the shown title (h1), price (ItemPrice) and
 *   商品の状態 row override.
 */
const SITE = 'yahoo-fleamarket';
const ORIGIN = 'https://paypayfleamarket.yahoo.co.jp';
const HOST = 'paypayfleamarket.yahoo.co.jp';
const ITEM_HREF = /^(?:https:\/\/paypayfleamarket\.yahoo\.co\.jp)?\/item\/(z\d+)\/?(?:[?#]|$)/;
const ITEM_PATH = /^\/item\/(z\d+)\/?$/;
/** Card prices: "3,500円" (the 円 may be in its own text node). */
const YEN = /^[\d,]+\s*円$/;

const itemUrl = (id: string) => `${ORIGIN}/item/${id}`;

function yen(value: unknown): Money | null {
  const amount = typeof value === 'number' ? value : Number.NaN;
  if (Number.isFinite(amount) && amount > 0) return { amount, currency: 'JPY' };
  const parsed = typeof value === 'string' ? parsePrice(value, { currency: 'JPY', locale: 'ja-JP' }) : null;
  return parsed && parsed.amount > 0 ? { amount: parsed.amount, currency: parsed.currency ?? 'JPY' } : null;
}

/** OPEN is for sale; SOLD (and a trade in progress) sold; stopped or deleted listings ended. */
function statusOf(value: unknown): ListingStatus | undefined {
  const s = text(value).toUpperCase();
  if (!s) return undefined;
  if (s === 'OPEN') return 'active';
  if (/SOLD|TRADING/.test(s)) return 'sold';
  if (/CLOSE|STOP|CANCEL|DELETE|SUSPEND/.test(s)) return 'ended';
  return 'unknown';
}

function fromState(item: Json, id: string, status: ListingStatus, image: unknown): Listing | null {
  const price = yen(item.price);
  const title = cleanText(item.title);
  if (!price || !title) return null;
  const imageUrl = text(image);
  return {
    site: SITE,
    itemId: id,
    url: itemUrl(id),
    title,
    price,
    status,
    format: 'fixed',
    ...(/^https:/.test(imageUrl) ? { imageUrl } : {}),
  };
}

/** What the page's state says about this URL: its search results, or its item and recommendations. */
function stateListings(doc: Document, url: URL): { own?: Listing; listed: Listing[] } {
  const data = scriptJson(doc, 'script#__NEXT_DATA__');
  const state = dig(data, ['props', 'initialState']);
  const query = dig(data, ['query']);
  const ownId = ITEM_PATH.exec(url.pathname)?.[1];
  if (ownId) {
    const item = dig(state, ['itemsState', 'items', 'item']);
    if (!isJson(item) || item.id !== ownId) return { listed: [] };
    const images = Array.isArray(item.images) ? item.images : [];
    const own =
      fromState(item, ownId, statusOf(item.status) ?? 'unknown', dig(images[0], ['url'])) ?? undefined;
    const condition = text(dig(item, ['condition', 'text']));
    if (own && condition) own.condition = condition;
    const recommends = dig(state, ['recommendsState', 'recommends', 'recommends']);
    const listed: Listing[] = [];
    for (const block of isJson(recommends) ? Object.values(recommends) : []) {
      for (const rec of objectsAt(block, ['recommendItems', 'items'])) {
        const id = text(rec.itemId);
        if (!/^z\d+$/.test(id) || id === ownId) continue;
        // An item still for sale has no sellStatus; a sold one says "SOLD" (and the card shows it).
        const listing = fromState(rec, id, statusOf(rec.sellStatus) ?? 'active', dig(rec, ['image', 'url']));
        if (listing) listed.push(listing);
      }
    }
    return { own, listed };
  }
  const segment = /^\/search\/([^/]+)/.exec(url.pathname)?.[1];
  let words = '';
  try {
    words = segment ? decodeURIComponent(segment) : '';
  } catch {
    return { listed: [] };
  }
  const samePage = String(dig(query, ['page']) ?? '1') === (url.searchParams.get('page') ?? '1');
  if (!words || dig(query, ['query']) !== words || !samePage) return { listed: [] };
  const listed: Listing[] = [];
  for (const item of objectsAt(state, ['searchState', 'search', 'result', 'items'])) {
    const id = text(item.id);
    if (!/^z\d+$/.test(id)) continue;
    const listing = fromState(item, id, statusOf(item.itemStatus) ?? 'unknown', item.thumbnailImageUrl);
    if (listing) listed.push(listing);
  }
  return { listed };
}

/** One rendered card: a link to /item/z… with an image (alt = title) and a "1,000円" price. */
function fromCard(link: Element, id: string): Listing | null {
  const image = [...link.querySelectorAll('img')].find((img) => {
    const alt = img.getAttribute('alt') ?? '';
    return alt && !/^sold$/i.test(alt);
  });
  const priceText = [...link.querySelectorAll('p, span, div')]
    .map((el) => cleanText(el.textContent))
    .find((t) => YEN.test(t));
  const price = yen(priceText);
  const title = cleanText(image?.getAttribute('alt'));
  if (!price || !title) return null;
  const sold =
    [...link.querySelectorAll('img')].some((img) => /^sold$/i.test(img.getAttribute('alt') ?? '')) ||
    [...link.querySelectorAll('span, p, div')].some((el) =>
      /^(?:SOLD|売り切れ)$/i.test(cleanText(el.textContent)),
    );
  const src = image?.getAttribute('src') ?? '';
  return {
    site: SITE,
    itemId: id,
    url: itemUrl(id),
    title,
    price,
    status: sold ? 'sold' : 'active',
    format: 'fixed',
    ...(/^https:/.test(src) ? { imageUrl: src } : {}),
  };
}

/** The cards on the page, by id, in page order (an item's first card). */
function renderedCards(doc: Document): Map<string, Listing> {
  const cards = new Map<string, Listing>();
  for (const link of doc.querySelectorAll('a[href*="/item/z"]')) {
    const id = ITEM_HREF.exec(link.getAttribute('href') ?? '')?.[1];
    if (!id || cards.has(id)) continue;
    const card = fromCard(link, id);
    if (card) cards.set(id, card);
  }
  return cards;
}

/** The state's listing with what its card shows put over it (title, price, a sold mark). */
function overlay(listing: Listing, card: Listing | undefined): Listing {
  if (!card) return listing;
  return {
    ...listing,
    title: card.title,
    price: card.price,
    status: card.status === 'sold' ? 'sold' : listing.status,
    ...(card.imageUrl && !listing.imageUrl ? { imageUrl: card.imageUrl } : {}),
  };
}

/** The item page's own listing: state, else JSON-LD; the shown title, price, condition and marks override. */
function ownListing(doc: Document, url: URL, id: string, fromStateOwn: Listing | undefined): Listing | null {
  let own = fromStateOwn;
  if (!own) {
    const ld = structuredListings(doc, url, SITE)[0];
    if (ld && ld.price.amount > 0)
      own = {
        ...ld,
        itemId: id,
        url: itemUrl(id),
        price: { ...ld.price, currency: ld.price.currency ?? 'JPY' },
      };
  }
  const shownTitle = cleanText(doc.querySelector('h1[class*="ItemTitle"], h1')?.textContent);
  const shownPrice = yen(cleanText(doc.querySelector('[class*="ItemPrice"] span')?.textContent));
  if (!own) {
    if (!shownTitle || !shownPrice) return null;
    own = {
      site: SITE,
      itemId: id,
      url: itemUrl(id),
      title: shownTitle,
      price: shownPrice,
      status: 'unknown',
    };
  }
  if (shownTitle) own.title = shownTitle;
  if (shownPrice) own.price = shownPrice;
  for (const row of doc.querySelectorAll('tr')) {
    if (cleanText(row.querySelector('th')?.textContent) !== '商品の状態') continue;
    const condition = cleanText(row.querySelector('td')?.textContent);
    if (condition) own.condition = condition;
  }
  // 送料無料: the seller pays shipping (the label next to the price).
  if (/送料無料/.test(doc.querySelector('[class*="ShippingFreeLabel"]')?.textContent ?? ''))
    own.shipping = null;
  const buy = cleanText(doc.querySelector('#item_buy_button, #prcs')?.textContent);
  if (/売り切れ|SOLD/i.test(buy)) own.status = 'sold';
  own.format = 'fixed';
  return own;
}

function pageKind(url: URL): PageKind | null {
  if (ITEM_PATH.test(url.pathname)) return 'item';
  if (/^\/(search|category|brand|hashtag)\/./.test(url.pathname)) return 'search';
  return null;
}

export const yahooFleamarket: SiteAdapter = {
  id: SITE,
  matches: [`https://${HOST}/*`],
  claims: (url) => url.hostname === HOST,
  pageKind,
  extract(doc, url) {
    const kind = pageKind(url);
    if (!kind) return [];
    const state = stateListings(doc, url);
    const cards = renderedCards(doc);
    const ownId = ITEM_PATH.exec(url.pathname)?.[1];
    const listings: Listing[] = [];
    const seen = new Set<string>();
    if (ownId) {
      seen.add(ownId);
      const own = ownListing(doc, url, ownId, state.own);
      if (own) listings.push(own);
    }
    const others: Listing[] = [];
    for (const listing of state.listed) {
      if (seen.has(listing.itemId)) continue;
      seen.add(listing.itemId);
      others.push(overlay(listing, cards.get(listing.itemId)));
    }
    for (const [id, card] of cards) {
      if (seen.has(id)) continue;
      seen.add(id);
      others.push(card);
    }
    for (const listing of others) listings.push(ownId ? { ...listing, related: true } : listing);
    return listings;
  },
  examples: [
    {
      url: 'https://paypayfleamarket.yahoo.co.jp/search/%E3%83%9D%E3%82%B1%E3%83%A2%E3%83%B3%E3%82%AB%E3%83%BC%E3%83%89',
      kind: 'search',
    },
    { url: 'https://paypayfleamarket.yahoo.co.jp/category/2511/2420', kind: 'search' },
    { url: 'https://paypayfleamarket.yahoo.co.jp/item/z604620404', kind: 'item' },
  ],
};

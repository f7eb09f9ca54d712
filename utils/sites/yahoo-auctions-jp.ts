import type { Listing, ListingStatus, Money } from '../listing';
import { parsePrice } from '../price';
import type { SiteAdapter } from './types';

const SITE = 'yahoo-auctions-jp';
const ITEM_RE = /\/auction\/([a-z]?\d+)(?:[/?#]|$)/;
const auctionUrl = (id: string) => `https://auctions.yahoo.co.jp/jp/auction/${id}`;

type Json = Record<string, unknown>;

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** A structured number: 3600, "3600", "701.000000"; anything else is undefined. */
function num(value: unknown): number | undefined {
  const n =
    typeof value === 'number'
      ? value
      : /^\s*\d+(\.\d+)?\s*$/.test(String(value))
        ? Number(value)
        : Number.NaN;
  return Number.isFinite(n) ? n : undefined;
}

/** '1,701円' → 1701. */
function yen(text: string | null | undefined): Money | null {
  const parsed = text ? parsePrice(text, { currency: 'JPY', locale: 'ja-JP' }) : null;
  return parsed && parsed.amount >= 0 ? { amount: parsed.amount, currency: parsed.currency ?? 'JPY' } : null;
}

/** Unix seconds or a date string with its offset → ISO 8601 (UTC). */
function iso(value: unknown): string | undefined {
  const seconds = num(value);
  const date = seconds !== undefined ? new Date(seconds * 1000) : new Date(String(value ?? ''));
  return seconds !== 0 && Number.isFinite(date.getTime()) ? date.toISOString() : undefined;
}

/** '2021.08.28（土）23:29' or '2026-02-18 23:52:28', Japan time → ISO 8601. */
function jstIso(text: string | null | undefined): string | undefined {
  const m = /(\d{4})[.\-/年](\d{1,2})[.\-/月](\d{1,2})\D+?(\d{1,2})[:時](\d{2})(?::(\d{2}))?/.exec(
    text ?? '',
  );
  if (!m) return undefined;
  const pad = (s: string | undefined) => (s ?? '0').padStart(2, '0');
  return iso(`${m[1]}-${pad(m[2])}-${pad(m[3])}T${pad(m[4])}:${pad(m[5])}:${pad(m[6])}+09:00`);
}

/** A search result card: li.Product (search and closed-auction search). */
function fromCard(card: Element, closed: boolean): Listing | null {
  const link = card.querySelector('a[data-auction-id]');
  const itemId = link?.getAttribute('data-auction-id') ?? '';
  if (!link || !/^[a-z]?\d+$/.test(itemId)) return null;

  const shown: Record<string, Money> = {};
  for (const box of card.querySelectorAll('.Product__price')) {
    const value = yen(box.querySelector('.Product__priceValue')?.textContent);
    const label = clean(box.querySelector('.Product__label')?.textContent);
    if (value && label && !shown[label]) shown[label] = value;
  }
  const current = shown.現在 ?? shown.落札;
  const buyNow = shown.即決;
  const dataPrice = num(link.getAttribute('data-auction-price'));
  // data-auction-price is the current price; prefer it only where the card shows a current price.
  let price =
    current && dataPrice !== undefined ? { amount: dataPrice, currency: 'JPY' } : (current ?? buyNow);
  if (!price && dataPrice !== undefined) price = { amount: dataPrice, currency: 'JPY' };
  if (!price) return null;

  const bidText = clean(card.querySelector('.Product__bid')?.textContent);
  const bids = /^\d+$/.test(bidText) ? Number(bidText) : undefined;
  const flea = link.getAttribute('data-auction-isflea') === '1';
  const endsAt = iso(card.querySelector('[data-auction-endtime]')?.getAttribute('data-auction-endtime'));
  let status: ListingStatus = 'active';
  if (closed) status = shown.落札 || (bids ?? 0) > 0 ? 'sold' : 'ended';

  let shipping: Money | null | undefined;
  const postage = clean(card.querySelector('.Product__postage')?.textContent);
  if (
    link.getAttribute('data-auction-isfreeshipping') === '1' ||
    card.querySelector('.Product__icon--freeShipping') ||
    /送料無料/.test(postage)
  )
    shipping = null;
  else shipping = yen(/送料\s*([\d,]+\s*円)/.exec(postage)?.[1]) ?? undefined;

  const href = link.getAttribute('href') ?? '';
  return {
    site: SITE,
    itemId,
    // Yahoo!フリマ cards in the results link to their own site.
    url: flea && /^https:\/\//.test(href) ? href.replace(/[?#].*$/, '') : auctionUrl(itemId),
    title: clean(link.getAttribute('data-auction-title') || link.textContent),
    price,
    shipping,
    status,
    soldAt: status === 'sold' ? endsAt : undefined,
    format: flea || (!current && buyNow) ? 'fixed' : 'auction',
    bids,
    endsAt,
    imageUrl: link.getAttribute('data-auction-img') || undefined,
  };
}

/** Links to an item in the 2026 result grid: an auction, or a Yahoo!フリマ item sold through it. */
const GRID_LINK =
  'a[href*="auctions.yahoo.co.jp/jp/auction/"], a[href*="paypayfleamarket.yahoo.co.jp/item/"]';
const GRID_ID = /\/(?:jp\/auction|item)\/([a-z]?\d+)(?:[/?#]|$)/;
/** Price labels of a grid card: 落札 (winning price), 現在 (current bid), 即決 (buy now), 開始 (start). */
const PRICE_LABELS = new Set(['落札', '現在', '即決', '開始']);
/** Yahoo's item conditions as cards show them ("未使用" ...), nothing else is taken for one. */
const CONDITION_RE =
  /^(未使用|未使用に近い|目立った傷や汚れなし|やや傷や汚れあり|傷や汚れあり|全体的に状態が悪い|中古|新品)$/;

/**
 * The link's tracking parameters, "…;etc:p=40000,b=29,…,etm=1777649798,…;…": p the price, b the bids,
 * etm the end (Unix seconds). They are on every link of a grid card, so they survive client-side paging.
 */
function tracking(link: Element): Record<string, string> {
  const etc = /(?:^|;)etc:([^;]*)/.exec(link.getAttribute('data-cl-params') ?? '')?.[1] ?? '';
  const fields: Record<string, string> = {};
  for (const pair of etc.split(',')) {
    const at = pair.indexOf('=');
    if (at > 0) fields[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return fields;
}

/** The Next.js state's result items by auction id (end time, bids), for cards whose links lack them. */
function gridState(doc: Document): Map<string, Json> {
  const items = new Map<string, Json>();
  try {
    const data = JSON.parse(doc.getElementById('__NEXT_DATA__')?.textContent ?? 'null');
    const props = data?.props;
    const listing = (props?.pageProps?.initialState ?? props?.initialState)?.search?.items?.listing;
    for (const item of (listing?.items as Json[] | undefined) ?? [])
      if (typeof item?.auctionId === 'string') items.set(item.auctionId, item);
  } catch {
    // no or broken Next.js state: the cards alone
  }
  return items;
}

/**
 * The 2026 result grid (closed searches): <li> cards with hashed class names, so read by structure —
 * the item link, the price labels (<span>落札</span><span>40,000<span>円</span></span>), the bid count
 * next to the 入札件数 icon, 送料無料, the condition label. On a closed search the price is the 落札
 * (winning) price, never the 開始 (start) price; the year of "5/2 00:36終了" is only in the link's
 * tracking (etm) or the page state, so the end time comes from there.
 */
function gridCards(doc: Document, closed: boolean): Listing[] {
  const listings: Listing[] = [];
  const seen = new Set<string>();
  let state: Map<string, Json> | undefined;
  for (const link of doc.querySelectorAll(GRID_LINK)) {
    const itemId = GRID_ID.exec(link.getAttribute('href') ?? '')?.[1];
    const card = link.closest('li');
    if (!itemId || seen.has(itemId) || !card || card.closest('li.Product')) continue;

    const shown: Record<string, Money> = {};
    let condition: string | undefined;
    let freeShipping = false;
    for (const el of card.querySelectorAll('span, p, div')) {
      if (el.childElementCount > 0) continue;
      const text = clean(el.textContent);
      if (PRICE_LABELS.has(text)) {
        const value = yen(el.nextElementSibling?.textContent);
        if (value && !shown[text]) shown[text] = value;
      } else if (CONDITION_RE.test(text)) condition ??= text;
      else if (text === '送料無料') freeShipping = true;
    }
    const flea = /paypayfleamarket\./.test(link.getAttribute('href') ?? '');
    const price = closed ? (shown.落札 ?? shown.現在) : (shown.現在 ?? shown.落札 ?? shown.即決);
    const title = clean(link.getAttribute('title') || card.querySelector('img[alt]')?.getAttribute('alt'));
    if (!price || !title) continue;

    const track = tracking(link);
    state ??= gridState(doc);
    const item = state.get(itemId);
    const endsAt = iso(track.etm) ?? iso(item?.endTime);
    const bidLink = clean(card.querySelector('a[href*="bid_hist"]')?.textContent);
    const bidsRaw = /^\d+$/.test(bidLink) ? Number(bidLink) : (num(track.b) ?? num(item?.bidCount));
    const status: ListingStatus = closed ? (shown.落札 ? 'sold' : 'ended') : 'active';
    const image = card.querySelector('img')?.getAttribute('src');
    seen.add(itemId);
    listings.push({
      site: SITE,
      itemId,
      url: flea ? `https://paypayfleamarket.yahoo.co.jp/item/${itemId}` : auctionUrl(itemId),
      title,
      price,
      ...(freeShipping ? { shipping: null } : {}),
      status,
      ...(status === 'sold' && endsAt ? { soldAt: endsAt } : {}),
      ...(condition ? { condition } : {}),
      // A Yahoo!フリマ item is bought at its price: its "1" beside the bid icon is a purchase, not a bid.
      format: flea || (!shown.現在 && !shown.落札 && shown.即決) ? 'fixed' : 'auction',
      ...(!flea && bidsRaw !== undefined ? { bids: bidsRaw } : {}),
      ...(endsAt ? { endsAt } : {}),
      ...(image ? { imageUrl: image } : {}),
    });
  }
  return listings;
}

/** Embedded state of the item page: __NEXT_DATA__ item detail and `var pageData = {...}`. */
function itemState(doc: Document): { next?: Json; page?: Json } {
  const state: { next?: Json; page?: Json } = {};
  try {
    const data = JSON.parse(doc.getElementById('__NEXT_DATA__')?.textContent ?? 'null');
    const props = data?.props;
    state.next = (props?.pageProps?.initialState ?? props?.initialState)?.item?.detail?.item;
  } catch {
    // no or broken Next.js state
  }
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const text = script.textContent ?? '';
    const at = text.indexOf('var pageData');
    if (at < 0) continue;
    try {
      state.page = JSON.parse(text.slice(text.indexOf('{', at), text.lastIndexOf('}') + 1))?.items;
    } catch {
      // not a single JSON object
    }
    break;
  }
  return state;
}

/** Old-layout item page rows: <dt class=ProductDetail__title>終了日時</dt><dd>…</dd>. */
function detailRows(doc: Document): Record<string, string> {
  const rows: Record<string, string> = {};
  for (const dt of doc.querySelectorAll('.ProductDetail__title, .Count__title')) {
    const dd = dt.nextElementSibling;
    if (dd) rows[clean(dt.textContent)] = clean(dd.textContent).replace(/^：/, '');
  }
  return rows;
}

/** The price text of a .Price box without its （税込 …円） part: the listed, pre-tax price. */
function priceBox(doc: Document, kind: 'current' | 'buynow'): Money | null {
  const value = doc.querySelector(`.Price--${kind} .Price__value`);
  if (!value) return null;
  let text = '';
  for (const node of value.childNodes) if (node.nodeType === 3) text += node.textContent;
  return yen(text);
}

/** The item page's own listing: embedded state first, then the visible (old) layout. */
function ownListing(doc: Document, pathId: string | undefined): Listing | null {
  const { next, page } = itemState(doc);
  const rows = detailRows(doc);
  const itemId = String(next?.auctionId ?? page?.productID ?? rows.オークションID ?? pathId ?? '');
  if (!/^[a-z]?\d+$/.test(itemId)) return null;

  const closed =
    next?.status === 'closed' ||
    num(page?.isClosed) === 1 ||
    !!doc.querySelector('.ClosedHeader, #closedHeader');
  const winPrice = num(page?.winPrice);
  const bidsRaw = num(next?.bids ?? page?.bids) ?? num(/^\d+/.exec(rows.入札件数 ?? '')?.[0]);
  const won = num(page?.hasWinner) === 1 || (winPrice ?? 0) > 0 || '落札者' in rows;
  const amount = closed && winPrice ? winPrice : num(next?.price ?? page?.price);
  const current = amount !== undefined ? { amount, currency: 'JPY' } : priceBox(doc, 'current');
  const buyNow = priceBox(doc, 'buynow');
  const price = current ?? buyNow;
  if (!price) return null;

  const endsAt = iso(next?.endTime) ?? jstIso(String(page?.endtime ?? rows.終了日時 ?? ''));
  let status: ListingStatus = next || page ? 'active' : 'unknown';
  if (closed) status = won || (page?.hasWinner === undefined && (bidsRaw ?? 0) > 0) ? 'sold' : 'ended';
  else if (doc.querySelector('.Price--current, .Price--buynow')) status = 'active';

  const images = next?.img as Json[] | undefined;
  const og = doc.querySelector('meta[property="og:image"]')?.getAttribute('content');
  return {
    site: SITE,
    itemId,
    url: auctionUrl(itemId),
    title: clean(
      String(
        next?.title ?? page?.productName ?? doc.querySelector('.ProductTitle__text, h1')?.textContent ?? '',
      ),
    ),
    price,
    // chargeForShipping 'seller': 出品者負担, free shipping for the buyer.
    shipping: next?.chargeForShipping === 'seller' ? null : undefined,
    status,
    soldAt: status === 'sold' ? endsAt : undefined,
    condition: clean(String(next?.conditionName ?? rows.状態 ?? '')) || undefined,
    format: !current && buyNow ? 'fixed' : 'auction',
    bids: bidsRaw,
    endsAt,
    imageUrl:
      (typeof images?.[0]?.image === 'string' ? (images[0].image as string) : undefined) ??
      og ??
      doc.querySelector('.ProductImage__image img')?.getAttribute('src') ??
      undefined,
  };
}

/** My Auction won list: table rows with a checkbox aidlist[] under a 落札価格 column. */
function wonRows(doc: Document): Listing[] {
  const listings: Listing[] = [];
  for (const box of doc.querySelectorAll('input[name="aidlist[]"]')) {
    const row = box.closest('tr');
    const table = row?.closest('table');
    if (!row || !table || !/落札価格/.test(table.querySelector('tr')?.textContent ?? '')) continue;
    const itemId = box.getAttribute('value') ?? '';
    if (!/^[a-z]?\d+$/.test(itemId)) continue;
    let price: Money | null = null;
    for (const cell of row.children) {
      if (/^[\d,]+\s*円$/.test(clean(cell.textContent))) {
        price = yen(cell.textContent);
        break;
      }
    }
    if (!price) continue;
    listings.push({
      site: SITE,
      itemId,
      url: auctionUrl(itemId),
      title: clean(row.querySelector('a[href*="/auction/"]')?.textContent),
      price,
      status: 'sold',
      format: 'auction',
    });
  }
  return listings;
}

export const yahooAuctionsJp: SiteAdapter = {
  id: SITE,
  matches: ['https://auctions.yahoo.co.jp/*', 'https://*.auctions.yahoo.co.jp/*'],
  claims: (url) => /^(?:page\d*\.)?auctions\.yahoo\.co\.jp$/.test(url.hostname),
  pageKind(url) {
    if (ITEM_RE.test(url.pathname)) return 'item';
    if (/^\/(search|closedsearch)\//.test(url.pathname)) return 'search';
    return null;
  },
  extract(doc, url) {
    const pathId = ITEM_RE.exec(url.pathname)?.[1];
    if (pathId || doc.querySelector('.ClosedHeader, .ProductTitle__text')) {
      const own = ownListing(doc, pathId);
      return own ? [own] : [];
    }
    const closed = /^\/closedsearch\//.test(url.pathname);
    const listings: Listing[] = [];
    const seen = new Set<string>();
    for (const card of doc.querySelectorAll('li.Product')) {
      const listing = fromCard(card, closed);
      if (listing && !seen.has(listing.itemId)) {
        seen.add(listing.itemId);
        listings.push(listing);
      }
    }
    if (!listings.length) listings.push(...gridCards(doc, closed));
    return listings.length ? listings : wonRows(doc);
  },
  examples: [
    { url: 'https://auctions.yahoo.co.jp/search/search?p=%E3%83%9E%E3%83%AA%E3%82%AA', kind: 'search' },
    {
      url: 'https://auctions.yahoo.co.jp/closedsearch/closedsearch?p=%E3%83%9E%E3%83%AA%E3%82%AA',
      kind: 'search',
    },
    { url: 'https://auctions.yahoo.co.jp/jp/auction/1219987808', kind: 'item' },
    { url: 'https://page.auctions.yahoo.co.jp/jp/auction/e000000000', kind: 'item' },
  ],
};

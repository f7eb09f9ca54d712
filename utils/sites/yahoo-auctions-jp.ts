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

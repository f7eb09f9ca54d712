import type { Listing, ListingStatus, Money, PageKind } from '../listing';
import { parsePrice } from '../price';
import type { SiteAdapter } from './types';

const ORIGIN = 'https://www.facebook.com';
const ITEM_RE = /\/marketplace\/item\/(\d+)/;
/** A short text that is one amount: "$600", "CA$1,200", "1.200 €", "R$ 50". */
const PRICE_TEXT = /^\D{0,4}\d[\d.,\s]*\D{0,4}$/;
const FREE = /^(free|gratis|gratuit|kostenlos)$/i;
/** Card labels that are neither price, title nor location. */
const LABEL = /^(sold|pending|just listed|reserved)$/i;

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * Facebook writes prices in the viewer's UI locale with CLDR formats: in en_US only the US dollar is a
 * bare "$" (others are "CA$", "A$", "MX$"...). The locale is in the path of the page's own scripts
 * (static.xx.fbcdn.net/rsrc.php/.../l/en_US-j/...); <html lang="en"> alone would not tell the region.
 */
function pageLocale(doc: Document): string | undefined {
  const og = doc.querySelector('meta[property="og:locale"]')?.getAttribute('content');
  const sources = [
    og,
    ...[...doc.querySelectorAll('script[src*="/rsrc.php/"][src*="/l/"]')]
      .slice(0, 10)
      .map((s) => s.getAttribute('src')),
  ];
  for (const src of sources) {
    const m = /(?:^|\/l\/)([a-z]{2})_([A-Z]{2})(?:[-/]|$)/.exec(src ?? '');
    if (m) return `${m[1]}-${m[2]}`;
  }
  return undefined;
}

function priceOf(text: string, locale: string | undefined): Money | null {
  if (!PRICE_TEXT.test(text)) return null;
  const parsed = parsePrice(text, locale ? { locale } : undefined);
  return parsed ? { amount: parsed.amount, currency: parsed.currency } : null;
}

/**
 * A result card: the link to /marketplace/item/<id>/ with atomic-CSS classes only. Its texts (span[dir=auto])
 * come in order: price (a reduced item adds its struck-through old price right after), title, location.
 */
function cardListing(link: Element, locale: string | undefined): Listing | null {
  const id = ITEM_RE.exec(link.getAttribute('href') ?? '')?.[1];
  if (!id) return null;
  let status: ListingStatus = 'active';
  const texts: string[] = [];
  for (const span of link.querySelectorAll('span[dir="auto"]')) {
    const text = clean(span.textContent);
    if (/^sold$/i.test(text)) status = 'sold';
    if (text && !LABEL.test(text)) texts.push(text);
  }
  const [first, ...rest] = texts;
  if (!first || FREE.test(first)) return null; // "Free" is not a price
  const price = priceOf(first, locale);
  // The title: the first text after the price(s); a text right after the price that is itself an amount
  // is the struck-through old price.
  const title = rest.find((text) => !PRICE_TEXT.test(text));
  if (!price || !title) return null;
  const src = link.querySelector('img')?.getAttribute('src');
  return {
    site: 'facebook-marketplace',
    itemId: id,
    url: `${ORIGIN}/marketplace/item/${id}/`,
    title,
    price,
    status,
    format: 'classified',
    ...(src && /^https?:/.test(src) ? { imageUrl: src } : {}),
  };
}

type Json = Record<string, unknown>;

/** A listing of the page's Relay data: the search feed's `GroupCommerceProductItem`s. */
interface RelayListing {
  id: string;
  title: string;
  price: Money;
  status: ListingStatus;
  imageUrl?: string;
}

/**
 * A Relay price, {"formatted_amount":"₱470,000","amount":"470000.00","amount_with_offset_in_currency":
 * "793384"}: the amount from `amount`, the currency from the symbol the listing is shown with. "$" is
 * any dollar in most locales (tl_PH: USD, CAD, AUD, SGD… all "$"); `amount_with_offset_in_currency` is
 * the amount in US cents (₱470,000 → 793384, at 59.24 pesos to the dollar on the saved page), so a "$"
 * amount equal to it is in US dollars; otherwise the dollar stays unknown.
 */
function relayPrice(raw: unknown, locale: string | undefined): Money | null {
  const o = raw as Json | null;
  const amount = Number(o?.amount);
  const shown = typeof o?.formatted_amount === 'string' ? o.formatted_amount : '';
  if (!Number.isFinite(amount) || amount <= 0 || !shown) return null;
  let currency = priceOf(shown, locale)?.currency ?? null;
  const usCents = Number(o?.amount_with_offset_in_currency);
  if (!currency && /^\$\s?\d/.test(shown) && Math.abs(usCents / 100 - amount) <= amount * 0.001 + 0.005)
    currency = 'USD';
  return { amount, currency };
}

/** The listings in the page's Relay data (<script type="application/json">), by id. */
function relayListings(doc: Document, locale: string | undefined): Map<string, RelayListing> {
  const found = new Map<string, RelayListing>();
  const visit = (node: unknown, depth: number): void => {
    if (!node || typeof node !== 'object' || depth > 40) return;
    if (Array.isArray(node)) {
      for (const child of node) visit(child, depth + 1);
      return;
    }
    const o = node as Json;
    if (o.__typename === 'GroupCommerceProductItem' && typeof o.id === 'string' && /^\d+$/.test(o.id)) {
      const price = relayPrice(o.listing_price, locale);
      const title = clean(String(o.custom_title ?? o.marketplace_listing_title ?? ''));
      if (price && title && !found.has(o.id)) {
        const photo = (o.primary_listing_photo as Json | undefined)?.image as Json | undefined;
        found.set(o.id, {
          id: o.id,
          title,
          price,
          status: o.is_sold === true ? 'sold' : 'active',
          ...(typeof photo?.uri === 'string' && /^https:/.test(photo.uri) ? { imageUrl: photo.uri } : {}),
        });
      }
    }
    for (const value of Object.values(o)) visit(value, depth + 1);
  };
  for (const script of doc.querySelectorAll('script[type="application/json"]')) {
    const text = script.textContent ?? '';
    if (!text.includes('"listing_price"')) continue;
    try {
      visit(JSON.parse(text), 0);
    } catch {
      // not JSON: the next block
    }
  }
  return found;
}

/** An item page: the h1 title, then the price as the first amount in the box around it. */
function itemListing(doc: Document, id: string, locale: string | undefined): Listing | null {
  const main = doc.querySelector('[role="main"]') ?? doc.body;
  const h1 = main?.querySelector('h1');
  const meta = (name: string) => doc.querySelector(`meta[property="${name}"]`)?.getAttribute('content');
  const title = clean(h1?.textContent) || clean(meta('og:title'));
  if (!h1 || !title) return null;
  // The box holding the h1 and its price line: a few levels up, not the whole page.
  let box: Element = h1;
  for (let i = 0; i < 4 && box.parentElement; i++) box = box.parentElement;
  let price: Money | null = null;
  let status: ListingStatus = 'active';
  let condition: string | undefined;
  const spans = [...box.querySelectorAll('span')].filter((span) => !span.children.length).slice(0, 200);
  for (const [i, span] of spans.entries()) {
    const text = clean(span.textContent);
    if (/^sold$/i.test(text)) status = 'sold';
    else if (/^condition$/i.test(text)) {
      const value = clean(spans[i + 1]?.textContent);
      if (value && value.length < 40) condition = value;
    } else if (!price && !h1.contains(span) && !FREE.test(text)) price = priceOf(text, locale);
  }
  if (!price) return null;
  const image = meta('og:image');
  return {
    site: 'facebook-marketplace',
    itemId: id,
    url: `${ORIGIN}/marketplace/item/${id}/`,
    title,
    price,
    status,
    format: 'classified',
    ...(condition ? { condition } : {}),
    ...(image ? { imageUrl: image } : {}),
  };
}

function pageKind(url: URL): PageKind | null {
  if (ITEM_RE.test(url.pathname)) return 'item';
  if (/^\/marketplace\/(you|inbox|create|notifications|profile|selling|buying)(\/|$)/.test(url.pathname))
    return null;
  if (/^\/marketplace(\/|$)/.test(url.pathname)) return 'search';
  return null;
}

export const facebookMarketplace: SiteAdapter = {
  id: 'facebook-marketplace',
  // All of facebook.com, though only Marketplace is read (claims): people reach Marketplace from
  // the feed inside the single-page app, and a script matched to /marketplace/* would not be
  // there until a reload. Elsewhere on Facebook the script reads nothing.
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*'],
  claims: (url) =>
    /^(www|web)\.facebook\.com$/.test(url.hostname) && /^\/marketplace(\/|$)/.test(url.pathname),
  pageKind,
  extract(doc, url) {
    const locale = pageLocale(doc);
    const ownId = pageKind(url) === 'item' ? ITEM_RE.exec(url.pathname)?.[1] : undefined;
    if (ownId) {
      const own = itemListing(doc, ownId, locale);
      return own ? [own] : []; // "Today's picks" / similar items under it are left out
    }
    // The rendered cards first; the page's Relay data (the same search feed, as JSON) tells the currency
    // a card's "$" leaves open and gives the listings whose cards are not rendered.
    const relay = relayListings(doc, locale);
    const listings: Listing[] = [];
    const seen = new Set<string>();
    for (const link of doc.querySelectorAll('a[href*="/marketplace/item/"]')) {
      const listing = cardListing(link, locale);
      if (!listing || seen.has(listing.itemId)) continue;
      const data = relay.get(listing.itemId);
      if (!listing.price.currency && data?.price.currency && data.price.amount === listing.price.amount)
        listing.price = data.price;
      seen.add(listing.itemId);
      listings.push(listing);
    }
    for (const data of relay.values()) {
      if (seen.has(data.id)) continue;
      seen.add(data.id);
      listings.push({
        site: 'facebook-marketplace',
        itemId: data.id,
        url: `${ORIGIN}/marketplace/item/${data.id}/`,
        title: data.title,
        price: data.price,
        status: data.status,
        format: 'classified',
        ...(data.imageUrl ? { imageUrl: data.imageUrl } : {}),
      });
    }
    return listings;
  },
  examples: [
    {
      url: 'https://www.facebook.com/marketplace/philadelphia/search/?query=electric%20guitar',
      kind: 'search',
    },
    { url: 'https://www.facebook.com/marketplace/item/1183708197241516/', kind: 'item' },
  ],
};

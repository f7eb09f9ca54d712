import type { Listing, ListingStatus, PageKind } from '../listing';
import { currencyForHost, parsePrice } from '../price';
import { cardPrice, httpsImage, linkedCards } from './cards';
import { cleanText, structuredListings } from './structured';
import type { SiteAdapter } from './types';

/**
 * Carousell (www.carousell.sg, .com.hk, .com.my, .ph, .com.tw; www.carousell.com, whose currency the
 * host does not tell: there only a marked price such as "S$500" gives one). Verified on saved
 * carousell.sg pages (two searches, one item, 2025); the other countries are read the same way,
 * untested on their pages.
 * - Search /search/<keywords> and /categories/…: cards div[data-testid="listing-card-<id>"], each with
 *   a seller link (/u/<name>/) and a listing link (/p/<slug>-<id>/) holding the image, the title
 *   (p[style*="max-line"], else the image's alt, else the slug), the price block (p "S$35", and after
 *   a price drop the old price, span[aria-label="Stricken Price: S$40"] > s, never the price) and,
 *   right after that block, the condition ("Like new", "Brand new", "Well used"). A card showing S$0
 *   is passed over (no price: see structured.ts). A "Sold" / "Reserved" badge (no saved page shows
 *   one: snippets) makes it sold / unknown (a reserved item is promised to a buyer, not yet sold).
 * - Item page /p/<slug>-<id>/: the JSON-LD Product (offers price/priceCurrency/availability) via
 *   structured.ts, the id from the URL; what the page shows overrides it: the title (h1), the price
 *   (#FieldSetField-Container-field_price) and the condition of the details ("Condition": the saved
 *   page shows "Well used" where its JSON-LD says NewCondition).
 * - The price is the seller's own, in the seller's currency: only amounts marked with the country's
 *   currency are read, never a conversion into the visitor's.
 */
const SITE = 'carousell';
const HOST_RE = /^(?:www\.)?carousell\.(sg|com\.hk|com\.my|ph|com\.tw|com)$/;
const LINK = 'a[href*="/p/"]';
const ID_RE = /\/p\/(?:([^/?#]*)-)?(\d{6,20})\/?(?:[?#]|$)/;
const CARD = 'div[data-testid^="listing-card-"]';
const SHAPE =
  /^(?:S\$|HK\$|NT\$|RM|PHP|₱|\$)\s?\d[\d,]*(?:\.\d+)?(?:\s?[-~]\s?(?:S\$|HK\$|NT\$|RM|PHP|₱|\$)?\s?\d[\d,]*(?:\.\d+)?)?$/;
/** The old price after a price drop: span[aria-label="Stricken Price: S$40"] > s. */
const STRUCK = '[aria-label^="Stricken"]';
/** Badges of a listing that is no longer for sale. */
const SOLD_BADGE = /^(?:sold|已售出|已賣出|售出)$/i;
const RESERVED_BADGE = /^(?:reserved|已預留|已保留|預留中)$/i;

/** The slug's words, when plain ASCII (an encoded Chinese slug is no title). */
const slugWords = (slug = '') => (/%/.test(slug) ? '' : slug.replace(/-/g, ' '));
/** /p/<slug>-<id>/ on the page's host. */
const listingUrl = (origin: string, m: RegExpExecArray) => `${origin}/p/${m[1] ? `${m[1]}-` : ''}${m[2]}/`;

/** sold / unknown (reserved) when an element of `scope` says only that; else undefined. */
function badgeStatus(scope: Element): ListingStatus | undefined {
  for (const el of scope.querySelectorAll('p, span, div')) {
    if (el.childElementCount > 1) continue;
    const text = cleanText(el.textContent);
    if (SOLD_BADGE.test(text)) return 'sold';
    if (RESERVED_BADGE.test(text)) return 'unknown';
  }
  return undefined;
}

/** The card's condition: the short text right after its price block, inside the listing link. */
function cardCondition(link: Element): string | undefined {
  const price = [...link.querySelectorAll('p')].find((p) => SHAPE.test(cleanText(p.textContent)));
  let block: Element | null = price ?? null;
  while (block && block.parentElement !== link) block = block.parentElement;
  const next = block?.nextElementSibling;
  const text = next?.tagName === 'P' ? cleanText(next.textContent) : '';
  return text && text.length <= 40 && !/\d/.test(text) ? text : undefined;
}

const searchPage = (doc: Document, origin: string, currency: string | null) =>
  linkedCards(doc, { link: LINK, id: ID_RE, card: CARD }, ({ card, link, id, match }) => {
    const img = card.querySelector(`${LINK} img`) ?? card.querySelector('img');
    const name = card.querySelector(`${LINK} p[style*="max-line"]`)?.textContent;
    const title = cleanText(name || img?.getAttribute('alt') || slugWords(match[1]));
    const priced = cardPrice(card, currency, SHAPE, { struck: STRUCK });
    if (!title || !priced) return null;
    const condition = cardCondition(link);
    return {
      site: SITE,
      itemId: id,
      url: listingUrl(origin, match),
      title,
      ...priced,
      status: badgeStatus(card) ?? 'active',
      ...(condition ? { condition } : {}),
      ...httpsImage(img?.getAttribute('src')),
    };
  });

/** The value next to a label of the item's details ("Condition" → "Well used"). */
function detail(doc: Document, label: RegExp): string | undefined {
  for (const el of doc.querySelectorAll('[id^="FieldSetField-Container-field_listing_details"] p')) {
    if (!label.test(cleanText(el.textContent))) continue;
    // The value is the next p: a sibling, or inside the next sibling (beside a help button and
    // the "Saves 137.1kg of CO2" note).
    for (let next = el.nextElementSibling; next; next = next.nextElementSibling) {
      const value = next.tagName === 'P' ? next : next.querySelector('p');
      const text = cleanText(value?.textContent);
      if (text) return text.length <= 40 ? text : undefined;
    }
  }
  return undefined;
}

function itemPage(doc: Document, url: URL, match: RegExpExecArray, currency: string | null): Listing[] {
  const origin = `https://${url.hostname}`;
  const own = structuredListings(doc, url, SITE)[0];
  const shownText = [...doc.querySelectorAll('#FieldSetField-Container-field_price *')]
    .map((el) => cleanText(el.textContent))
    .find((text) => SHAPE.test(text));
  const shown = shownText ? parsePrice(shownText, currency ? { currency } : undefined) : null;
  const title = cleanText(doc.querySelector('h1')?.textContent) || own?.title;
  const price =
    shown && shown.amount > 0 ? { amount: shown.amount, currency: shown.currency ?? currency } : own?.price;
  if (!title || !price || !match[2]) return [];
  const listing: Listing = {
    ...(own ?? { site: SITE, status: 'unknown' as const }),
    site: SITE,
    itemId: match[2],
    url: listingUrl(origin, match),
    title,
    price: { amount: price.amount, currency: price.currency ?? currency },
  };
  // Not the JSON-LD range of the offers when the page shows one price.
  if (shown) delete listing.priceMax;
  const condition = detail(doc, /^(?:Condition|狀況|物品狀況|商品狀況|Keadaan)$/i);
  if (condition) listing.condition = condition;
  const header = doc.querySelector('h1')?.parentElement?.parentElement;
  const badge = header ? badgeStatus(header) : undefined;
  if (badge) listing.status = badge;
  return [listing];
}

function pageKind(url: URL): PageKind | null {
  if (ID_RE.test(url.pathname)) return 'item';
  if (/^\/(search|categories)\/./.test(url.pathname)) return 'search';
  return null;
}

export const carousell: SiteAdapter = {
  id: SITE,
  matches: ['sg', 'com.hk', 'com.my', 'ph', 'com.tw', 'com'].flatMap((tld) => [
    `https://www.carousell.${tld}/*`,
    `https://carousell.${tld}/*`,
  ]),
  claims: (url) => HOST_RE.test(url.hostname),
  pageKind,
  extract(doc, url) {
    try {
      const currency = currencyForHost(url.hostname);
      const kind = pageKind(url);
      if (kind === 'search') return searchPage(doc, `https://${url.hostname}`, currency);
      const match = ID_RE.exec(url.pathname);
      return match ? itemPage(doc, url, match, currency) : [];
    } catch {
      return [];
    }
  },
  examples: [
    { url: 'https://www.carousell.sg/search/nintendo%20switch', kind: 'search' },
    { url: 'https://www.carousell.sg/p/nintendo-switch-oled-white-1234567890/', kind: 'item' },
    { url: 'https://www.carousell.com.hk/p/switch-oled-1322334455/', kind: 'item' },
  ],
};

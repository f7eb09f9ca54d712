import type { Listing, PageKind } from '../listing';
import { currencyForHost, parsePriceRange } from '../price';
import { cleanText, structuredListings } from './structured';
import type { SiteAdapter } from './types';

/**
 * Carousell (www.carousell.sg, .com.hk, .com.my, .ph, .com.tw; www.carousell.com, whose currency the
 * host does not tell: there only a marked price such as "S$500" gives one).
 * NO saved page of Carousell exists in the fixtures: what follows is from memory of the site, not
 * checked on a real page.
 * - Item page /p/<slug>-<id>/: the JSON-LD Product (name, offers price/priceCurrency/availability,
 *   itemCondition) via structured.ts; the id from the URL.
 * - Search /search/<keywords> and /categories/…: cards div[data-testid="listing-card-<id>"], each with a
 *   seller link (/u/<name>/) and a listing link (/p/<slug>-<id>/) holding the image, the title
 *   (p[style*="max-line"], remembered, else the image's alt, else the slug) and the price ("S$500").
 */
const SITE = 'carousell';
const HOST_RE = /^(?:www\.)?carousell\.(sg|com\.hk|com\.my|ph|com\.tw|com)$/;
const LINK = 'a[href*="/p/"]';
const ID_RE = /\/p\/(?:([^/?#]*)-)?(\d{6,20})\/?(?:[?#]|$)/;
const CARD = 'div[data-testid^="listing-card-"]';
const SHAPE =
  /^(?:S\$|HK\$|NT\$|RM|PHP|₱|\$)\s?\d[\d,]*(?:\.\d+)?(?:\s?[-~]\s?(?:S\$|HK\$|NT\$|RM|PHP|₱|\$)?\s?\d[\d,]*(?:\.\d+)?)?$/;
const STRUCK = 's,del,strike,[class*="line-through"],[class*="strike"],[style*="line-through"]';

type Priced = Pick<Listing, 'price' | 'priceMax'>;

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
    if (up.querySelector(`${LINK}:not([href*="${id}"])`)) break;
    card = up;
  }
  return card;
}

/** The slug's words, when plain ASCII (an encoded Chinese slug is no title). */
const slugWords = (slug = '') => (/%/.test(slug) ? '' : slug.replace(/-/g, ' '));
/** /p/<slug>-<id>/ on the page's host. */
const listingUrl = (origin: string, m: RegExpExecArray) => `${origin}/p/${m[1] ? `${m[1]}-` : ''}${m[2]}/`;

function searchPage(doc: Document, origin: string, currency: string | null): Listing[] {
  const listings: Listing[] = [];
  const seen = new Set<string>();
  for (const link of doc.querySelectorAll(LINK)) {
    const match = ID_RE.exec(link.getAttribute('href') ?? '');
    const id = match?.[2];
    if (!match || !id || seen.has(id)) continue;
    const card = cardOf(link, id);
    const img = card.querySelector(`${LINK} img`) ?? card.querySelector('img');
    const name = card.querySelector(`${LINK} p[style*="max-line"]`)?.textContent;
    const title = cleanText(name || img?.getAttribute('alt') || slugWords(match[1]));
    const priced = cardPrice(card, currency);
    if (!title || !priced) continue;
    seen.add(id);
    const src = img?.getAttribute('src');
    const url = listingUrl(origin, match);
    const listing: Listing = { site: SITE, itemId: id, url, title, ...priced, status: 'active' };
    if (src && /^https:/.test(src)) listing.imageUrl = src;
    listings.push(listing);
  }
  return listings;
}

function pageKind(url: URL): PageKind | null {
  if (ID_RE.test(url.pathname)) return 'item';
  if (/^\/(search|categories)\/./.test(url.pathname)) return 'search';
  return null;
}

export const carousell: SiteAdapter = {
  id: SITE,
  matches: ['sg', 'com.hk', 'com.my', 'ph', 'com.tw', 'com'].map((tld) => `https://*.carousell.${tld}/*`),
  claims: (url) => HOST_RE.test(url.hostname),
  pageKind,
  extract(doc, url) {
    try {
      const origin = `https://${url.hostname}`;
      const currency = currencyForHost(url.hostname);
      const kind = pageKind(url);
      if (kind === 'search') return searchPage(doc, origin, currency);
      const match = ID_RE.exec(url.pathname);
      const own = match?.[2] ? structuredListings(doc, url, SITE)[0] : undefined;
      if (!own || !match?.[2]) return [];
      own.price.currency ??= currency;
      return [{ ...own, itemId: match[2], url: listingUrl(origin, match) }];
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

import type { PageKind } from '../listing';
import { currencyForHost } from '../price';
import { cardPrice, httpsImage, linkedCards } from './cards';
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

/** The slug's words, when plain ASCII (an encoded Chinese slug is no title). */
const slugWords = (slug = '') => (/%/.test(slug) ? '' : slug.replace(/-/g, ' '));
/** /p/<slug>-<id>/ on the page's host. */
const listingUrl = (origin: string, m: RegExpExecArray) => `${origin}/p/${m[1] ? `${m[1]}-` : ''}${m[2]}/`;

const searchPage = (doc: Document, origin: string, currency: string | null) =>
  linkedCards(doc, { link: LINK, id: ID_RE, card: CARD }, ({ card, id, match }) => {
    const img = card.querySelector(`${LINK} img`) ?? card.querySelector('img');
    const name = card.querySelector(`${LINK} p[style*="max-line"]`)?.textContent;
    const title = cleanText(name || img?.getAttribute('alt') || slugWords(match[1]));
    const priced = cardPrice(card, currency, SHAPE);
    if (!title || !priced) return null;
    const url = listingUrl(origin, match);
    return {
      site: SITE,
      itemId: id,
      url,
      title,
      ...priced,
      status: 'active',
      ...httpsImage(img?.getAttribute('src')),
    };
  });

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

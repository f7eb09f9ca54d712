import type { PageKind } from '../listing';
import { cardPrice, httpsImage, linkedCards } from './cards';
import { cleanText, structuredListings } from './structured';
import type { SiteAdapter } from './types';

/**
 * Wallapop (es.wallapop.com, it.wallapop.com, pt.wallapop.com; www. redirects to them), prices in EUR
 * ("350 €", "1.200 €"). The UK site closed years ago: not claimed.
 * NO saved page of Wallapop exists in the fixtures: what follows is from memory of the site, not
 * checked on a real page.
 * - Item page /item/<slug>-<numeric id>: the JSON-LD Product (structured.ts); the id is the number
 *   ending the slug (the slug's words follow the title and may change with it).
 * - Search /app/search?keywords= (/search? too): results are links to /item/… holding the image, the
 *   price (ItemCard__price, CSS-module classes such as item-card_ItemCard__price__xxxx in the newer
 *   markup: only the stem is matched), the title (ItemCard__title, else the link's title, else the
 *   image's alt) and badges ("Reservado": still for sale; "Vendido"/"Venduto": sold).
 */
const SITE = 'wallapop';
const LINK = 'a[href*="/item/"]';
const ID_RE = /\/item\/((?:[^/?#]*-)?(\d{6,20}))\/?(?:[?#]|$)/;
const BADGE = '[class*="badge"],[class*="Badge"],walla-badge';
const SHAPE = /^(?:€\s?\d[\d.,]*|\d[\d.,]*\s?€)$/;
/** Old prices are struck; every "350 €" of a card is read, nested ones too; one with no amount voids it. */
const PRICES = {
  struck: '[class*="price--old"],[class*="old-price"],[class*="oldPrice"]',
  locale: 'es-ES',
  nested: true,
  strict: true,
};

const searchPage = (doc: Document, origin: string) =>
  linkedCards(doc, { link: LINK, id: ID_RE }, ({ link, id, match: path }) => {
    const img = link.querySelector('img');
    const title = cleanText(
      link.querySelector('[class*="ItemCard__title"]')?.textContent ||
        link.getAttribute('title') ||
        img?.getAttribute('alt'),
    );
    const amount = cardPrice(link, 'EUR', SHAPE, PRICES)?.price.amount;
    if (!title || !amount) return null;
    const badges = [...link.querySelectorAll(BADGE)].map((badge) => badge.textContent ?? '').join(' ');
    return {
      site: SITE,
      itemId: id,
      url: `${origin}/item/${path[1]}`,
      title,
      price: { amount, currency: 'EUR' },
      status: /vendid|venduto|\bsold\b/i.test(badges) ? 'sold' : 'active',
      ...httpsImage(img?.getAttribute('src')),
    };
  });

function pageKind(url: URL): PageKind | null {
  if (ID_RE.test(url.pathname)) return 'item';
  if (/^\/(app\/)?search\/?$/.test(url.pathname)) return 'search';
  return null;
}

export const wallapop: SiteAdapter = {
  id: SITE,
  matches: [
    'https://es.wallapop.com/*',
    'https://it.wallapop.com/*',
    'https://pt.wallapop.com/*',
    'https://www.wallapop.com/*',
  ],
  claims: (url) => /^(es|it|pt|www)\.wallapop\.com$/.test(url.hostname),
  pageKind,
  extract(doc, url) {
    try {
      const origin = `https://${url.hostname}`;
      const kind = pageKind(url);
      if (kind === 'search') return searchPage(doc, origin);
      const path = ID_RE.exec(url.pathname);
      const own = path?.[2] ? structuredListings(doc, url, SITE)[0] : undefined;
      if (!own || !path?.[2]) return [];
      const price = { ...own.price, currency: own.price.currency ?? 'EUR' };
      return [{ ...own, itemId: path[2], url: `${origin}/item/${path[1]}`, price }];
    } catch {
      return [];
    }
  },
  examples: [
    { url: 'https://es.wallapop.com/app/search?keywords=nintendo%20switch', kind: 'search' },
    { url: 'https://es.wallapop.com/item/nintendo-switch-oled-blanca-1012345678', kind: 'item' },
    { url: 'https://it.wallapop.com/item/iphone-13-128gb-987654321', kind: 'item' },
  ],
};

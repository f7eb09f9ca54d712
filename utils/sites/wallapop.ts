import type { Listing, PageKind } from '../listing';
import { cardPrice, httpsImage, linkedCards } from './cards';
import { cleanText, structuredListings } from './structured';
import type { SiteAdapter } from './types';

/**
 * Wallapop (es.wallapop.com, it.wallapop.com, pt.wallapop.com; www. redirects to them), prices in EUR
 * ("350 €", "1.200 €"). The UK site closed years ago: not claimed.
 * A saved search page (es.wallapop.com, 2025) verifies the search cards; the item page and the
 * sold/reserved badges are from memory of the site, not checked on a real page (the saved page's
 * badges are <wallapop-badge> web components whose text lives in their shadow DOM: not saved).
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

/** What a card holds besides its link: price, title, badges, images. */
const PARTS =
  '[class*="ItemCard__price"],[class*="ItemCard__title"],[class*="ItemCard__badge"],walla-badge,img';

/**
 * The cards of a serialised page (a saved copy, a page reparsed from its HTML). The live page nests
 * each card in its item link, but that link also holds blocks and other links (the image carousel's
 * arrows), which an HTML parser does not nest: the price and title land after the link, not in it. In
 * document order they still follow it, so a card is rebuilt (detached, the page is not touched) from
 * the parts between an item's link and the next item's link.
 */
function followingParts(doc: Document): Map<string, Element> {
  const cards = new Map<string, Element>();
  let box: Element | undefined;
  let current: string | undefined;
  let taken: Element | undefined;
  for (const el of doc.querySelectorAll(`${LINK},${PARTS}`)) {
    if (el.matches(LINK)) {
      const id = ID_RE.exec(el.getAttribute('href') ?? '')?.[2];
      if (id && id !== current) {
        current = id;
        box = cards.get(id);
        if (!box) {
          box = doc.createElement('div');
          cards.set(id, box);
        }
      }
      continue;
    }
    if (!box || taken?.contains(el)) continue;
    box.append(el.cloneNode(true));
    taken = el;
  }
  return cards;
}

function readCard(card: Element, link: Element, id: string, url: string): Listing | null {
  const img = card.querySelector('img');
  const title = cleanText(
    card.querySelector('[class*="ItemCard__title"]')?.textContent ||
      link.getAttribute('title') ||
      img?.getAttribute('alt'),
  );
  const amount = cardPrice(card, 'EUR', SHAPE, PRICES)?.price.amount;
  if (!title || !amount) return null;
  const badges = [...card.querySelectorAll(BADGE)].map((badge) => badge.textContent ?? '').join(' ');
  return {
    site: SITE,
    itemId: id,
    url,
    title,
    price: { amount, currency: 'EUR' },
    status: /vendid|venduto|\bsold\b/i.test(badges) ? 'sold' : 'active',
    ...httpsImage(img?.getAttribute('src')),
  };
}

function searchPage(doc: Document, origin: string): Listing[] {
  let rebuilt: Map<string, Element> | undefined;
  return linkedCards(doc, { link: LINK, id: ID_RE }, ({ link, id, match: path }) => {
    const url = `${origin}/item/${path[1]}`;
    const live = readCard(link, link, id, url);
    if (live) return live;
    rebuilt ??= followingParts(doc);
    const card = rebuilt.get(id);
    return card ? readCard(card, link, id, url) : null;
  });
}

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

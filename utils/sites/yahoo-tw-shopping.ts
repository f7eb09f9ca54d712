import { dig, type Json, objectsAt, scriptJson, text } from '../embedded-json';
import type { Listing, ListingStatus, PageKind } from '../listing';
import { cardPrice, httpsImage } from './cards';
import { cleanText, structuredListings } from './structured';
import type { SiteAdapter } from './types';

/**
 * Yahoo奇摩購物中心 (tw.buy.yahoo.com), Yahoo's shopping mall in Taiwan: new goods in TWD, sold by
 * Yahoo itself (自營) and by stores (商店).
 * - Search /search/product?p=… (verified on a saved page): the server renders the first 15 cards
 *   (a.…cnHJYW in ul.gridList, then 50 loading placeholders that fill on scroll); the page's
 *   Redux state (script#isoredux-data, search.ecsearch.hits) holds all 60 results of the page
 *   (psz=60) with ec_productid, ec_title, ec_price, ec_item_url, ec_has_stock. Every hit is a
 *   real listing the person sees when scrolling: all 60 are recorded, each once, the rendered
 *   card's title and price over the state's. The state is used only when it is this URL's
 *   search (same p and pg): the site navigates without reloading.
 * - Three kinds of listing, each with its own id as the site gives it (ec_productid):
 *   /gdsale/<slug>-<digits>.html (Yahoo's own goods: the digits), /gdsale/gdsale.asp?gdid=p…
 *   (a store's goods: the gdid) and /activity/onsale/combo?actid=<n> (a bundle: "c" + n).
 * - Item pages /gdsale/…: NO saved page; the structured data they publish (JSON-LD, og / product
 *   meta) via structured.ts. Tested on hand-written snippets only.
 */
const SITE = 'yahoo-tw-shopping';
const HOST = 'tw.buy.yahoo.com';
const ORIGIN = `https://${HOST}`;
const LINKS = 'a[href*="/gdsale/"], a[href*="/activity/onsale/combo"]';
/** A card price: "$29,300" ("$" in its own span). */
const CARD_PRICE = /^(?:NT)?\$\s?\d[\d,]*$/;

/** The listing id and canonical URL of a goods link, or null. */
function goodsOf(href: string): { id: string; url: string } | null {
  let url: URL;
  try {
    url = new URL(href, ORIGIN);
  } catch {
    return null;
  }
  if (url.hostname !== HOST) return null;
  const slug = /^\/gdsale\/([^/]+-)?(\d+)\.html$/.exec(url.pathname);
  if (slug?.[2]) return { id: slug[2], url: `${ORIGIN}${url.pathname}` };
  const gdid = url.searchParams.get('gdid');
  if (/^\/gdsale\/gdsale\.asp$/i.test(url.pathname) && gdid && /^\w+$/.test(gdid))
    return { id: gdid, url: `${ORIGIN}/gdsale/gdsale.asp?gdid=${gdid}` };
  const actid = url.searchParams.get('actid');
  if (url.pathname === '/activity/onsale/combo' && actid && /^\d+$/.test(actid))
    return { id: `c${actid}`, url: `${ORIGIN}/activity/onsale/combo?actid=${actid}` };
  return null;
}

function fromHit(hit: Json): Listing | null {
  const goods = goodsOf(text(hit.ec_item_url));
  const amount = Number(text(hit.ec_price));
  const title = cleanText(hit.ec_title || dig(hit, ['pres_data', 'productname_disp']));
  if (!goods || !title || !Number.isFinite(amount) || amount <= 0) return null;
  const status: ListingStatus = text(hit.ec_has_stock) === '0' ? 'ended' : 'active';
  return {
    site: SITE,
    // The id read from the link, as for the rendered cards (ec_productid says the same).
    itemId: goods.id,
    url: goods.url,
    title,
    price: { amount, currency: 'TWD' },
    status,
    format: 'fixed',
    // Store goods give a bare file name as ec_image: their first gallery image instead.
    ...httpsImage(
      /^https:/.test(text(hit.ec_image))
        ? text(hit.ec_image)
        : text(dig(objectsAt(hit, ['ec_multi_images'])[0], ['url_small'])),
    ),
  };
}

/** The search results of the page's state, when the state is this URL's search. */
function stateHits(doc: Document, url: URL): Listing[] {
  const state = scriptJson(doc, 'script#isoredux-data');
  const query = dig(state, ['routing', 'query']);
  const words = url.searchParams.get('p') ?? url.searchParams.get('kw') ?? '';
  if (!words || text(dig(query, ['p'])) !== words) return [];
  if ((text(dig(query, ['pg'])) || '1') !== (url.searchParams.get('pg') ?? '1')) return [];
  const listings: Listing[] = [];
  for (const hit of objectsAt(state, ['search', 'ecsearch', 'hits'])) {
    const listing = fromHit(hit);
    if (listing) listings.push(listing);
  }
  return listings;
}

/** The rendered cards: the link is the card (image with alt = title, the title span, the price). */
function renderedCards(doc: Document): Map<string, Listing> {
  const cards = new Map<string, Listing>();
  for (const link of doc.querySelectorAll(LINKS)) {
    const goods = goodsOf(link.getAttribute('href') ?? '');
    if (!goods || cards.has(goods.id)) continue;
    const img = link.querySelector('img');
    const title = cleanText(img?.getAttribute('alt'));
    const priced = cardPrice(link, 'TWD', CARD_PRICE);
    if (!title || !priced) continue;
    cards.set(goods.id, {
      site: SITE,
      itemId: goods.id,
      url: goods.url,
      title,
      ...priced,
      status: 'active',
      format: 'fixed',
      // Until it loads, the card's image is a placeholder (…/item-no-image.svg).
      ...httpsImage(/no-image/.test(img?.getAttribute('src') ?? '') ? null : img?.getAttribute('src')),
    });
  }
  return cards;
}

function searchPage(doc: Document, url: URL): Listing[] {
  const cards = renderedCards(doc);
  const listings: Listing[] = [];
  const seen = new Set<string>();
  for (const hit of stateHits(doc, url)) {
    if (seen.has(hit.itemId)) continue;
    seen.add(hit.itemId);
    const card = cards.get(hit.itemId);
    // What the card shows wins; the state keeps its image (the card's is a placeholder until loaded).
    listings.push(card ? { ...hit, title: card.title, price: card.price } : hit);
  }
  for (const [id, card] of cards) {
    if (seen.has(id)) continue;
    seen.add(id);
    listings.push(card);
  }
  return listings;
}

function itemPage(doc: Document, url: URL): Listing[] {
  const goods = goodsOf(url.href);
  const own = goods ? structuredListings(doc, url, SITE)[0] : undefined;
  if (!goods || !own || !(own.price.amount > 0)) return [];
  return [
    {
      ...own,
      itemId: goods.id,
      url: goods.url,
      title: own.title.replace(/\s*[|｜-]\s*Yahoo(?:奇摩)?購物中心.*$/, ''),
      price: { ...own.price, currency: own.price.currency ?? 'TWD' },
      format: 'fixed',
    },
  ];
}

function pageKind(url: URL): PageKind | null {
  if (url.pathname.startsWith('/gdsale/') && goodsOf(url.href)) return 'item';
  if (/^\/search\/(product|shopping)\/?$/.test(url.pathname)) return 'search';
  return null;
}

export const yahooTwShopping: SiteAdapter = {
  id: SITE,
  matches: [`https://${HOST}/*`],
  claims: (url) => url.hostname === HOST,
  pageKind,
  extract(doc, url) {
    const kind = pageKind(url);
    if (kind === 'search') return searchPage(doc, url);
    return kind === 'item' ? itemPage(doc, url) : [];
  },
  examples: [
    { url: 'https://tw.buy.yahoo.com/search/product?p=iphone', kind: 'search' },
    {
      url: 'https://tw.buy.yahoo.com/gdsale/Apple-iPhone-16e-512G-6-1%E5%90%8B-11988293.html',
      kind: 'item',
    },
    { url: 'https://tw.buy.yahoo.com/gdsale/gdsale.asp?gdid=p0830265172870', kind: 'item' },
  ],
};

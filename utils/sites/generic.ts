import type { Listing } from '../listing';
import { parsePrice } from '../price';
import { pageCurrencyHint } from './page-currency';
import { cleanText, structuredListings } from './structured';
import type { SiteAdapter } from './types';
import { measurePage } from './visual-measure';
import { pickMainPrice } from './visual-price';

/**
 * The fallback for shops without an adapter, registered at runtime only on the origins the user
 * turned on (so `matches` is empty and `claims` takes any web page). It records the page's own
 * product from its structured data (see structured.ts). Only on a page with no product structured
 * data at all does it read the page as shown: in the live page, the price that is visually the
 * main one (visual-price.ts, measured by visual-measure.ts); where nothing is laid out (the extract
 * tool, unit tests in Node), only a price that is the single one by the h1. A bare "$" or "¥" is
 * read in the currency the page itself states (page-currency.ts), else in the one the user said the
 * shop uses when turning it on (`genericReader(shopCurrency)`), else not at all.
 *
 * Ids: one site ('generic') spans every shop, so a shop's SKU would collide with another's: the id
 * is the product's URL instead: the canonical link (same origin, not the home page), else the page URL
 * without hash and without its query, except for query parameters that name the product (`?id=12`,
 * `?product_id=`...), which would otherwise merge every product of a `product.php?id=` shop into one.
 * A `?variant=` is dropped: variants are the same product page, recorded as one price range.
 */

const ID_PARAMS = /^(id|pid|product|product_?id|productid|item|item_?id|itemid|sku)$/i;
const SEARCH_PARAMS = /^(q|query|search|s|keyword|keywords|k|term|text)$/i;

function listingUrl(doc: Document, url: URL): string {
  const href = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  let canonical: URL | null = null;
  try {
    canonical = href ? new URL(href, url) : null;
  } catch {
    canonical = null;
  }
  // A canonical link on another origin (the background refuses a listing off the tab's own origin:
  // a shop must not write over another's record), or one pointing every page at the home page (a
  // common theme bug), would merge different products into one id: the page's own URL then.
  if (canonical && (canonical.origin !== url.origin || (canonical.pathname === '/' && url.pathname !== '/')))
    canonical = null;
  const u = new URL(canonical ?? url);
  if (!canonical) {
    // forEach, not iteration: URLSearchParams is not iterable in a Firefox content script (Xray).
    const pairs: [string, string][] = [];
    u.searchParams.forEach((value, name) => {
      pairs.push([name, value]);
    });
    const kept = pairs.filter(([name]) => ID_PARAMS.test(name)).sort(([a], [b]) => (a < b ? -1 : 1));
    u.search = new URLSearchParams(kept).toString();
  }
  u.hash = '';
  return u.href;
}

/** Product structured data of any kind, priced or not: when present the page is not guessed at. */
function hasStructuredProduct(doc: Document): boolean {
  if (
    doc.querySelector(
      '[itemscope][itemtype*="Product"],meta[property^="product:"],meta[property^="og:price"]',
    )
  )
    return true;
  for (const script of doc.querySelectorAll('script[type*="ld+json"]'))
    if (
      /"@type"\s*:\s*(\[[^\]]*?)?"(https?:\/\/schema\.org\/)?(Product|ProductGroup|IndividualProduct|Offer|AggregateOffer)"/.test(
        script.textContent ?? '',
      )
    )
      return true;
  return false;
}

const PRICE_ELEMENTS = '[class*="price"],[class*="Price"],[id*="price"],[id*="Price"]';

/**
 * Last resort: the one h1 and the price elements of its nearest enclosing block. A listing only
 * when they all show the same amount in a known currency; any doubt (no or several h1, several
 * different prices, a crossed-out price, no currency) gives nothing.
 */
function visibleListing(doc: Document, url: URL, shopCurrency: string | null): Listing[] {
  const h1s = doc.querySelectorAll('h1');
  const h1 = h1s[0];
  const title = cleanText(h1?.textContent);
  if (!h1 || !title || h1s.length > 1 || title.length > 300) return [];
  const hint = pageCurrencyHint(doc, url, shopCurrency);
  let block = h1.parentElement;
  for (let depth = 0; block && depth < 6; depth++, block = block.parentElement) {
    const elements = block.querySelectorAll(PRICE_ELEMENTS);
    if (!elements.length) continue;
    if (elements.length > 30) return [];
    let found: { amount: number; currency: string } | null = null;
    for (const el of elements) {
      if (
        el.closest('del,s,strike') ||
        /old|was|compare|regular|original|strike|list|before/i.test(el.className)
      )
        return [];
      const text = cleanText(el.textContent);
      if (!/\d/.test(text)) continue;
      if (text.length > 40) continue; // a container: its own price elements are read one by one
      const price = parsePrice(text, hint);
      if (!price?.currency || !(price.amount > 0) || !Number.isFinite(price.amount)) return [];
      if (found && (found.amount !== price.amount || found.currency !== price.currency)) return [];
      found = { amount: price.amount, currency: price.currency };
    }
    if (!found) return [];
    const page = listingUrl(doc, url);
    return [{ site: 'generic', itemId: page, url: page, title, price: found, status: 'unknown' }];
  }
  return [];
}

/**
 * The main price as the live page shows it (layout needed), with the title of its heading.
 * undefined when the document has no layout (then the caller falls back to visibleListing).
 */
function visualListing(doc: Document, url: URL, shopCurrency: string | null): Listing[] | undefined {
  // A search page shows many products: none of its prices is the page's.
  if (pageKindOf(url) === 'search') return [];
  const page = measurePage(doc, pageCurrencyHint(doc, url, shopCurrency));
  if (!page) return undefined;
  const price = pickMainPrice(page);
  const title = cleanText(
    page.heading?.text ||
      doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ||
      doc.querySelector('title')?.textContent,
  );
  if (!price || !title || title.length > 300) return [];
  const listingPage = listingUrl(doc, url);
  return [
    {
      site: 'generic',
      itemId: listingPage,
      url: listingPage,
      title,
      price: { amount: price.amount, currency: price.currency },
      ...(price.max ? { priceMax: price.max } : {}),
      status: 'unknown',
    },
  ];
}

// Only the URL is known here: a shop search gives 'search' (its words feed the popup's query),
// any other page 'item' (extract records something only where the page shows one product).
function pageKindOf(url: URL): 'search' | 'item' {
  if (/\/(search|suche|recherche|busca|buscar|cerca)\b/i.test(url.pathname)) return 'search';
  let search = false;
  url.searchParams.forEach((_value, name) => {
    if (SEARCH_PARAMS.test(name)) search = true;
  });
  return search ? 'search' : 'item';
}

/**
 * The reader for one shop. `shopCurrency` is the currency the user said the shop uses when turning
 * it on (ISO 4217, or null: not set); it resolves a bare "$" or "¥" only on a page that names no
 * currency itself (see pageCurrencyHint). Structured data carries its own currency and ignores it.
 */
export function genericReader(shopCurrency: string | null = null): SiteAdapter {
  return {
    id: 'generic',
    matches: [],
    claims: (url) => /^https?:$/.test(url.protocol),
    pageKind: pageKindOf,
    extract: (doc, url) => extractGeneric(doc, url, shopCurrency),
    examples: [
      { url: 'https://www.anyeluz.com/products/kit-potencializador-anyeluz', kind: 'item' },
      { url: 'https://www.anyeluz.com/search?q=kit', kind: 'search' },
    ],
  };
}

function extractGeneric(doc: Document, url: URL, shopCurrency: string | null): Listing[] {
  const found = structuredListings(doc, url, 'generic');
  if (found.length) {
    const page = listingUrl(doc, url);
    // A shop's "SoldOut" is no stock left at its retail price, not a second-hand sale: 'ended'.
    return found.map(({ soldAt: _soldAt, ...listing }) => ({
      ...listing,
      itemId: page,
      url: page,
      status: listing.status === 'sold' ? 'ended' : listing.status,
    }));
  }
  if (hasStructuredProduct(doc)) return [];
  return visualListing(doc, url, shopCurrency) ?? visibleListing(doc, url, shopCurrency);
}

/** The reader with no shop currency set (the registry, the extract tool): no "$" is guessed. */
export const generic: SiteAdapter = genericReader();

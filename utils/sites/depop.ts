import type { Listing, Money, PageKind } from '../listing';
import { parsePrice } from '../price';
import { structuredListings } from './structured';
import type { SiteAdapter } from './types';

const ORIGIN = 'https://www.depop.com';
/** Optional country prefix (/gb/, /au/...), then /products/<slug>/: the slug is the product's id. */
const PRODUCT_RE = /^\/(?:[a-z]{2}\/)?products\/([^/?#]+)/;
/**
 * depop.com is one site for several countries: the page's country is its path prefix (/gb/search/),
 * none for the US (the page's hreflang alternates: /search/ is "us", /gb/search/ is "gb"...). Prices
 * are shown in that country's currency; an explicit £ or € in the text wins anyway.
 */
const COUNTRY_CURRENCY: Record<string, [string, string]> = {
  us: ['USD', 'en-US'],
  gb: ['GBP', 'en-GB'],
  au: ['AUD', 'en-AU'],
  ca: ['CAD', 'en-CA'],
  nz: ['NZD', 'en-NZ'],
  ie: ['EUR', 'en-IE'],
  de: ['EUR', 'de-DE'],
  fr: ['EUR', 'fr-FR'],
  it: ['EUR', 'it-IT'],
};

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * Search cards show no title: the title is the slug without the seller's name (the first segment:
 * Depop user names have no '-') and without the 4-character dedup suffix some slugs end with ("-8d27").
 */
function titleFromSlug(slug: string): string {
  let words = slug.split('-').slice(1);
  const last = words.at(-1) ?? '';
  if (words.length > 1 && /^(?=.*\d)(?=.*[a-f])[0-9a-f]{4}$/.test(last)) words = words.slice(0, -1);
  return clean(words.join(' '));
}

function currencyHint(url: URL): { currency: string; locale: string } {
  const country = /^\/([a-z]{2})(?:\/|$)/.exec(url.pathname)?.[1] ?? 'us';
  const [currency, locale] = COUNTRY_CURRENCY[country] ?? ['USD', 'en-US'];
  return { currency, locale };
}

/**
 * A product card (div[class*=productCardRoot] in ol[class*=productGrid] > li). Prices are
 * p[class*=styles_price__]: a reduced item shows its full price first (class *discountedFullPrice*,
 * struck through) and then the price it sells for.
 */
function cardListing(card: Element, hint: { currency: string; locale: string }): Listing | null {
  const link = card.querySelector('a[href*="/products/"]');
  const path = new URL(link?.getAttribute('href') ?? '', ORIGIN).pathname;
  const slug = PRODUCT_RE.exec(path)?.[1];
  if (!slug) return null;
  let price: Money | null = null;
  for (const el of card.querySelectorAll('[class*="price"]')) {
    const cls = el.getAttribute('class') ?? '';
    if (/FullPrice|fullPrice|originalPrice/.test(cls) || el.querySelector('[class*="price"]')) continue;
    const parsed = parsePrice(el.textContent ?? '', hint);
    if (parsed) price = { amount: parsed.amount, currency: parsed.currency };
  }
  const title = titleFromSlug(slug);
  if (!price || !title) return null;
  // Sold items (shop pages) carry a "Sold" badge/overlay; the search grid shows items for sale.
  const sold = !!card.querySelector('[class*="sold"], [class*="Sold"]');
  const src = (card.querySelector('img[class*="mainImage"]') ?? card.querySelector('img'))?.getAttribute(
    'src',
  );
  return {
    site: 'depop',
    itemId: slug,
    url: `${ORIGIN}/products/${slug}/`,
    title,
    price,
    status: sold ? 'sold' : 'active',
    format: 'fixed',
    ...(src && /^https?:/.test(src) ? { imageUrl: src } : {}),
  };
}

function pageKind(url: URL): PageKind | null {
  if (PRODUCT_RE.test(url.pathname)) return 'item';
  if (/^\/(?:[a-z]{2}\/)?(search|category|brands?|explore)(\/|$)/.test(url.pathname)) return 'search';
  return null;
}

export const depop: SiteAdapter = {
  id: 'depop',
  matches: ['https://www.depop.com/*', 'https://depop.com/*'],
  claims: (url) => /^(www\.)?depop\.com$/.test(url.hostname),
  pageKind,
  extract(doc, url) {
    const slug = PRODUCT_RE.exec(url.pathname)?.[1];
    if (slug) {
      // The product page's JSON-LD Product (name, offers.price/priceCurrency/availability).
      const own = structuredListings(doc, url, 'depop')[0];
      return own ? [{ ...own, itemId: slug, url: `${ORIGIN}/products/${slug}/`, format: 'fixed' }] : [];
    }
    const hint = currencyHint(url);
    let cards = doc.querySelectorAll('[class*="productCardRoot"]');
    if (!cards.length) cards = doc.querySelectorAll('ol[class*="productGrid"] > li');
    const listings: Listing[] = [];
    const seen = new Set<string>();
    for (const card of cards) {
      const listing = cardListing(card, hint);
      if (listing && !seen.has(listing.itemId)) {
        seen.add(listing.itemId);
        listings.push(listing);
      }
    }
    return listings;
  },
  examples: [
    { url: 'https://www.depop.com/search/?q=champion%20reverse%20weave', kind: 'search' },
    {
      url: 'https://www.depop.com/products/hermitsdenvintage-vintage-champion-reverse-weave-sweatshirt/',
      kind: 'item',
    },
  ],
};

import type { Listing, ListingStatus } from '../listing';
import { parsePrice } from '../price';
import type { SiteAdapter } from './types';

const ORIGIN = 'https://jp.mercari.com';
/** /item/m123 (Mercari) or /shops/product/AbC12 (Mercari Shops), optionally under a language prefix. */
const PATH_RE =
  /^(?:https:\/\/jp\.mercari\.com)?(?:\/[a-z]{2}(?:-[a-zA-Z]+)?)?\/(item\/m\d+|shops\/product\/[A-Za-z0-9]+)\/?(?:[?#]|$)/;

export const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** '¥4,500' → { 4500, JPY }; the currency the text shows wins over the JPY hint. */
function money(text: string | null | undefined) {
  const parsed = text ? parsePrice(text, { currency: 'JPY', locale: 'ja-JP' }) : null;
  return parsed && parsed.amount >= 0 ? { amount: parsed.amount, currency: parsed.currency ?? 'JPY' } : null;
}

function listingPath(href: string | null): string | null {
  return href ? (PATH_RE.exec(href)?.[1] ?? null) : null;
}

/** One thumbnail (search grid cell, carousel slide): a[data-testid=thumbnail-link]. */
function fromThumbnail(link: Element): Listing | null {
  const path = listingPath(link.getAttribute('href'));
  if (!path) return null;
  const thumb = link.querySelector('.merItemThumbnail, [aria-label]');
  const label = thumb?.getAttribute('aria-label') ?? '';
  // Sellers price in yen. Browsed from outside Japan, the grid shows the visitor's currency
  // ("US$264.00") while the label keeps the seller's yen ("…の画像 40,000円 US$264.00"): the yen is the
  // price; a converted amount alone is never recorded.
  const afterName = label.slice(Math.max(0, label.lastIndexOf('の画像')));
  const labelYen = money(/(\d[\d,]*円)/.exec(afterName)?.[1]);
  const shown = money(link.querySelector('.merPrice')?.textContent);
  const price = labelYen ?? (shown?.currency === 'JPY' ? shown : null);
  if (!price) return null;
  const title = clean(
    link.querySelector('[data-testid="thumbnail-item-name"]')?.textContent ||
      /^([\s\S]*?)の画像/.exec(label)?.[1],
  );
  const sticker = link.querySelector('[data-testid="thumbnail-sticker"]');
  const stickerText = `${sticker?.getAttribute('aria-label') ?? ''} ${sticker?.textContent ?? ''}`;
  let status: ListingStatus = 'active';
  if (/売り切れ|SOLD/i.test(stickerText) || /売り切れ/.test(label)) status = 'sold';
  else if (sticker) status = 'unknown';
  return {
    site: 'mercari-jp',
    itemId: path.slice(path.lastIndexOf('/') + 1),
    url: `${ORIGIN}/${path}`,
    title,
    price,
    status,
    format: 'fixed',
    imageUrl: link.querySelector('img')?.getAttribute('src') ?? undefined,
  };
}

type Json = Record<string, unknown>;

/** The page's JSON-LD Product, if any. */
function ldProduct(doc: Document): Json | undefined {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const data = JSON.parse(script.textContent ?? '');
      const nodes: unknown[] = Array.isArray(data) ? data : [data, ...(data?.['@graph'] ?? [])];
      const product = nodes.find((node) => (node as Json | null)?.['@type'] === 'Product');
      if (product) return product as Json;
    } catch {
      // a broken block: try the next one
    }
  }
  return undefined;
}

/**
 * The item page's JSON-LD Product, its first offer, its image (else og:image) and a meta tag reader
 * (name= or property=). Mercari US item pages are read the same way.
 */
export function productData(doc: Document) {
  const product = ldProduct(doc);
  const rawOffer = product?.offers;
  const offer = (Array.isArray(rawOffer) ? rawOffer[0] : rawOffer) as Json | undefined;
  const meta = (name: string) =>
    doc.querySelector(`meta[name="${name}"], meta[property="${name}"]`)?.getAttribute('content');
  const images = product?.image;
  const first = Array.isArray(images) ? images[0] : images;
  const image = typeof first === 'string' ? first : (meta('og:image') ?? undefined);
  return { product, offer, meta, image };
}

/** The item page's own listing, from JSON-LD / og meta, overridden by what the page shows. */
function ownListing(doc: Document, path: string): Listing | null {
  const { product, offer, meta, image } = productData(doc);

  // A price shown in another currency is a conversion for a visitor from abroad: the structured yen wins.
  let price = money(doc.querySelector('[data-testid="price"]')?.textContent);
  if (price?.currency !== 'JPY') price = null;
  if (!price) {
    const amount = Number(offer?.price ?? meta('product:price:amount') ?? Number.NaN);
    const currency = String(offer?.priceCurrency ?? meta('product:price:currency') ?? 'JPY');
    if (Number.isFinite(amount) && amount >= 0) price = { amount, currency };
  }
  if (!price) return null;

  const button = doc.querySelector('[data-testid="checkout-button"]');
  const availability = String(offer?.availability ?? '');
  let status: ListingStatus = 'unknown';
  if (/売り切れ/.test(button?.textContent ?? '') || /SoldOut/i.test(availability)) status = 'sold';
  else if (/InStock/i.test(availability) || (button && !button.querySelector('button[disabled]')))
    status = 'active';

  const shippingText = doc.querySelector('[data-testid="配送料の負担"]')?.textContent ?? '';
  return {
    site: 'mercari-jp',
    itemId: path.slice(path.lastIndexOf('/') + 1),
    url: `${ORIGIN}/${path}`,
    title: clean(doc.querySelector('[data-testid="name"]')?.textContent || String(product?.name ?? '')),
    price,
    // 送料込み(出品者負担): the seller pays shipping, so the buyer pays the price alone.
    shipping: /送料込み|出品者負担/.test(shippingText) ? null : undefined,
    status,
    condition: clean(doc.querySelector('[data-testid="商品の状態"]')?.textContent) || undefined,
    format: 'fixed',
    imageUrl: image,
  };
}

export const mercariJp: SiteAdapter = {
  id: 'mercari-jp',
  matches: ['https://jp.mercari.com/*'],
  claims: (url) => url.hostname === 'jp.mercari.com',
  pageKind(url) {
    if (listingPath(url.pathname)) return 'item';
    if (/^(?:\/[a-z]{2}(?:-[a-zA-Z]+)?)?\/(search|s)(\/|$)/.test(url.pathname)) return 'search';
    return null;
  },
  extract(doc, url) {
    const listings: Listing[] = [];
    const seen = new Set<string>();
    const ownPath = listingPath(url.pathname);
    if (ownPath) {
      const own = ownListing(doc, ownPath);
      if (own) listings.push(own);
      seen.add(ownPath.slice(ownPath.lastIndexOf('/') + 1));
    }
    // Search grid cells, or on an item page the carousels of other items (related).
    for (const link of doc.querySelectorAll('a[data-testid="thumbnail-link"]')) {
      const listing = fromThumbnail(link);
      if (!listing || seen.has(listing.itemId)) continue;
      seen.add(listing.itemId);
      listings.push(ownPath ? { ...listing, related: true } : listing);
    }
    return listings;
  },
  examples: [
    { url: 'https://jp.mercari.com/search?keyword=nintendo%20switch', kind: 'search' },
    { url: 'https://jp.mercari.com/item/m96084058332', kind: 'item' },
    { url: 'https://jp.mercari.com/shops/product/ZZd35tRKpm7CZFXgLCNfJK', kind: 'item' },
  ],
};

import type { Extraction, Listing } from './listing';
import { MAX_TITLE_LENGTH } from './messages';
import type { SiteAdapter } from './sites/types';
import { isBlockedPage } from './sites/walls';

function absoluteWebUrl(href: string | undefined, base: URL): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * Brings an adapter's listing to what the background accepts: whitespace collapsed, long
 * titles cut, links made absolute. A listing without a usable link, title or price is
 * dropped here rather than refused later with its whole page.
 */
function tidy(listing: Listing, pageUrl: URL): Listing | null {
  const url = absoluteWebUrl(listing.url, pageUrl);
  const title = cut(listing.title.replace(/\s+/g, ' ').trim(), MAX_TITLE_LENGTH);
  const { amount } = listing.price;
  if (!url || !title || !Number.isFinite(amount) || amount < 0) return null;
  const tidied: Listing = { ...listing, url, title };
  const imageUrl = absoluteWebUrl(listing.imageUrl, pageUrl);
  if (imageUrl && imageUrl.length <= 4000) tidied.imageUrl = imageUrl;
  else delete tidied.imageUrl;
  if (listing.condition !== undefined) tidied.condition = cut(listing.condition.trim(), 200);
  return tidied;
}

/**
 * What Comps records from a page: the adapter's listings, tidied, the page's own listing ahead
 * of carousel ones. Shared by the content script and `npm run extract`, so the tool prints
 * exactly what the extension stores. Never throws: a page an adapter cannot read gives no listings.
 */
export function extractPage(adapter: SiteAdapter, doc: Document, url: URL): Extraction {
  const pageKind = adapter.pageKind(url);
  let listings: Listing[];
  try {
    // A bot check or login wall shows no listings, whatever an adapter might make of it.
    listings = isBlockedPage(doc) ? [] : adapter.extract(doc, url);
  } catch (error) {
    console.warn(`[Comps] ${adapter.id}: could not read this page.`, error);
    listings = [];
  }
  const ordered = [...listings.filter((listing) => !listing.related), ...listings.filter((l) => l.related)];
  return {
    site: adapter.id,
    pageKind,
    listings: ordered.map((listing) => tidy(listing, url)).filter((listing) => listing !== null),
  };
}

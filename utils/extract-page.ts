import type { Extraction, Listing } from './listing';
import { MAX_TITLE_LENGTH } from './messages';
import type { SiteAdapter } from './sites/types';

function tidy(listing: Listing): Listing {
  return listing.title.length > MAX_TITLE_LENGTH
    ? { ...listing, title: `${listing.title.slice(0, MAX_TITLE_LENGTH - 1)}…` }
    : listing;
}

/**
 * What Comps records from a page: the adapter's listings, titles cut to a sane length, the
 * page's own listing ahead of carousel ones. Shared by the content script and `npm run extract`
 * so the tool prints exactly what the extension stores. Never throws: a page an adapter
 * cannot read gives no listings.
 */
export function extractPage(adapter: SiteAdapter, doc: Document, url: URL): Extraction {
  const pageKind = adapter.pageKind(url);
  let listings: Listing[];
  try {
    listings = adapter.extract(doc, url);
  } catch (error) {
    console.warn(`[Comps] ${adapter.id}: could not read this page.`, error);
    listings = [];
  }
  const own = listings.filter((listing) => !listing.related);
  const related = listings.filter((listing) => listing.related);
  return { site: adapter.id, pageKind, listings: [...own, ...related].map(tidy) };
}

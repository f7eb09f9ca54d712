import type { Listing } from './listing';
import type { SiteAdapter } from './sites/types';

/** URL parameters that carry the search words, across the supported sites. */
const QUERY_PARAMS = ['_nkw', 'q', 'k', 'keyword', 'query', 'p', 'search', 'text', 'field-keywords'];

/**
 * What the open page is about: the search words of a search page, the title of the item
 * on an item page. This is what the popup looks comparables up for.
 */
export function pageQuery(
  adapter: SiteAdapter,
  _doc: Document,
  url: URL,
  listings: Listing[],
): string | undefined {
  const kind = adapter.pageKind(url);
  if (kind === 'item') return listings.find((listing) => !listing.related)?.title;
  for (const name of QUERY_PARAMS) {
    const value = url.searchParams.get(name)?.trim();
    if (value) return value;
  }
  // Path-style searches: /search/search/マリオ, /s/keyword
  if (kind === 'search') {
    const last = url.pathname.split('/').filter(Boolean).pop();
    if (last && !/\.(html?|php)$/.test(last) && !/^\d+$/.test(last)) {
      try {
        return decodeURIComponent(last).replace(/[-+_]/g, ' ');
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

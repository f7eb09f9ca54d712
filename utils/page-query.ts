import type { Listing } from './listing';
import type { SiteAdapter } from './sites/types';

/** Longest query looked up: real searches and titles are far shorter; a 1 MB one took the popup 5-18 s. */
export const MAX_QUERY_LENGTH = 200;

/**
 * A query cut to `max` characters, on a word boundary when there is one in the second half (a
 * word cut in two would look up a token that is in no title), trimmed.
 */
export function capQuery(text: string, max: number = MAX_QUERY_LENGTH): string {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  const cut = trimmed.slice(0, max + 1);
  const space = cut.search(/\s\S*$/);
  return (space > max / 2 ? cut.slice(0, space) : trimmed.slice(0, max)).trim();
}

/** URL parameters that carry the search words, across the supported sites. */
const QUERY_PARAMS = ['_nkw', 'q', 'k', 'keyword', 'query', 'p', 'search', 'text', 'field-keywords'];

/**
 * What the open page is about: the search words of a search page, the title of the item
 * on an item page. This is what the popup looks comparables up for.
 */
export function pageQuery(
  adapter: SiteAdapter,
  doc: Document,
  url: URL,
  listings: Listing[],
): string | undefined {
  const query = rawPageQuery(adapter, doc, url, listings);
  return query === undefined ? undefined : capQuery(query) || undefined;
}

function rawPageQuery(
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

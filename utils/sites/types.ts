import type { Listing, PageKind } from '../listing';

/**
 * One marketplace = one file in utils/sites exporting a SiteAdapter (see DESIGN.md).
 * `extract` is pure: it only reads the document, never throws for a missing field
 * (optional fields stay undefined) and returns [] when nothing is recognisable,
 * including bot walls and login walls.
 */
export interface SiteAdapter {
  /** Equals the file name, e.g. 'yahoo-auctions-jp'. */
  id: string;
  /** Match patterns for the content script (https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns). */
  matches: string[];
  /** Whether this adapter handles the URL at all (finer than match patterns, e.g. hosts by regex). */
  claims(url: URL): boolean;
  pageKind(url: URL): PageKind | null;
  extract(doc: Document, url: URL): Listing[];
  /** Example URLs: the registry test checks each is claimed by exactly this adapter. */
  examples: { url: string; kind: PageKind }[];
}

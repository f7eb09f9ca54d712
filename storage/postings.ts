import type { StoredListing } from './types';

/**
 * The `*postings` index: each title token of a listing, followed by how recent the listing is, so
 * that a token's entries come newest first. A common token ("pokemon") is held by more listings
 * than a query reads (MAX_PER_TOKEN); read in (site, item id) order, as the plain `*tokens` index
 * gave them, those were the oldest ids of whatever site sorts first, and a reference built from
 * them was the price of years ago. In recency order they are the latest sales, which are what a
 * reference is made of.
 *
 * A posting is `<token>\u0000<age>`: age is 99999 minus the day (since 1970) of the listing's sale,
 * else of when it was last seen, five digits (so newer sorts first, until the year 2243). A token
 * never holds U+0000 (titles are normalised), so a token's postings are exactly the range
 * [`<token>\u0000`, `<token>\u0000\uffff`].
 */
const SEPARATOR = '\u0000';
const DAY_MS = 86_400_000;
const NEWEST = 99_999;

/** The date a listing's recency is taken from: its sale, else when it was last seen. */
function recencyOf(row: Pick<StoredListing, 'soldAt' | 'lastSeenAt'>): string | undefined {
  return row.soldAt ?? row.lastSeenAt;
}

/** Five digits, smaller for newer: an unreadable date sorts as the oldest. */
export function ageOf(date: string | undefined): string {
  const ms = date === undefined ? Number.NaN : Date.parse(date);
  const day = Number.isFinite(ms) ? Math.min(NEWEST, Math.max(0, Math.floor(ms / DAY_MS))) : 0;
  return String(NEWEST - day).padStart(5, '0');
}

export function postingsOf(tokens: readonly string[], date: string | undefined): string[] {
  const age = ageOf(date);
  return tokens.map((token) => `${token}${SEPARATOR}${age}`);
}

/** The row with its postings made from its tokens and dates (every write of a listing row goes through here). */
export function withPostings<
  Row extends Pick<StoredListing, 'tokens' | 'soldAt' | 'lastSeenAt' | 'postings'>,
>(row: Row): Row {
  row.postings = postingsOf(row.tokens ?? [], recencyOf(row));
  return row;
}

/** The index bounds of one token's postings, for `where('postings').between(...)` and cursors. */
export function postingBounds(token: string): [string, string] {
  return [`${token}${SEPARATOR}`, `${token}${SEPARATOR}\uffff`];
}

/** The age part of a posting (what orders a token's entries before the primary key). */
export function ageOfPosting(posting: string): string {
  return posting.slice(posting.lastIndexOf(SEPARATOR) + 1);
}

import { listingKey } from '../utils/listing';
import type { CompsDatabase } from './db';
import { ageOfPosting, postingBounds } from './postings';

type Key = [string, string];

/**
 * The keys of listings holding both tokens, newest first, at most `want` of them, reading at most
 * `maxKeys` index keys. Two common words ("pokemon", "card") may each be held by tens of thousands
 * of listings and by both in a few hundred: the first entries of each list (all a bounded read
 * can take) cover different stretches of time, the rarer word's the longer, and may share none.
 * So both are read over the same stretch of days (their postings carry the day, newest first: a
 * range of days is a key range), keys only (one getAllKeys each), and intersected. A stretch ends
 * after the day of the `chunk`-th listing of `first` (the rarer token: one cursor advance finds
 * it), so it holds about `chunk` of those and whatever `second` has on the same days; the next
 * stretch is twice as long, until `want` are found, the keys run out or the budget does. Keys cost
 * a few microseconds each; a cursor walking both lists paid a request each time the two lists
 * alternated, several times more at 100,000 listings.
 */
export async function keysHoldingBoth(
  db: CompsDatabase,
  first: string,
  second: string,
  want: number,
  maxKeys: number,
): Promise<Key[]> {
  const found: Key[] = [];
  let read = 0;
  let from: string | null = null;
  let chunk = want * 2;
  const [start, end] = postingBounds(first);
  while (found.length < want && read < maxKeys) {
    const [edge]: unknown[] = await db.listings
      .where('postings')
      .between(from === null ? start : `${start}${from}`, end, true, true)
      .offset(chunk)
      .limit(1)
      .keys();
    const to: string | null = edge === undefined ? null : nextDay(String(edge));
    const budget = Math.max(1, Math.floor((maxKeys - read) / 2));
    const [a = [], b = []] = await Promise.all(
      [first, second].map((token) => keysBetween(db, token, from, to, budget)),
    );
    read += a.length + b.length;
    const inFirst = new Set(a.map(([site, itemId]) => listingKey(site, itemId)));
    for (const key of b) if (inFirst.has(listingKey(key[0], key[1]))) found.push(key);
    // A list cut short by the budget did not cover its stretch: the next stretch would leave a gap.
    if (to === null || a.length === budget || b.length === budget) break;
    from = to;
    chunk *= 2;
  }
  return found.slice(0, want);
}

/** The age just after a posting's day: a stretch ending there holds all of that day. */
function nextDay(posting: string): string {
  return String(Number(ageOfPosting(posting)) + 1).padStart(5, '0');
}

/** A token's keys with ages in [from, to) (null: open end), newest first, at most `limit`. */
function keysBetween(
  db: CompsDatabase,
  token: string,
  from: string | null,
  to: string | null,
  limit: number,
): Promise<Key[]> {
  const [start, end] = postingBounds(token);
  const lower = from === null ? start : `${start}${from}`;
  const upper = to === null ? end : `${start}${to}`;
  return db.listings
    .where('postings')
    .between(lower, upper, true, to === null)
    .limit(limit)
    .primaryKeys() as Promise<Key[]>;
}

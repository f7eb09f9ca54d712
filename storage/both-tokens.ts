import Dexie, { cmp } from 'dexie';
import { ageOfPosting, postingBounds } from './postings';

type Key = [string, string];

/** Where a cursor stands in a token's postings: newest first, then by primary key. */
function compareEntries(a: IDBCursor, b: IDBCursor): number {
  const ageA = ageOfPosting(a.key as string);
  const ageB = ageOfPosting(b.key as string);
  if (ageA !== ageB) return ageA < ageB ? -1 : 1;
  return cmp(a.primaryKey, b.primaryKey);
}

/**
 * The keys of listings holding both tokens, newest first, at most `want` of them and after at most
 * `maxSteps` cursor moves. Two common words ("pokemon", "card") may each be held by tens of
 * thousands of listings and by both in a few hundred, anywhere in either list: the first entries of
 * each list (all a bounded read can take) may share none. This walks the two tokens' postings side
 * by side and jumps the one behind straight to where the other stands (a leapfrog join): a
 * listing's two postings carry the same age, so both lists are in the same order (age, then primary
 * key) and IDBCursor.continuePrimaryKey can jump to the other's place. The cost follows how often
 * the two lists alternate, not how long they are, and nothing but keys is read.
 *
 * Must run inside a Dexie transaction that holds `listings` (its IndexedDB transaction is used).
 */
export function keysHoldingBoth(
  first: string,
  second: string,
  want: number,
  maxSteps: number,
): Promise<Key[]> {
  const transaction = Dexie.currentTransaction;
  if (!transaction) return Promise.reject(new Error('keysHoldingBoth runs inside a transaction'));
  const index = transaction.idbtrans.objectStore('listings').index('postings');
  const tokens = [first, second] as const;
  return new Promise((resolve, reject) => {
    const found: Key[] = [];
    // undefined: a move is pending; null: that token's postings are done.
    const cursors: (IDBCursor | null | undefined)[] = [undefined, undefined];
    let steps = 0;
    let finished = false;
    const finish = () => {
      finished = true;
      resolve(found);
    };
    const move = (side: 0 | 1, go: (cursor: IDBCursor) => void) => {
      const cursor = cursors[side] as IDBCursor;
      cursors[side] = undefined;
      steps++;
      go(cursor);
    };
    // The behind cursor jumps to the other's age (its own token) and primary key.
    const jump = (side: 0 | 1, to: IDBCursor) =>
      move(side, (cursor) =>
        cursor.continuePrimaryKey(
          `${postingBounds(tokens[side])[0]}${ageOfPosting(to.key as string)}`,
          to.primaryKey,
        ),
      );
    const next = () => {
      const [a, b] = cursors;
      if (a === undefined || b === undefined) return;
      if (a === null || b === null || found.length >= want || steps >= maxSteps) return finish();
      const order = compareEntries(a, b);
      if (order === 0) {
        found.push(a.primaryKey as Key);
        move(0, (cursor) => cursor.continue());
        move(1, (cursor) => cursor.continue());
      } else if (order < 0) jump(0, b);
      else jump(1, a);
    };
    tokens.forEach((token, side) => {
      const [lower, upper] = postingBounds(token);
      const request = index.openKeyCursor(transactionRange(lower, upper));
      request.onsuccess = () => {
        if (finished) return;
        cursors[side] = request.result;
        next();
      };
      request.onerror = () => {
        finished = true;
        reject(request.error);
      };
    });
  });
}

/** An IDBKeyRange from the IndexedDB that Dexie uses (the browser's, or fake-indexeddb's in tests). */
function transactionRange(lower: string, upper: string): IDBKeyRange {
  return Dexie.dependencies.IDBKeyRange.bound(lower, upper);
}

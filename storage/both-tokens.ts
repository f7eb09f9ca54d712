import Dexie, { cmp } from 'dexie';

type Key = [string, string];

/**
 * The keys of listings holding both tokens, in the index's order, at most `want` of them and after
 * at most `maxSteps` cursor moves. Two common words ("pokemon", "card") may each be held by tens of
 * thousands of listings and by both in a few hundred, anywhere in either list: the first entries of
 * each list (all a bounded read can take) may share none. This walks the two tokens' entries of the
 * `*tokens` index side by side, both in primary-key order, and jumps the one behind straight to the
 * other's key (IDBCursor.continuePrimaryKey, a leapfrog join): the cost follows how often the two
 * lists alternate, not how long they are, and nothing but keys is read.
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
  const index = transaction.idbtrans.objectStore('listings').index('tokens');
  const tokens = [first, second] as const;
  return new Promise((resolve, reject) => {
    const found: Key[] = [];
    // undefined: a move is pending; null: that token's entries are done.
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
    const next = () => {
      const [a, b] = cursors;
      if (a === undefined || b === undefined) return;
      if (a === null || b === null || found.length >= want || steps >= maxSteps) return finish();
      const order = cmp(a.primaryKey, b.primaryKey);
      if (order === 0) {
        found.push(a.primaryKey as Key);
        move(0, (cursor) => cursor.continue());
        move(1, (cursor) => cursor.continue());
      } else if (order < 0) move(0, (cursor) => cursor.continuePrimaryKey(first, b.primaryKey));
      else move(1, (cursor) => cursor.continuePrimaryKey(second, a.primaryKey));
    };
    tokens.forEach((token, side) => {
      const request = index.openKeyCursor(token);
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

import { vi } from 'vitest';

/**
 * Faults injected at the IndexedDB level (fake-indexeddb), under Dexie, so that Dexie itself turns
 * them into the error shapes a browser produces: the code under test meets real Dexie errors, not
 * hand-made look-alikes.
 */

type Store = IDBObjectStore & {
  // fake-indexeddb's request queue: the way it runs every put/add, so a failing operation here
  // fails the request asynchronously (an error event on the request), as a browser does.
  transaction: IDBTransaction & {
    _execRequestAsync(request: { operation: () => unknown; source: unknown }): IDBRequest;
  };
};

/**
 * Makes put/add requests whose value matches `when` fail with a DOMException named `name` (as a
 * browser fails one request when the disk is full). Dexie handles request errors itself
 * (preventDefault, so the transaction is not aborted by the browser) and throws a BulkError.
 */
export function failWrites(when: (value: unknown, store: string) => boolean, name = 'QuotaExceededError') {
  const original = { put: IDBObjectStore.prototype.put, add: IDBObjectStore.prototype.add };
  const spies = (['put', 'add'] as const).map((method) =>
    vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (
      this: Store,
      value: unknown,
      key?: IDBValidKey,
    ) {
      if (!when(value, this.name)) return original[method].call(this, value, key);
      return this.transaction._execRequestAsync({
        operation: () => {
          throw new DOMException('The current transaction exceeded its quota limitations.', name);
        },
        source: this,
      });
    }),
  );
  return () => {
    for (const spy of spies) spy.mockRestore();
  };
}

/**
 * Breaks one connection the way Firefox leaves it after a disk-full abort: every transaction on it
 * is already aborted when used, so its first `objectStore()` throws InvalidStateError. A new
 * connection (another IDBDatabase object) works. (Dexie binds `IDBDatabase.transaction` when it
 * opens, so the fault sits on the transaction's `objectStore`.)
 */
export function breakConnection(connection: IDBDatabase) {
  const original = IDBTransaction.prototype.objectStore;
  const spy = vi.spyOn(IDBTransaction.prototype, 'objectStore').mockImplementation(function (
    this: IDBTransaction,
    name: string,
  ) {
    if (this.db === connection) {
      try {
        this.abort();
      } catch {
        // already finished
      }
    }
    return original.call(this, name);
  });
  return () => spy.mockRestore();
}

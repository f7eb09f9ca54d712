/** The database's name, apart from db.ts so that a page can name it without loading Dexie. */
export const DEFAULT_DB_NAME = 'comps';

/**
 * Asks the browser to open the database's files now, before the page's own script (Dexie and all)
 * has loaded: the popup's first query then finds them open (entrypoints/warm-db.ts). The
 * connection is closed as soon as it opens, so an upgrade that Dexie starts next does not wait on
 * it, and a database that does not exist is not created (Dexie creates it with its schema).
 * Resolves whether it opened; never rejects.
 */
export function warmOpen(name: string = DEFAULT_DB_NAME): Promise<boolean> {
  return new Promise((resolve) => {
    try {
      const request = indexedDB.open(name);
      request.onupgradeneeded = () => request.transaction?.abort();
      request.onsuccess = () => {
        request.result.close();
        resolve(true);
      };
      request.onerror = (event) => {
        event.preventDefault();
        resolve(false);
      };
      request.onblocked = () => resolve(false);
    } catch {
      // No IndexedDB here (some private windows): the page says so when it asks.
      resolve(false);
    }
  });
}

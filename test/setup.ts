// Gives Dexie an IndexedDB in Node; each test opens its own database name.
import 'fake-indexeddb/auto';

/**
 * Bundled by test/e2e/reliability.mjs and run in a web page of each real browser: does a request
 * that fails inside a capture batch roll the whole batch back in real IndexedDB, as it does in
 * fake-indexeddb (test/storage/errors.test.ts)? The failure is a real one: the history row of one
 * listing is written with the id of an existing row, so the browser fails that request with a
 * ConstraintError, and Dexie reports it as a BulkError, the shape a full disk takes too.
 */
import { openDatabase } from '../../storage/db';
import { recordListings } from '../../storage/listings';
import type { Listing } from '../../utils/listing';

const listing = (itemId: string): Listing => ({
  site: 'ebay',
  itemId,
  url: `https://www.ebay.com/itm/${itemId}`,
  title: `Sony WH-1000XM4 headphones ${itemId}`,
  price: { amount: 120, currency: 'USD' },
  status: 'active',
});

export async function batchRollsBack() {
  const db = openDatabase(`comps-e2e-atomic-${Date.now()}`);
  await recordListings(db, [listing('100000000001')]);
  const [first] = await db.history.toArray();
  const add = IDBObjectStore.prototype.add;
  IDBObjectStore.prototype.add = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
    const row = value as { itemId?: string };
    if (this.name === 'history' && row?.itemId === '100000000003') value = { ...row, id: first?.id };
    return key === undefined ? add.call(this, value) : add.call(this, value, key);
  };
  let error: { name: string; failures: string[] } | null = null;
  try {
    await recordListings(db, ['100000000002', '100000000003', '100000000004'].map(listing));
  } catch (caught) {
    const failures = (caught as { failures?: { name: string }[] }).failures ?? [];
    error = { name: (caught as Error).name, failures: failures.map((failure) => failure.name) };
  } finally {
    IDBObjectStore.prototype.add = add;
  }
  const counts = {
    listings: await db.listings.count(),
    history: await db.history.count(),
    meta: await db.meta.count(),
  };
  await db.delete();
  return { error, counts };
}

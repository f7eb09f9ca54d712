/**
 * The popup's first script opens the database's files before Dexie has loaded (storage/db-name.ts):
 * it must never create a database, nor hold up the upgrade Dexie runs right after.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../storage/db';
import { warmOpen } from '../../storage/db-name';
import { recordListings } from '../../storage/listings';
import { freshDbName, makeListing } from '../helpers/listings';
import { openVersion5 } from '../helpers/schema5';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await openDatabase(name).delete();
});
const databaseNames = async () => (await indexedDB.databases()).map((database) => database.name);

describe('warmOpen', () => {
  it('does not create a database that does not exist, and Dexie then creates it with its schema', async () => {
    const name = freshDbName();
    names.push(name);
    expect(await warmOpen(name)).toBe(false);
    expect(await databaseNames()).not.toContain(name);
    const db = openDatabase(name);
    await recordListings(db, [makeListing({ title: 'Sony camera' })]);
    expect(await db.listings.count()).toBe(1);
    db.close();
  });

  it('opens an older database and lets go of it, so the upgrade that follows runs', async () => {
    const name = freshDbName();
    names.push(name);
    const v5 = openVersion5(name);
    await v5.table('listings').put({ ...makeListing({ itemId: 'old' }), tokens: ['c:sony'] });
    v5.close();
    expect(await warmOpen(name)).toBe(true);
    const db = openDatabase(name);
    const row = await db.listings.get(['ebay', 'old']);
    expect(row?.postings).toHaveLength(1);
    expect(row?.postings?.[0]?.startsWith('c:sony\u0000')).toBe(true);
    expect(db.verno).toBe(6);
    db.close();
  });
});

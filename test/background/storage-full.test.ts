import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { markStorageFull, reopenOnResume } from '../../entrypoints/background/storage-full';
import { type CompsDatabase, openDatabase } from '../../storage/db';
import { recordListings } from '../../storage/listings';
import { loadSettings, updateSettings } from '../../storage/settings';
import { breakConnection } from '../helpers/idb-faults';
import { freshDbName, makeListing } from '../helpers/listings';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let db: CompsDatabase;
afterEach(async () => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  await db?.delete();
});

describe('after a full disk', () => {
  it('"Resume" stores again in the same session: the broken connection is replaced', async () => {
    db = openDatabase(freshDbName());
    await recordListings(db, [makeListing()]);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const stop = reopenOnResume(db);
    // The disk filled up: capture paused, and the connection is left failing (Firefox).
    await markStorageFull();
    expect((await loadSettings()).storageFullAt).not.toBeNull();
    const restore = breakConnection(db.backendDB());
    await expect(recordListings(db, [makeListing()])).rejects.toMatchObject({ name: 'InvalidStateError' });

    // The user freed space and pressed "Resume" (the options page clears storageFullAt).
    await updateSettings({ storageFullAt: null });
    await sleep(50);
    try {
      await expect(recordListings(db, [makeListing()])).resolves.toMatchObject({ added: 1 });
    } finally {
      restore();
      stop();
    }
    expect(await db.listings.count()).toBe(2);
  });

  it('leaves the connection alone on other settings changes', async () => {
    db = openDatabase(freshDbName());
    await db.open();
    const connection = db.backendDB();
    const stop = reopenOnResume(db);
    await sleep(10);
    await updateSettings({ paused: true });
    await updateSettings({ paused: false });
    await sleep(50);
    expect(db.backendDB()).toBe(connection);
    stop();
  });
});

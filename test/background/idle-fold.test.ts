/**
 * The background folds the token-count log once captures pause (entrypoints/background/idle-fold.ts):
 * a capture only appends, and the fold waits for a quiet moment.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { handleCapture } from '../../entrypoints/background/capture';
import { idleFolder } from '../../entrypoints/background/idle-fold';
import { sessionPageViews } from '../../entrypoints/background/page-views';
import { type CompsDatabase, openDatabase } from '../../storage/db';
import { DEFAULT_SETTINGS } from '../../storage/settings';
import { TOTAL_KEY } from '../../storage/token-stats';
import { freshDbName, logRows, makeListing } from '../helpers/listings';

const OWN_ID = 'comps-test-id';
const ebayTab: Runtime.MessageSender = {
  id: OWN_ID,
  url: 'https://www.ebay.com/sch/i.html?_nkw=sony',
  tab: { id: 7, index: 0, highlighted: true, active: true, pinned: false, incognito: false },
};
const capture = (titles: string[]) => ({
  type: 'capture',
  site: 'ebay',
  pageKind: 'search',
  pageUrl: ebayTab.url,
  listings: titles.map((title) => makeListing({ title })),
});
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let db: CompsDatabase | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

describe('idleFolder', () => {
  it('folds the log only once captures have paused for the idle time', async () => {
    db = openDatabase(freshDbName());
    const deps = {
      db,
      ownId: OWN_ID,
      settings: async () => DEFAULT_SETTINGS,
      onStorageFull: async () => {},
      pageViews: sessionPageViews(null),
      stored: idleFolder(db, 400, 1),
    };
    await handleCapture(deps, capture(['Sony camera']), ebayTab);
    await sleep(200);
    await handleCapture(deps, capture(['Sony lens']), ebayTab); // restarts the wait
    await sleep(200);
    // 400 ms after the first capture, 200 ms after the second: still only appended.
    expect(await logRows(db)).toHaveLength(2);
    expect(await db.meta.get(TOTAL_KEY)).toBeUndefined();
    await sleep(500);
    expect(await logRows(db)).toEqual([]);
    expect(await db.meta.get(TOTAL_KEY)).toEqual({ key: TOTAL_KEY, value: 2 });
    expect(await db.meta.get('t:c:sony')).toEqual({ key: 't:c:sony', value: 2 });
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { type CompsDatabase, openDatabase } from '../../storage/db';
import { exportBlob } from '../../storage/export';
import { importFile } from '../../storage/import';
import { recordListings } from '../../storage/listings';
import { postingBounds } from '../../storage/postings';
import { readTokenStats, rebuildTokenStats } from '../../storage/token-stats';
import { deleteEverything } from '../../storage/usage';
import { freshDbName, makeListing } from '../helpers/listings';

let db: CompsDatabase;
afterEach(async () => {
  await db?.delete();
});

async function liveCount(token: string) {
  return db.listings
    .where('postings')
    .between(...postingBounds(token))
    .count();
}

describe('token counts', () => {
  it('follow captures: new listings, repeats, and title changes', async () => {
    db = openDatabase(freshDbName());
    const a = makeListing({ title: 'Sony WH-1000XM4 headphones' });
    const b = makeListing({ title: 'Sony WH-1000XM5 headphones' });
    await recordListings(db, [a, b]);
    await recordListings(db, [a]); // seen again: no change
    await recordListings(db, [{ ...b, title: 'Bose QC45 headphones' }]); // retitled
    // Known words are counted as concepts (c:…), model codes as written.
    const tokens = ['c:sony', 'c:headphones', 'wh1000xm5', 'c:bose'];
    const stats = await readTokenStats(db, tokens);
    expect(stats?.docCount).toBe(2);
    expect(Object.fromEntries(stats?.docFreq ?? [])).toEqual({
      'c:sony': 1,
      'c:headphones': 2,
      wh1000xm5: 0,
      'c:bose': 1,
    });
    for (const token of tokens) expect(stats?.docFreq.get(token)).toBe(await liveCount(token));
  });

  it('are rebuilt from the listings after bulk changes', async () => {
    db = openDatabase(freshDbName());
    await recordListings(db, [
      makeListing({ title: 'Nintendo Switch OLED' }),
      makeListing({ title: 'Nintendo 3DS' }),
    ]);
    await db.listings.where('site').equals('ebay').limit(1).delete(); // as a bulk deletion does
    await rebuildTokenStats(db);
    const stats = await readTokenStats(db, ['c:nintendo']);
    expect(stats?.docCount).toBe(1);
    expect(stats?.docFreq.get('c:nintendo')).toBe(1);
  });

  it('are missing (null) in a database that never had them, so the caller counts live', async () => {
    db = openDatabase(freshDbName());
    await db.open();
    expect(await readTokenStats(db, ['sony'])).toBeNull();
  });

  it('follow an import and deleting everything', async () => {
    const source = openDatabase(freshDbName());
    await recordListings(source, [
      makeListing({ title: 'Sony WH-1000XM4' }),
      makeListing({ title: 'Sony A7 III' }),
    ]);
    const { blob: file } = await exportBlob(source, { format: 'json' });
    await source.delete();
    db = openDatabase(freshDbName());
    await importFile(db, file);
    let stats = await readTokenStats(db, ['c:sony']);
    expect(stats?.docCount).toBe(2);
    expect(stats?.docFreq.get('c:sony')).toBe(2);
    await deleteEverything(db);
    stats = await readTokenStats(db, ['c:sony']);
    expect(stats?.docCount).toBe(0);
    expect(stats?.docFreq.get('c:sony')).toBe(0);
  });
});

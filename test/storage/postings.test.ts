import { afterAll, describe, expect, it } from 'vitest';
import { countLive } from '../../storage/comps';
import { openDatabase } from '../../storage/db';
import { recordListings } from '../../storage/listings';
import { ageOf, postingsOf } from '../../storage/postings';
import { freshDbName, makeListing } from '../helpers/listings';

describe('postings', () => {
  it('sort newer listings first, by day, and an unreadable date last', () => {
    const ages = [
      '2026-11-27T23:00:00Z',
      '2026-11-27T01:00:00Z',
      '2026-11-26T12:00:00Z',
      '2019-01-01',
      'soon',
      undefined,
    ].map(ageOf) as [string, string, string, string, string, string];
    expect(ages[0]).toBe(ages[1]); // the same day
    expect(ages[1] < ages[2]).toBe(true);
    expect(ages[2] < ages[3]).toBe(true);
    expect(ages[4]).toBe('99999');
    expect(ages[5]).toBe('99999');
    expect(postingsOf(['c:sony', 'wh1000xm4'], '1970-01-02T00:00:00Z')).toEqual([
      'c:sony\u000099998',
      'wh1000xm4\u000099998',
    ]);
  });

  const db = openDatabase(freshDbName());
  afterAll(() => db.delete());

  it("keep a token's listings apart from those of a longer token it begins", async () => {
    await recordListings(db, [
      makeListing({ itemId: '1', title: 'xq9 one' }),
      makeListing({ itemId: '2', title: 'xq9 two' }),
      makeListing({ itemId: '3', title: 'xq99 three' }),
    ]);
    const { docFreq } = await countLive(db, ['xq9', 'xq99']);
    expect(docFreq.get('xq9')).toBe(2);
    expect(docFreq.get('xq99')).toBe(1);
  });
});

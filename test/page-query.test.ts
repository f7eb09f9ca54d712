import { describe, expect, it } from 'vitest';
import { capQuery, MAX_QUERY_LENGTH, pageQuery } from '../utils/page-query';
import { ebay } from '../utils/sites/ebay';
import { makeListing } from './helpers/listings';

describe('capQuery', () => {
  it('leaves a normal query as it is (trimmed)', () => {
    expect(capQuery('  sony wh-1000xm4 ')).toBe('sony wh-1000xm4');
  });

  it('cuts a long query on the last word boundary before the limit', () => {
    const words = Array.from({ length: 100 }, (_, i) => `word${i}`).join(' '); // 6-7 chars a word
    const capped = capQuery(words);
    expect(capped.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(capped.length).toBeGreaterThan(MAX_QUERY_LENGTH - 8);
    // Whole words only: it is the start of the text and ends where a word ended.
    expect(words.startsWith(capped)).toBe(true);
    expect(words[capped.length]).toBe(' ');
  });

  it('cuts a query with no space (CJK, one huge token) at the limit', () => {
    expect(capQuery('ニ'.repeat(1000))).toBe('ニ'.repeat(MAX_QUERY_LENGTH));
  });
});

describe('pageQuery', () => {
  it('caps a 1 MB search query taken from the URL', () => {
    const huge = `${'pokemon card '.repeat(80_000)}`; // about 1 MB
    const url = new URL(`https://www.ebay.com/sch/i.html?_nkw=${encodeURIComponent(huge)}`);
    const query = pageQuery(ebay, document, url, []);
    expect(query?.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(query?.startsWith('pokemon card pokemon card')).toBe(true);
    expect(query?.endsWith('card') || query?.endsWith('pokemon')).toBe(true);
  });

  it('caps an item title used as the query', () => {
    const url = new URL('https://www.ebay.com/itm/123456789012');
    const query = pageQuery(ebay, document, url, [makeListing({ title: 'Lamp '.repeat(100) })]);
    expect(query?.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  });
});

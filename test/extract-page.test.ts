import { describe, expect, it, vi } from 'vitest';
import { extractPage } from '../utils/extract-page';
import type { Listing } from '../utils/listing';
import { MAX_TITLE_LENGTH } from '../utils/messages';
import type { SiteAdapter } from '../utils/sites/types';
import { makeListing } from './helpers/listings';

function adapterReturning(listings: Listing[] | (() => never)): SiteAdapter {
  return {
    id: 'ebay',
    matches: [],
    claims: () => true,
    pageKind: () => 'search',
    extract: typeof listings === 'function' ? listings : () => listings,
    examples: [],
  };
}

const pageUrl = new URL('https://www.ebay.com/sch/i.html?_nkw=lamp');
const doc = document.implementation.createHTMLDocument('');

describe('extractPage', () => {
  it('puts the page own listing before carousel ones', () => {
    const related = makeListing({ related: true, title: 'similar' });
    const own = makeListing({ title: 'own' });
    const { listings } = extractPage(adapterReturning([related, own]), doc, pageUrl);
    expect(listings.map((listing) => listing.title)).toEqual(['own', 'similar']);
  });

  it('makes links absolute and drops image links that are not web links', () => {
    const listing = makeListing({ url: '/itm/123', imageUrl: 'data:image/png;base64,AAAA' });
    const [tidied] = extractPage(adapterReturning([listing]), doc, pageUrl).listings;
    expect(tidied?.url).toBe('https://www.ebay.com/itm/123');
    expect(tidied?.imageUrl).toBeUndefined();
  });

  it('cuts huge titles and collapses whitespace', () => {
    const listing = makeListing({ title: `  Lamp \n\t ${'x'.repeat(100_000)}` });
    const [tidied] = extractPage(adapterReturning([listing]), doc, pageUrl).listings;
    expect(tidied?.title.length).toBe(MAX_TITLE_LENGTH);
    expect(tidied?.title.startsWith('Lamp x')).toBe(true);
  });

  it('drops listings without a usable link, title or price', () => {
    const bad = [
      makeListing({ url: 'javascript:alert(1)' }),
      makeListing({ title: '   ' }),
      makeListing({ price: { amount: Number.NaN, currency: 'USD' } }),
      makeListing({ price: { amount: -1, currency: 'USD' } }),
    ];
    const good = makeListing();
    expect(extractPage(adapterReturning([...bad, good]), doc, pageUrl).listings).toHaveLength(1);
  });

  it('gives no listings, and does not throw, when the adapter throws', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const throwing = adapterReturning(() => {
      throw new Error('layout changed');
    });
    expect(extractPage(throwing, doc, pageUrl)).toEqual({ site: 'ebay', pageKind: 'search', listings: [] });
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listingSchema } from '../../storage/schema';
import { extractPage } from '../../utils/extract-page';
import { adapterFor } from '../../utils/sites';
import { fixtureDocument } from '../helpers/fixtures';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const pages: Record<string, string> = JSON.parse(
  readFileSync(join(ROOT, 'test/fixtures/pages.json'), 'utf8'),
);

/**
 * Every saved page, through the same path as the content script: whatever an adapter reads, the
 * background must accept it (the schema it validates with), every price must have gone through
 * parsePrice or structured data to a finite amount, and the page's own listing leads.
 */
describe.each(Object.entries(pages))('%s', (file, url) => {
  const adapter = adapterFor(new URL(url));
  const { listings } = adapter
    ? extractPage(adapter, fixtureDocument(file, url), new URL(url))
    : { listings: [] };

  it('is claimed by an adapter', () => {
    expect(adapter).toBeDefined();
  });

  it('gives listings the background accepts', () => {
    for (const listing of listings) {
      const parsed = listingSchema.safeParse(listing);
      expect(parsed.error?.issues ?? [], `${listing.itemId}: ${listing.title}`).toEqual([]);
    }
  });

  it('gives prices that are amounts, with a currency where the site or the text tells', () => {
    for (const listing of listings) {
      expect(Number.isFinite(listing.price.amount)).toBe(true);
      expect(listing.price.amount).toBeGreaterThan(0);
      if (listing.priceMax !== undefined) expect(listing.priceMax).toBeGreaterThan(listing.price.amount);
    }
    const withCurrency = listings.filter((listing) => listing.price.currency !== null).length;
    // Only Craigslist city pages may leave "$" unresolved (the city could be Canadian).
    if (!url.includes('craigslist')) expect(withCurrency).toBe(listings.length);
  });

  it('keeps the page own listing first on an item page', () => {
    const firstRelated = listings.findIndex((listing) => listing.related);
    const lastOwn = listings.findLastIndex((listing) => !listing.related);
    if (firstRelated >= 0 && lastOwn >= 0) expect(lastOwn).toBeLessThan(firstRelated);
  });
});

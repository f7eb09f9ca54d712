// Hand-written snippets: no saved page of offerup exists in the fixtures; markup reconstructed from knowledge of the site, not verified on a real page.
import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../utils/cli/html';
import { offerup } from '../../utils/sites/offerup';

function extract(body: string, href: string, head = '') {
  const doc = documentFromHtml(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, href);
  return offerup.extract(doc, new URL(href));
}
const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
const nextData = (data: unknown) =>
  `<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(data)}</script>`;
const SEARCH = 'https://offerup.com/search?q=switch';
const ITEM = 'https://offerup.com/item/detail/1692341234';

const apollo = {
  props: {
    pageProps: {
      initialApolloState: {
        ROOT_QUERY: { searchFeed: { __ref: 'x' } },
        'ModularFeedListing:1692341234': {
          __typename: 'ModularFeedListing',
          listingId: '1692341234',
          title: 'Nintendo Switch OLED  ',
          price: '250',
          locationName: 'Seattle, WA',
          image: { url: 'https://images.offerup.com/a.jpg', height: 300 },
        },
        'ModularFeedListing:c4a8a2ae-6b0a-3e8b-b0e1-0d3f2a1b9c7d': {
          __typename: 'ModularFeedListing',
          listingId: 'c4a8a2ae-6b0a-3e8b-b0e1-0d3f2a1b9c7d',
          title: 'Switch Lite',
          price: '120.50',
          listingState: 'SOLD',
        },
        'ModularFeedListing:1692341236': {
          __typename: 'ModularFeedListing',
          listingId: '1692341236',
          title: 'Free couch',
          price: '0',
        },
        'ModularFeedListing:1692341237': {
          __typename: 'ModularFeedListing',
          listingId: '1692341237',
          title: 'Odd',
          price: '$1,2',
        },
        'ModularFeedAd:1': { __typename: 'ModularFeedAd', adId: '1', title: 'Ad', price: '9' },
      },
    },
  },
};

describe('offerup adapter', () => {
  it('claims offerup.com and tells page kinds', () => {
    expect(offerup.claims(new URL(SEARCH))).toBe(true);
    expect(offerup.claims(new URL('https://offerup.com.example/'))).toBe(false);
    expect(offerup.pageKind(new URL(SEARCH))).toBe('search');
    expect(offerup.pageKind(new URL(ITEM))).toBe('item');
    expect(
      offerup.pageKind(new URL('https://offerup.com/item/detail/c4a8a2ae-6b0a-3e8b-b0e1-0d3f2a1b9c7d')),
    ).toBe('item');
    expect(offerup.pageKind(new URL('https://offerup.com/'))).toBe(null);
    for (const example of offerup.examples) expect(offerup.pageKind(new URL(example.url))).toBe(example.kind);
  });

  it('reads search listings from __NEXT_DATA__ (plain numeric prices only)', () => {
    const listings = extract('<div id="__next"></div>', SEARCH, nextData(apollo));
    expect(listings).toEqual([
      {
        site: 'offerup',
        itemId: '1692341234',
        url: 'https://offerup.com/item/detail/1692341234',
        title: 'Nintendo Switch OLED',
        price: { amount: 250, currency: 'USD' },
        status: 'active',
        imageUrl: 'https://images.offerup.com/a.jpg',
      },
      {
        site: 'offerup',
        itemId: 'c4a8a2ae-6b0a-3e8b-b0e1-0d3f2a1b9c7d',
        url: 'https://offerup.com/item/detail/c4a8a2ae-6b0a-3e8b-b0e1-0d3f2a1b9c7d',
        title: 'Switch Lite',
        price: { amount: 120.5, currency: 'USD' },
        status: 'sold',
      },
    ]);
  });

  it('falls back to the cards without embedded state', () => {
    const body = `<div>
      <a href="/item/detail/1692341234" aria-label="Nintendo Switch"><div><img alt="Nintendo Switch" src="https://images.offerup.com/a.jpg"></div>
        <div><span>$250</span><span>Nintendo Switch</span><span>Seattle, WA</span></div></a>
      <a href="/item/detail/1692341235"><img alt="Switch games"><span>$40</span><span class="line-through">$60</span></a>
      <a href="/item/detail/1692341236"><img alt="Two prices"><span>$40</span><span>$60</span></a>
      <a href="/item/detail/1692341237"><img alt="No price"><span>Free</span></a>
    </div>`;
    const listings = extract(body, SEARCH);
    expect(listings.map((l) => [l.itemId, l.title, l.price.amount])).toEqual([
      ['1692341234', 'Nintendo Switch', 250],
      ['1692341235', 'Switch games', 40],
    ]);
    expect(listings[0]).toMatchObject({
      url: 'https://offerup.com/item/detail/1692341234',
      price: { currency: 'USD' },
      status: 'active',
    });
  });

  it('reads the item page from JSON-LD, else from the state listing with its id', () => {
    const head = ld({
      '@type': 'Product',
      name: 'Nintendo Switch OLED',
      offers: {
        '@type': 'Offer',
        price: 250,
        priceCurrency: 'USD',
        availability: 'https://schema.org/InStock',
      },
    });
    expect(extract('', `${ITEM}?cid=1`, head)).toEqual([
      {
        site: 'offerup',
        itemId: '1692341234',
        url: ITEM,
        title: 'Nintendo Switch OLED',
        price: { amount: 250, currency: 'USD' },
        status: 'active',
      },
    ]);
    const fromState = extract(
      '',
      'https://offerup.com/item/detail/c4a8a2ae-6b0a-3e8b-b0e1-0d3f2a1b9c7d',
      nextData(apollo),
    );
    expect(fromState).toMatchObject([
      { itemId: 'c4a8a2ae-6b0a-3e8b-b0e1-0d3f2a1b9c7d', price: { amount: 120.5 }, status: 'sold' },
    ]);
    expect(extract('', 'https://offerup.com/item/detail/9999999', nextData(apollo))).toEqual([]);
  });

  it('does not throw on malformed pages', () => {
    expect(extract('<a href="/item/detail/12345"><garbage', SEARCH)).toEqual([]);
    expect(
      extract('', SEARCH, '<script id="__NEXT_DATA__" type="application/json">{"props":</script>'),
    ).toEqual([]);
    const deep = JSON.parse(`${'{"a":'.repeat(500)}1${'}'.repeat(500)}`);
    expect(extract('', SEARCH, nextData(deep))).toEqual([]);
    const huge = extract(
      '',
      SEARCH,
      nextData({ x: { listingId: '123456', title: 'o'.repeat(100_000), price: 10 } }),
    );
    for (const listing of huge) expect(listing.price).toEqual({ amount: 10, currency: 'USD' });
  });
});

// Hand-written snippets: no saved page of poshmark exists in the fixtures; markup reconstructed from knowledge of the site, not verified on a real page.
import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../utils/cli/html';
import { poshmark } from '../../utils/sites/poshmark';

function extract(body: string, href: string, head = '') {
  const doc = documentFromHtml(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, href);
  return poshmark.extract(doc, new URL(href));
}
const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
const ID1 = '64a1b2c3d4e5f6a7b8c9d0e1';
const ID2 = '64a1b2c3d4e5f6a7b8c9d0e2';
const ID3 = '64a1b2c3d4e5f6a7b8c9d0e3';
const ID4 = '64a1b2c3d4e5f6a7b8c9d0e4';
const ITEM = `https://poshmark.com/listing/Levis-501-Jeans-${ID1}`;

const tile = (id: string, title: string, prices: string, tag = '') => `
  <div class="col-x12 col-l6 col-s8" data-et-prop-location="listing_tile" data-et-prop-listing_id="${id}">
    <div class="card card--small">
      <a data-et-name="listing" href="/listing/Slug-${id}" class="tile__covershot">
        <div class="img__container img__container--square"><img alt="${title}" src="https://di2ponv0v5otw.cloudfront.net/posts/${id}/m_x.jpg"></div>
        ${tag}
      </a>
      <div class="item__details">
        <a href="/listing/Slug-${id}" class="tile__title tc--b">${title}</a>
        <div class="m--t--1">${prices}</div>
        <div class="d--fl"><a class="tile__details__pipe__size ellipses">Size: 32</a><a class="tile__details__pipe__brand">Levi's</a></div>
      </div>
      <div class="d--fl m--t--2"><a href="/closet/seller1"><img alt="seller1" src="https://di2ponv0v5otw.cloudfront.net/users/a.jpg"></a><span>$5 off shipping</span></div>
    </div>
  </div>`;
const price = (now: string, was?: string) =>
  `<span class="p--t--1 fw--bold">${now}</span>${was ? ` <span class="p--l--1 tc--g td--lt">${was}</span>` : ''}`;

describe('poshmark adapter', () => {
  it('claims poshmark.com and poshmark.ca and tells page kinds', () => {
    expect(poshmark.claims(new URL(ITEM))).toBe(true);
    expect(poshmark.claims(new URL('https://poshmark.ca/search?query=x'))).toBe(true);
    expect(poshmark.claims(new URL('https://poshmark.com.au/'))).toBe(false);
    expect(poshmark.pageKind(new URL(ITEM))).toBe('item');
    expect(poshmark.pageKind(new URL('https://poshmark.com/search?query=levis'))).toBe('search');
    expect(poshmark.pageKind(new URL('https://poshmark.com/brand/Levi%27s-Women-Jeans'))).toBe('search');
    expect(poshmark.pageKind(new URL('https://poshmark.com/closet/seller1'))).toBe('search');
    expect(poshmark.pageKind(new URL('https://poshmark.com/'))).toBe(null);
    expect(poshmark.pageKind(new URL('https://poshmark.com/listing/too-short-abc123'))).toBe(null);
    for (const example of poshmark.examples)
      expect(poshmark.pageKind(new URL(example.url))).toBe(example.kind);
  });

  it('reads the listing page from JSON-LD; a Sold tag of a similar-listings tile does not count', () => {
    const head = ld({
      '@context': 'http://schema.org',
      '@type': 'Product',
      name: "Levi's 501 Jeans",
      image: 'https://di2ponv0v5otw.cloudfront.net/posts/x/m_1.jpg',
      offers: {
        '@type': 'Offer',
        price: '25.0',
        priceCurrency: 'USD',
        availability: 'http://schema.org/InStock',
        itemCondition: 'http://schema.org/UsedCondition',
      },
    });
    const similar = tile(
      ID2,
      'Other jeans',
      price('$30'),
      '<div class="inventory-tag"><span class="inventory-tag__text">SOLD</span></div>',
    );
    expect(extract(`<h1>Levi's 501 Jeans</h1>${similar}`, `${ITEM}?utm=1`, head)).toEqual([
      {
        site: 'poshmark',
        itemId: ID1,
        url: ITEM,
        title: "Levi's 501 Jeans",
        price: { amount: 25, currency: 'USD' },
        status: 'active',
        condition: 'Used',
        imageUrl: 'https://di2ponv0v5otw.cloudfront.net/posts/x/m_1.jpg',
      },
    ]);
    // The listing's own inventory tag (outside any tile) says Sold.
    const own =
      '<div class="listing__covershot"><div class="inventory-tag"><span class="inventory-tag__text">Sold</span></div></div>';
    expect(extract(own + similar, ITEM, head)[0]?.status).toBe('sold');
    expect(extract(own.replace('Sold', 'Not for sale'), ITEM, head)).toEqual([]);
  });

  it('reads search tiles: price beside the struck original, SOLD tag; skips NOT FOR SALE', () => {
    const body = `<div class="tiles_container m--t--1">
      ${tile(ID1, "Levi's 501 Jeans", price('$25', '$98'))}
      ${tile(ID2, "Levi's 505", price('$1,040'), '<div class="inventory-tag"><span class="inventory-tag__text">SOLD</span></div>')}
      ${tile(ID3, 'NFS jeans', price('$3'), '<div class="inventory-tag"><span class="inventory-tag__text">NOT FOR SALE</span></div>')}
      ${tile(ID4, 'No price', '<span class="fw--bold">Make offer</span>')}
    </div>`;
    const listings = extract(body, 'https://poshmark.com/search?query=levis');
    expect(listings.map((listing) => listing.itemId)).toEqual([ID1, ID2]);
    expect(listings[0]).toEqual({
      site: 'poshmark',
      itemId: ID1,
      url: `https://poshmark.com/listing/Slug-${ID1}`,
      title: "Levi's 501 Jeans",
      price: { amount: 25, currency: 'USD' },
      status: 'active',
      imageUrl: `https://di2ponv0v5otw.cloudfront.net/posts/${ID1}/m_x.jpg`,
    });
    expect(listings[1]).toMatchObject({
      title: "Levi's 505",
      price: { amount: 1040, currency: 'USD' },
      status: 'sold',
    });
  });

  it('reads CAD on poshmark.ca', () => {
    const listings = extract(
      tile(ID1, 'Align pant', price('$48', '$128')),
      'https://poshmark.ca/search?query=align',
    );
    expect(listings.map((l) => [l.url, l.price])).toEqual([
      [`https://poshmark.ca/listing/Slug-${ID1}`, { amount: 48, currency: 'CAD' }],
    ]);
  });

  it('does not throw on malformed pages', () => {
    expect(
      extract(
        `<div class="card"><a href="/listing/x-${ID1}"><garbage`,
        'https://poshmark.com/search?query=x',
      ),
    ).toEqual([]);
    expect(extract('<h1>Jeans</h1><p class="h1">$25</p>', ITEM)).toEqual([]);
    const listings = extract(
      tile(ID1, 'p'.repeat(100_000), price('$10')),
      'https://poshmark.com/search?query=x',
    );
    for (const listing of listings) expect(listing.price).toEqual({ amount: 10, currency: 'USD' });
  });
});

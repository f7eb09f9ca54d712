// Hand-written snippets: no saved page of carousell exists in the fixtures; markup reconstructed from knowledge of the site, not verified on a real page.
import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../utils/cli/html';
import { carousell } from '../../utils/sites/carousell';

function extract(body: string, href: string, head = '') {
  const doc = documentFromHtml(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, href);
  return carousell.extract(doc, new URL(href));
}
const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

const card = (slug: string, id: string, title: string, price: string) => `
  <div data-testid="listing-card-${id}" class="D_pX D_AP">
    <div class="D_pY"><a href="/u/seller_${id}/"><img alt="seller_${id}" src="https://media.karousell.com/u.jpg">
      <p data-testid="listing-card-text-seller-name">seller_${id}</p><p>2 days ago</p></a></div>
    <a href="/p/${slug}-${id}/?t-id=abc&amp;t-referrer_request_id=x">
      <div><img alt="${title}" title="${title}" src="https://media.karousell.com/media/photos/products/${id}.jpg"></div>
      <p class="D_kA" style="--max-line: 2;">${title}</p>
      <div>${price}</div>
      <div><p>Like new</p></div>
    </a>
    <button aria-label="Like">3</button>
  </div>`;

describe('carousell adapter', () => {
  it('claims the Carousell country sites and tells page kinds', () => {
    for (const host of [
      'www.carousell.sg',
      'www.carousell.com.hk',
      'www.carousell.com.my',
      'www.carousell.ph',
      'www.carousell.com.tw',
      'www.carousell.com',
    ])
      expect(carousell.claims(new URL(`https://${host}/`)), host).toBe(true);
    expect(carousell.claims(new URL('https://www.carousell.com.au.example/'))).toBe(false);
    expect(carousell.pageKind(new URL('https://www.carousell.sg/search/iphone%2013?addRecent=true'))).toBe(
      'search',
    );
    expect(
      carousell.pageKind(new URL('https://www.carousell.sg/categories/mobile-phones-gadgets-215/')),
    ).toBe('search');
    expect(carousell.pageKind(new URL('https://www.carousell.sg/p/iphone-13-pro-1234567890/'))).toBe('item');
    expect(carousell.pageKind(new URL('https://www.carousell.sg/u/someone/'))).toBe(null);
    for (const example of carousell.examples)
      expect(carousell.pageKind(new URL(example.url))).toBe(example.kind);
  });

  it('reads the item page from its JSON-LD Product', () => {
    const head = ld({
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: 'iPhone 13 Pro 256GB',
      offers: {
        '@type': 'Offer',
        price: 780,
        priceCurrency: 'SGD',
        availability: 'https://schema.org/InStock',
        itemCondition: 'https://schema.org/UsedCondition',
      },
    });
    const listings = extract(
      '<h1>iPhone 13 Pro 256GB</h1>',
      'https://www.carousell.sg/p/iphone-13-pro-256gb-1234567890',
      head,
    );
    expect(listings).toEqual([
      {
        site: 'carousell',
        itemId: '1234567890',
        url: 'https://www.carousell.sg/p/iphone-13-pro-256gb-1234567890/',
        title: 'iPhone 13 Pro 256GB',
        price: { amount: 780, currency: 'SGD' },
        status: 'active',
        condition: 'Used',
      },
    ]);
  });

  it('reads a sold item as sold', () => {
    const head = ld({
      '@type': 'Product',
      name: 'Sofa',
      offers: { price: '150', priceCurrency: 'HKD', availability: 'SoldOut' },
    });
    expect(extract('', 'https://www.carousell.com.hk/p/sofa-1322334455/', head)[0]).toMatchObject({
      itemId: '1322334455',
      price: { amount: 150, currency: 'HKD' },
      status: 'sold',
    });
  });

  it('reads search cards (SG): the seller link and the like count are not the listing', () => {
    const body = `<main><div class="D_qY">
      ${card('iphone-13-pro-256gb', '1234567890', 'iPhone 13 Pro 256GB', '<p title="S$780">S$780</p>')}
      ${card('ps5-disc', '1234567891', 'PS5 Disc', '<p title="S$450">S$450</p><p style="text-decoration: line-through">S$520</p>')}
      ${card('free-chair', '1234567892', 'Free chair', '<p title="Free">Free</p>')}
      ${card('lego-set', '1234567893', 'Lego set', '<p>S$1,050.50</p>')}
    </div></main>`;
    const listings = extract(body, 'https://www.carousell.sg/search/iphone');
    expect(listings.map((listing) => listing.itemId)).toEqual(['1234567890', '1234567891', '1234567893']);
    expect(listings[0]).toEqual({
      site: 'carousell',
      itemId: '1234567890',
      url: 'https://www.carousell.sg/p/iphone-13-pro-256gb-1234567890/',
      title: 'iPhone 13 Pro 256GB',
      price: { amount: 780, currency: 'SGD' },
      status: 'active',
      imageUrl: 'https://media.karousell.com/media/photos/products/1234567890.jpg',
    });
    expect(listings[1]).toMatchObject({ title: 'PS5 Disc', price: { amount: 450, currency: 'SGD' } });
    expect(listings[2]).toMatchObject({ title: 'Lego set', price: { amount: 1050.5, currency: 'SGD' } });
  });

  it('reads the currency of each country, and only a marked one on carousell.com', () => {
    const cases: [string, string, number, string | null][] = [
      ['www.carousell.com.hk', 'HK$1,200', 1200, 'HKD'],
      ['www.carousell.com.my', 'RM 350', 350, 'MYR'],
      ['www.carousell.ph', 'PHP 1,500', 1500, 'PHP'],
      ['www.carousell.ph', '₱1,500', 1500, 'PHP'],
      ['www.carousell.com.tw', 'NT$1,500', 1500, 'TWD'],
      ['www.carousell.com', 'S$20', 20, 'SGD'],
      ['www.carousell.com', '$20', 20, null],
    ];
    for (const [host, price, amount, currency] of cases) {
      const listings = extract(
        card('x', '1111111111', 'Item', `<p>${price}</p>`),
        `https://${host}/search/x`,
      );
      expect(
        listings.map((l) => l.price),
        `${host} ${price}`,
      ).toEqual([{ amount, currency }]);
    }
  });

  it('falls back to the slug for the title when the card has none', () => {
    const body = '<div><a href="/p/nintendo-switch-lite-2222222222/"><div></div></a><span>S$180</span></div>';
    expect(extract(body, 'https://www.carousell.sg/search/switch')).toMatchObject([
      { itemId: '2222222222', title: 'nintendo switch lite', price: { amount: 180, currency: 'SGD' } },
    ]);
  });

  it('does not throw on malformed pages', () => {
    expect(
      extract(
        '<div data-testid="listing-card-1"><a href="/p/x-1234567/"><garbage',
        'https://www.carousell.sg/search/x',
      ),
    ).toEqual([]);
    expect(extract('<a href="/p/%E0%A4%A-3333333333/">S$5</a>', 'https://www.carousell.sg/search/x')).toEqual(
      [],
    );
    const listings = extract(
      card('x', '4444444444', 'c'.repeat(100_000), '<p>S$10</p>'),
      'https://www.carousell.sg/search/x',
    );
    for (const listing of listings) expect(listing.price).toEqual({ amount: 10, currency: 'SGD' });
  });
});

import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../utils/cli/html';
import type { Listing } from '../../utils/listing';
import { depop } from '../../utils/sites/depop';
import { fixtureDocument, loadFixture } from '../helpers/fixtures';

const byId = (listings: Listing[], id: string) => listings.find((listing) => listing.itemId === id);

describe('depop adapter', () => {
  it('claims depop.com and tells page kinds', () => {
    expect(depop.claims(new URL('https://www.depop.com/'))).toBe(true);
    expect(depop.claims(new URL('https://depop.com/search/?q=x'))).toBe(true);
    expect(depop.claims(new URL('https://www.depop.com.evil.net/'))).toBe(false);
    expect(depop.pageKind(new URL('https://www.depop.com/search/?q=champion%20reverse%20weave'))).toBe(
      'search',
    );
    expect(depop.pageKind(new URL('https://www.depop.com/gb/search/?q=carhartt'))).toBe('search');
    expect(
      depop.pageKind(new URL('https://www.depop.com/products/juhncs-vintage-90s-made-in-usa-8d27/')),
    ).toBe('item');
    expect(
      depop.pageKind(new URL('https://www.depop.com/gb/products/juhncs-vintage-90s-made-in-usa-8d27/')),
    ).toBe('item');
    expect(depop.pageKind(new URL('https://www.depop.com/about/'))).toBe(null);
  });

  describe('search page (champion reverse weave, 2025, rendered DOM)', () => {
    const name = 'depop/depop-search-champion-reverse-weave-2025-rendered.html';
    const url = new URL('https://www.depop.com/search/?q=champion%20reverse%20weave');
    const listings = depop.extract(fixtureDocument(name, url.href), url);
    const html = loadFixture(name);

    it('records all 24 product cards, in USD (/search/ is the US site: hreflang "us")', () => {
      const links =
        html.match(/<a aria-label="" class="styles_unstyledLink__\w+" href="\/products\/[^"]+\/">/g) ?? [];
      expect(links).toHaveLength(24);
      expect(html.match(/<li class="styles_listItem__\w+">/g)).toHaveLength(24);
      expect(html).toContain(
        '\\u003chttp://www.depop.com/search/\\u003e; rel=\\\\\\"alternate\\\\\\"; hreflang=\\\\\\"us\\\\\\"',
      );
      expect(listings).toHaveLength(24);
      expect(listings.every((l) => l.price.currency === 'USD' && l.status === 'active')).toBe(true);
    });

    it('reads first, middle and last cards; the title is the slug without the seller', () => {
      // First card: href /products/hermitsdenvintage-vintage-champion-reverse-weave-sweatshirt/, "$37.44", M, Champion.
      expect(listings[0]).toEqual({
        site: 'depop',
        itemId: 'hermitsdenvintage-vintage-champion-reverse-weave-sweatshirt',
        url: 'https://www.depop.com/products/hermitsdenvintage-vintage-champion-reverse-weave-sweatshirt/',
        title: 'vintage champion reverse weave sweatshirt',
        price: { amount: 37.44, currency: 'USD' },
        status: 'active',
        format: 'fixed',
        imageUrl:
          'https://media-photos.depop.com/b1/10862001/3066054155_d2b55f7e63694e3da7fd92431410539b/P8.jpg',
      });
      // "$58.44", M, Champion.
      expect(listings[7]).toMatchObject({
        itemId: 'rozcovtg-vintage-champion-usa-basketball-sweatshirt',
        title: 'vintage champion usa basketball sweatshirt',
        price: { amount: 58.44, currency: 'USD' },
      });
      // The dedup suffix "-8d27" is not part of the title.
      expect(byId(listings, 'juhncs-vintage-90s-made-in-usa-8d27')).toMatchObject({
        title: 'vintage 90s made in usa',
        price: { amount: 18.54, currency: 'USD' },
      });
      // Last card: "$26.95" (full price, struck) then "$15.14" (discounted price).
      expect(listings[23]).toMatchObject({
        itemId: 'timthrifts_1-san-diego-university-campion-tech',
        url: 'https://www.depop.com/products/timthrifts_1-san-diego-university-campion-tech/',
        title: 'san diego university campion tech',
        price: { amount: 15.14, currency: 'USD' },
      });
    });

    it('takes the discounted price of a reduced item, not the struck full price', () => {
      expect(html).toMatch(
        /aria-label="Full price">\$37\.44<\/p> <p class="[^"]*styles_price__\w+" aria-label="Discounted price">\$33\.76</,
      );
      expect(byId(listings, 'ghalimited-ohio-state-buckeyes-sweatshirt-mens-5a77')?.price).toEqual({
        amount: 33.76,
        currency: 'USD',
      });
      expect(
        byId(listings, 'retail_therapy_rt-champion-reverse-weave-turqoise-essential-0695')?.price,
      ).toEqual({
        amount: 6.21,
        currency: 'USD',
      });
      expect(byId(listings, 'primepumkin-vtg-90s-champion-reverse-weave')?.price.amount).toBe(19.6);
    });
  });

  describe('HAND-WRITTEN snippets (not saved pages)', () => {
    it('reads a UK grid (/gb/: £ → GBP) and a sold card', () => {
      // HAND-WRITTEN from the search grid markup, with a sold overlay on the second card.
      const card = (slug: string, price: string, extra = '') => `
        <li class="styles_listItem__x1"><div><div class="styles_productCardRoot__x2">
          <a class="styles_unstyledLink__x3" href="/products/${slug}/"><img src="https://media-photos.depop.com/${slug}.jpg">${extra}</a>
          <div class="styles_productAttributesContainer__x4"><div class="styles_productAttributes__x5"><div>
            <p class="styles_price__x6" aria-label="Price">${price}</p></div><p>M</p><p>Carhartt</p></div></div></div></div></li>`;
      const html = `<html><body><ol class="styles_productGrid__x0">${card('seller1-carhartt-jacket', '£45.00')}${card(
        'seller2-carhartt-hoodie',
        '£20.00',
        '<div class="styles_soldOverlay__x7">Sold</div>',
      )}${card('seller3-no-price', '')}</ol></body></html>`;
      const url = new URL('https://www.depop.com/gb/search/?q=carhartt');
      expect(
        depop
          .extract(documentFromHtml(html, url.href), url)
          .map((l) => [l.itemId, l.title, l.price, l.status]),
      ).toEqual([
        ['seller1-carhartt-jacket', 'carhartt jacket', { amount: 45, currency: 'GBP' }, 'active'],
        ['seller2-carhartt-hoodie', 'carhartt hoodie', { amount: 20, currency: 'GBP' }, 'sold'],
      ]);
    });

    it('reads a product page from its JSON-LD Product', () => {
      // HAND-WRITTEN JSON-LD as on depop product pages.
      const ld = {
        '@context': 'https://schema.org',
        '@type': 'Product',
        name: 'Vintage Champion reverse weave sweatshirt',
        image: 'https://media-photos.depop.com/b1/1/2/P0.jpg',
        offers: {
          '@type': 'Offer',
          price: '34.99',
          priceCurrency: 'USD',
          availability: 'https://schema.org/SoldOut',
          itemCondition: 'https://schema.org/UsedCondition',
        },
      };
      const html = `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body></body></html>`;
      const url = new URL(
        'https://www.depop.com/products/hermitsdenvintage-vintage-champion-reverse-weave-sweatshirt/',
      );
      expect(depop.extract(documentFromHtml(html, url.href), url)).toEqual([
        {
          site: 'depop',
          itemId: 'hermitsdenvintage-vintage-champion-reverse-weave-sweatshirt',
          url: 'https://www.depop.com/products/hermitsdenvintage-vintage-champion-reverse-weave-sweatshirt/',
          title: 'Vintage Champion reverse weave sweatshirt',
          price: { amount: 34.99, currency: 'USD' },
          status: 'sold',
          format: 'fixed',
          condition: 'Used',
          imageUrl: 'https://media-photos.depop.com/b1/1/2/P0.jpg',
        },
      ]);
    });
  });

  it('survives malformed pages', () => {
    const url = new URL('https://www.depop.com/search/?q=x');
    const garbage =
      '<html><body><div class="styles_productCardRoot__a"><a href="/products/a-b/"><p class="styles_price__b">$<garbage';
    expect(depop.extract(documentFromHtml(garbage, url.href), url)).toEqual([]);
    const huge = `<div class="styles_productCardRoot__a"><a href="/products/a-${'b'.repeat(100_000)}/"></a><p class="styles_price__b">$5.00</p></div>`;
    const listings = depop.extract(documentFromHtml(huge, url.href), url);
    expect(listings.every((l) => l.price.amount === 5 && l.price.currency === 'USD')).toBe(true);
    const item = new URL('https://www.depop.com/products/a-b/');
    const broken = '<script type="application/ld+json">{"@type":"Product",</script>';
    expect(depop.extract(documentFromHtml(broken, item.href), item)).toEqual([]);
    expect(depop.extract(documentFromHtml('', item.href), item)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../utils/cli/html';
import type { Listing } from '../../utils/listing';
import { mercariUs } from '../../utils/sites/mercari-us';
import { fixtureDocument, loadFixture } from '../helpers/fixtures';

const byId = (listings: Listing[], id: string) => listings.find((listing) => listing.itemId === id);

describe('mercari-us adapter', () => {
  it('claims www.mercari.com (not jp.mercari.com) and tells page kinds', () => {
    expect(mercariUs.claims(new URL('https://www.mercari.com/'))).toBe(true);
    expect(mercariUs.claims(new URL('https://jp.mercari.com/search?keyword=x'))).toBe(false);
    expect(mercariUs.pageKind(new URL('https://www.mercari.com/search/?keyword=gameboy'))).toBe('search');
    expect(mercariUs.pageKind(new URL('https://www.mercari.com/us/item/m60774854976/'))).toBe('item');
    expect(mercariUs.pageKind(new URL('https://www.mercari.com/item/m60774854976/'))).toBe('item');
    expect(mercariUs.pageKind(new URL('https://www.mercari.com/'))).toBe(null);
  });

  describe('homepage with item tiles', () => {
    const name = 'mercari-us/us-homepage-item-tiles-2025-rendered.html';
    const url = new URL('https://www.mercari.com/');
    const listings = mercariUs.extract(fixtureDocument(name, url.href), url);

    it('records all 35 tiles', () => {
      const html = loadFixture(name);
      const tiles = html.match(/<div id="m\d+" data-itemprice="\d+" data-itemstatus="on_sale"/g) ?? [];
      expect(tiles).toHaveLength(35);
      expect(html.match(/data-testid="ItemPrice"/g)).toHaveLength(35);
      expect(listings).toHaveLength(35);
      expect(
        listings.every((listing) => listing.status === 'active' && listing.price.currency === 'USD'),
      ).toBe(true);
    });

    it('reads prices from cents, titles from the tile', () => {
      // data-itemprice="5000", ItemPrice '$50.00', img title 'Disney Pixar Animators' Collection Brave Merida'.
      expect(listings[0]).toEqual({
        site: 'mercari-us',
        itemId: 'm60774854976',
        url: 'https://www.mercari.com/us/item/m60774854976/',
        title: "Disney Pixar Animators' Collection Brave Merida",
        price: { amount: 50, currency: 'USD' },
        status: 'active',
        format: 'fixed',
        imageUrl:
          'https://u-mercari-images.mercdn.net/thumb/photos/m60774854976_1.jpg?width=2560&quality=75&_=1759892668',
      });
      expect(byId(listings, 'm54112605049')).toMatchObject({
        title: 'New Orleans Pelicans Adidas Warm Up Zip Up Hoodie Sweatshirt Jacket 2XL',
        price: { amount: 34.89, currency: 'USD' },
      });
      expect(listings[17]).toMatchObject({
        itemId: 'm89995332780',
        title: 'Taylor Swift Cd + Signed Photo - Picture 3',
        price: { amount: 100, currency: 'USD' },
      });
      expect(byId(listings, 'm11586965518')?.title).toBe(
        'Vintage Disney unlimited tee from 90s. Striped Mickey Mouse',
      );
      expect(listings[34]).toMatchObject({
        itemId: 'm55942536001',
        url: 'https://www.mercari.com/us/item/m55942536001/',
        title: 'Juicy Couture Juicy for All Mini Backpack Leopard Print',
        price: { amount: 55, currency: 'USD' },
        status: 'active',
      });
    });
  });

  it('records nothing on the zero-results search page', () => {
    const name = 'mercari-us/us-search-gameboy-zero-state-2025.html';
    const html = loadFixture(name);
    expect(html).toContain('data-testid="ZeroStateSearch"');
    expect(html).not.toContain('data-itemprice');
    const url = new URL('https://www.mercari.com/search/?keyword=gameboy');
    expect(mercariUs.extract(fixtureDocument(name, url.href), url)).toEqual([]);
  });

  it('maps tile statuses and puts an item page own listing first', () => {
    const url = new URL('https://www.mercari.com/us/item/m1/');
    const doc = documentFromHtml(
      `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"Product",
      "name":"Game Boy Color","image":["https://img/m1.jpg"],"offers":{"@type":"Offer","price":"45.00",
      "priceCurrency":"USD","availability":"https://schema.org/SoldOut"}}</script></head><body>
      <div id="m2" data-itemprice="1999" data-itemstatus="sold_out"><img title="Tile two" alt="x"></div>
      <div id="m1" data-itemprice="4500" data-itemstatus="sold_out"><img title="Self" alt="x"></div>
      <div id="m3" data-itemprice="" data-itemstatus="on_sale"><p data-testid="ItemName">Three</p>
      <p data-testid="ItemPrice">$1,250.50</p></div></body></html>`,
      url.href,
    );
    const listings = mercariUs.extract(doc, url);
    expect(
      listings.map((listing) => [listing.itemId, listing.price.amount, listing.status, listing.related]),
    ).toEqual([
      ['m1', 45, 'sold', undefined],
      ['m2', 19.99, 'sold', true],
      ['m3', 1250.5, 'active', true],
    ]);
    expect(listings[0]?.title).toBe('Game Boy Color');
  });

  it('survives malformed pages', () => {
    const url = new URL('https://www.mercari.com/search/?keyword=x');
    const pages = [
      '<html><body><div id="m1" data-itemprice="abc"><garbage',
      '<div id="m2" data-itemprice="" data-itemstatus="on_sale"><p data-testid="ItemName">No price</p></div>',
      `<div id="m3" data-itemprice="100"><p data-testid="ItemName">${'x'.repeat(100_000)}</p></div>`,
      '<div id="notanid" data-itemprice="100"></div>',
      '',
    ];
    for (const html of pages) {
      const listings = mercariUs.extract(documentFromHtml(html, url.href), url);
      for (const listing of listings) expect(Number.isFinite(listing.price.amount)).toBe(true);
    }
    expect(mercariUs.extract(documentFromHtml(pages[1] ?? '', url.href), url)).toEqual([]);
    expect(mercariUs.extract(documentFromHtml(pages[3] ?? '', url.href), url)).toEqual([]);
  });
});

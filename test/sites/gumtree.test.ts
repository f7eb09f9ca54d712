import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../utils/cli/html';
import type { Listing } from '../../utils/listing';
import { gumtree } from '../../utils/sites/gumtree';
import { fixtureDocument, loadFixture } from '../helpers/fixtures';

const byId = (listings: Listing[], id: string) => listings.find((listing) => listing.itemId === id);

describe('gumtree adapter', () => {
  it('claims the gumtree sites and tells page kinds', () => {
    const claims = (href: string) => gumtree.claims(new URL(href));
    expect(claims('https://www.gumtree.com/search?q=bike')).toBe(true);
    expect(claims('https://www.gumtree.com.au/s-pets/vic/c18433l3008844')).toBe(true);
    expect(claims('https://www.gumtree.pl/s-nieruchomosci/wroclaw/v1c2l3200114p1')).toBe(true);
    expect(claims('https://www.gumtree.co.za/s-cars-bakkies/v1c9077p1')).toBe(true);
    expect(claims('https://www.gumtree.com.evil.org/')).toBe(false);
    const kind = (href: string) => gumtree.pageKind(new URL(href));
    expect(kind('https://www.gumtree.pl/s-nieruchomosci/wroclaw/v1c2l3200114p1')).toBe('search');
    expect(kind('https://www.gumtree.com.au/s-pets/vic/c18433l3008844?price-type=free')).toBe('search');
    expect(kind('https://www.gumtree.com/search?search_category=all&q=bike')).toBe('search');
    expect(kind('https://www.gumtree.com/p/bicycles/trek-road-bike/1481234567')).toBe('item');
    expect(
      kind('https://www.gumtree.com.au/s-ad/junortoun/birds/two-chooks-free-to-good-home-/1077142193'),
    ).toBe('item');
    expect(
      kind(
        'https://www.gumtree.pl/a-pokoje-do-wynajecia/wroclaw/pok%C3%B3j-1-+-osobowy/1002039835410910660914709',
      ),
    ).toBe('item');
    expect(kind('https://www.gumtree.com/my-account')).toBe(null);
  });

  describe('gumtree.pl search (nieruchomości, Wrocław, 2018)', () => {
    const name = 'gumtree/gumtree-pl-wroclaw-rooms-search-2018.html';
    const url = new URL('https://www.gumtree.pl/s-nieruchomosci/wroclaw/v1c2l3200114p1');
    const listings = gumtree.extract(fixtureDocument(name, url.href), url);
    const html = loadFixture(name);

    it('records the 22 of 23 result rows that show a price (rentals are priced per month)', () => {
      expect(html).toContain(
        '<link href="https://www.gumtree.pl/s-nieruchomosci/wroclaw/v1c2l3200114p1" rel="canonical"/>',
      );
      const rows = html.match(/<li class="result[^"]*" data-adid="\d+"/g) ?? [];
      expect(rows).toHaveLength(23);
      expect(html.match(/<span class="amount">[^<]+ zł<\/span>/g)).toHaveLength(22);
      // The 23rd row says "Proszę o kontakt" (contact me) instead of a price.
      expect(html).toContain('<span class="value">Proszę o kontakt</span>');
      expect(listings).toHaveLength(22);
      expect(byId(listings, '1002039832550910762027409')).toBeUndefined();
      expect(listings.every((l) => l.price.currency === 'PLN' && l.status === 'active')).toBe(true);
    });

    it('reads first (a featured ad), middle and last rows', () => {
      expect(listings[0]).toEqual({
        site: 'gumtree',
        itemId: '1002026440010910476719909',
        url: 'https://www.gumtree.pl/a-pokoje-do-wynajecia/wroclaw/miejsce-w-pokoju-od-01-08-dla-dziewczyny-17m2-330%2B100-pln-430pln/1002026440010910476719909',
        title: 'Miejsce w pokoju od 01.08 dla dziewczyny, 17m2, 330+100 pln=430pln !!!',
        price: { amount: 430, currency: 'PLN' },
        status: 'active',
        format: 'classified',
        imageUrl:
          'https://img.classistatic.com/crop/75x50/i.ebayimg.com/00/s/NjAwWDgwMA==/z/K6gAAOSweIlZYMP~/$_19.JPG',
      });
      // "1 050 000 zł" with no-break spaces.
      expect(byId(listings, '1001975138870910478008809')).toMatchObject({
        title: 'DOM NA "BORKU" -BLISKIE KRZYKI- 180 MKW. 2-RODZINNY - SUPERSĄSIEDZTWO-',
        price: { amount: 1050000, currency: 'PLN' },
      });
      expect(listings[11]).toMatchObject({
        itemId: '1002039840250911195862009',
        title: 'Sklep, Kiosk, Pawilon Handlowy, Usługowy, TANIO!!!',
        price: { amount: 3500, currency: 'PLN' },
      });
      // A lazy image: its data-src, not the loading gif.
      expect(byId(listings, '1002039829420911118397809')).toMatchObject({
        price: { amount: 800, currency: 'PLN' },
        imageUrl:
          'https://img.classistatic.com/crop/75x50/i.ebayimg.com/00/s/MjI0WDQwMA==/z/ZpoAAOSwcstZclgV/$_19.JPG',
      });
      expect(listings[21]).toMatchObject({
        itemId: '1002039799750910477907809',
        url: 'https://www.gumtree.pl/a-parking-i-garaz/wroclaw/sprzedam-miejsce-postojowe-r%C3%B3%C5%BCy-wiatr%C3%B3w-poranna-skarbowc%C3%B3w/1002039799750910477907809',
        title: 'Sprzedam miejsce postojowe Róży Wiatrów, Poranna, Skarbowców',
        price: { amount: 14500, currency: 'PLN' },
      });
    });
  });

  describe('gumtree.com.au listing (pets, Victoria, 2015, saved with HTTP headers)', () => {
    const name = 'gumtree/gumtree-au-pets-vic-listing-2015-with-http-headers.html';
    const url = new URL('https://www.gumtree.com.au/s-pets/vic/c18433l3008844?price-type=free');
    const html = loadFixture(name);

    it('records nothing: all 26 ads are "Free" (the page is the free-price filter), some are "Wanted:"', () => {
      expect(html).toContain('?price-type=free');
      const cards =
        html.match(
          /<li itemprop="offers" itemscope itemtype="http:\/\/schema.org\/Offer" class="js-click-block " >/g,
        ) ?? [];
      expect(cards).toHaveLength(26);
      expect(html.match(/itemprop='price'>\s*Free<\/div>/g)).toHaveLength(26);
      expect(html.match(/href="\/s-ad\/[^"]+"[^>]*>Wanted:<span itemprop="name">/g)).toHaveLength(8);
      expect(gumtree.extract(fixtureDocument(name, url.href), url)).toEqual([]);
    });

    it('reads the same cards with a price (HAND-EDITED copy: "Free" → "$150.00" / "Swap/Trade")', () => {
      // HAND-EDITED: the saved page with its prices changed; markup otherwise as saved.
      let n = 0;
      const edited = html.replace(/itemprop='price'>\s*Free<\/div>/g, () =>
        ++n === 6 ? "itemprop='price'>Swap/Trade</div>" : `itemprop='price'>$${n * 10}0.00</div>`,
      );
      const listings = gumtree.extract(documentFromHtml(edited, url.href), url);
      // 26 cards, less 8 "Wanted:" ads, less the 6th card ("Swap/Trade" is no price; it is not a Wanted ad).
      expect(listings).toHaveLength(17);
      expect(byId(listings, '1076421228')).toBeUndefined(); // Wanted: (1st card, top ad)
      expect(listings[0]).toEqual({
        site: 'gumtree',
        itemId: '1077143817',
        url: 'https://www.gumtree.com.au/s-ad/bairnsdale/birds/chooks/1077143817',
        title: 'Chooks',
        price: { amount: 200, currency: 'AUD' },
        status: 'active',
        format: 'classified',
        imageUrl: 'http://i.ebayimg.com/00/s/NjAwWDgwMA==/z/dQgAAOSwqu9VPH9W/$_74.JPG',
      });
      expect(byId(listings, '1077142193')).toBeUndefined(); // 6th card: Swap/Trade
      expect(byId(listings, '1077140939')).toMatchObject({
        title: 'Kittens free to good home',
        price: { amount: 700, currency: 'AUD' },
        imageUrl: expect.stringMatching(/^http:\/\/i\.ebayimg\.com\//),
      });
      expect(listings.at(-1)).toMatchObject({
        itemId: '1077106205',
        title: 'Ferret for adoption',
        price: { amount: 2600, currency: 'AUD' },
      });
    });
  });

  describe('HAND-WRITTEN snippets (not saved pages)', () => {
    it('reads gumtree.com (UK) search cards', () => {
      // HAND-WRITTEN from gumtree.com's current search markup (data-q attributes).
      const card = (id: string, title: string, price: string) => `
        <article data-q="search-result" class="listing-maxi">
          <a data-q="search-result-anchor" href="/p/bicycles/${title.toLowerCase().replace(/\W+/g, '-')}/${id}?ref=s">
            <div class="listing-tile-thumbnail-image"><img src="https://imagedelivery.net/x/${id}/1"></div>
            <div data-q="tile-title">${title}</div><div data-q="tile-location">Hackney, London</div>
            <div data-q="tile-price">${price}</div></a></article>`;
      const html = `<html><body><div>${card('1481234567', 'Trek road bike', '£350')}${card('1481234568', 'Kids bike', 'Free')}${card('1481234569', 'Brompton  M6L', '£1,050 ONO')}</div></body></html>`;
      const url = new URL('https://www.gumtree.com/search?search_category=all&q=bike');
      expect(gumtree.extract(documentFromHtml(html, url.href), url)).toEqual([
        {
          site: 'gumtree',
          itemId: '1481234567',
          url: 'https://www.gumtree.com/p/bicycles/trek-road-bike/1481234567',
          title: 'Trek road bike',
          price: { amount: 350, currency: 'GBP' },
          status: 'active',
          format: 'classified',
          imageUrl: 'https://imagedelivery.net/x/1481234567/1',
        },
        {
          site: 'gumtree',
          itemId: '1481234569',
          url: 'https://www.gumtree.com/p/bicycles/brompton-m6l/1481234569',
          title: 'Brompton M6L',
          price: { amount: 1050, currency: 'GBP' },
          status: 'active',
          format: 'offer',
          imageUrl: 'https://imagedelivery.net/x/1481234569/1',
        },
      ]);
    });

    it('reads "R 1 500" on gumtree.co.za as ZAR', () => {
      // HAND-WRITTEN: a gumtree.co.za result row (same platform as gumtree.pl).
      const html = `<ul><li class="result" data-adid="200123"><div class="title">
        <a class="href-link" href="/a-bicycles/cape-town/mountain-bike/200123">Mountain bike</a></div>
        <div class="price"><span class="value"><span class="amount">R 1 500</span></span></div></li></ul>`;
      const url = new URL('https://www.gumtree.co.za/s-bicycles/v1c9415p1');
      expect(gumtree.extract(documentFromHtml(html, url.href), url).map((l) => [l.itemId, l.price])).toEqual([
        ['200123', { amount: 1500, currency: 'ZAR' }],
      ]);
    });

    it('reads a UK item page', () => {
      // HAND-WRITTEN from gumtree.com's ad page markup.
      const html = `<html><body><h1 data-q="vip-title">Trek road bike</h1><h3 data-q="ad-price">£350</h3></body></html>`;
      const url = new URL('https://www.gumtree.com/p/bicycles/trek-road-bike/1481234567');
      expect(gumtree.extract(documentFromHtml(html, url.href), url)).toEqual([
        {
          site: 'gumtree',
          itemId: '1481234567',
          url: 'https://www.gumtree.com/p/bicycles/trek-road-bike/1481234567',
          title: 'Trek road bike',
          price: { amount: 350, currency: 'GBP' },
          status: 'active',
          format: 'classified',
        },
      ]);
    });
  });

  it('survives malformed pages', () => {
    const url = new URL('https://www.gumtree.pl/s-x/v1c1p1');
    const garbage =
      '<html><body><li class="result" data-adid="1"><div class="title"><a class="href-link" href="/a-x/y/z/1"><garbage';
    expect(gumtree.extract(documentFromHtml(garbage, url.href), url)).toEqual([]);
    const huge = `<li class="result" data-adid="5"><div class="title"><a class="href-link" href="/a-x/y/z/5">${'t'.repeat(100_000)}</a></div><div class="price"><span class="amount">9 zł</span></div></li>`;
    const listings = gumtree.extract(documentFromHtml(huge, url.href), url);
    expect(listings.map((l) => [l.itemId, l.price.amount, l.price.currency])).toEqual([['5', 9, 'PLN']]);
    const item = new URL('https://www.gumtree.com/p/x/y/123');
    expect(gumtree.extract(documentFromHtml('<h1>t</h1>', item.href), item)).toEqual([]);
    expect(gumtree.extract(documentFromHtml('', item.href), item)).toEqual([]);
  });
});

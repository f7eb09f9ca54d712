import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../utils/cli/html';
import type { Listing } from '../../utils/listing';
import { carousell } from '../../utils/sites/carousell';
import { fixtureDocument, loadFixture } from '../helpers/fixtures';

const count = (html: string, re: RegExp) => html.match(re)?.length ?? 0;
const byId = (listings: Listing[], id: string) => listings.find((listing) => listing.itemId === id);
function saved(name: string, href: string) {
  return carousell.extract(fixtureDocument(`carousell/${name}.html`, href), new URL(href));
}

describe('carousell adapter on saved carousell.sg pages (2025)', () => {
  describe('search "airpods max apple"', () => {
    const name = 'carousell-sg-search-airpods-max-2025';
    const listings = saved(name, 'https://www.carousell.sg/search/airpods%20max%20apple/');

    it('records the 47 listing cards, in S$', () => {
      const html = loadFixture(`carousell/${name}.html`);
      expect(count(html, /data-testid="listing-card-\d+"/g)).toBe(47);
      expect(listings).toHaveLength(47);
      expect(new Set(listings.map((l) => l.itemId)).size).toBe(47);
      expect(listings.every((l) => l.price.currency === 'SGD' && l.status === 'active')).toBe(true);
      // every card of this search shows "Like new" under its price
      expect(listings.every((l) => l.condition === 'Like new')).toBe(true);
    });

    it('reads the first and last cards field by field', () => {
      expect(listings[0]).toEqual({
        site: 'carousell',
        itemId: '1390473526',
        url: 'https://www.carousell.sg/p/apple-airpods-max-black-applecare-2027-1390473526/',
        title: 'Apple AirPods Max - Black - AppleCare+2027',
        price: { amount: 600, currency: 'SGD' },
        status: 'active',
        condition: 'Like new',
        imageUrl:
          'https://media.karousell.com/media/photos/products/2025/9/3/apple_airpods_max__black__appl_1756881359_efed6edf_progressive_thumbnail.jpg',
      });
      expect(listings[46]).toMatchObject({
        itemId: '1385631673',
        title:
          '💐 APPLE WARRANTY💐 AirPods Max Green💐 AirPods Max Lighting💐 AirPods Max Green💐 AirPods Max Green💐 AirPods Max Version 1💐 (MODEL: A2096)',
        price: { amount: 388, currency: 'SGD' },
      });
    });

    it('takes the new price after a price drop, never the stricken one', () => {
      // p "S$450" + span[aria-label="Stricken Price: S$500"] > s "S$500"
      expect(byId(listings, '1383946342')).toMatchObject({
        title: 'Apple Airpods Pro Max',
        price: { amount: 450 },
      });
      expect(byId(listings, '1381912766')).toMatchObject({
        title: 'Apple AirPods Max Cover - Pink',
        price: { amount: 5 }, // stricken S$7
      });
      expect(byId(listings, '1370740556')?.price.amount).toBe(540); // stricken S$590
      expect(byId(listings, '1368459335')?.price.amount).toBe(510); // stricken S$520
      expect(byId(listings, '1390385341')?.price.amount).toBe(1050); // "S$1,050"
      expect(byId(listings, '1389073813')).toMatchObject({
        title: '[still available] Apple AirPods Max BOX ONLY',
        price: { amount: 10 },
      });
    });
  });

  describe('search "bike"', () => {
    const name = 'carousell-sg-search-bike-2025';
    const listings = saved(name, 'https://www.carousell.sg/search/bike/');

    it('records 44 of the 45 cards: the one showing S$0 has no price', () => {
      const html = loadFixture(`carousell/${name}.html`);
      expect(count(html, /data-testid="listing-card-\d+"/g)).toBe(45);
      expect(count(html, /title="S\$0"/g)).toBe(1);
      expect(listings).toHaveLength(44);
      expect(byId(listings, '1384752636')).toBeUndefined(); // "New bike for sales", S$0
      expect(listings.every((l) => l.price.currency === 'SGD' && l.price.amount > 0)).toBe(true);
    });

    it('reads cards field by field: condition, stricken price, short id, title over lines', () => {
      expect(listings[0]).toMatchObject({
        itemId: '1387373159',
        url: 'https://www.carousell.sg/p/sereed-balance-bike-1387373159/',
        title: 'Sereed balance bike',
        price: { amount: 95, currency: 'SGD' },
        status: 'active',
        condition: 'Brand new',
      });
      expect(byId(listings, '1163704106')).toMatchObject({
        title: 'WEST BIKES 🧲 Magnetic Thermal Bag 22L 30L 43L 48L 62L 80L 🧲 Westbikes West Bikes V4 V5 BAG',
        price: { amount: 35 }, // stricken S$40
        condition: 'New',
      });
      expect(byId(listings, '217918208')).toMatchObject({
        title: 'VEMAR Waterproof Long Wrist Motorbike Riding Gloves - Phone Touch Screen',
        price: { amount: 22 },
        condition: 'New',
      });
      // the title is on two lines in the page
      expect(byId(listings, '1259113295')?.title).toBe(
        '*Tyre Worming/Tyre Patching/Cacing* *Bike, car, van, truck, bus, forklift, crane*',
      );
      expect(listings[43]).toMatchObject({
        itemId: '1347375804',
        price: { amount: 50 },
        condition: 'Brand new',
      });
    });
  });

  describe('item 1377538161 (2017 MacBook Air)', () => {
    const listings = saved(
      'carousell-sg-item-macbook-air-2025',
      'https://www.carousell.sg/p/2017-macbook-air-13%E2%80%9D-2017-128gb-1377538161/',
    );

    it('reads the shown price and condition over the JSON-LD (which says NewCondition)', () => {
      expect(listings).toEqual([
        {
          site: 'carousell',
          itemId: '1377538161',
          url: 'https://www.carousell.sg/p/2017-macbook-air-13%E2%80%9D-2017-128gb-1377538161/',
          title: '2017 MacBook Air 13” 2017 128GB',
          price: { amount: 250, currency: 'SGD' }, // h3 "S$250"; JSON-LD "250.00" SGD
          status: 'active', // JSON-LD InStock, no sold / reserved mark
          condition: 'Well used', // Details > Condition
          imageUrl:
            'https://media.karousell.com/media/photos/products/2025/6/28/2017_macbook_air_13_2017_128gb_1751126823_019af72f_progressive.jpg',
        },
      ]);
    });
  });
});

// Hand-written snippets below: markup reconstructed from knowledge of the site (other countries,
// sold / reserved badges, malformed pages), not seen on a saved page.

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

  it('never takes a visitor conversion for the price (snippet)', () => {
    const body = card('lamp', '7777777777', 'Lamp', '<p>S$250</p><p>≈ US$185</p>');
    expect(extract(body, 'https://www.carousell.sg/search/lamp').map((l) => l.price)).toEqual([
      { amount: 250, currency: 'SGD' },
    ]);
  });

  it('reads Sold and Reserved badges (snippet)', () => {
    const badge = (text: string) => `<div class="D_rA"><p>${text}</p></div>`;
    const body = `${card('a', '5555555551', 'Sold one', `<p>S$80</p>${badge('Sold')}`)}
      ${card('b', '5555555552', 'Reserved one', `<p>S$90</p>${badge('Reserved')}`)}
      ${card('c', '5555555553', 'Sold out soon', '<p>S$70</p>')}`;
    expect(extract(body, 'https://www.carousell.sg/search/x').map((l) => [l.itemId, l.status])).toEqual([
      ['5555555551', 'sold'],
      ['5555555552', 'unknown'],
      ['5555555553', 'active'],
    ]);
    const item = `<div><div><h1>Bike</h1><div><span>Sold</span></div></div></div>
      <div id="FieldSetField-Container-field_price"><h3>S$120</h3></div>`;
    expect(extract(item, 'https://www.carousell.sg/p/bike-6666666666/')).toMatchObject([
      { itemId: '6666666666', title: 'Bike', price: { amount: 120, currency: 'SGD' }, status: 'sold' },
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

import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../utils/cli/html';
import type { Listing } from '../../utils/listing';
import { facebookMarketplace } from '../../utils/sites/facebook-marketplace';
import { fixtureDocument, loadFixture } from '../helpers/fixtures';

const byId = (listings: Listing[], id: string) => listings.find((listing) => listing.itemId === id);

describe('facebook-marketplace adapter', () => {
  it('claims only Marketplace pages of www/web.facebook.com and tells page kinds', () => {
    const claims = (href: string) => facebookMarketplace.claims(new URL(href));
    expect(claims('https://www.facebook.com/marketplace/philadelphia/search/?query=electric%20guitar')).toBe(
      true,
    );
    expect(claims('https://web.facebook.com/marketplace/item/1183708197241516/')).toBe(true);
    expect(claims('https://www.facebook.com/')).toBe(false);
    expect(claims('https://www.facebook.com/groups/123/')).toBe(false);
    expect(claims('https://m.facebook.com/marketplace/item/1/')).toBe(false);
    const kind = (href: string) => facebookMarketplace.pageKind(new URL(href));
    expect(kind('https://www.facebook.com/marketplace/philadelphia/search/?query=guitar')).toBe('search');
    expect(kind('https://www.facebook.com/marketplace/category/electronics')).toBe('search');
    expect(kind('https://www.facebook.com/marketplace/item/1183708197241516/?ref=search')).toBe('item');
    expect(kind('https://www.facebook.com/marketplace/inbox/')).toBe(null);
    // The script is injected on all of facebook.com (Marketplace is reached inside the app, without
    // a reload) but reads only what `claims` accepts, checked above.
    expect(facebookMarketplace.matches).toEqual(['https://www.facebook.com/*', 'https://web.facebook.com/*']);
  });

  describe('search page (electric guitar, Philadelphia, 2026, logged-in rendered DOM)', () => {
    const name = 'facebook-marketplace/fb-marketplace-search-electric-guitar-philadelphia-2026.html';
    const url = new URL('https://www.facebook.com/marketplace/philadelphia/search/?query=electric%20guitar');
    const listings = facebookMarketplace.extract(fixtureDocument(name, url.href), url);
    const html = loadFixture(name);

    it('records all 36 result links, priced in USD (the page is en_US: bare "$" is the US dollar)', () => {
      const ids = new Set([...html.matchAll(/href="\/marketplace\/item\/(\d+)\//g)].map((m) => m[1]));
      expect(ids.size).toBe(36);
      expect(html).toContain('lang="en"');
      expect(html).toMatch(/src="https:\/\/static\.xx\.fbcdn\.net\/rsrc\.php\/[^"]*\/l\/en_US-j\//);
      expect(listings).toHaveLength(36);
      expect(new Set(listings.map((l) => l.itemId))).toEqual(ids);
      expect(listings.every((l) => l.price.currency === 'USD' && l.status === 'active')).toBe(true);
    });

    it('reads first, middle and last cards', () => {
      // Texts of the first card, read in the page: "$600", "Epiphone ES-335 Figured Semi-Hollow\nElectric
      // Guitar Blueberry Burst", "Easton, PA".
      expect(listings[0]).toMatchObject({
        site: 'facebook-marketplace',
        itemId: '1183708197241516',
        url: 'https://www.facebook.com/marketplace/item/1183708197241516/',
        title: 'Epiphone ES-335 Figured Semi-Hollow Electric Guitar Blueberry Burst',
        price: { amount: 600, currency: 'USD' },
        status: 'active',
        format: 'classified',
      });
      expect(listings[0]?.imageUrl).toMatch(/^https:\/\/scontent[^"]*fbcdn\.net\//);
      expect(listings[17]).toMatchObject({
        itemId: '1494186681676691',
        title: 'Epiphone Wildcat',
        price: { amount: 500, currency: 'USD' },
      });
      expect(byId(listings, '1532982207959694')).toMatchObject({
        title: 'Fender 50s Telecaster (classic series 2007)',
        price: { amount: 1000, currency: 'USD' },
      });
      expect(listings[35]).toMatchObject({
        itemId: '2356237924838852',
        url: 'https://www.facebook.com/marketplace/item/2356237924838852/',
        title: 'PRS SE Custom 24 Guitar',
        price: { amount: 500, currency: 'USD' },
      });
    });

    it('takes the current price of a reduced item, not the struck-through old one', () => {
      // Card texts "$500", "$550" (old price), "Fender Vintera Stratocaster", "Bordentown, NJ".
      expect(html).toMatch(
        /dir="auto">\$500<\/span><span class="[^"]*"><span class="[^"]*" dir="auto">\$550</,
      );
      expect(byId(listings, '862155026711898')).toMatchObject({
        title: 'Fender Vintera Stratocaster',
        price: { amount: 500, currency: 'USD' },
      });
      // "$800", "$900", "Ovation Preacher (late 70s/early 80s)".
      expect(byId(listings, '865721659779612')).toMatchObject({
        title: 'Ovation Preacher (late 70s/early 80s)',
        price: { amount: 800, currency: 'USD' },
      });
    });
  });

  describe('search page (Toyota Vios 2022, Manila, 2026, Tagalog UI, with the Relay JSON)', () => {
    const name = 'facebook-marketplace/fb-marketplace-ph-search-toyota-vios-2026.html';
    const url = new URL('https://www.facebook.com/marketplace/manila/search/?query=Toyota%20Vios%202022');
    const listings = facebookMarketplace.extract(fixtureDocument(name, url.href), url);
    const html = loadFixture(name);

    it('records the 24 listings: 23 in pesos, and the one shown as "$5" in US dollars', () => {
      // 24 result links; the Relay JSON holds the same 24 GroupCommerceProductItem with a listing_price.
      const ids = [...html.matchAll(/href="\/marketplace\/item\/(\d+)\//g)].map((m) => m[1]);
      expect(ids).toHaveLength(24);
      expect(html.match(/"listing_price":\{/g)).toHaveLength(24);
      expect(listings.map((l) => l.itemId)).toEqual(ids);
      expect(listings.filter((l) => l.price.currency === 'PHP')).toHaveLength(23);
      // tl_PH writes every dollar "$" (USD, CAD, AUD, SGD… in the page's currency_map_for_render). The
      // card's JSON: formatted_amount "$5", amount "5.00", amount_with_offset_in_currency "500"; that last
      // field is the amount in US cents for every listing (₱470,000 → "793384": 59.24 pesos a dollar), so
      // 5.00 ↔ 500 is 5 US dollars.
      expect(html).toContain(
        '"listing_price":{"formatted_amount":"$5","amount_with_offset_in_currency":"500","amount":"5.00"}',
      );
      expect(html).toContain(
        '"listing_price":{"formatted_amount":"\\u20b1470,000","amount_with_offset_in_currency":"793384","amount":"470000.00"}',
      );
      expect(byId(listings, '1440524607495456')).toMatchObject({
        title: '2022 Toyota vios',
        price: { amount: 5, currency: 'USD' },
      });
      expect(listings.every((l) => l.status === 'active' && l.format === 'classified')).toBe(true);
    });

    it('reads first, odd and last cards as shown: ₱470,000 (not the struck ₱500,000), "₱445"', () => {
      expect(listings[0]).toEqual({
        site: 'facebook-marketplace',
        itemId: '1595405038315954',
        url: 'https://www.facebook.com/marketplace/item/1595405038315954/',
        title: '2022 Toyota vios',
        price: { amount: 470000, currency: 'PHP' },
        status: 'active',
        format: 'classified',
        imageUrl: expect.stringContaining('619559366_26792498287017382_3159704319290691753_n.jpg'),
      });
      // Sellers often write thousands as units: the page shows "₱445" and so is it recorded.
      expect(listings[2]).toMatchObject({
        itemId: '1807942093219146',
        price: { amount: 445, currency: 'PHP' },
      });
      expect(listings[7]).toMatchObject({
        itemId: '2698679100492413',
        title: '2022 Toyota vios grs top of the line',
        price: { amount: 575000, currency: 'PHP' },
      });
      expect(listings[23]).toMatchObject({
        itemId: '1584909929214268',
        title: '2022 Toyota vios',
        price: { amount: 438000, currency: 'PHP' },
      });
    });

    it('reads the same 24 listings from the Relay JSON alone when no card is rendered', () => {
      const doc = fixtureDocument(name, url.href);
      for (const link of doc.querySelectorAll('a[href*="/marketplace/item/"]')) link.remove();
      expect(doc.querySelector('a[href*="/marketplace/item/"]')).toBeNull();
      const fromJson = facebookMarketplace.extract(doc, url);
      const strip = (l: Listing) => ({
        itemId: l.itemId,
        url: l.url,
        title: l.title,
        price: l.price,
        status: l.status,
      });
      expect(fromJson.map(strip)).toEqual(listings.map(strip));
      // The JSON's photo of the first listing is the card's image.
      expect(fromJson[0]?.imageUrl).toBe(listings[0]?.imageUrl);
    });
  });

  describe('HAND-WRITTEN snippets (not saved pages)', () => {
    const card = (id: string, prices: string[], title: string) => `
      <a href="/marketplace/item/${id}/?ref=search" role="link"><div><img src="https://scontent.xx.fbcdn.net/${id}.jpg"></div>
        <div><div><span><div>${prices.map((p, i) => (i ? `<span class="o"><span dir="auto">${p}</span></span>` : `<span dir="auto">${p}</span>`)).join('')}</div></span></div>
        <div><span aria-hidden="true"><div><span dir="auto"><span>${title}</span></span></div></span></div>
        <div><span aria-hidden="true"><div><span dir="auto"><span>Toronto, ON</span></span></div></span></div></div></a>`;
    const page = (locale: string, cards: string) =>
      `<html lang="en"><head><script src="https://static.xx.fbcdn.net/rsrc.php/v4/yx/l/${locale}-j/abc.js"></script></head><body>${cards}</body></html>`;
    const url = new URL('https://www.facebook.com/marketplace/toronto/search/?query=amp');

    it('skips "Free" cards, reads CA$ as CAD, and leaves a bare $ without currency off an en_US page', () => {
      const cards =
        card('11', ['Free'], 'Old amp') +
        card('12', ['CA$150'], 'Fender amp') +
        card('13', ['$90'], 'Vox amp');
      const us = facebookMarketplace.extract(documentFromHtml(page('en_US', cards), url.href), url);
      expect(us.map((l) => [l.itemId, l.title, l.price])).toEqual([
        ['12', 'Fender amp', { amount: 150, currency: 'CAD' }],
        ['13', 'Vox amp', { amount: 90, currency: 'USD' }],
      ]);
      // A page in another locale (fr_FR here): "$90" is some dollar, not known which.
      const fr = facebookMarketplace.extract(documentFromHtml(page('fr_FR', cards), url.href), url);
      expect(fr.find((l) => l.itemId === '13')?.price).toEqual({ amount: 90, currency: null });
      // No locale at all: same.
      const none = facebookMarketplace.extract(
        documentFromHtml(`<html><body>${cards}</body></html>`, url.href),
        url,
      );
      expect(none.find((l) => l.itemId === '13')?.price.currency).toBe(null);
    });

    it('reads an item page: h1 title, price under it, condition; not the other items on the page', () => {
      // HAND-WRITTEN from the rendered item page (h1 title, price line, details list).
      const html = `<html lang="en"><head>
        <meta property="og:title" content="Fender Stratocaster">
        <meta property="og:image" content="https://scontent.xx.fbcdn.net/strat.jpg">
        <script src="https://static.xx.fbcdn.net/rsrc.php/v4/yx/l/en_US-j/abc.js"></script></head>
        <body><div role="main"><div><div><div>
          <h1><span dir="auto">Fender  Stratocaster</span></h1>
          <div><span dir="auto">$1,100</span></div>
          <div><span dir="auto">Listed 2 weeks ago in Philadelphia, PA</span></div>
          <div><span dir="auto">Details</span></div>
          <div><span>Condition</span></div><div><span>Used - Like New</span></div>
        </div></div></div>
        ${card('99', ['$50'], 'Other guitar')}</div></body></html>`;
      const item = new URL('https://www.facebook.com/marketplace/item/1234567890/');
      expect(facebookMarketplace.extract(documentFromHtml(html, item.href), item)).toEqual([
        {
          site: 'facebook-marketplace',
          itemId: '1234567890',
          url: 'https://www.facebook.com/marketplace/item/1234567890/',
          title: 'Fender Stratocaster',
          price: { amount: 1100, currency: 'USD' },
          status: 'active',
          format: 'classified',
          condition: 'Used - Like New',
          imageUrl: 'https://scontent.xx.fbcdn.net/strat.jpg',
        },
      ]);
    });
  });

  it('survives malformed pages', () => {
    const url = new URL('https://www.facebook.com/marketplace/search/?query=x');
    const garbage = '<html><body><a href="/marketplace/item/1/"><span dir="auto">$5<garbage';
    expect(facebookMarketplace.extract(documentFromHtml(garbage, url.href), url)).toEqual([]);
    const huge = `<a href="/marketplace/item/2/"><span dir="auto">$5</span><span dir="auto">${'t'.repeat(100_000)}</span></a>`;
    const listings = facebookMarketplace.extract(documentFromHtml(huge, url.href), url);
    expect(listings.map((l) => [l.itemId, l.price.amount])).toEqual([['2', 5]]);
    const item = new URL('https://www.facebook.com/marketplace/item/3/');
    expect(facebookMarketplace.extract(documentFromHtml('<h1>t</h1>', item.href), item)).toEqual([]);
    expect(facebookMarketplace.extract(documentFromHtml('', item.href), item)).toEqual([]);
  });
});

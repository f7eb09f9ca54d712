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

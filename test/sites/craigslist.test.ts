import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../utils/cli/html';
import type { Listing } from '../../utils/listing';
import { craigslist } from '../../utils/sites/craigslist';
import { fixtureDocument, loadFixture } from '../helpers/fixtures';

const byId = (listings: Listing[], id: string) => listings.find((listing) => listing.itemId === id);

describe('craigslist adapter', () => {
  it('claims craigslist city hosts and tells page kinds', () => {
    expect(craigslist.claims(new URL('https://manchester.craigslist.org/'))).toBe(true);
    expect(craigslist.claims(new URL('https://newyork.craigslist.org/search/fuo'))).toBe(true);
    expect(craigslist.claims(new URL('https://craigslist.org.evil.com/'))).toBe(false);
    expect(craigslist.pageKind(new URL('https://newyork.craigslist.org/search/fuo?query=Ligne+Roset'))).toBe(
      'search',
    );
    expect(craigslist.pageKind(new URL('https://sfbay.craigslist.org/search/sss?query=bike'))).toBe('search');
    expect(
      craigslist.pageKind(
        new URL(
          'https://manchester.craigslist.org/app/d/salford-indesit-washing-machine-6kg/7235216655.html',
        ),
      ),
    ).toBe('item');
    expect(craigslist.pageKind(new URL('https://newyork.craigslist.org/mnh/fuo/1082742442.html'))).toBe(
      'item',
    );
    expect(craigslist.pageKind(new URL('https://www.craigslist.org/about/help/'))).toBe(null);
  });

  describe('item page (manchester, 2020)', () => {
    const name = 'craigslist/craigslist-manchester-item-washing-machine.html';
    const url = new URL(
      'https://manchester.craigslist.org/app/d/salford-indesit-washing-machine-6kg/7235216655.html',
    );
    const listings = craigslist.extract(fixtureDocument(name, url.href), url);

    it('reads the posting: £50 is GBP (the page says £ and its JSON-LD priceCurrency GBP)', () => {
      const html = loadFixture(name);
      // What the page shows, read by hand:
      expect(html).toContain('<span id="titletextonly">Indesit Washing Machine 6kg</span>');
      expect(html).toContain('<span class="price">£50</span>');
      expect(html).toContain('"priceCurrency":"GBP","price":"50.00"');
      expect(html).toContain('post id: 7235216655');
      expect(html).toContain('condition: <b>good</b>');
      expect(listings).toEqual([
        {
          site: 'craigslist',
          itemId: '7235216655',
          url: 'https://manchester.craigslist.org/app/d/salford-indesit-washing-machine-6kg/7235216655.html',
          title: 'Indesit Washing Machine 6kg',
          price: { amount: 50, currency: 'GBP' },
          status: 'active',
          format: 'classified',
          condition: 'good',
          imageUrl: 'https://images.craigslist.org/00808_lrs0cr9M3AC_0lM0t2_600x450.jpg',
        },
      ]);
    });

    it('falls back to the visible £ price without JSON-LD', () => {
      const html = loadFixture(name).replace(
        /<script type="application\/ld\+json" id="ld_posting_data">/,
        '<script>',
      );
      const [own] = craigslist.extract(documentFromHtml(html, url.href), url);
      expect(own?.price).toEqual({ amount: 50, currency: 'GBP' });
    });
  });

  describe('search page (new york, 2009 layout)', () => {
    const name = 'craigslist/craigslist-nyc-search-furniture-2009.html';
    const url = new URL('https://newyork.craigslist.org/search/fuo?query=Ligne+Roset');
    const listings = craigslist.extract(fixtureDocument(name, url.href), url);

    it('records the 13 of the 15 rows that show a price', () => {
      const html = loadFixture(name);
      expect(html).toContain('Found: 15 Displaying: 1 - 15');
      const rows = html.match(/<p> \w{3} \d+ - <a href="\/\w+\/fuo\/\d+\.html">/g) ?? [];
      expect(rows).toHaveLength(15);
      // Two rows show no price: "YO YO TABLE BY LIGNE ROSET FOR SALE: MUST SELL -" and "...Contours... sideboard -".
      const priced = html.match(/ - \$\d+ -<\/a>/g) ?? [];
      expect(priced).toHaveLength(13);
      expect(listings).toHaveLength(13);
      expect(byId(listings, '1074237080')).toBeUndefined();
      expect(byId(listings, '1073412691')).toBeUndefined();
      expect(listings.every((l) => l.price.currency === 'USD' && l.status === 'active')).toBe(true);
    });

    it('reads id, url, title and $ price (USD: a US city) of first, middle and last rows', () => {
      expect(listings[0]).toEqual({
        site: 'craigslist',
        itemId: '1082742442',
        url: 'https://newyork.craigslist.org/mnh/fuo/1082742442.html',
        title: 'Beautiful Ligne Roset Lumeo Armoire in Excellent Condition',
        price: { amount: 4499, currency: 'USD' },
        status: 'active',
        format: 'classified',
      });
      expect(byId(listings, '1075814779')).toMatchObject({
        url: 'https://newyork.craigslist.org/mnh/fuo/1075814779.html',
        title: 'Ligne Roset Togo Chair - Like New!',
        price: { amount: 1500, currency: 'USD' },
      });
      expect(byId(listings, '1080995494')).toMatchObject({
        url: 'https://newyork.craigslist.org/brk/fuo/1080995494.html',
        title: 'LIGNE ROSET SNOWDONIA w/h Ottoman ORANGE',
        price: { amount: 1900, currency: 'USD' },
      });
      expect(listings[12]).toMatchObject({
        itemId: '1071974232',
        url: 'https://newyork.craigslist.org/brk/fuo/1071974232.html',
        title: 'FS: Ligne Roset Chair',
        price: { amount: 50, currency: 'USD' },
      });
      // The seller's "$1" (price on request, in practice) is what the page shows.
      expect(byId(listings, '1076762168')?.price).toEqual({ amount: 1, currency: 'USD' });
    });
  });

  describe('current search page, no-JS static list (sfbay surfboards, 2025)', () => {
    const name = 'craigslist/craigslist-sfbay-search-surfboard-2025.html';
    const url = new URL('https://sfbay.craigslist.org/search/sss?query=surfing%20board');
    const listings = craigslist.extract(fixtureDocument(name, url.href), url);
    const html = loadFixture(name);

    it('records all 65 li.cl-static-search-result cards, in USD as the page says', () => {
      const ids = [
        ...html.matchAll(/<li class="cl-static-search-result"[^>]*>\s*<a href="[^"]*\/(\d+)\.html"/g),
      ].map((m) => m[1]);
      expect(ids).toHaveLength(65);
      expect(listings.map((l) => l.itemId)).toEqual(ids);
      // The page's JSON-LD (ld_searchpage_results) gives each of its 65 offers priceCurrency "USD".
      expect(html.match(/"priceCurrency":"USD"/g)).toHaveLength(65);
      expect(listings.every((l) => l.price.currency === 'USD' && l.status === 'active')).toBe(true);
    });

    it('reads the first, a "$1" trade offer and the last card', () => {
      expect(listings[0]).toEqual({
        site: 'craigslist',
        itemId: '7888520643',
        url: 'https://sfbay.craigslist.org/sfc/spo/d/san-francisco-62-bushwacker-surfboard/7888520643.html',
        title: '6’2 Bushwacker surfboard 37.6L',
        price: { amount: 400, currency: 'USD' },
        status: 'active',
        format: 'classified',
      });
      expect(listings[46]).toMatchObject({
        itemId: '7885267599',
        title: 'For Trade: 8’ Fineline Hot Generation Surfboard',
        price: { amount: 1, currency: 'USD' },
      });
      expect(listings[64]).toMatchObject({
        itemId: '7881465229',
        url: 'https://sfbay.craigslist.org/eby/spo/d/albany-surfboard-roberts-jackal/7881465229.html',
        title: 'SURFBOARD Roberts Jackal 5\'6" - 30.5L',
        price: { amount: 300, currency: 'USD' },
      });
    });
  });

  describe('other current search layouts (HAND-WRITTEN snippets, not saved pages)', () => {
    it('reads li.cl-static-search-result (no-JS) cards; currency from the ?cc= of the page links', () => {
      // HAND-WRITTEN from craigslist's current static search markup.
      const html = `<html><body>
        <a href="https://post.craigslist.org/c/lon?lang=en&amp;cc=gb">post</a>
        <ol class="cl-static-search-results">
          <li class="cl-static-search-result" title="Ercol chair">
            <a href="https://london.craigslist.org/fuo/d/london-ercol-chair/7712345678.html">
              <div class="title">Ercol chair</div>
              <div class="details"><div class="price">£120</div><div class="location">Hackney</div></div>
            </a>
          </li>
          <li class="cl-static-search-result" title="Free sofa">
            <a href="https://london.craigslist.org/fuo/d/london-free-sofa/7712345679.html">
              <div class="title">Free sofa</div><div class="details"><div class="location">Bow</div></div>
            </a>
          </li>
        </ol></body></html>`;
      const url = new URL('https://london.craigslist.org/search/fuo');
      expect(craigslist.extract(documentFromHtml(html, url.href), url)).toEqual([
        {
          site: 'craigslist',
          itemId: '7712345678',
          url: 'https://london.craigslist.org/fuo/d/london-ercol-chair/7712345678.html',
          title: 'Ercol chair',
          price: { amount: 120, currency: 'GBP' },
          status: 'active',
          format: 'classified',
        },
      ]);
    });

    it('reads li.cl-search-result[data-pid] (scripted) cards; $ with cc=us is USD, with cc=ca CAD', () => {
      // HAND-WRITTEN from craigslist's current scripted search markup.
      const card = (pid: string, price: string) => `
        <li data-pid="${pid}" class="cl-search-result cl-search-view-mode-gallery" title="Togo chair">
          <div class="gallery-card"><a class="cl-app-anchor text-only posting-title"
            href="https://newyork.craigslist.org/mnh/fuo/d/new-york-togo-chair/${pid}.html">
            <span class="label">Togo   chair</span></a>
            <div class="meta">3/19<span class="separator">·</span>SoHo</div>
            <span class="priceinfo">${price}</span></div></li>`;
      const page = (cc: string) =>
        `<html><body><a href="https://accounts.craigslist.org/login/home?lang=en&amp;cc=${cc}">account</a>
         <ol>${card('7790000001', '$1,250')}${card('7790000002', '')}</ol></body></html>`;
      const url = new URL('https://newyork.craigslist.org/search/fuo?query=togo');
      const us = craigslist.extract(documentFromHtml(page('us'), url.href), url);
      expect(us).toEqual([
        {
          site: 'craigslist',
          itemId: '7790000001',
          url: 'https://newyork.craigslist.org/mnh/fuo/d/new-york-togo-chair/7790000001.html',
          title: 'Togo chair',
          price: { amount: 1250, currency: 'USD' },
          status: 'active',
          format: 'classified',
        },
      ]);
      const ca = craigslist.extract(documentFromHtml(page('ca'), url.href), url);
      expect(ca[0]?.price).toEqual({ amount: 1250, currency: 'CAD' });
    });
  });

  it('survives malformed pages', () => {
    const url = new URL('https://newyork.craigslist.org/search/fuo');
    const garbage = '<html><body><li class="cl-static-search-result"><a href="/x/1234567.html"><garbage';
    expect(craigslist.extract(documentFromHtml(garbage, url.href), url)).toEqual([]);
    const huge = `<html><body><p> Mar 1 - <a href="/mnh/fuo/1234567890.html">${'x'.repeat(100_000)} - $5 -</a></p></body></html>`;
    const listings = craigslist.extract(documentFromHtml(huge, url.href), url);
    expect(listings.every((l) => l.itemId === '1234567890' && l.price.amount === 5)).toBe(true);
    const item = new URL('https://newyork.craigslist.org/mnh/fuo/1234567890.html');
    const broken =
      '<html><head><script id="ld_posting_data">{"offers":</script></head><body><span id="titletextonly">T</span>';
    expect(craigslist.extract(documentFromHtml(broken, item.href), item)).toEqual([]);
    expect(craigslist.extract(documentFromHtml('', item.href), item)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../utils/cli/html';
import type { Listing } from '../../utils/listing';
import { yahooTwShopping } from '../../utils/sites/yahoo-tw-shopping';
import { fixtureDocument, loadFixture } from '../helpers/fixtures';

const SEARCH = 'yahoo-tw-shopping/tw-buy-yahoo-search-iphone-2026.html';
const SEARCH_URL = 'https://tw.buy.yahoo.com/search/product?p=iphone';

const count = (html: string, re: RegExp) => html.match(re)?.length ?? 0;
const byId = (listings: Listing[], id: string) => listings.find((listing) => listing.itemId === id);
const extract = (doc: Document, href: string) => yahooTwShopping.extract(doc, new URL(href));
const page = (html: string, href: string) => extract(documentFromHtml(html, href), href);

describe('yahoo-tw-shopping adapter', () => {
  it('claims tw.buy.yahoo.com only and tells page kinds', () => {
    expect(yahooTwShopping.claims(new URL(SEARCH_URL))).toBe(true);
    expect(yahooTwShopping.claims(new URL('https://tw.bid.yahoo.com/search/auction/product?p=iphone'))).toBe(
      false,
    );
    const kind = (href: string) => yahooTwShopping.pageKind(new URL(href));
    expect(kind(SEARCH_URL)).toBe('search');
    expect(kind('https://tw.buy.yahoo.com/gdsale/Apple-iPhone-17e-256G-12011530.html')).toBe('item');
    expect(kind('https://tw.buy.yahoo.com/gdsale/gdsale.asp?gdid=p0830265172870')).toBe('item');
    expect(kind('https://tw.buy.yahoo.com/gdsale/gdsale.asp')).toBe(null);
    expect(kind('https://tw.buy.yahoo.com/')).toBe(null);
  });

  describe('search iphone (2026): 15 rendered cards, 60 results in the state', () => {
    const listings = extract(fixtureDocument(SEARCH, SEARCH_URL), SEARCH_URL);

    it('records the 60 results of the page once each: the 15 rendered, then the 45 shown on scroll', () => {
      const html = loadFixture(SEARCH);
      // ul.gridList: 15 a.cnHJYW cards, then loading placeholders (img.LoadingItem_img_1TSO_) that
      // the page fills as one scrolls; script#isoredux-data: search.count 60, 60 hits (psz=60).
      expect(count(html, /class="sc-1drl28c-1 cnHJYW"/g)).toBe(15);
      expect(count(html, /LoadingItem_img_1TSO_/g)).toBe(50);
      expect(count(html, /"ec_price":"/g)).toBe(60);
      expect(listings).toHaveLength(60);
      expect(new Set(listings.map((listing) => listing.itemId)).size).toBe(60);
      expect(listings.every((l) => l.price.currency === 'TWD' && l.status === 'active')).toBe(true);
    });

    it('reads the three kinds of listing of the rendered cards with their own ids', () => {
      // a bundle (超值組): /activity/onsale/combo?actid=743896, ec_productid "c743896"
      expect(listings[0]).toEqual({
        site: 'yahoo-tw-shopping',
        itemId: 'c743896',
        url: 'https://tw.buy.yahoo.com/activity/onsale/combo?actid=743896',
        title:
          '(超值組)Apple 蘋果 iPhone17 Pro Max 512G +RedMoon空壓殼-9H玻璃保貼+Timo玻璃鏡頭+鏡頭底座保護貼',
        price: { amount: 50800, currency: 'TWD' },
        status: 'active',
        format: 'fixed',
        imageUrl: 'https://img.yec.tw/zp/MipImages/3851BF779D-MIP-743896.jpeg',
      });
      // Yahoo's own goods: /gdsale/<slug>-11059219.html, $14,990 (ec_listprice 29900 is not shown)
      expect(listings[3]).toMatchObject({
        itemId: '11059219',
        // the href of the page, as a URL (percent-encoded)
        url: encodeURI(
          'https://tw.buy.yahoo.com/gdsale/福利品-Apple-iPhone15-128G-6-1吋-智慧型手機-贈原廠快充頭-11059219.html',
        ),
        title: '【福利品】Apple iPhone15 128G 6.1吋 智慧型手機 贈保護組+快充組',
        price: { amount: 14990, currency: 'TWD' },
      });
      // a store's goods (the "商店" badge is not part of the title): gdsale.asp?gdid=p0830265172870
      expect(listings[6]).toMatchObject({
        itemId: 'p0830265172870',
        url: 'https://tw.buy.yahoo.com/gdsale/gdsale.asp?gdid=p0830265172870',
        title: 'Apple iPhone 17 256G (黑/白/霧藍/薰衣草紫/鼠尾草綠)【預購-依訂單順序出貨】【愛買】',
        price: { amount: 29300, currency: 'TWD' },
      });
      expect(listings[6]?.imageUrl).toContain('p0830265172870-item-dda6xf4x0500x0500-m.jpg');
      // the 15th and last rendered card
      expect(listings[14]).toMatchObject({ itemId: 'p0830265172925', price: { amount: 43900 } });
    });

    it('reads the results not rendered yet from the state', () => {
      expect(listings[15]).toMatchObject({
        itemId: 'p0830265173096',
        title: 'Apple iPhone 17 Pro Max 2TB (銀/宇宙橙/藏藍)【預購-依訂單順序出貨】【愛買】',
        price: { amount: 72900, currency: 'TWD' },
      });
      expect(byId(listings, '10171528')).toMatchObject({
        title: '【COACH】iPhone 14系列 精品手機殼 粉紅經典大C',
        price: { amount: 1466 }, // ec_price 1466.0, ec_listprice 1880.0
      });
      expect(listings[59]).toEqual({
        site: 'yahoo-tw-shopping',
        itemId: '11326162',
        url: 'https://tw.buy.yahoo.com/gdsale/SGP-Spigen-iPhone-16-Plus-Pro-Pro-Max-Liquid-Cryst-11326162.html',
        title: 'SGP / Spigen iPhone 16 /Plus/Pro/Pro Max Liquid Crystal MagFit-防摔手機保護殼',
        price: { amount: 552, currency: 'TWD' },
        status: 'active',
        format: 'fixed',
        imageUrl: 'https://img.yec.tw/zp/MerchandiseImages/FA195224DA-SP-18137377.jpg',
      });
    });

    it('keeps to the rendered cards when the state is another search (navigation without reload)', () => {
      const doc = fixtureDocument(SEARCH, SEARCH_URL);
      const other = extract(doc, 'https://tw.buy.yahoo.com/search/product?p=ipad');
      expect(other).toHaveLength(15);
      expect(other[6]).toMatchObject({ itemId: 'p0830265172870', price: { amount: 29300 } });
      expect(other[6]?.imageUrl).toBeUndefined(); // the card's image is still the placeholder
      expect(extract(doc, `${SEARCH_URL}&pg=2`)).toHaveLength(15);
    });
  });

  // Hand-written snippets: no saved item page of tw.buy.yahoo.com exists in the fixtures.
  describe('item pages (snippets)', () => {
    it('reads the JSON-LD Product, without the site name in the title', () => {
      const ld = {
        '@context': 'https://schema.org',
        '@type': 'Product',
        name: 'Apple iPhone 16e 512G 6.1吋 蘋果智慧型手機(白色) | Yahoo購物中心',
        offers: {
          '@type': 'Offer',
          price: 29900,
          priceCurrency: 'TWD',
          availability: 'https://schema.org/InStock',
        },
      };
      const url = 'https://tw.buy.yahoo.com/gdsale/Apple-iPhone-16e-512G-11988293.html?co_servername=x';
      expect(page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`, url)).toEqual([
        {
          site: 'yahoo-tw-shopping',
          itemId: '11988293',
          url: 'https://tw.buy.yahoo.com/gdsale/Apple-iPhone-16e-512G-11988293.html',
          title: 'Apple iPhone 16e 512G 6.1吋 蘋果智慧型手機(白色)',
          price: { amount: 29900, currency: 'TWD' },
          status: 'active',
          format: 'fixed',
        },
      ]);
    });

    it('reads a store item from product meta, sold out as ended', () => {
      const head = `<meta property="og:title" content="Apple iPhone 17 256G【愛買】">
        <meta property="product:price:amount" content="29300"><meta property="product:availability" content="out of stock">`;
      expect(page(head, 'https://tw.buy.yahoo.com/gdsale/gdsale.asp?gdid=p0830265172870')).toMatchObject([
        { itemId: 'p0830265172870', price: { amount: 29300, currency: 'TWD' }, status: 'ended' },
      ]);
    });
  });

  it('survives malformed pages', () => {
    const state = (json: string) => `<script id="isoredux-data" type="mime/invalid">${json}</script>`;
    for (const html of [
      '',
      state('{"routing":{"query":{"p":"iphone"}},"search":{"ecsearch":{"hits":'),
      state(
        '{"routing":{"query":{"p":"iphone"}},"search":{"ecsearch":{"hits":[{"ec_item_url":"javascript:x","ec_price":"1"},{"ec_item_url":"https://tw.buy.yahoo.com/gdsale/a-1.html","ec_price":"-3","ec_title":"x"},null]}}}',
      ),
      '<a href="https://tw.buy.yahoo.com/gdsale/gdsale.asp?gdid=../x"><img alt="x"><span>$5</span></a>',
    ])
      expect(page(html, SEARCH_URL)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../utils/cli/html';
import type { Listing } from '../../utils/listing';
import { momo } from '../../utils/sites/momo';
import { fixtureDocument, loadFixture } from '../helpers/fixtures';

const SEARCH = 'momo/momo-search-iphone-2026.html';
const SEARCH_URL = 'https://www.momoshop.com.tw/search/iphone';

const byId = (listings: Listing[], id: string) => listings.find((listing) => listing.itemId === id);
const extract = (doc: Document, href: string) => momo.extract(doc, new URL(href));
const page = (html: string, href: string) => extract(documentFromHtml(html, href), href);

describe('momo adapter', () => {
  it('claims www.momoshop.com.tw and tells page kinds', () => {
    expect(momo.claims(new URL(SEARCH_URL))).toBe(true);
    expect(momo.claims(new URL('https://m.momoshop.com.tw/search.momo?searchKeyword=iphone'))).toBe(false);
    const kind = (href: string) => momo.pageKind(new URL(href));
    expect(kind(SEARCH_URL)).toBe('search');
    expect(kind('https://www.momoshop.com.tw/search/searchShop.jsp?keyword=iphone')).toBe('search');
    expect(kind('https://www.momoshop.com.tw/goods/GoodsDetail.jsp?i_code=14985082&Area=search')).toBe(
      'item',
    );
    expect(kind('https://www.momoshop.com.tw/goods/GoodsDetail.jsp')).toBe(null);
    expect(kind('https://www.momoshop.com.tw/main/Main.jsp')).toBe(null);
  });

  describe('search iphone (2026): goods in the Next.js flight payload', () => {
    const listings = extract(fixtureDocument(SEARCH, SEARCH_URL), SEARCH_URL);

    it('records the 30 goods of the page once each (the payload lists them twice)', () => {
      const html = loadFixture(SEARCH);
      // Counted in the payload (escaped JSON inside self.__next_f.push): 60 goodsName = 30 goods in
      // jsonLdPropsData.rtnSearchData.goodsInfoList + the same 30 in resultData; curPageGoodsCnt 30.
      expect(html.match(/\\"goodsName\\":/g)).toHaveLength(60);
      expect(new Set(html.match(/\\"goodsCode\\":\\"\d+\\"/g)).size).toBe(30);
      expect(html).toContain('\\"curPageGoodsCnt\\":30');
      expect(listings).toHaveLength(30);
      expect(new Set(listings.map((listing) => listing.itemId)).size).toBe(30);
      expect(listings.every((l) => l.price.currency === 'TWD' && l.status === 'active')).toBe(true);
    });

    it('reads the first, the last and a refurbished one, at the sale price (not the crossed-out one)', () => {
      expect(listings[0]).toEqual({
        site: 'momo',
        itemId: '14985082',
        url: 'https://www.momoshop.com.tw/goods/GoodsDetail.jsp?i_code=14985082',
        title: '【Apple】iPhone 16(128G/6.1吋)(45W雙孔閃充組)',
        price: { amount: 22300, currency: 'TWD' }, // goodsPrice "$$22,300", SALE_PRICE "22300"
        status: 'active',
        format: 'fixed',
        imageUrl: 'https://img3.momoshop.com.tw/goodsimg/0014/985/082/14985082_OL.jpg?t=1771999248',
      });
      expect(listings[29]).toMatchObject({
        itemId: '14434506',
        title: '【Apple】iPhone 17(256G/6.3吋)(犀牛盾耐衝殼組)',
        price: { amount: 29700, currency: 'TWD' },
      });
      // goodsPrice "$$8,749", goodsPriceOri (market price) "$$29,400"
      expect(byId(listings, '12292951')).toMatchObject({
        title: '【Apple】A+級福利品 iPhone 13 128G 6.1吋(贈充電線+玻璃貼+透明殼)',
        price: { amount: 8749 },
      });
      expect(byId(listings, '14697919')).toMatchObject({
        title: '【Apple】S+ 級福利品 iPhone 17 Pro 6.3吋(256G)',
        price: { amount: 37900 },
      });
    });

    it('ignores the payload of another search (client-side navigation keeps the old scripts)', () => {
      const doc = fixtureDocument(SEARCH, SEARCH_URL);
      expect(extract(doc, 'https://www.momoshop.com.tw/search/ipad')).toEqual([]);
      expect(extract(doc, `${SEARCH_URL}?curPage=2`)).toEqual([]);
      expect(extract(doc, 'https://www.momoshop.com.tw/search/searchShop.jsp?keyword=iPhone')).toHaveLength(
        30,
      );
    });
  });

  // Hand-written snippets below: no saved momo item page and no rendered search card exist in the
  // fixtures; markup reconstructed from what such pages publish (JSON-LD, og / product meta).
  describe('snippets', () => {
    const item = 'https://www.momoshop.com.tw/goods/GoodsDetail.jsp?i_code=14985082&Area=search&mdiv=403';

    it('reads an item page from its JSON-LD Product (snippet)', () => {
      const ld = {
        '@context': 'https://schema.org',
        '@type': 'Product',
        name: '【Apple】iPhone 16(128G/6.1吋)',
        image: 'https://img3.momoshop.com.tw/goodsimg/0014/985/082/14985082_L.jpg',
        offers: {
          '@type': 'Offer',
          price: '22300',
          priceCurrency: 'TWD',
          availability: 'https://schema.org/InStock',
        },
      };
      expect(
        page(`<script type="application/ld+json">${JSON.stringify(ld)}</script><h1>x</h1>`, item),
      ).toEqual([
        {
          site: 'momo',
          itemId: '14985082',
          url: 'https://www.momoshop.com.tw/goods/GoodsDetail.jsp?i_code=14985082',
          title: '【Apple】iPhone 16(128G/6.1吋)',
          price: { amount: 22300, currency: 'TWD' },
          status: 'active',
          format: 'fixed',
          imageUrl: 'https://img3.momoshop.com.tw/goodsimg/0014/985/082/14985082_L.jpg',
        },
      ]);
    });

    it('reads an item page from og / product meta, without the shop name in the title (snippet)', () => {
      const head = `<meta property="og:title" content="【Apple】AirPods 4 - momo購物網">
        <meta property="product:price:amount" content="4490"><meta property="product:price:currency" content="TWD">
        <meta property="product:availability" content="out of stock">`;
      expect(page(head, item)[0]).toMatchObject({
        itemId: '14985082',
        title: '【Apple】AirPods 4',
        price: { amount: 4490, currency: 'TWD' },
        status: 'ended',
      });
      expect(page('<h1>no price</h1>', item)).toEqual([]);
    });

    it('reads rendered goods cards with one $ price, a sold-out one as ended (snippet)', () => {
      const card = (code: string, name: string, price: string, extra = '') =>
        `<li><a href="/goods/GoodsDetail.jsp?i_code=${code}&Area=search"><img src="https://img.momo/${code}.jpg" alt="${name}">
         <h3>${name}</h3><span>${price}</span>${extra}</a></li>`;
      const html = `<ul>${card('111', 'Switch 2', '$13,980')}${card('222', 'AirPods', '$4,490', '<b>售完</b>')}
        ${card('333', 'Two prices', '$100</span><span>$90')}</ul>`;
      expect(
        page(html, 'https://www.momoshop.com.tw/search/switch').map((l) => [l.itemId, l.price, l.status]),
      ).toEqual([
        ['111', { amount: 13980, currency: 'TWD' }, 'active'],
        ['222', { amount: 4490, currency: 'TWD' }, 'ended'],
      ]);
    });

    it('survives malformed payloads', () => {
      const push = (s: string) => `<script>self.__next_f.push([1,${JSON.stringify(s)}])</script>`;
      for (const html of [
        push('13:{"searchKeyWord":"iphone","goodsInfoList":[{"goodsCode":"1","goodsName":"x"'),
        push(
          '13:{"searchKeyWord":"iphone","goodsInfoList":[{"goodsCode":"1","goodsName":"x","goodsPrice":"$$abc","SALE_PRICE":"-5"}]}',
        ),
        push('13:{"searchKeyWord":"iphone","goodsInfoList":"nope"}'),
        '<script>self.__next_f.push([1,"unterminated</script>',
      ])
        expect(page(html, SEARCH_URL)).toEqual([]);
      expect(
        page(
          push(
            '13:{"searchKeyWord":"iphone","goodsInfoList":[{"goodsCode":"7","goodsName":"ok","goodsPrice":"$$1,000"}]}',
          ),
          SEARCH_URL,
        ),
      ).toMatchObject([{ itemId: '7', price: { amount: 1000, currency: 'TWD' } }]);
    });
  });
});

import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../utils/cli/html';
import type { Listing } from '../../utils/listing';
import { yahooFleamarket } from '../../utils/sites/yahoo-fleamarket';
import { fixtureDocument, loadFixture } from '../helpers/fixtures';

const SEARCH = 'yahoo-fleamarket/paypayfleamarket-search-pokemon-card-2026.html';
const SEARCH_URL =
  'https://paypayfleamarket.yahoo.co.jp/search/%E3%83%9D%E3%82%B1%E3%83%A2%E3%83%B3%E3%82%AB%E3%83%BC%E3%83%89';
const ITEM = 'yahoo-fleamarket/paypayfleamarket-item-z604620404-2026.html';
const ITEM_URL = 'https://paypayfleamarket.yahoo.co.jp/item/z604620404';

const count = (html: string, re: RegExp) => html.match(re)?.length ?? 0;
const byId = (listings: Listing[], id: string) => listings.find((listing) => listing.itemId === id);

function extract(doc: Document, href: string) {
  return yahooFleamarket.extract(doc, new URL(href));
}

describe('yahoo-fleamarket adapter', () => {
  it('claims paypayfleamarket.yahoo.co.jp only and tells page kinds', () => {
    const claims = (href: string) => yahooFleamarket.claims(new URL(href));
    expect(claims(SEARCH_URL)).toBe(true);
    expect(claims('https://auctions.yahoo.co.jp/search/search?p=x')).toBe(false);
    expect(claims('https://paypayfleamarket-sec.yahoo.co.jp/item/z604620404/order')).toBe(false);
    const kind = (href: string) => yahooFleamarket.pageKind(new URL(href));
    expect(kind(SEARCH_URL)).toBe('search');
    expect(kind(ITEM_URL)).toBe('item');
    expect(kind('https://paypayfleamarket.yahoo.co.jp/item/z604620404/negotiate')).toBe(null);
    expect(kind('https://paypayfleamarket.yahoo.co.jp/')).toBe(null);
  });

  describe('search ポケモンカード (2026)', () => {
    const listings = extract(fixtureDocument(SEARCH, SEARCH_URL), SEARCH_URL);

    it('records the 100 result cards, each once', () => {
      const html = loadFixture(SEARCH);
      // div#itm holds 100 a[href="/item/z…"] cards, each with a "…円" price; __NEXT_DATA__ lists
      // the same 100 (searchState.search.result.items, totalResultsReturned 100).
      expect(count(html, /href="\/item\/z\d+" data-cl_cl_index/g)).toBe(100);
      expect(listings).toHaveLength(100);
      expect(new Set(listings.map((listing) => listing.itemId)).size).toBe(100);
      expect(
        listings.every((listing) => listing.status === 'active' && listing.price.currency === 'JPY'),
      ).toBe(true);
    });

    it('reads the first, the last and some odd cards', () => {
      expect(listings[0]).toEqual({
        site: 'yahoo-fleamarket',
        itemId: 'z604604882',
        url: 'https://paypayfleamarket.yahoo.co.jp/item/z604604882',
        title: 'ポケモンカード ピカチュウ プロモ 001/SV-P スカーレットバイオレット',
        price: { amount: 3500, currency: 'JPY' },
        status: 'active',
        format: 'fixed',
        imageUrl: expect.stringContaining('i-img1200x1200-1777976735607dntqsy.jpg'),
      });
      expect(listings[99]).toMatchObject({
        itemId: 'z604583672',
        title: 'ポケモンカードゲーム ロケット団の栄光 BOX シュリンク付き',
        price: { amount: 35000, currency: 'JPY' },
      });
      // alt="ポケモンカード　151 box シュリンク付き" (ideographic space), 65,000円
      expect(byId(listings, 'z604564224')).toMatchObject({
        title: 'ポケモンカード 151 box シュリンク付き',
        price: { amount: 65000 },
      });
      // alt="…ソード&amp;シールド", 85,000円: the highest price on the page
      expect(byId(listings, 'z604617362')).toMatchObject({
        title: 'ポケモンカードゲーム プレシャスコレクターボックス ソード&シールド',
        price: { amount: 85000 },
      });
      expect(byId(listings, 'z604603288')?.price.amount).toBe(700);
    });

    it('reads the embedded state alone when the cards are not rendered (yet)', () => {
      const doc = fixtureDocument(SEARCH, SEARCH_URL);
      for (const link of doc.querySelectorAll('a[href^="/item/z"]')) link.remove();
      const fromState = extract(doc, SEARCH_URL);
      expect(fromState).toHaveLength(100);
      expect(fromState[0]).toMatchObject({ itemId: 'z604604882', price: { amount: 3500 }, status: 'active' });
      // After client-side navigation the state belongs to another query: it is not used.
      expect(extract(doc, 'https://paypayfleamarket.yahoo.co.jp/search/switch')).toEqual([]);
      expect(extract(doc, `${SEARCH_URL}?page=2`)).toEqual([]);
    });
  });

  describe('item z604620404 (2026)', () => {
    const listings = extract(fixtureDocument(ITEM, ITEM_URL), ITEM_URL);

    it('puts the page own listing first: 8,980円, 未使用, 送料無料, for sale', () => {
      expect(listings[0]).toEqual({
        site: 'yahoo-fleamarket',
        itemId: 'z604620404',
        url: 'https://paypayfleamarket.yahoo.co.jp/item/z604620404',
        // h1.ItemTitle__Component (two spaces before 熱風 on the page, collapsed)
        title: 'ポケモンカード 黒炎の支配者 ステラミラクルポケモンGO 熱風のアリーナ未開封パック 13パック',
        price: { amount: 8980, currency: 'JPY' },
        shipping: null,
        status: 'active', // "購入手続きへ" button, JSON-LD InStock, state OPEN
        condition: '未使用', // 商品の状態 row
        format: 'fixed',
        imageUrl: expect.stringContaining('i-img1200x1200-1777973368238c7xd4t.jpg'),
      });
      expect(listings[0]?.related).toBeUndefined();
    });

    it('keeps the 95 priced recommendation cards after it, as related, 10 of them sold', () => {
      const html = loadFixture(ITEM);
      // 96 a[href="/item/z…"] cards under the item; one shows "???円" (no price set: z249524260)
      expect(count(html, /href="\/item\/z\d+"/g)).toBe(96);
      expect(count(html, />\?\?\?円</g)).toBe(1);
      expect(count(html, /alt="sold"/g)).toBe(10);
      const rest = listings.slice(1);
      expect(rest).toHaveLength(95);
      expect(rest.every((listing) => listing.related === true)).toBe(true);
      expect(byId(rest, 'z249524260')).toBeUndefined();
      expect(rest.filter((listing) => listing.status === 'sold')).toHaveLength(10);
      // the first card: 6,500円
      expect(rest[0]).toMatchObject({
        itemId: 'z602885720',
        title: 'ポケモンカードゲーム 黒炎の支配者 拡張パック 19パック',
        price: { amount: 6500, currency: 'JPY' },
        status: 'active',
      });
      // a card with the "sold" badge: 8,888円
      expect(byId(rest, 'z593704548')).toMatchObject({
        title: 'ポケモンカードゲーム ニンジャスピナー 55パック',
        price: { amount: 8888 },
        status: 'sold',
      });
      expect(byId(rest, 'z324703030')).toMatchObject({
        title: '新品、未使用、未開封 ポケモンカードゲーム 28パックセット',
        price: { amount: 6999 },
        status: 'sold',
      });
      expect(byId(rest, 'z518114016')).toMatchObject({ price: { amount: 5500 }, status: 'active' });
      // the last card
      expect(rest[94]).toMatchObject({
        itemId: 'z222577148',
        title: 'ポケモンカード未開封パック',
        price: { amount: 9999 },
      });
    });
  });

  // Hand-written snippets (no saved page shows these): a card marked 売り切れ in text, and an item
  // page whose buy button says 売り切れました, without embedded state.
  it('reads sold marks in text (snippet)', () => {
    const url = 'https://paypayfleamarket.yahoo.co.jp/search/x';
    const doc = documentFromHtml(
      `<div id="itm"><a href="/item/z1"><img src="https://x/1.jpg" alt="カード"><span>売り切れ</span><p>1,200<!-- -->円</p></a>
       <a href="/item/z2"><img src="https://x/2.jpg" alt="パック"><p>500<!-- -->円</p></a></div>`,
      url,
    );
    expect(extract(doc, url).map((l) => [l.itemId, l.price.amount, l.status])).toEqual([
      ['z1', 1200, 'sold'],
      ['z2', 500, 'active'],
    ]);
    const itemUrl = 'https://paypayfleamarket.yahoo.co.jp/item/z3';
    const item = documentFromHtml(
      `<h1 class="ItemTitle__Component">ゲーム機</h1><span class="ItemPrice__Component"><span>12,000<span>円</span></span></span>
       <div id="prcs"><a id="item_buy_button">売り切れました</a></div>`,
      itemUrl,
    );
    expect(extract(item, itemUrl)).toEqual([
      expect.objectContaining({
        itemId: 'z3',
        title: 'ゲーム機',
        price: { amount: 12000, currency: 'JPY' },
        status: 'sold',
      }),
    ]);
  });

  it('survives malformed pages', () => {
    const url = 'https://paypayfleamarket.yahoo.co.jp/item/z9';
    for (const html of [
      '',
      '<script id="__NEXT_DATA__" type="application/json">{"props":{"initialState":</script>',
      '<script id="__NEXT_DATA__" type="application/json">{"props":{"initialState":{"itemsState":{"items":{"item":{"id":"z9","price":"x"}}}}}}</script>',
      '<a href="/item/z10"><img alt="x"><p>???円</p></a><a href="/item/%E0%A4%A"><p>1円</p></a>',
    ]) {
      for (const listing of extract(documentFromHtml(html, url), url)) {
        expect(listing.price.amount).toBeGreaterThan(0);
        expect(listing.itemId).toMatch(/^z\d+$/);
      }
    }
    expect(extract(documentFromHtml('', url), url)).toEqual([]);
  });
});

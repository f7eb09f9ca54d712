import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../utils/cli/html';
import type { Listing } from '../../utils/listing';
import { yahooAuctionsJp } from '../../utils/sites/yahoo-auctions-jp';
import { fixtureDocument, loadFixture } from '../helpers/fixtures';

const byId = (listings: Listing[], id: string) => listings.find((listing) => listing.itemId === id);

function extract(name: string, href: string) {
  const url = new URL(href);
  return yahooAuctionsJp.extract(fixtureDocument(`yahoo-auctions-jp/${name}.html`, url.href), url);
}

describe('yahoo-auctions-jp adapter', () => {
  it('claims the auction hosts and tells page kinds', () => {
    for (const href of [
      'https://auctions.yahoo.co.jp/search/search?p=x',
      'https://page.auctions.yahoo.co.jp/jp/auction/e000000000',
    ])
      expect(yahooAuctionsJp.claims(new URL(href))).toBe(true);
    expect(yahooAuctionsJp.claims(new URL('https://paypayfleamarket.yahoo.co.jp/item/z1'))).toBe(false);
    expect(yahooAuctionsJp.claims(new URL('https://shopping.yahoo.co.jp/'))).toBe(false);
    expect(yahooAuctionsJp.pageKind(new URL('https://auctions.yahoo.co.jp/search/search/マリオ'))).toBe(
      'search',
    );
    expect(
      yahooAuctionsJp.pageKind(new URL('https://auctions.yahoo.co.jp/closedsearch/closedsearch?p=x')),
    ).toBe('search');
    expect(yahooAuctionsJp.pageKind(new URL('https://auctions.yahoo.co.jp/jp/auction/1219987808'))).toBe(
      'item',
    );
    expect(yahooAuctionsJp.pageKind(new URL('https://auctions.yahoo.co.jp/'))).toBe(null);
  });

  describe('search results (マリオ, Feb 2026)', () => {
    const name = 'yahuoku-search-mario-2026';
    const listings = extract(
      name,
      'https://auctions.yahoo.co.jp/search/search?p=%E3%83%9E%E3%83%AA%E3%82%AA',
    );

    it('records the 53 result cards, not the 35 browse-history entries', () => {
      const html = loadFixture(`yahoo-auctions-jp/${name}.html`);
      expect(html.match(/<li class="Product">/g)).toHaveLength(53);
      // The 閲覧履歴 (browse history) panel: 35 entries with data-auction-id links, not results.
      expect(html.match(/class="History__item [^"]*"\s*data-aid="[a-z]?\d+"/g)).toHaveLength(35);
      expect(listings).toHaveLength(53);
      expect(new Set(listings.map((listing) => listing.itemId)).size).toBe(53);
      expect(
        listings.every((listing) => listing.status === 'active' && listing.price.currency === 'JPY'),
      ).toBe(true);
      // 6 Yahoo!フリマ cards (data-auction-isflea="1", ids z…), fixed price.
      const flea = listings.filter((listing) => listing.format === 'fixed');
      expect(flea.map((listing) => listing.itemId).sort()).toEqual([
        'z560766120',
        'z560800524',
        'z561306556',
        'z561470166',
        'z561592776',
        'z561625832',
      ]);
    });

    it('reads the first card: current bid, bids, end time, shipping undecided', () => {
      expect(listings[0]).toEqual({
        site: 'yahoo-auctions-jp',
        itemId: 'm1219814658',
        url: 'https://auctions.yahoo.co.jp/jp/auction/m1219814658',
        title:
          'Nintendo 任天堂 SWITCH スイッチ ゲームソフトまとめ 8本 ハントダウン/カップヘッド/エピックミッキー/トライン4/マリオ&ルイージRPGなど',
        price: { amount: 1701, currency: 'JPY' }, // 現在 1,701円
        shipping: undefined, // 送料未定
        status: 'active',
        format: 'auction',
        bids: 9,
        endsAt: '2026-02-23T11:06:14.000Z', // data-auction-endtime 1771844774
        imageUrl: expect.stringContaining('i-img1200x900-17712216618903hrvnqt23057.jpg'),
      });
    });

    it('reads shipping, buy-now cards and flea-market cards', () => {
      expect(listings[1]).toMatchObject({
        itemId: 'e1219254331',
        price: { amount: 5000, currency: 'JPY' },
        shipping: { amount: 700, currency: 'JPY' }, // ＋送料700円
        bids: 0,
      });
      expect(byId(listings, 'p1219707299')).toMatchObject({
        price: { amount: 4500 },
        shipping: null,
        bids: 32,
      });
      expect(listings[11]).toEqual({
        site: 'yahoo-auctions-jp',
        itemId: 'z561625832',
        url: 'https://paypayfleamarket.yahoo.co.jp/item/z561625832',
        title: 'マリオ テニス エース Switch Nintendo',
        price: { amount: 2900, currency: 'JPY' },
        shipping: null, // 送料無料
        status: 'active',
        format: 'fixed',
        bids: undefined,
        endsAt: undefined,
        soldAt: undefined,
        imageUrl: expect.stringContaining('i-img731x1200-17714102827862t9ifm.jpg'),
      });
      // Middle card: 現在 100円 and 即決 5,000円: the price is the current bid.
      expect(listings[26]).toMatchObject({
        itemId: 'w1219819598',
        price: { amount: 100, currency: 'JPY' },
        format: 'auction',
        bids: 0,
        endsAt: '2026-02-19T11:04:37.000Z',
      });
      expect(listings[26]?.shipping).toBeUndefined();
      expect(byId(listings, '1219888496')).toMatchObject({ price: { amount: 4400 }, bids: 32 });
      expect(listings[52]).toMatchObject({
        itemId: 'l1219602002',
        url: 'https://auctions.yahoo.co.jp/jp/auction/l1219602002',
        price: { amount: 1, currency: 'JPY' },
        shipping: { amount: 990, currency: 'JPY' }, // ＋送料990円
        status: 'active',
        bids: 0,
        endsAt: '2026-02-18T12:54:41.000Z',
      });
    });

    it('every card price equals its data-auction-price and its 現在 text', () => {
      const doc = fixtureDocument(
        `yahoo-auctions-jp/${name}.html`,
        'https://auctions.yahoo.co.jp/search/search?p=x',
      );
      const cards = [...doc.querySelectorAll('li.Product')];
      const shown = cards.map((card) =>
        Number((card.querySelector('.Product__priceValue')?.textContent ?? '').replace(/[,円\s]/g, '')),
      );
      expect(listings.map((listing) => listing.price.amount)).toEqual(shown);
    });
  });

  describe('closed search (ポケモンカード マナフィ 004/PPP, May 2026, the 2026 grid)', () => {
    const name = 'yahuoku-closedsearch-manaphy-2026';
    const listings = extract(
      name,
      'https://auctions.yahoo.co.jp/closedsearch/closedsearch/%E3%83%9D%E3%82%B1%E3%83%A2%E3%83%B3%E3%82%AB%E3%83%BC%E3%83%89%20%E3%83%9E%E3%83%8A%E3%83%95%E3%82%A3%20004%2Fppp/0/',
    );
    const html = loadFixture(`yahoo-auctions-jp/${name}.html`);

    it('records all 7 ended cards: 5 auctions and 2 Yahoo!フリマ items sold through the search', () => {
      // Counted in the page: 7 <li> cards under #closedSearchItems, each with one image link and one
      // title link; the JSON-LD ItemList names the same 7 URLs in this order.
      expect(html.match(/<li class="sc-93f00b27-2 iDpbCh">/g)).toHaveLength(7);
      expect(listings.map((listing) => listing.itemId)).toEqual([
        'h1001582809',
        'z595392208',
        'u1227414514',
        'l1226876084',
        'b1223558732',
        'z564116426',
        'e1215222713',
      ]);
      expect(listings.every((listing) => listing.status === 'sold')).toBe(true);
      expect(listings.every((listing) => listing.price.currency === 'JPY')).toBe(true);
    });

    it('reads the first card: 落札 40,000円 (not 開始 10,000円), 29 bids, ended 5/2 00:36 JST', () => {
      expect(listings[0]).toEqual({
        site: 'yahoo-auctions-jp',
        itemId: 'h1001582809',
        url: 'https://auctions.yahoo.co.jp/jp/auction/h1001582809',
        title: '★マナフィ★プレイヤーズプロモ★004/PPP★ポケモンカード★ポケカ★',
        price: { amount: 40000, currency: 'JPY' },
        status: 'sold',
        // "5/2 00:36終了" on the card; the link's tracking says etm=1777649798 (with the seconds and year).
        soldAt: '2026-05-01T15:36:38.000Z',
        endsAt: '2026-05-01T15:36:38.000Z',
        format: 'auction',
        bids: 29,
        imageUrl: expect.stringContaining('i-img900x1200-1629896566m9kemz90704.jpg'),
      });
    });

    it('reads the last card: 落札 4,580円 over 開始 4,164円, 1 bid, 未使用, ended 1/11 20:21 JST', () => {
      expect(listings[6]).toMatchObject({
        itemId: 'e1215222713',
        title: 'マナフィ(未開封) [第5期プレイヤーズ けいけんち3000～4900EXP] 004/PPP ポケモンカード ポケカ',
        price: { amount: 4580, currency: 'JPY' },
        status: 'sold',
        soldAt: '2026-01-11T11:21:57.000Z', // etm=1768130517
        condition: '未使用',
        format: 'auction',
        bids: 1,
      });
      expect(listings[6]?.shipping).toBeUndefined(); // no 送料無料 on this card
    });

    it('reads a Yahoo!フリマ card: its own URL, fixed price, free shipping, no bids', () => {
      expect(listings[1]).toEqual({
        site: 'yahoo-auctions-jp',
        itemId: 'z595392208',
        url: 'https://paypayfleamarket.yahoo.co.jp/item/z595392208',
        title: 'ポケモンカード マナフィ LV.32 HP70 004/PPP 蒼海の王子 プレイヤーズ 未開封',
        price: { amount: 77000, currency: 'JPY' },
        shipping: null,
        status: 'sold',
        soldAt: '2026-04-27T14:50:04.000Z', // "4/27 23:50終了", etm=1777301404
        endsAt: '2026-04-27T14:50:04.000Z',
        condition: '未使用',
        format: 'fixed',
        imageUrl: expect.stringContaining('i-img901x1200-1776605121749yv1akv.jpg'),
      });
    });

    it('takes every 落札 price and bid count shown, never a 開始 price', () => {
      // 落札 / 開始 / bids as the cards show them.
      expect(listings.map((listing) => [listing.price.amount, listing.bids])).toEqual([
        [40000, 29], // 開始 10,000
        [77000, undefined],
        [62000, 32], // 開始 30,000
        [81500, 38], // 開始 10,000
        [17500, 6], // 開始 5,000
        [6980, undefined],
        [4580, 1], // 開始 4,164
      ]);
      expect(listings.map((listing) => listing.shipping === null)).toEqual([
        false,
        true,
        true,
        true,
        false,
        true,
        false,
      ]);
    });

    it('dates the sales from the page state when the links carry no tracking', () => {
      const url = new URL('https://auctions.yahoo.co.jp/closedsearch/closedsearch?p=x');
      const doc = fixtureDocument(`yahoo-auctions-jp/${name}.html`, url.href);
      for (const link of doc.querySelectorAll('a[data-cl-params]')) link.removeAttribute('data-cl-params');
      const bare = yahooAuctionsJp.extract(doc, url);
      // __NEXT_DATA__ endTime "2026-05-02T00:36:38+09:00" and bidCount 29 for h1001582809.
      expect(bare[0]).toMatchObject({ soldAt: '2026-05-01T15:36:38.000Z', bids: 29 });
      expect(bare.map((listing) => listing.soldAt)).toEqual(listings.map((listing) => listing.soldAt));
    });
  });

  it('reads a closed-auction search: sold with bids, ended without', () => {
    const url = new URL('https://auctions.yahoo.co.jp/closedsearch/closedsearch?p=x');
    const card = (id: string, bids: number) =>
      `<li class="Product"><a class="Product__titleLink" data-auction-id="${id}" data-auction-title="T ${id}"
        data-auction-price="1500" href="https://auctions.yahoo.co.jp/jp/auction/${id}">T</a>
        <div class="Product__bonus" data-auction-endtime="1700000000"></div>
        <span class="Product__price"><span class="Product__label">落札</span><span class="Product__priceValue">1,500円</span></span>
        <dd class="Product__bid">${bids}</dd></li>`;
    const doc = documentFromHtml(`<ul>${card('a1', 3)}${card('b2', 0)}</ul>`, url.href);
    const [sold, ended] = yahooAuctionsJp.extract(doc, url);
    expect(sold).toMatchObject({ itemId: 'a1', status: 'sold', bids: 3, soldAt: '2023-11-14T22:13:20.000Z' });
    // A 落札 label says sold even with 0 bids shown; without it 0 bids is ended.
    expect(ended?.status).toBe('sold');
    const unlabelled = documentFromHtml(
      `<ul><li class="Product"><a data-auction-id="c3" data-auction-price="900" data-auction-title="U"></a>
       <dd class="Product__bid">0</dd></li></ul>`,
      url.href,
    );
    expect(yahooAuctionsJp.extract(unlabelled, url)[0]).toMatchObject({
      status: 'ended',
      price: { amount: 900 },
    });
  });

  it('reads the active item page from its embedded state', () => {
    const listings = extract(
      'yahuoku-item-active-1219987808-2026',
      'https://auctions.yahoo.co.jp/jp/auction/1219987808',
    );
    // Visible: 現在 3,600円 （税0円）, 5 件, 終了予定 2月18日（水）23時52分, 傷や汚れあり.
    expect(listings).toEqual([
      {
        site: 'yahoo-auctions-jp',
        itemId: '1219987808',
        url: 'https://auctions.yahoo.co.jp/jp/auction/1219987808',
        title: '【1,111円〜】ポケカ引退品(旧裏/eシリーズ/ダイパ〜)',
        price: { amount: 3600, currency: 'JPY' },
        shipping: null, // chargeForShipping: seller
        status: 'active',
        soldAt: undefined,
        condition: '傷や汚れあり',
        format: 'auction',
        bids: 5,
        endsAt: '2026-02-18T14:52:28.000Z',
        imageUrl: expect.stringContaining('i-img1200x900-17713435480385nn7jmf1625.jpg'),
      },
    ]);
  });

  it('reads the ended item page: winning bid → sold, pre-tax price', () => {
    const html = loadFixture('yahoo-auctions-jp/yahuoku-item-ended-2021-trimmed.html');
    expect(html).toContain('このオークションは終了しています');
    expect(html).toContain('34,840円<span class="Price__tax u-fontSize14">（税込 38,324 円）');
    const listings = extract(
      'yahuoku-item-ended-2021-trimmed',
      'https://page.auctions.yahoo.co.jp/jp/auction/e000000000',
    );
    expect(listings).toEqual([
      expect.objectContaining({
        itemId: 'e000000000',
        url: 'https://auctions.yahoo.co.jp/jp/auction/e000000000',
        title: '安心な整備済品！ 性能、構造上新品同様に使える！ルンバ iRo...',
        price: { amount: 34840, currency: 'JPY' },
        status: 'sold', // closed, 落札者 9*7*d***, 入札件数 11
        bids: 11,
        soldAt: '2021-08-28T14:29:00.000Z', // 終了日時 2021.08.28（土）23:29 JST
        endsAt: '2021-08-28T14:29:00.000Z',
        format: 'auction',
        imageUrl:
          'https://auctions.c.yimg.jp/images.auctions.yahoo.co.jp/image/i-img1200x900-1629642154tjutuj508735.jpg',
      }),
    ]);
    expect(listings[0]?.shipping).toBeUndefined();
  });

  it('reads the My Auction won list: 3 rows, sold at 落札価格', () => {
    const name = 'yahuoku-myauction-won-list-trimmed';
    const html = loadFixture(`yahoo-auctions-jp/${name}.html`);
    expect(html.match(/<tr class="auc_del_style"/g)).toHaveLength(3);
    const listings = extract(name, 'https://auctions.yahoo.co.jp/closeduser/jp/show/mystatus?select=won');
    expect(listings.map((listing) => listing.itemId)).toEqual(['x000000009', 'x000000008', 'x000000007']);
    for (const listing of listings)
      expect(listing).toEqual({
        site: 'yahoo-auctions-jp',
        itemId: listing.itemId,
        url: `https://auctions.yahoo.co.jp/jp/auction/${listing.itemId}`,
        title: '安心な整備済品！ 性能、構造上新品同様に使える！ルンバ iRo...',
        price: { amount: 600, currency: 'JPY' },
        status: 'sold',
        format: 'auction',
      });
  });

  it('survives malformed pages', () => {
    const search = new URL('https://auctions.yahoo.co.jp/search/search?p=x');
    const item = new URL('https://auctions.yahoo.co.jp/jp/auction/1');
    const cases: [string, URL][] = [
      ['<html><body><li class="Product"><garbage', search],
      ['<li class="Product"><a data-auction-id="a1" data-auction-title="No price"></a></li>', search],
      [
        `<li class="Product"><a data-auction-id="a2" data-auction-price="10" data-auction-title="${'x'.repeat(100_000)}"></a></li>`,
        search,
      ],
      [
        '<script>var pageData = {"items":{"productID":"1",</script><script id="__NEXT_DATA__">{broken</script>',
        item,
      ],
      ['<div class="ClosedHeader">このオークションは終了しています</div>', item],
      ['', item],
    ];
    for (const [html, url] of cases) {
      const listings = yahooAuctionsJp.extract(documentFromHtml(html, url.href), url);
      for (const listing of listings) expect(Number.isFinite(listing.price.amount)).toBe(true);
    }
    expect(yahooAuctionsJp.extract(documentFromHtml(cases[0]?.[0] ?? '', search.href), search)).toEqual([]);
    expect(yahooAuctionsJp.extract(documentFromHtml(cases[1]?.[0] ?? '', search.href), search)).toEqual([]);
    expect(yahooAuctionsJp.extract(documentFromHtml(cases[3]?.[0] ?? '', item.href), item)).toEqual([]);
  });
});

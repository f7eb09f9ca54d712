// The shop page below is a real saved page (test/fixtures/rakuma). The other tests are hand-written
// snippets: markup of the search and item pages reconstructed from knowledge of the site, not
// verified on a real page.
import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../utils/cli/html';
import { rakuma } from '../../utils/sites/rakuma';
import { fixtureDocument, loadFixture } from '../helpers/fixtures';

function extract(body: string, href: string, head = '') {
  const doc = documentFromHtml(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, href);
  return rakuma.extract(doc, new URL(href));
}
const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
const ID1 = '4c8e6b4a1f3d2e5a7b9c0d1e2f3a4b5c';
const ID2 = '0123456789abcdef0123456789abcdef';
const ID3 = 'fedcba9876543210fedcba9876543210';
const ID4 = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const SEARCH = 'https://fril.jp/s?query=switch';

const card = (id: string, name: string, price: string, extra = '') => `
  <div class="item">
    <div class="item-box">
      <div class="item-box__image-wrapper">
        <a class="link_search_image" href="https://item.fril.jp/${id}">
          <img alt="${name}" class="img-responsive lazy" data-original="https://img.fril.jp/img/${id}/l/1.jpg" src="data:image/gif;base64,R0lGOD"></a>
        ${extra}
      </div>
      <div class="item-box__text-wrapper">
        <p class="item-box__item-name"><a class="link_search_title" href="https://item.fril.jp/${id}"><span>${name}</span></a></p>
        <div class="item-box__item-price-wrapper"><p class="item-box__item-price">${price}</p></div>
        <div class="item-box__like"><span class="like-count">12</span></div>
      </div>
    </div>
  </div>`;
const yen = (n: string, digits: string) =>
  `<span data-content="JPY">¥</span><span data-content="${digits}">${n}</span>`;

describe('rakuma adapter', () => {
  it('claims fril.jp hosts and tells page kinds', () => {
    expect(rakuma.claims(new URL(SEARCH))).toBe(true);
    expect(rakuma.claims(new URL(`https://item.fril.jp/${ID1}`))).toBe(true);
    expect(rakuma.claims(new URL('https://jp.mercari.com/'))).toBe(false);
    expect(rakuma.pageKind(new URL(SEARCH))).toBe('search');
    expect(rakuma.pageKind(new URL('https://fril.jp/search/switch'))).toBe('search');
    expect(rakuma.pageKind(new URL('https://fril.jp/category/10001'))).toBe('search');
    expect(rakuma.pageKind(new URL(`https://item.fril.jp/${ID1}`))).toBe('item');
    expect(rakuma.pageKind(new URL('https://item.fril.jp/'))).toBe(null);
    expect(rakuma.pageKind(new URL('https://fril.jp/'))).toBe(null);
    for (const example of rakuma.examples) expect(rakuma.pageKind(new URL(example.url))).toBe(example.kind);
  });

  it('reads search cards: price spans, SOLD OUT ribbon, 送料込, lazy image', () => {
    const body = `<div class="content">
      ${card(ID1, 'Nintendo Switch 本体 有機EL', yen('32,800', '32800'), '')}
      ${card(ID2, 'スイッチ ソフト まとめ売り', `${yen('4,500', '4500')}<span class="shipping">送料込</span>`, '<div class="item-box__soldout_ribbon">SOLD OUT</div>')}
      ${card(ID3, '価格なし', '<span>-</span>')}
      ${card(ID4, 'Joy-Con', '<span>2,980円</span>')}
    </div>`;
    const listings = extract(body, SEARCH);
    expect(listings.map((listing) => listing.itemId)).toEqual([ID1, ID2, ID4]);
    expect(listings[0]).toEqual({
      site: 'rakuma',
      itemId: ID1,
      url: `https://item.fril.jp/${ID1}`,
      title: 'Nintendo Switch 本体 有機EL',
      price: { amount: 32800, currency: 'JPY' },
      status: 'active',
      format: 'fixed',
      imageUrl: `https://img.fril.jp/img/${ID1}/l/1.jpg`,
    });
    expect(listings[1]).toMatchObject({
      price: { amount: 4500, currency: 'JPY' },
      shipping: null,
      status: 'sold',
    });
    expect(listings[2]).toMatchObject({
      title: 'Joy-Con',
      price: { amount: 2980, currency: 'JPY' },
      status: 'active',
    });
  });

  it('reads the item page from microdata; a SOLD OUT buy button makes it sold', () => {
    const body = `<div itemscope itemtype="http://schema.org/Product">
        <h1 class="item__name" itemprop="name">Nintendo Switch 本体</h1>
        <img itemprop="image" src="https://img.fril.jp/img/x/l/1.jpg">
        <div itemprop="offers" itemscope itemtype="http://schema.org/Offer">
          <span class="item__price" itemprop="price" content="32800">¥32,800</span>
          <meta itemprop="priceCurrency" content="JPY">
        </div>
      </div>
      <div class="item__purchase"><button class="btn btn-default" disabled>SOLD OUT</button></div>
      <div class="related"><div class="item-box"><div class="item-box__soldout_ribbon">SOLD OUT</div></div></div>`;
    expect(extract(body, `https://item.fril.jp/${ID1}`)).toEqual([
      {
        site: 'rakuma',
        itemId: ID1,
        url: `https://item.fril.jp/${ID1}`,
        title: 'Nintendo Switch 本体',
        price: { amount: 32800, currency: 'JPY' },
        status: 'sold',
        format: 'fixed',
        imageUrl: 'https://img.fril.jp/img/x/l/1.jpg',
      },
    ]);
    // Only the related items' ribbons say SOLD OUT: the item itself is not sold.
    const live = body.replace(
      '<button class="btn btn-default" disabled>SOLD OUT</button>',
      '<a class="btn btn-buy">購入に進む</a>',
    );
    expect(extract(live, `https://item.fril.jp/${ID1}`)[0]?.status).toBe('unknown');
    const head = ld({
      '@type': 'Product',
      name: 'X',
      offers: { price: 500, priceCurrency: 'JPY', availability: 'InStock' },
    });
    expect(
      extract('<a class="btn btn-buy">購入に進む</a>', `https://item.fril.jp/${ID2}`, head)[0]?.status,
    ).toBe('active');
  });

  it('does not throw on malformed pages', () => {
    expect(extract(`<div class="item-box"><a href="https://item.fril.jp/${ID1}"><garbage`, SEARCH)).toEqual(
      [],
    );
    expect(extract('<h1>x</h1>', `https://item.fril.jp/${ID1}`)).toEqual([]);
    const listings = extract(card(ID1, 'ラ'.repeat(100_000), yen('10', '10')), SEARCH);
    for (const listing of listings) expect(listing.price).toEqual({ amount: 10, currency: 'JPY' });
  });
});

describe("rakuma adapter: a seller's shop page (real saved page, 2026)", () => {
  const name = 'rakuma/rakuma-shop-listing-2026.html';
  const href = 'https://fril.jp/shop/3c65d78bc0e1eadbe2a3528b344d8311?page=1';
  const listings = rakuma.extract(fixtureDocument(name, href), new URL(href));
  const html = loadFixture(name);

  it('is a search-like page and records all 36 item boxes, all for sale', () => {
    expect(rakuma.pageKind(new URL(href))).toBe('search');
    // 36 <div class="item-box"> on the page ("36件" shown), each linking to one item.fril.jp id.
    expect(html.match(/<div class="item-box">/g)).toHaveLength(36);
    const ids = new Set(
      [...html.matchAll(/href="https:\/\/item\.fril\.jp\/([0-9a-f]{32})"/g)].map((m) => m[1]),
    );
    expect(ids.size).toBe(36);
    expect(listings.map((listing) => listing.itemId)).toEqual([...ids]);
    // No SOLD OUT ribbon anywhere on this page.
    expect(html).not.toMatch(/sold/i);
    expect(listings.every((listing) => listing.status === 'active' && listing.price.currency === 'JPY')).toBe(
      true,
    );
  });

  it('reads the first, an odd and the last box from data-content prices', () => {
    expect(listings[0]).toEqual({
      site: 'rakuma',
      itemId: '62a77fcc1bd29903e64b0073e928b89c',
      url: 'https://item.fril.jp/62a77fcc1bd29903e64b0073e928b89c',
      title: '2286 Ladivine ラディバイン キャバクラ ドレス ロングドレス',
      price: { amount: 25000, currency: 'JPY' }, // <span data-content="25000">25,000
      status: 'active',
      format: 'fixed',
      imageUrl: 'https://img.fril.jp/img/815228415/m/2795394896.jpg?1770646526', // data-original
    });
    // An "&amp;" in the name.
    expect(listings[4]).toMatchObject({
      itemId: '6650cd39a5cd4c163f222309b0ff1bd8',
      title: '2347 Andrea&leo アンドレアアンドレオ キャバクラ ドレス',
      price: { amount: 23000, currency: 'JPY' },
    });
    expect(listings[35]).toMatchObject({
      itemId: '84fa665af524ef949928493b6199ffe7',
      title: '2196 キャバクラ ドレス ミニ ワンピース ビジュー 二次会 パーティー',
      price: { amount: 1500, currency: 'JPY' },
    });
  });
});

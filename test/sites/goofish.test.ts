// Hand-written snippets: no saved page of goofish exists in the fixtures; markup reconstructed from knowledge of the site, not verified on a real page.
import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../utils/cli/html';
import { goofish } from '../../utils/sites/goofish';

function extract(body: string, href: string, head = '') {
  const doc = documentFromHtml(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, href);
  return goofish.extract(doc, new URL(href));
}
const SEARCH = 'https://www.goofish.com/search?q=switch';

const card = (id: string, title: string, price: string, desc = '<span>3人想要</span>') => `
  <a href="https://www.goofish.com/item?id=${id}&categoryId=126862528" class="feeds-item-wrap--rGdH_KoF" target="_blank">
    <div class="feeds-image-wrap--x"><img class="feeds-image--TDRC4fV1" src="//img.alicdn.com/bao/uploaded/${id}.jpg"></div>
    <div class="row1-wrap-title--qIlOySTh"><span class="main-title--sMrtWSJa">${title}</span></div>
    <div class="row3-wrap-price--x"><div class="price-wrap--YzmU5cUl">${price}</div>
      <div class="price-desc--x">${desc}</div></div>
    <div class="row4-wrap-seller--x"><span class="seller-text--x">浙江</span></div>
  </a>`;
const yuan = (n: string, d = '') =>
  `<span class="sign--x6uVdG3Q">¥</span><span class="number--NKh1vXWM">${n}</span>${d ? `<span class="decimal--lSAcITCN">${d}</span>` : ''}`;

describe('goofish adapter', () => {
  it('claims www.goofish.com and tells page kinds', () => {
    expect(goofish.claims(new URL(SEARCH))).toBe(true);
    expect(goofish.claims(new URL('https://2.taobao.com/'))).toBe(false);
    expect(goofish.pageKind(new URL(SEARCH))).toBe('search');
    expect(goofish.pageKind(new URL('https://www.goofish.com/item?id=912345678901'))).toBe('item');
    expect(goofish.pageKind(new URL('https://www.goofish.com/item?spm=a&id=912345678901'))).toBe('item');
    expect(goofish.pageKind(new URL('https://www.goofish.com/item'))).toBe(null);
    expect(goofish.pageKind(new URL('https://www.goofish.com/'))).toBe(null);
    for (const example of goofish.examples) expect(goofish.pageKind(new URL(example.url))).toBe(example.kind);
  });

  it('reads search cards: ¥ sign + number + decimal, 万, want counts ignored', () => {
    const body = `<div class="feeds-list-container--x">
      ${card('912345678901', 'Switch 日版 续航版 99新', yuan('1250', '.50'))}
      ${card('912345678902', '任天堂 switch oled 白色', yuan('1.2万'))}
      ${card('912345678903', '塞尔达 卡带', '<span>面议</span>')}
      ${card('912345678904', 'Switch Lite', yuan('650'), '<span>¥800</span>')}
    </div>`;
    const listings = extract(body, SEARCH);
    expect(listings.map((listing) => listing.itemId)).toEqual([
      '912345678901',
      '912345678902',
      '912345678904',
    ]);
    expect(listings[0]).toEqual({
      site: 'goofish',
      itemId: '912345678901',
      url: 'https://www.goofish.com/item?id=912345678901',
      title: 'Switch 日版 续航版 99新',
      price: { amount: 1250.5, currency: 'CNY' },
      status: 'active',
      format: 'fixed',
      imageUrl: 'https://img.alicdn.com/bao/uploaded/912345678901.jpg',
    });
    expect(listings[1]).toMatchObject({ price: { amount: 12000, currency: 'CNY' } });
    // The price row is read apart from the "desc" row (an original price shown there is not the price).
    expect(listings[2]).toMatchObject({ title: 'Switch Lite', price: { amount: 650, currency: 'CNY' } });
  });

  it('without the price row class, skips a card showing two different prices', () => {
    const body = `<div><div><a href="/item?id=912345678905"><img alt="A"></a><p>¥100</p><p>¥80</p></div>
      <div><a href="/item?id=912345678906"><img alt="B"></a><p>¥ 90</p></div></div>`;
    expect(extract(body, SEARCH).map((l) => [l.itemId, l.title, l.price.amount])).toEqual([
      ['912345678906', 'B', 90],
    ]);
  });

  it('reads an item page only from structured data', () => {
    const href = 'https://www.goofish.com/item?id=912345678901&categoryId=1';
    expect(extract('<div class="price--x">¥1250</div><h1>Switch</h1>', href)).toEqual([]);
    const head = `<meta property="og:title" content="Switch 续航版"><meta property="product:price:amount" content="1250">`;
    expect(extract('', href, head)).toEqual([
      {
        site: 'goofish',
        itemId: '912345678901',
        url: 'https://www.goofish.com/item?id=912345678901',
        title: 'Switch 续航版',
        price: { amount: 1250, currency: 'CNY' },
        status: 'unknown',
      },
    ]);
  });

  it('does not throw on malformed pages', () => {
    expect(extract('<a class="feeds-item-wrap" href="/item?id=1234567"><garbage', SEARCH)).toEqual([]);
    const listings = extract(card('912345678907', '闲'.repeat(100_000), yuan('10')), SEARCH);
    for (const listing of listings) expect(listing.price).toEqual({ amount: 10, currency: 'CNY' });
  });
});

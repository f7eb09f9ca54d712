// Hand-written snippets: no saved page of shopee exists in the fixtures; markup reconstructed from knowledge of the site, not verified on a real page.
// (The one saved Shopee page is a login wall: it is used below, as a negative test.)
import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../utils/cli/html';
import { shopee } from '../../utils/sites/shopee';
import { fixtureDocument } from '../helpers/fixtures';

const SHOPEE_HEAD = '<meta name="shopee:version" content="3.1.0">';
function extract(body: string, href: string, head = SHOPEE_HEAD) {
  const doc = documentFromHtml(
    `<!doctype html><html><head>${head}</head><body><div id="main">${body}</div></body></html>`,
    href,
  );
  return shopee.extract(doc, new URL(href));
}
const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

/** A search grid cell in the Tailwind markup (2024-): one link holding image, name and price. */
const cell = (href: string, name: string, price: string) => `
  <li class="col-xs-2-4 shopee-search-item-result__item" data-sqe="item">
    <a class="contents" data-sqe="link" href="${href}">
      <div><img src="https://down-tw.img.susercontent.com/file/abc" alt="${name}">
        <img src="https://down-tw.img.susercontent.com/file/flag" alt="flag-label"></div>
      <div data-sqe="name"><div class="line-clamp-2 break-words">${name}</div></div>
      <div class="flex items-center">${price}<div class="text-shopee-primary">-25%</div></div>
      <div class="truncate text-shopee-black87 text-xs">已售出 1.2萬</div>
      <div class="flex-shrink min-w-0 truncate">4.9</div>
    </a>
  </li>`;
const tw = (amount: string) =>
  `<div class="truncate flex items-baseline"><span class="text-xs/sp14 font-medium mr-px">$</span><span class="font-medium text-base/5 truncate">${amount}</span></div>`;

describe('shopee adapter', () => {
  it('claims the eight country sites and tells page kinds', () => {
    for (const host of [
      'shopee.tw',
      'shopee.com.br',
      'shopee.co.id',
      'shopee.sg',
      'shopee.com.my',
      'shopee.ph',
      'shopee.co.th',
      'shopee.vn',
    ])
      expect(shopee.claims(new URL(`https://${host}/`))).toBe(true);
    expect(shopee.claims(new URL('https://shopee.com/'))).toBe(false);
    expect(shopee.claims(new URL('https://seller.shopee.tw/'))).toBe(false);
    expect(shopee.pageKind(new URL('https://shopee.tw/search?keyword=switch'))).toBe('search');
    expect(shopee.pageKind(new URL('https://shopee.vn/Th%E1%BB%9Di-Trang-Nam-cat.11035567'))).toBe('search');
    expect(shopee.pageKind(new URL('https://shopee.tw/Switch-OLED-i.37004578.23822453415'))).toBe('item');
    expect(shopee.pageKind(new URL('https://shopee.com.br/product/361543734/19499328476'))).toBe('item');
    expect(shopee.pageKind(new URL('https://shopee.tw/buyer/login'))).toBe(null);
    for (const example of shopee.examples) expect(shopee.pageKind(new URL(example.url))).toBe(example.kind);
  });

  it('gives [] on the saved login wall (shopee.com.br) and on a wall snippet', () => {
    const href = 'https://shopee.com.br/search?keyword=celular';
    const doc = fixtureDocument('shopee/shopee-br-login-wall-2026.html', href);
    expect(shopee.extract(doc, new URL(href))).toEqual([]);
    const wall =
      '<div><h2>Página indisponível</h2><p>Parece que você ainda não está logado</p><button>Entrar</button></div>';
    expect(extract(wall, 'https://shopee.com.br/Celular-i.1.2')).toEqual([]);
  });

  it('reads the item page from its JSON-LD (AggregateOffer → price..priceMax), id "<shop>.<item>"', () => {
    const head = `${SHOPEE_HEAD}${ld({
      '@context': 'http://schema.org',
      '@type': 'Product',
      name: 'Nintendo Switch OLED 主機',
      productID: '23822453415',
      image: 'https://down-tw.img.susercontent.com/file/x',
      offers: {
        '@type': 'AggregateOffer',
        lowPrice: '9380.00',
        highPrice: '10480.00',
        priceCurrency: 'TWD',
        availability: 'http://schema.org/InStock',
      },
    })}`;
    const href = 'https://shopee.tw/Nintendo-Switch-OLED-%E4%B8%BB%E6%A9%9F-i.37004578.23822453415?sp_atk=x';
    expect(extract('<div>lots of page text</div>', href, head)).toEqual([
      {
        site: 'shopee',
        itemId: '37004578.23822453415',
        url: 'https://shopee.tw/product/37004578/23822453415',
        title: 'Nintendo Switch OLED 主機',
        price: { amount: 9380, currency: 'TWD' },
        priceMax: 10480,
        status: 'active',
        format: 'fixed',
        imageUrl: 'https://down-tw.img.susercontent.com/file/x',
      },
    ]);
  });

  it('reads an IDR item price with dots as thousands ("150.000")', () => {
    const head = `${SHOPEE_HEAD}${ld({ '@type': 'Product', name: 'Kaos', offers: { price: '150.000', priceCurrency: 'IDR' } })}`;
    const [listing] = extract('', 'https://shopee.co.id/product/11/22', head);
    expect(listing).toMatchObject({
      itemId: '11.22',
      price: { amount: 150000, currency: 'IDR' },
      status: 'unknown',
    });
  });

  it('reads search cells (TW): price, struck original skipped, sold count and rating ignored', () => {
    const body = `<ul class="row shopee-search-item-result__items">
      ${cell('/Switch-OLED-i.37004578.23822453415?sp_atk=1', 'Switch OLED 主機 白色', tw('9,380'))}
      ${cell('/Switch-Lite-i.37004578.23822453416', 'Switch Lite 藍', `<div class="line-through">$6,990</div>${tw('5,490')}`)}
      ${cell('/Joy-Con-i.1234.5678', 'Joy-Con 手把', '<span>洽詢</span>')}
      ${cell('/Case-i.1234.5679', '收納包', `${tw('199')}<div class="text-xs">$250</div>`)}
    </ul>`;
    const listings = extract(body, 'https://shopee.tw/search?keyword=switch');
    expect(listings.map((listing) => listing.itemId)).toEqual([
      '37004578.23822453415',
      '37004578.23822453416',
    ]);
    expect(listings[0]).toEqual({
      site: 'shopee',
      itemId: '37004578.23822453415',
      url: 'https://shopee.tw/product/37004578/23822453415',
      title: 'Switch OLED 主機 白色',
      price: { amount: 9380, currency: 'TWD' },
      status: 'active',
      format: 'fixed',
      imageUrl: 'https://down-tw.img.susercontent.com/file/abc',
    });
    expect(listings[1]).toMatchObject({ title: 'Switch Lite 藍', price: { amount: 5490, currency: 'TWD' } });
  });

  it('reads each country currency from the host', () => {
    const cases: [string, string, number, string][] = [
      ['shopee.com.br', '<span>R$</span><span>1.299,90</span>', 1299.9, 'BRL'],
      ['shopee.co.id', '<span>Rp</span><span>120.000</span>', 120000, 'IDR'],
      ['shopee.vn', '<span>₫</span><span>120.000</span>', 120000, 'VND'],
      ['shopee.sg', '<span>$</span><span>12.90</span>', 12.9, 'SGD'],
      ['shopee.com.my', '<span>RM</span><span>12.90</span>', 12.9, 'MYR'],
      ['shopee.ph', '<span>₱</span><span>1,234</span>', 1234, 'PHP'],
      ['shopee.co.th', '<span>฿</span><span>1,234</span>', 1234, 'THB'],
    ];
    for (const [host, price, amount, currency] of cases) {
      const listings = extract(
        cell('/x-i.1.2', 'Item', `<div>${price}</div>`),
        `https://${host}/search?keyword=x`,
      );
      expect(
        listings.map((l) => [l.url, l.price]),
        host,
      ).toEqual([[`https://${host}/product/1/2`, { amount, currency }]]);
    }
  });

  it('does not throw on malformed pages', () => {
    expect(
      extract('<li data-sqe="item"><a href="/x-i.1.2"><garbage', 'https://shopee.tw/search?keyword=x'),
    ).toEqual([]);
    expect(extract('<script type="application/ld+json">{"@type":', 'https://shopee.tw/x-i.1.2')).toEqual([]);
    const listings = extract(
      cell('/x-i.1.2', 'z'.repeat(100_000), tw('10')),
      'https://shopee.tw/search?keyword=x',
    );
    for (const listing of listings) expect(listing.price).toEqual({ amount: 10, currency: 'TWD' });
  });
});

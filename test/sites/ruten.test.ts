// Hand-written snippets: no saved page of ruten exists in the fixtures; markup reconstructed from knowledge of the site, not verified on a real page.
import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../utils/cli/html';
import { ruten } from '../../utils/sites/ruten';

function extract(body: string, href: string, head = '') {
  const url = new URL(href);
  const doc = documentFromHtml(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, href);
  return ruten.extract(doc, url);
}
const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
const ITEM = 'https://www.ruten.com.tw/item/show?22236447868447';
const SEARCH = 'https://www.ruten.com.tw/find/?q=switch';

const card = (id: string, name: string, price: string) => `
  <div class="rt-product-card">
    <a href="https://www.ruten.com.tw/item/show?${id}"><img src="https://gcs.rimg.com.tw/g1/${id}.jpg" alt="${name}"></a>
    <a href="https://www.ruten.com.tw/item/show?${id}" class="rt-product-card-name-wrap">
      <p class="rt-product-card-name">${name}</p></a>
    <div class="rt-product-card-price-wrap">${price}</div>
    <div class="rt-product-card-sold">已售出 12</div>
  </div>`;

describe('ruten adapter', () => {
  it('claims Ruten hosts and tells page kinds', () => {
    expect(ruten.claims(new URL(ITEM))).toBe(true);
    expect(ruten.claims(new URL('https://goods.ruten.com.tw/item/show?21901234567890'))).toBe(true);
    expect(ruten.claims(new URL('https://www.ruten.com.tw.evil.com/item/show?1'))).toBe(false);
    expect(ruten.claims(new URL('https://tw.bid.yahoo.com/item/100982358812'))).toBe(false);
    expect(ruten.pageKind(new URL(ITEM))).toBe('item');
    expect(ruten.pageKind(new URL('https://goods.ruten.com.tw/item/show?21901234567890'))).toBe('item');
    expect(ruten.pageKind(new URL(SEARCH))).toBe('search');
    expect(ruten.pageKind(new URL('https://www.ruten.com.tw/'))).toBe(null);
    expect(ruten.pageKind(new URL('https://www.ruten.com.tw/item/show'))).toBe(null);
    for (const example of ruten.examples) expect(ruten.pageKind(new URL(example.url))).toBe(example.kind);
  });

  it('reads the item page from its JSON-LD Product, id from the URL', () => {
    const head = ld({
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: '任天堂 Switch  主機 二手',
      sku: 'ABC-1',
      image: 'https://gcs.rimg.com.tw/g1/a.jpg',
      offers: {
        '@type': 'Offer',
        price: '5800',
        priceCurrency: 'TWD',
        availability: 'https://schema.org/InStock',
        itemCondition: 'https://schema.org/UsedCondition',
      },
    });
    const listings = extract('<h1>任天堂 Switch 主機 二手</h1><div class="price">$5,800</div>', ITEM, head);
    expect(listings).toEqual([
      {
        site: 'ruten',
        itemId: '22236447868447',
        url: ITEM,
        title: '任天堂 Switch 主機 二手',
        price: { amount: 5800, currency: 'TWD' },
        status: 'active',
        condition: 'Used',
        imageUrl: 'https://gcs.rimg.com.tw/g1/a.jpg',
      },
    ]);
  });

  it('takes TWD for og product meta without a currency; sold out is sold', () => {
    const head = `<meta property="og:title" content="Game Boy 原廠"><meta property="product:price:amount" content="1200">
      <meta property="product:availability" content="sold out">`;
    const [listing] = extract('', 'https://goods.ruten.com.tw/item/show?21901234567890', head);
    expect(listing).toMatchObject({
      itemId: '21901234567890',
      url: 'https://www.ruten.com.tw/item/show?21901234567890',
      title: 'Game Boy 原廠',
      price: { amount: 1200, currency: 'TWD' },
      status: 'sold',
    });
  });

  it('gives [] for an item page without structured data', () => {
    expect(extract('<h1>x</h1><div class="rt-text-price">$100</div>', ITEM)).toEqual([]);
  });

  it('reads search cards: one price, a range, a struck list price; skips two-price and priceless cards', () => {
    const body = `<div class="search-result">
      ${card('22236447868447', 'Switch 主機 &amp; 手把', '<strong class="rt-text-price">$5,800</strong>')}
      ${card('22236447868448', 'Switch 卡匣 多款', '<span class="rt-text-price">$100 - $1,300</span>')}
      ${card('22236447868449', 'Switch 保護貼', '<del>$399</del><span class="rt-text-price">$<b>299</b></span>')}
      ${card('22236447868450', '競標 Switch Lite', '<span>目前出價</span><span>$2,000</span><span>直購價</span><span>$3,500</span>')}
      ${card('22236447868451', '無價格商品', '<span class="rt-text-price">洽詢</span>')}
    </div>`;
    const listings = extract(body, SEARCH);
    expect(listings.map((listing) => listing.itemId)).toEqual([
      '22236447868447',
      '22236447868448',
      '22236447868449',
    ]);
    expect(listings[0]).toEqual({
      site: 'ruten',
      itemId: '22236447868447',
      url: 'https://www.ruten.com.tw/item/show?22236447868447',
      title: 'Switch 主機 & 手把',
      price: { amount: 5800, currency: 'TWD' },
      status: 'active',
      imageUrl: 'https://gcs.rimg.com.tw/g1/22236447868447.jpg',
    });
    expect(listings[1]).toMatchObject({ price: { amount: 100, currency: 'TWD' }, priceMax: 1300 });
    expect(listings[2]).toMatchObject({ title: 'Switch 保護貼', price: { amount: 299, currency: 'TWD' } });
    expect(listings[2]?.priceMax).toBeUndefined();
  });

  it('finds the card boundary when the card class is unknown', () => {
    const body = `<ul>
      <li><div><a href="/item/show?11111111111111"><img alt="A 款"></a></div><div><span>NT$ 450</span></div></li>
      <li><div><a href="/item/show?22222222222222"><img alt="B 款"></a></div><div><span>$1,050</span></div></li>
    </ul>`;
    const listings = extract(body, SEARCH);
    expect(listings.map((l) => [l.itemId, l.title, l.price.amount])).toEqual([
      ['11111111111111', 'A 款', 450],
      ['22222222222222', 'B 款', 1050],
    ]);
  });

  it('does not throw on malformed pages', () => {
    expect(
      extract('<div class="rt-product-card"><a href="/item/show?123456789012"><garbage', SEARCH),
    ).toEqual([]);
    expect(extract('<script type="application/ld+json">{"@type":"Product",</script>', ITEM)).toEqual([]);
    const huge = 'x'.repeat(100_000);
    const listings = extract(card('33333333333333', huge, '<span>$10</span>'), SEARCH);
    expect(listings.length).toBeLessThanOrEqual(1);
    for (const listing of listings) expect(listing.price).toEqual({ amount: 10, currency: 'TWD' });
  });
});

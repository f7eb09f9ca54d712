// Hand-written snippets: no saved page of yahoo-tw-auctions exists in the fixtures; markup reconstructed from knowledge of the site, not verified on a real page.
import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../utils/cli/html';
import { yahooTwAuctions } from '../../utils/sites/yahoo-tw-auctions';

function extract(body: string, href: string, head = '') {
  const doc = documentFromHtml(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, href);
  return yahooTwAuctions.extract(doc, new URL(href));
}
const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
const ITEM = 'https://tw.bid.yahoo.com/item/100982358812';
const SEARCH = 'https://tw.bid.yahoo.com/search/auction/product?p=switch';

const card = (id: string, title: string, prices: string) => `
  <li class="BaseGridItem__grid___2wuJ7">
    <a href="https://tw.bid.yahoo.com/item/${id}" class="BaseGridItem__itemInfo___3E5Bx" data-ylk="rid:x">
      <div><img src="https://s.yimg.com/${id}.jpg" alt="${title}"></div>
      <span class="BaseGridItem__title___2HWui">${title}</span>
      <div class="BaseGridItem__price___31jkj">${prices}</div>
      <span>運費 $60 起</span>
    </a>
  </li>`;

describe('yahoo-tw-auctions adapter', () => {
  it('claims tw.bid.yahoo.com only and tells page kinds', () => {
    expect(yahooTwAuctions.claims(new URL(ITEM))).toBe(true);
    expect(yahooTwAuctions.claims(new URL('https://auctions.yahoo.co.jp/jp/auction/x1'))).toBe(false);
    expect(yahooTwAuctions.claims(new URL('https://tw.buy.yahoo.com/gdsale/1'))).toBe(false);
    expect(yahooTwAuctions.pageKind(new URL(ITEM))).toBe('item');
    expect(yahooTwAuctions.pageKind(new URL(SEARCH))).toBe('search');
    expect(yahooTwAuctions.pageKind(new URL('https://tw.bid.yahoo.com/'))).toBe(null);
    for (const example of yahooTwAuctions.examples)
      expect(yahooTwAuctions.pageKind(new URL(example.url))).toBe(example.kind);
  });

  it('reads the item page from its JSON-LD Product, id from the URL', () => {
    const head = ld({
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: 'PS5 光碟版 九成新',
      offers: {
        '@type': 'Offer',
        price: 12500,
        priceCurrency: 'TWD',
        availability: 'https://schema.org/InStock',
      },
    });
    expect(extract('<h1>PS5 光碟版 九成新</h1>', `${ITEM}?sc=1#info`, head)).toEqual([
      {
        site: 'yahoo-tw-auctions',
        itemId: '100982358812',
        url: ITEM,
        title: 'PS5 光碟版 九成新',
        price: { amount: 12500, currency: 'TWD' },
        status: 'active',
      },
    ]);
  });

  it('reads an ended item as ended, and gives [] without structured data', () => {
    const head = ld({
      '@type': 'Product',
      name: '已結標 商品',
      offers: { price: '300', priceCurrency: 'TWD', availability: 'https://schema.org/OutOfStock' },
    });
    expect(extract('', ITEM, head)[0]).toMatchObject({
      price: { amount: 300, currency: 'TWD' },
      status: 'ended',
    });
    expect(extract('<h1>x</h1><span class="price">$300</span>', ITEM)).toEqual([]);
  });

  it('reads search cards, ignoring the shipping line; skips bid + buy-now cards', () => {
    const body = `<ul>
      ${card('101111111111', 'Switch OLED 白色', '<span>$8,990</span>')}
      ${card('101111111112', 'Switch 遊戲片 合售', '<span>$1,200</span><span class="strike">$1,500</span>')}
      ${card('101111111113', 'Switch Lite 競標', '<span>目前出價</span><span>$1,000</span><span>直購價</span><span>$3,000</span>')}
      ${card('101111111114', 'Switch 主機 底座', '<span>$ 2,400</span>')}
    </ul>`;
    // The shipping line "運費 $60 起" is not a whole-text price: it does not count as a second price.
    const listings = extract(body, SEARCH);
    expect(listings.map((listing) => listing.itemId)).toEqual([
      '101111111111',
      '101111111112',
      '101111111114',
    ]);
    expect(listings[0]).toEqual({
      site: 'yahoo-tw-auctions',
      itemId: '101111111111',
      url: 'https://tw.bid.yahoo.com/item/101111111111',
      title: 'Switch OLED 白色',
      price: { amount: 8990, currency: 'TWD' },
      status: 'active',
      imageUrl: 'https://s.yimg.com/101111111111.jpg',
    });
    expect(listings[1]).toMatchObject({
      title: 'Switch 遊戲片 合售',
      price: { amount: 1200, currency: 'TWD' },
    });
    expect(listings[2]).toMatchObject({
      title: 'Switch 主機 底座',
      price: { amount: 2400, currency: 'TWD' },
    });
  });

  it('does not throw on malformed pages', () => {
    expect(extract('<li class="BaseGridItem__grid"><a href="/item/100000000001"><garbage', SEARCH)).toEqual(
      [],
    );
    expect(extract(card('100000000002', 'no price', '<span>$</span>'), SEARCH)).toEqual([]);
    const listings = extract(card('100000000003', 'y'.repeat(100_000), '<span>$10</span>'), SEARCH);
    for (const listing of listings) expect(listing.price).toEqual({ amount: 10, currency: 'TWD' });
  });
});

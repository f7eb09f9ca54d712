import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../utils/cli/html';
import { pchome } from '../../utils/sites/pchome';
import { fixtureDocument, loadFixture } from '../helpers/fixtures';

describe('pcstore.com.tw item page (PChome store, 2020)', () => {
  const url = new URL('https://www.pcstore.com.tw/pchome24h/M67296549.htm');
  const listings = pchome.extract(
    fixtureDocument('pchome/pcstore-com-tw-pchome24h-item.html', url.href),
    url,
  );

  it('is an item page', () => expect(pchome.pageKind(url)).toBe('item'));

  it('reads the special price 294 (the 建議售價 $420 above it is struck through)', () => {
    // Read from the page: '<strong>一次付清特價</strong><b> <font color="RED">7</font> 折</b>
    // <span style="font:bold 27px Verdana;color:#ff0000">294</span> 元', og:description '直購價：$294。'
    const html = loadFixture('pchome/pcstore-com-tw-pchome24h-item.html');
    expect(html).toContain('<del>$420</del>');
    expect(html).toContain('直購價：$294');
    expect(listings).toEqual([
      {
        site: 'pchome',
        itemId: 'M67296549',
        url: 'https://www.pcstore.com.tw/pchome24h/M67296549.htm',
        title: '【下營農會】鵝肉鬆-原味-250g-罐',
        price: { amount: 294, currency: 'TWD' },
        status: 'active',
        format: 'fixed',
        imageUrl: 'https://img.pcstore.com.tw/~prod/M67296549_big.jpg?pimg=static&P=1606924800',
      },
    ]);
  });
});

// Hand-written snippets (not saved pages): 24h.pchome.com.tw product pages carry JSON-LD / og meta.
describe('pchome hand-written snippets', () => {
  const page = (head: string, body: string, href: string) => {
    const url = new URL(href);
    return pchome.extract(
      documentFromHtml(`<html><head>${head}</head><body>${body}</body></html>`, url.href),
      url,
    );
  };
  const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

  it('reads a 24h product page from its JSON-LD', () => {
    const head = ld({
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: 'Apple AirPods Pro 2  (USB-C)',
      image: 'https://img.pchome.com.tw/cs/items/DYAJ7K/000001_1.jpg',
      sku: 'DYAJ7K-A900GCY0Q',
      offers: {
        '@type': 'Offer',
        price: '7490',
        priceCurrency: 'TWD',
        availability: 'https://schema.org/InStock',
      },
    });
    expect(page(head, '', 'https://24h.pchome.com.tw/prod/DYAJ7K-A900GCY0Q-000?fq=/S/DYAJ7K')).toEqual([
      {
        site: 'pchome',
        itemId: 'DYAJ7K-A900GCY0Q',
        url: 'https://24h.pchome.com.tw/prod/DYAJ7K-A900GCY0Q',
        title: 'Apple AirPods Pro 2 (USB-C)',
        price: { amount: 7490, currency: 'TWD' },
        status: 'active',
        format: 'fixed',
        imageUrl: 'https://img.pchome.com.tw/cs/items/DYAJ7K/000001_1.jpg',
      },
    ]);
  });

  it('reads an AggregateOffer range inside @graph', () => {
    const head = ld({
      '@graph': [
        { '@type': 'BreadcrumbList' },
        {
          '@type': ['Product'],
          name: '記憶卡',
          offers: { '@type': 'AggregateOffer', lowPrice: 299, highPrice: '1,099', priceCurrency: 'TWD' },
        },
      ],
    });
    expect(page(head, '', 'https://shopping.pchome.com.tw/prod/DGAG0Z-A900ABCDE')[0]).toMatchObject({
      url: 'https://shopping.pchome.com.tw/prod/DGAG0Z-A900ABCDE',
      title: '記憶卡',
      price: { amount: 299, currency: 'TWD' },
      priceMax: 1099,
    });
  });

  it('falls back to og/product meta, and records nothing for a sold-out product', () => {
    const meta = `<meta property="og:title" content="Switch 主機 - PChome 24h購物"><meta property="product:price:amount" content="9,780"><meta property="product:price:currency" content="TWD">`;
    expect(page(meta, '', 'https://24h.pchome.com.tw/prod/DGBJA7-A900B4Q3O')[0]).toMatchObject({
      itemId: 'DGBJA7-A900B4Q3O',
      title: 'Switch 主機',
      price: { amount: 9780, currency: 'TWD' },
    });
    const soldOut = ld({
      '@type': 'Product',
      name: 'x',
      offers: { price: 100, priceCurrency: 'TWD', availability: 'https://schema.org/OutOfStock' },
    });
    expect(page(soldOut, '', 'https://24h.pchome.com.tw/prod/DGBJA7-A900B4Q3O')).toEqual([]);
  });

  it('survives malformed pages', () => {
    expect(
      page(
        '<script type="application/ld+json">{"@type":"Product",',
        '<garbage',
        'https://24h.pchome.com.tw/prod/DGBJA7-A900B4Q3O',
      ),
    ).toEqual([]);
    expect(
      page(
        '',
        '<td class="t13"><strong>一次付清特價</strong><span>',
        'https://www.pcstore.com.tw/abc/M12345678.htm',
      ),
    ).toEqual([]);
    const long = '長'.repeat(100_000);
    const [item] = page(
      '',
      `<div id="inside_content"><h1>${long}</h1><table><tr><td class="t13"><strong>一次付清特價</strong><span>1,299</span></td></tr></table></div>`,
      'https://www.pcstore.com.tw/abc/M12345678.htm',
    );
    expect(item?.price).toEqual({ amount: 1299, currency: 'TWD' });
    expect(page('', '<p>Access denied</p>', 'https://24h.pchome.com.tw/prod/DGBJA7-A900B4Q3O')).toEqual([]);
  });

  it('knows its hosts and page kinds', () => {
    expect(pchome.claims(new URL('https://shopping.pchome.com.tw/prod/x'))).toBe(true);
    expect(pchome.claims(new URL('https://www.pchome.com.tw/'))).toBe(false);
    expect(pchome.pageKind(new URL('https://24h.pchome.com.tw/search/?q=switch'))).toBeNull();
    expect(pchome.pageKind(new URL('https://shopping.pchome.com.tw/prod/DGBJA7-A900B4Q3O'))).toBe('item');
  });
});

import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../utils/cli/html';
import { aliexpress } from '../../utils/sites/aliexpress';
import { fixtureDocument, loadFixture } from '../helpers/fixtures';

const FILE = 'aliexpress/aliexpress-he-item-32993251330-2020.html';
const TITLE =
  "מקורי Apple iPhone SE סמארטפון נייד טלפון A9 Dual Core 2GB RAM 16/64GB ROM 4.0 ''12MP טביעות אצבע 4G LTE Smartphone";

// Expectations come from reading the saved page (zcat | grep), not from the extractor.
describe('aliexpress: saved item page 32993251330 (Hebrew site, July 2020)', () => {
  const url = new URL('https://he.aliexpress.com/item/32993251330.html?spm=a2g0o.productlist.0.0');
  const html = loadFixture(FILE);

  it('the page: microdata price "€ 97,39 - 128,72" (the embedded PriceModule agrees), crossed-out € 162,32 - 214,53', () => {
    expect(html).toContain('<span class="product-price-value" itemprop="price">€ 97,39 - 128,72</span>');
    expect(html).toContain('"minActivityAmount":{"currency":"EUR","formatedAmount":"€ 97,39","value":97.39}');
    expect(html).toContain(
      '"maxActivityAmount":{"currency":"EUR","formatedAmount":"€ 128,72","value":128.72}',
    );
    expect(html).toContain(
      '<div class="product-price-del"><span class="product-price-value">€ 162,32 - 214,53</span>',
    );
    expect(html).toContain(`<h1 class="product-title-text">${TITLE}</h1>`);
  });

  it('gives the one listing: a range in euros, in stock', () => {
    const listings = aliexpress.extract(fixtureDocument(FILE, url.href), url);
    expect(listings).toEqual([
      {
        site: 'aliexpress',
        itemId: '32993251330',
        url: 'https://he.aliexpress.com/item/32993251330.html',
        title: TITLE,
        price: { amount: 97.39, currency: 'EUR' },
        priceMax: 128.72,
        status: 'active', // <meta itemprop="availability" content="http://schema.org/InStock">
        format: 'fixed',
      },
    ]);
  });
});

// HAND-WRITTEN snippets.
describe('aliexpress: og:title fallback (hand-written snippets)', () => {
  const url = new URL('https://www.aliexpress.com/item/1005001234567890.html');
  const read = (head: string) =>
    aliexpress.extract(documentFromHtml(`<html><head>${head}</head><body></body></html>`, url.href), url);

  it('reads the price that starts the og:title when there is no microdata', () => {
    expect(
      read(
        '<meta property="og:title" content="€97.39 40% OFF|Phone case for iPhone|Phone Bags| - AliExpress">',
      ),
    ).toEqual([
      {
        site: 'aliexpress',
        itemId: '1005001234567890',
        url: 'https://www.aliexpress.com/item/1005001234567890.html',
        title: 'Phone case for iPhone',
        price: { amount: 97.39, currency: 'EUR' },
        status: 'active',
        format: 'fixed',
      },
    ]);
    expect(
      read('<meta property="og:title" content="US $3.50 - 7.20|Cable|Cables| - AliExpress">')[0],
    ).toMatchObject({
      price: { amount: 3.5, currency: 'USD' },
      priceMax: 7.2,
    });
  });

  it('gives nothing for a bare "$" (whose dollar?) or a title without price', () => {
    expect(read('<meta property="og:title" content="$3.50|Cable|Cables| - AliExpress">')).toEqual([]);
    expect(read('<meta property="og:title" content="Cable|Cables| - AliExpress">')).toEqual([]);
  });
});

describe('aliexpress: adapter shape and malformed pages', () => {
  it('claims AliExpress hosts and tells page kinds', () => {
    for (const host of ['he.aliexpress.com', 'www.aliexpress.com', 'www.aliexpress.us', 'aliexpress.ru'])
      expect(aliexpress.claims(new URL(`https://${host}/item/1.html`))).toBe(true);
    expect(aliexpress.claims(new URL('https://aliexpress.com.evil.io/item/1.html'))).toBe(false);
    expect(aliexpress.pageKind(new URL('https://he.aliexpress.com/item/32993251330.html'))).toBe('item');
    expect(aliexpress.pageKind(new URL('https://www.aliexpress.com/w/wholesale-phone.html'))).toBe('search');
    expect(aliexpress.pageKind(new URL('https://www.aliexpress.com/'))).toBe(null);
  });

  it('returns [] or valid listings without throwing', () => {
    const url = new URL('https://he.aliexpress.com/item/1.html');
    const read = (html: string) => aliexpress.extract(documentFromHtml(html, url.href), url);
    expect(read('<html><body><div itemprop="offers" itemscope><garbage')).toEqual([]);
    expect(
      read(
        '<div itemprop="name">X</div><div itemprop="offers" itemscope itemtype="http://schema.org/Offer"><span itemprop="price">—</span></div>',
      ),
    ).toEqual([]);
    const long = read(
      `<div itemprop="name">${'x'.repeat(100_000)}</div><div itemprop="offers" itemscope itemtype="http://schema.org/Offer"><span itemprop="price">€ 5,00</span></div>`,
    );
    expect(long[0]?.price).toEqual({ amount: 5, currency: 'EUR' });
    expect(read('<html><body>Slide to verify</body></html>')).toEqual([]);
    expect(
      aliexpress.extract(
        documentFromHtml('', 'https://www.aliexpress.com/'),
        new URL('https://www.aliexpress.com/'),
      ),
    ).toEqual([]);
  });
});

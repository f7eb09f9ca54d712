import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../utils/cli/html';
import { generic } from '../../utils/sites/generic';
import { fixtureDocument, loadFixture } from '../helpers/fixtures';

const count = (html: string, re: RegExp) => html.match(re)?.length ?? 0;

// Expectations below come from reading the saved pages (zcat | grep), not from the extractor.
describe('generic: saved pages', () => {
  it('fye.com: microdata Product/Offer + og product meta, both 17.99 USD', () => {
    const file = 'generic-jsonld/fye-com-product-og-microdata.html';
    const page =
      'https://www.fye.com/better-off-dead-exclusive-blu-ray-steelbook-fye.000000032429335302.html';
    const html = loadFixture(file);
    // One product on the page: one Product itemscope, no JSON-LD.
    expect(count(html, /itemtype="http:\/\/schema\.org\/Product"/g)).toBe(1);
    expect(count(html, /application\/ld\+json/g)).toBe(0);
    const url = new URL(`${page}?cgid=bluray#tabs`);
    const listings = generic.extract(fixtureDocument(file, url.href), url);
    expect(listings).toEqual([
      {
        site: 'generic',
        itemId: page, // the canonical link
        url: page,
        title: 'Better Off Dead [Exclusive Blu-ray Steelbook]', // h1 itemprop=name
        price: { amount: 17.99, currency: 'USD' }, // itemprop=price content=17.99, priceCurrency USD
        status: 'active', // availability http://schema.org/InStock
        condition: 'New', // product:condition new
        imageUrl:
          'https://www.fye.com/dw/image/v2/BBNF_PRD/on/demandware.static/-/Sites-fye-master/default/dw74ad83df/fye/000/000000/fye.000000032429335302_0.jpg?sw=584',
      },
    ]);
  });

  it('monsterpetsupplies.co.uk: microdata AggregateOffer 5.29..9.56 GBP over two Offers', () => {
    const file = 'generic-jsonld/monsterpetsupplies-uk-product-microdata.html';
    const page = 'https://www.monsterpetsupplies.co.uk/cat/cat-flea-tick/johnsons-4-fleas-cats-kittens';
    const html = loadFixture(file);
    expect(count(html, /itemtype="http:\/\/schema\.org\/Product"/g)).toBe(1);
    expect(count(html, /itemprop="price" content="/g)).toBe(2); // 9.56 and 5.29
    const url = new URL(page);
    const listings = generic.extract(fixtureDocument(file, url.href), url);
    expect(listings).toHaveLength(1);
    expect(listings[0]).toMatchObject({
      site: 'generic',
      itemId: page,
      url: page,
      title: 'Johnsons 4 Fleas Cats & Kittens Tablets', // "&amp;" in the h1
      price: { amount: 5.29, currency: 'GBP' },
      priceMax: 9.56,
      status: 'active',
    });
    expect(listings[0]?.imageUrl).toContain('cat_kitten_flea_tabs_3_eaunpi.jpg');
  });

  it('Shopify (anyeluz.com): JSON-LD price 173000.00 COP, never the 17300000 minor units', () => {
    const file = 'generic-jsonld/shopify-anyeluz-product-jsonld-2026.html';
    const page = 'https://www.anyeluz.com/products/kit-potencializador-anyeluz';
    const html = loadFixture(file);
    expect(html).toContain('"price":17300000'); // the trap: Shopify's own JSON in cents
    expect(html).toContain('"price":"173000.00","priceCurrency":"COP"');
    const url = new URL(`${page}?variant=51779245539604`);
    const listings = generic.extract(fixtureDocument(file, url.href), url);
    expect(listings).toHaveLength(1);
    expect(listings[0]).toMatchObject({
      site: 'generic',
      itemId: page,
      url: page,
      title: 'KIT POTENCIALIZADOR ANYELUZ EDICIÓN LIMITADA ¡GRATIS BOLSO Y CHARM!',
      price: { amount: 173000, currency: 'COP' },
      status: 'active',
      condition: 'New',
    });
    expect(listings[0]).not.toHaveProperty('priceMax');
  });
});

const PAGE = 'https://shop.example/p/lamp';
const doc = (body: string, head = '', pageUrl = PAGE) =>
  documentFromHtml(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`, pageUrl);
const extract = (body: string, head = '', pageUrl = PAGE) =>
  generic.extract(doc(body, head, pageUrl), new URL(pageUrl));

// HAND-WRITTEN snippets for the last-resort visible-price reader.
describe('generic: visible price, only when beyond doubt (hand-written snippets)', () => {
  it('reads one h1 and one price near it', () => {
    expect(
      extract(
        '<main><div><h1> Desk  lamp </h1><div class="product-price"><span class="price">€24,90</span></div></div></main>',
      ),
    ).toEqual([
      {
        site: 'generic',
        itemId: PAGE,
        url: PAGE,
        title: 'Desk lamp',
        price: { amount: 24.9, currency: 'EUR' },
        status: 'unknown',
      },
    ]);
  });

  it('ignores prices of other items far from the h1 block', () => {
    const listings = extract(
      '<div><h1>Desk lamp</h1><p class="price">£30.00</p></div><aside><div><div><div><div><div><div><div><span class="price">£5.00</span></div></div></div></div></div></div></div></aside>',
    );
    expect(listings[0]?.price).toEqual({ amount: 30, currency: 'GBP' });
  });

  it.each([
    [
      'two different prices',
      '<div><h1>Lamp</h1><span class="price">$30.00</span><span class="price">$25.00</span></div>',
    ],
    [
      'a crossed-out price',
      '<div><h1>Lamp</h1><s><span class="price">$30.00</span></s><span class="price">$25.00</span></div>',
    ],
    [
      'a "was" price',
      '<div><h1>Lamp</h1><span class="price-was">$30.00</span><span class="price">$30.00</span></div>',
    ],
    ['no price', '<div><h1>Lamp</h1><span class="price">Call us</span></div>'],
    ['no h1', '<div><h2>Lamp</h2><span class="price">$30.00</span></div>'],
    ['two h1', '<div><h1>Lamp</h1><h1>Other</h1><span class="price">$30.00</span></div>'],
    ['no currency ($ on a .example host)', '<div><h1>Lamp</h1><span class="price">$30.00</span></div>'],
    ['a bare number with no currency', '<div><h1>Lamp</h1><span class="price">30.00</span></div>'],
  ])('gives nothing on %s', (_name, body) => {
    expect(extract(body)).toEqual([]);
  });

  it('takes a bare number when the host says the currency (.de → EUR)', () => {
    const listings = extract(
      '<div><h1>Lampe</h1><span class="price">30,00</span></div>',
      '',
      'https://shop.de/lampe',
    );
    expect(listings[0]?.price).toEqual({ amount: 30, currency: 'EUR' });
  });

  it('does not guess when the page has product structured data without a usable price', () => {
    const head = '<script type="application/ld+json">{"@type":"Product","name":"Lamp"}</script>';
    expect(extract('<div><h1>Lamp</h1><span class="price">€30,00</span></div>', head)).toEqual([]);
  });
});

describe('generic: ids and urls (hand-written snippets)', () => {
  const body = '<div><h1>Lamp</h1><span class="price">€30,00</span></div>';
  it('drops query and hash, except parameters naming the product', () => {
    expect(extract(body, '', `${PAGE}?utm_source=x&ref=y#top`)[0]?.itemId).toBe(PAGE);
    expect(extract(body, '', 'https://shop.example/product.php?utm=1&id=12#x')[0]?.itemId).toBe(
      'https://shop.example/product.php?id=12',
    );
  });

  it('uses the canonical link as is', () => {
    const head = '<link rel="canonical" href="https://shop.example/lamp-canonical">';
    expect(extract(body, head, `${PAGE}?a=1`)[0]).toMatchObject({
      itemId: 'https://shop.example/lamp-canonical',
      url: 'https://shop.example/lamp-canonical',
    });
  });

  it('ignores a canonical link to another origin or to the home page', () => {
    // www.shop.example is another origin than shop.example: the background takes only listings
    // on the tab's own origin, so such an id would be refused there.
    for (const href of [
      'https://other.example/lamp',
      'https://www.shop.example/p/lamp',
      'http://shop.example/p/lamp',
      '/',
      'javascript:void(0)',
    ])
      expect(extract(body, `<link rel="canonical" href="${href}">`, `${PAGE}?variant=3`)[0]?.itemId).toBe(
        PAGE,
      );
    expect(extract(body, '<link rel="canonical" href="/p/lamp">', `${PAGE}?variant=3`)[0]?.itemId).toBe(
      'https://shop.example/p/lamp',
    );
  });

  it('records a shop product marked SoldOut as ended, never as a sale (hand-written snippet)', () => {
    const head =
      '<script type="application/ld+json">{"@type":"Product","name":"Lamp","offers":{"price":"30.00","priceCurrency":"EUR","availability":"https://schema.org/SoldOut"}}</script>';
    const [listing] = extract('', head);
    expect(listing).toMatchObject({ status: 'ended', price: { amount: 30, currency: 'EUR' } });
    expect(listing).not.toHaveProperty('soldAt');
  });

  it('overrides a structured sku with the URL (one id space across all shops)', () => {
    const head =
      '<script type="application/ld+json">{"@type":"Product","name":"Lamp","sku":"L1","offers":{"price":"30.00","priceCurrency":"EUR"}}</script>';
    expect(extract('', head)[0]).toMatchObject({
      site: 'generic',
      itemId: PAGE,
      price: { amount: 30, currency: 'EUR' },
    });
  });
});

describe('generic: adapter shape', () => {
  it('claims any web page and nothing else', () => {
    expect(generic.claims(new URL('https://any.shop/x'))).toBe(true);
    expect(generic.claims(new URL('http://any.shop/x'))).toBe(true);
    expect(generic.claims(new URL('file:///tmp/x.html'))).toBe(false);
    expect(generic.claims(new URL('chrome://extensions'))).toBe(false);
    expect(generic.matches).toEqual([]);
  });

  it('tells search pages from product pages by URL', () => {
    expect(generic.pageKind(new URL('https://shop.example/search?q=lamp'))).toBe('search');
    expect(generic.pageKind(new URL('https://shop.example/collections/all?q=lamp'))).toBe('search');
    expect(generic.pageKind(new URL('https://shop.example/products/lamp'))).toBe('item');
  });

  it('returns [] or valid listings on malformed pages without throwing', () => {
    expect(extract('<li class="price"><garbage')).toEqual([]);
    expect(extract(`<h1>${'x'.repeat(100_000)}</h1><span class="price">€3</span>`)).toEqual([]);
    const head = `<script type="application/ld+json">{"@type":"Product","name":"${'t'.repeat(100_000)}","offers":{"price":"abc"}}</script>`;
    expect(extract('', head)).toEqual([]);
    expect(generic.extract(documentFromHtml('', PAGE), new URL(PAGE))).toEqual([]);
  });
});

// Unit tests of the shared structured-data reader. Every page below is a HAND-WRITTEN snippet
// (not a saved page): each one exercises one shape shops publish. The saved pages are tested in
// generic.test.ts and in the site adapters' tests.
import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../utils/cli/html';
import { structuredListings } from '../../utils/sites/structured';

const PAGE = 'https://shop.example/products/blue-widget';

function read(head: string, body = '', pageUrl = PAGE) {
  const doc = documentFromHtml(
    `<!doctype html><html><head>${head}</head><body>${body}</body></html>`,
    pageUrl,
  );
  return structuredListings(doc, new URL(pageUrl), 'test');
}
const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
const product = (extra: Record<string, unknown>) => ({
  '@context': 'https://schema.org',
  '@type': 'Product',
  name: 'Blue Widget',
  ...extra,
});

describe('structuredListings: JSON-LD shapes (hand-written snippets)', () => {
  it('reads a Product with one Offer (number price)', () => {
    const listings = read(
      ld(
        product({
          sku: 'BW-1',
          image: 'https://cdn.example/bw.jpg',
          offers: {
            '@type': 'Offer',
            price: 45,
            priceCurrency: 'USD',
            availability: 'https://schema.org/InStock',
            itemCondition: 'https://schema.org/UsedCondition',
          },
        }),
      ),
    );
    expect(listings).toEqual([
      {
        site: 'test',
        itemId: 'BW-1',
        url: PAGE,
        title: 'Blue Widget',
        price: { amount: 45, currency: 'USD' },
        status: 'active',
        condition: 'Used',
        imageUrl: 'https://cdn.example/bw.jpg',
      },
    ]);
  });

  it('gives one listing for several offers: lowest price, priceMax the highest', () => {
    const [listing, ...rest] = read(
      ld(
        product({
          offers: [
            { '@type': 'Offer', price: '19.99', priceCurrency: 'EUR', availability: 'OutOfStock' },
            { '@type': 'Offer', price: '12.50', priceCurrency: 'EUR', availability: 'InStock' },
            { '@type': 'Offer', price: 15, priceCurrency: 'EUR' },
          ],
        }),
      ),
    );
    expect(rest).toEqual([]);
    expect(listing?.price).toEqual({ amount: 12.5, currency: 'EUR' });
    expect(listing?.priceMax).toBe(19.99);
    expect(listing?.status).toBe('active'); // one offer in stock
  });

  it('leaves priceMax out when all offers cost the same', () => {
    const [listing] = read(
      ld(
        product({
          offers: [
            { price: 10, priceCurrency: 'GBP' },
            { price: '10.00', priceCurrency: 'GBP' },
          ],
        }),
      ),
    );
    expect(listing?.price).toEqual({ amount: 10, currency: 'GBP' });
    expect(listing).not.toHaveProperty('priceMax');
  });

  it('ignores offers in another currency than the first', () => {
    const [listing] = read(
      ld(
        product({
          offers: [
            { price: 10, priceCurrency: 'GBP' },
            { price: 5, priceCurrency: 'USD' },
          ],
        }),
      ),
    );
    expect(listing?.price).toEqual({ amount: 10, currency: 'GBP' });
    expect(listing).not.toHaveProperty('priceMax');
  });

  it('reads an AggregateOffer (lowPrice/highPrice as strings)', () => {
    const [listing] = read(
      ld(
        product({
          offers: {
            '@type': 'AggregateOffer',
            lowPrice: '40.63',
            highPrice: '48.75',
            priceCurrency: 'EUR',
            offerCount: 8,
          },
        }),
      ),
    );
    expect(listing?.price).toEqual({ amount: 40.63, currency: 'EUR' });
    expect(listing?.priceMax).toBe(48.75);
    expect(listing?.status).toBe('unknown'); // no availability given
  });

  it('reads an AggregateOffer that only nests its offers', () => {
    const [listing] = read(
      ld(
        product({
          offers: {
            '@type': 'AggregateOffer',
            priceCurrency: 'GBP',
            offers: [
              { '@type': 'Offer', price: 9.56, priceCurrency: 'GBP' },
              { '@type': 'Offer', price: 5.29, priceCurrency: 'GBP' },
            ],
          },
        }),
      ),
    );
    expect(listing?.price).toEqual({ amount: 5.29, currency: 'GBP' });
    expect(listing?.priceMax).toBe(9.56);
  });

  it('reads a ProductGroup with hasVariant as ONE listing: group id, lowest..highest variant', () => {
    const listings = read(
      ld({
        '@context': 'https://schema.org',
        '@type': 'ProductGroup',
        name: 'Crown Necklace',
        productGroupID: 'G-77',
        hasVariant: [
          {
            '@type': 'Product',
            sku: 'G-77-14',
            offers: { price: '40.63', priceCurrency: 'EUR', availability: 'InStock' },
          },
          {
            '@type': 'Product',
            sku: 'G-77-26',
            offers: { price: '48.75', priceCurrency: 'EUR', availability: 'InStock' },
          },
          {
            '@type': 'Product',
            sku: 'G-77-18',
            offers: { price: '42.25', priceCurrency: 'EUR', availability: 'SoldOut' },
          },
        ],
      }),
    );
    expect(listings).toHaveLength(1);
    expect(listings[0]).toMatchObject({
      itemId: 'G-77',
      title: 'Crown Necklace',
      price: { amount: 40.63, currency: 'EUR' },
      priceMax: 48.75,
      status: 'active',
    });
  });

  it('prefers the ProductGroup over its variants published as separate Products', () => {
    const listings = read(
      ld([
        product({ name: 'Variant A', sku: 'A', offers: { price: 10, priceCurrency: 'USD' } }),
        {
          '@type': 'ProductGroup',
          name: 'The group',
          productGroupID: 'G',
          hasVariant: [{ '@id': '#a' }, { '@id': '#b' }],
        },
        { '@id': '#a', '@type': 'Product', offers: { price: 10, priceCurrency: 'USD' } },
        { '@id': '#b', '@type': 'Product', offers: { price: 14, priceCurrency: 'USD' } },
      ]),
    );
    expect(listings).toHaveLength(1);
    expect(listings[0]).toMatchObject({
      itemId: 'G',
      title: 'The group',
      price: { amount: 10 },
      priceMax: 14,
    });
  });

  it('reads @graph and resolves @id references to offers', () => {
    const [listing] = read(
      ld({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebPage', '@id': `${PAGE}#webpage`, name: 'Blue Widget | Shop' },
          { '@type': 'Product', '@id': `${PAGE}#product`, name: 'Blue Widget', offers: { '@id': '#offer' } },
          { '@type': 'Offer', '@id': '#offer', price: '7.50', priceCurrency: 'CHF', availability: 'InStock' },
        ],
      }),
    );
    expect(listing).toMatchObject({
      itemId: `${PAGE}#product`,
      price: { amount: 7.5, currency: 'CHF' },
      status: 'active',
    });
  });

  it('reads @type as an array and products in nested arrays', () => {
    const [listing] = read(
      ld([
        [
          {
            '@type': ['Product', 'Thing'],
            name: 'Nested',
            sku: 'N1',
            offers: { price: 3, priceCurrency: 'USD' },
          },
        ],
      ]),
    );
    expect(listing).toMatchObject({ itemId: 'N1', title: 'Nested', price: { amount: 3, currency: 'USD' } });
  });

  it('reads an Offer published as the root, its product in itemOffered', () => {
    const [listing] = read(
      ld({
        '@context': 'https://schema.org',
        '@type': 'Offer',
        price: '12.00',
        priceCurrency: 'EUR',
        availability: 'https://schema.org/SoldOut',
        itemOffered: { '@type': 'Product', name: 'Vintage Lamp', sku: 'VL-1' },
      }),
    );
    expect(listing).toMatchObject({
      itemId: 'VL-1',
      title: 'Vintage Lamp',
      price: { amount: 12, currency: 'EUR' },
      status: 'sold',
    });
  });

  it('reads priceSpecification (UnitPriceSpecification), skipping a strikethrough list price', () => {
    const [listing] = read(
      ld(
        product({
          offers: {
            '@type': 'Offer',
            priceSpecification: [
              {
                '@type': 'UnitPriceSpecification',
                priceType: 'https://schema.org/StrikethroughPrice',
                price: 99,
                priceCurrency: 'EUR',
              },
              { '@type': 'UnitPriceSpecification', price: 79.9, priceCurrency: 'EUR' },
            ],
          },
        }),
      ),
    );
    expect(listing?.price).toEqual({ amount: 79.9, currency: 'EUR' });
  });

  it('reads string prices with the declared currency as hint', () => {
    const price = (value: string, currency: string) =>
      read(ld(product({ offers: { price: value, priceCurrency: currency } })))[0]?.price;
    expect(price('1,299.00', 'USD')).toEqual({ amount: 1299, currency: 'USD' });
    expect(price('45.00', 'USD')).toEqual({ amount: 45, currency: 'USD' });
    expect(price('173000.00', 'COP')).toEqual({ amount: 173000, currency: 'COP' });
    expect(price('173.000', 'COP')).toEqual({ amount: 173000, currency: 'COP' });
    expect(price('1.299,00', 'EUR')).toEqual({ amount: 1299, currency: 'EUR' });
    expect(price('€ 97,39 - 128,72', 'EUR')).toEqual({ amount: 97.39, currency: 'EUR' });
  });

  it('maps availability (full URL or short form) to a status', () => {
    const status = (availability: unknown) =>
      read(ld(product({ offers: { price: 5, priceCurrency: 'USD', availability } })))[0]?.status;
    expect(status('https://schema.org/InStock')).toBe('active');
    expect(status('http://schema.org/InStock')).toBe('active');
    expect(status('InStock')).toBe('active');
    expect(status('schema:LimitedAvailability')).toBe('active');
    expect(status('https://schema.org/PreOrder')).toBe('active');
    expect(status('https://schema.org/SoldOut')).toBe('sold');
    expect(status('SoldOut')).toBe('sold');
    expect(status('https://schema.org/OutOfStock')).toBe('ended');
    expect(status('Discontinued')).toBe('ended');
    expect(status(undefined)).toBe('unknown');
    expect(status('https://schema.org/Whatever')).toBe('unknown');
  });

  it('maps itemCondition to the words comps use', () => {
    const condition = (itemCondition: string) =>
      read(ld(product({ offers: { price: 5, priceCurrency: 'USD', itemCondition } })))[0]?.condition;
    expect(condition('https://schema.org/NewCondition')).toBe('New');
    expect(condition('UsedCondition')).toBe('Used');
    expect(condition('http://schema.org/RefurbishedCondition')).toBe('Refurbished');
    expect(condition('DamagedCondition')).toBe('For parts');
    expect(
      read(ld(product({ itemCondition: 'NewCondition', offers: { price: 1, priceCurrency: 'USD' } })))[0]
        ?.condition,
    ).toBe('New');
  });

  it('takes the id from sku, productID, mpn, @id, else the URL, skipping placeholders', () => {
    const id = (extra: Record<string, unknown>) =>
      read(ld(product({ ...extra, offers: { price: 5, priceCurrency: 'USD' } })))[0]?.itemId;
    expect(id({ sku: 'S', productID: 'P', mpn: 'M' })).toBe('S');
    expect(id({ sku: 'n/a', productID: 'P' })).toBe('P');
    expect(id({ mpn: 'M' })).toBe('M');
    expect(id({ sku: 1394647088 })).toBe('1394647088');
    expect(id({ '@id': '/products/blue-widget#product' })).toBe(`${PAGE}#product`);
    expect(id({})).toBe(PAGE);
    // Same page, same id.
    expect(id({})).toBe(id({}));
  });

  it('takes the url from the canonical link, the title with entities decoded and spaces collapsed', () => {
    const [listing] = read(
      `<link rel="canonical" href="/products/blue-widget">${ld(
        product({ name: '  Tom &amp; Jerry\n  Mug ', offers: { price: 5, priceCurrency: 'USD' } }),
      )}`,
      '',
      `${PAGE}?utm_source=x#reviews`,
    );
    expect(listing?.url).toBe(PAGE);
    expect(listing?.title).toBe('Tom & Jerry Mug');
  });

  it('reads image as a string, an array or an ImageObject', () => {
    const image = (value: unknown) =>
      read(ld(product({ image: value, offers: { price: 5, priceCurrency: 'USD' } })))[0]?.imageUrl;
    expect(image('//cdn.example/a.jpg')).toBe('https://cdn.example/a.jpg');
    expect(image(['https://cdn.example/b.jpg', 'https://cdn.example/c.jpg'])).toBe(
      'https://cdn.example/b.jpg',
    );
    expect(image({ '@type': 'ImageObject', contentUrl: 'https://cdn.example/d.jpg' })).toBe(
      'https://cdn.example/d.jpg',
    );
    expect(image('javascript:alert(1)')).toBeUndefined();
  });

  it('reads shipping from a single OfferShippingDetails (0 = free)', () => {
    const shipping = (value: unknown) =>
      read(
        ld(
          product({
            offers: {
              price: 20,
              priceCurrency: 'USD',
              shippingDetails: { '@type': 'OfferShippingDetails', shippingRate: { value, currency: 'USD' } },
            },
          }),
        ),
      )[0]?.shipping;
    expect(shipping(0)).toBeNull();
    expect(shipping('0')).toBeNull();
    expect(shipping(4.99)).toEqual({ amount: 4.99, currency: 'USD' });
    expect(shipping('abc')).toBeUndefined();
  });

  it('tolerates HTML comment and CDATA wrappers around the JSON', () => {
    const json = JSON.stringify(product({ sku: 'W', offers: { price: 5, priceCurrency: 'USD' } }));
    for (const wrapped of [
      `<!-- ${json} -->`,
      `//<![CDATA[\n${json}\n//]]>`,
      `/*<![CDATA[*/${json}/*]]>*/`,
    ]) {
      expect(read(`<script type="application/ld+json">${wrapped}</script>`)[0]?.itemId).toBe('W');
    }
  });

  it('picks the page’s own product: the one at the page URL, else the one named like the h1', () => {
    const other = product({
      name: 'Other',
      sku: 'O',
      url: 'https://shop.example/products/other',
      offers: { price: 1, priceCurrency: 'USD' },
    });
    const own = product({
      name: 'Blue Widget',
      sku: 'B',
      url: PAGE,
      offers: { price: 2, priceCurrency: 'USD' },
    });
    expect(read(ld(other) + ld(own))[0]?.itemId).toBe('B');
    const a = product({ name: 'Related thing', sku: 'R', offers: { price: 1, priceCurrency: 'USD' } });
    const b = product({ name: 'Blue Widget', sku: 'B', offers: { price: 2, priceCurrency: 'USD' } });
    expect(read(ld(a) + ld(b), '<h1>Blue Widget</h1>')[0]?.itemId).toBe('B');
  });

  it('does not take related products or ItemList entries as the page’s product', () => {
    const withRelated = product({
      sku: 'MAIN',
      isRelatedTo: [product({ name: 'Rel', sku: 'REL', offers: { price: 1, priceCurrency: 'USD' } })],
    });
    expect(read(ld(withRelated))).toEqual([]); // the main product has no price: nothing
    const list = {
      '@type': 'ItemList',
      itemListElement: [
        { '@type': 'ListItem', item: product({ sku: 'L', offers: { price: 1, priceCurrency: 'USD' } }) },
      ],
    };
    expect(read(ld(list))).toEqual([]);
  });
});

describe('structuredListings: microdata and meta (hand-written snippets)', () => {
  it('reads microdata Product/Offer with content attributes', () => {
    const [listing] = read(
      '',
      `<div itemscope itemtype="http://schema.org/Product">
        <h1 itemprop="name">Better Off Dead</h1>
        <img itemprop="image" src="/img/bod.jpg">
        <meta itemprop="sku" content="BOD-1">
        <div itemprop="offers" itemscope itemtype="http://schema.org/Offer">
          <meta itemprop="priceCurrency" content="USD">
          <span itemprop="price" content="17.99">$17.99</span>
          <link itemprop="availability" href="http://schema.org/InStock">
          <link itemprop="itemCondition" href="http://schema.org/NewCondition">
        </div>
      </div>`,
    );
    expect(listing).toEqual({
      site: 'test',
      itemId: 'BOD-1',
      url: PAGE,
      title: 'Better Off Dead',
      price: { amount: 17.99, currency: 'USD' },
      status: 'active',
      condition: 'New',
      imageUrl: 'https://shop.example/img/bod.jpg',
    });
  });

  it('reads a microdata price written as text, and an AggregateOffer', () => {
    const [text] = read(
      '',
      `<div itemscope itemtype="https://schema.org/Product"><span itemprop="name">Tablets</span>
        <div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><span itemprop="price">£12.99</span></div></div>`,
    );
    expect(text?.price).toEqual({ amount: 12.99, currency: 'GBP' });
    const [aggregate] = read(
      '',
      `<div itemscope itemtype="http://schema.org/Product"><h1 itemprop="name">Tablets</h1>
        <p itemprop="offers" itemscope itemtype="http://schema.org/AggregateOffer">
          <meta itemprop="priceCurrency" content="GBP"><meta itemprop="lowPrice" content="5.29"><meta itemprop="highPrice" content="9.56">
        </p></div>`,
    );
    expect(aggregate).toMatchObject({ price: { amount: 5.29, currency: 'GBP' }, priceMax: 9.56 });
  });

  it('does not read a related product nested in the main one', () => {
    const [listing] = read(
      '',
      `<div itemscope itemtype="http://schema.org/Product"><h1 itemprop="name">Main</h1>
        <div itemprop="offers" itemscope itemtype="http://schema.org/Offer"><meta itemprop="price" content="20"><meta itemprop="priceCurrency" content="USD"></div>
        <div itemprop="isRelatedTo" itemscope itemtype="http://schema.org/Product"><span itemprop="name">Rel</span>
          <div itemprop="offers" itemscope itemtype="http://schema.org/Offer"><meta itemprop="price" content="1"><meta itemprop="priceCurrency" content="USD"></div>
        </div></div>`,
    );
    expect(listing).toMatchObject({ title: 'Main', price: { amount: 20, currency: 'USD' } });
    expect(listing).not.toHaveProperty('priceMax');
  });

  it('reads an Offer whose Product lost its itemscope (AliExpress style)', () => {
    const [listing] = read(
      '',
      `<div itemprop="name"><h1>Phone</h1></div>
       <div itemprop="offers" itemscope itemtype="http://schema.org/Offer">
         <meta itemprop="availability" content="http://schema.org/InStock"><span itemprop="price">€ 97,39 - 128,72</span></div>`,
    );
    expect(listing).toMatchObject({
      title: 'Phone',
      price: { amount: 97.39, currency: 'EUR' },
      priceMax: 128.72,
      status: 'active',
    });
  });

  it('reads OpenGraph / product meta', () => {
    const [listing] = read(
      `<meta property="og:title" content="Blue Widget">
       <meta property="og:image" content="https://cdn.example/og.jpg">
       <meta property="product:price:amount" content="17.99">
       <meta property="product:price:currency" content="USD">
       <meta property="product:availability" content="in stock">
       <meta property="product:condition" content="used">
       <meta property="product:retailer_item_id" content="R-1">`,
    );
    expect(listing).toEqual({
      site: 'test',
      itemId: 'R-1',
      url: PAGE,
      title: 'Blue Widget',
      price: { amount: 17.99, currency: 'USD' },
      status: 'active',
      condition: 'Used',
      imageUrl: 'https://cdn.example/og.jpg',
    });
    const [og] = read(
      '<meta property="og:title" content="Kit"><meta property="og:price:amount" content="173.000"><meta property="og:price:currency" content="COP"><meta property="og:availability" content="oos">',
    );
    expect(og).toMatchObject({ itemId: PAGE, price: { amount: 173000, currency: 'COP' }, status: 'ended' });
  });
});

describe('structuredListings: when sources disagree (hand-written snippets)', () => {
  const jsonLd = ld(product({ sku: 'J', offers: { price: 10, priceCurrency: 'USD' } }));
  const og =
    '<meta property="og:title" content="OG title"><meta property="product:price:amount" content="12.00"><meta property="product:price:currency" content="USD">';
  const micro = (price: string) =>
    `<div itemscope itemtype="http://schema.org/Product"><span itemprop="name">Micro</span><div itemprop="offers" itemscope itemtype="http://schema.org/Offer"><meta itemprop="price" content="${price}"><meta itemprop="priceCurrency" content="USD"></div></div>`;

  it('prefers JSON-LD over microdata over meta', () => {
    expect(read(jsonLd + og, micro('11'))[0]).toMatchObject({
      itemId: 'J',
      title: 'Blue Widget',
      price: { amount: 10 },
    });
    expect(read(og, micro('11'))[0]).toMatchObject({ title: 'Micro', price: { amount: 11 } });
  });

  it('takes the source matching the visible price, keeping the most specific identity', () => {
    const [listing] = read(jsonLd + og, '<h1>Blue Widget</h1><span class="product-price">$12.00</span>');
    expect(listing).toMatchObject({
      itemId: 'J',
      title: 'Blue Widget',
      price: { amount: 12, currency: 'USD' },
    });
    expect(read(jsonLd + og, '<span class="price">$10.00</span>')[0]?.price.amount).toBe(10);
    expect(read(jsonLd + og, '<span class="price">$99.00</span>')[0]?.price.amount).toBe(10);
  });

  it('fills a missing currency from an agreeing source', () => {
    const noCurrency = ld(product({ sku: 'J', offers: { price: 12 } }));
    expect(read(noCurrency + og)[0]?.price).toEqual({ amount: 12, currency: 'USD' });
  });
});

describe('structuredListings: hostile input (hand-written snippets)', () => {
  it('returns [] on a page without structured data', () => {
    expect(read('<title>Hello</title>', '<h1>Hello</h1><p class="price">$5</p>')).toEqual([]);
  });

  it('skips broken JSON-LD blocks and reads the valid ones', () => {
    const listings = read(
      `<script type="application/ld+json">{"@type":"Product","name":"Broken",,}</script>
       <script type="application/ld+json">{"@type":"Product", "name": "Trailing", "offers": {"price": 5, "priceCurrency": "USD"},}</script>
       <script type="application/ld+json"></script>
       <script type="application/ld+json">null</script>
       ${ld(product({ sku: 'OK', offers: { price: 5, priceCurrency: 'USD' } }))}`,
    );
    expect(listings.map((l) => l.itemId)).toEqual(['OK']);
  });

  it('reads a 1 MB JSON-LD block', () => {
    const big = product({
      sku: 'BIG',
      description: 'x'.repeat(1_000_000),
      offers: { price: 5, priceCurrency: 'USD' },
    });
    const started = performance.now();
    expect(read(ld(big))[0]?.itemId).toBe('BIG');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('survives a huge or deeply nested JSON-LD', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => ({ '@type': 'Thing', name: `t${i}` }));
    expect(read(ld(many))).toEqual([]);
    const inner = JSON.stringify(product({ sku: 'DEEP', offers: { price: 5, priceCurrency: 'USD' } }));
    const deep = `<script type="application/ld+json">${'['.repeat(5000)}${inner}${']'.repeat(5000)}</script>`;
    expect(read(deep)).toEqual([]); // deeper than anyone publishes: not walked
  });

  it('rejects prices that are not prices', () => {
    const price = (value: unknown) => read(ld(product({ offers: { price: value, priceCurrency: 'USD' } })));
    for (const bad of [
      'abc',
      -5,
      '-5',
      '-5.00',
      0,
      '0',
      'Infinity',
      '1e400',
      null,
      '',
      {},
      [],
      true,
      'NaN',
    ]) {
      expect(price(bad), String(bad)).toEqual([]);
    }
    // 1e400 in the JSON text parses to Infinity.
    expect(
      read(
        `<script type="application/ld+json">{"@type":"Product","name":"X","offers":{"price":1e400,"priceCurrency":"USD"}}</script>`,
      ),
    ).toEqual([]);
    expect(
      read('<meta property="og:title" content="X"><meta property="product:price:amount" content="-3">'),
    ).toEqual([]);
  });

  it('needs a name: a product without a title is not a listing', () => {
    expect(read(ld({ '@type': 'Product', sku: 'S', offers: { price: 5, priceCurrency: 'USD' } }))).toEqual(
      [],
    );
  });

  it('copes with a 100 kB name and odd values without throwing', () => {
    const [listing] = read(
      ld(
        product({ name: 'n'.repeat(100_000), sku: { weird: true }, offers: { price: 5, priceCurrency: 7 } }),
      ),
    );
    expect(listing?.title).toHaveLength(100_000);
    expect(listing?.itemId).toBe(PAGE);
  });
});

import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../utils/cli/html';
import { etsy } from '../../utils/sites/etsy';
import { fixtureDocument, loadFixture } from '../helpers/fixtures';

// Expectations come from reading the saved pages (zcat | grep), not from the extractor.
describe('etsy: saved item pages', () => {
  it('listing 1394647088: ProductGroup of 8 colour variants, all 45.00 USD, free shipping', () => {
    const file = 'etsy/etsy-listing-1394647088-2026.html';
    const url = new URL('https://www.etsy.com/listing/1394647088/stacking-blocks-set-of-4');
    const html = loadFixture(file);
    // Read by a different method: every variant offer in the JSON-LD costs "45.00" USD.
    const variantPrices = [
      ...html.matchAll(/"sku":"1394647088-\d+".*?"priceCurrency":"(\w+)","price":"([\d.]+)"/g),
    ];
    expect(variantPrices.map((m) => `${m[2]} ${m[1]}`)).toEqual(Array(8).fill('45.00 USD'));
    expect(html).toContain('<span class="wt-screen-reader-only">Price:</span>$45.00+');
    const listings = etsy.extract(fixtureDocument(file, url.href), url);
    expect(listings).toEqual([
      {
        site: 'etsy',
        itemId: '1394647088',
        url: 'https://www.etsy.com/listing/1394647088/stacking-blocks-set-of-4',
        title: 'Stacking Blocks (set of 4)',
        price: { amount: 45, currency: 'USD' },
        status: 'active', // schema.org/InStock
        shipping: null, // shippingRate value "0" USD; the page says "Free shipping"
        format: 'fixed',
        imageUrl: 'https://i.etsystatic.com/30230394/r/il/6d2a26/6211040832/il_fullxfull.6211040832_2155.jpg',
      },
    ]);
  });

  it('Etsy Spain listing 1385245506: AggregateOffer 40.63..48.75 EUR, not the og 49.99 USD', () => {
    const file = 'etsy/etsy-es-listing-1385245506-2026.html';
    const url = new URL('https://www.etsy.com/es/listing/1385245506/sterling-silver-crown-birth-year');
    const html = loadFixture(file);
    expect(html).toContain('"lowPrice":"40.63","highPrice":"48.75","priceCurrency":"EUR"');
    expect(html).toContain('<meta property="product:price:amount" content="49.99">');
    // The buy box shows "€40.63+"; the length options run from 14 Inches (€40.63) to 26 Inches (€48.75).
    expect(html).toMatch(/Price:<\/span>€40\.63\+/);
    expect(html).toMatch(/26 Inches \(€48\.75\)/);
    const listings = etsy.extract(fixtureDocument(file, url.href), url);
    expect(listings).toHaveLength(1);
    expect(listings[0]).toEqual({
      site: 'etsy',
      itemId: '1385245506',
      url: 'https://www.etsy.com/listing/1385245506/sterling-silver-crown-birth-year',
      title: 'Sterling Silver Crown Birth Year Necklace: Old English Date Pendant',
      price: { amount: 40.63, currency: 'EUR' },
      priceMax: 48.75,
      status: 'active',
      format: 'fixed',
      imageUrl: 'https://i.etsystatic.com/28732980/r/il/db704b/4546233190/il_fullxfull.4546233190_9phk.jpg',
    });
  });

  it('leaves the carousels of other listings out of an item page', () => {
    const file = 'etsy/etsy-es-listing-1385245506-2026.html';
    const url = new URL('https://www.etsy.com/es/listing/1385245506/sterling-silver-crown-birth-year');
    // The page shows other listings' prices (€30.47, €32.50...), none of which may appear.
    const listings = etsy.extract(fixtureDocument(file, url.href), url);
    expect(listings.map((l) => l.itemId)).toEqual(['1385245506']);
  });
});

// HAND-WRITTEN snippet of an Etsy search page (no saved search page): cards as Etsy renders them,
// an outer card and its inner link both carrying data-listing-id.
const card = (id: string, title: string, price: string, extra = '') => `
  <div class="v2-listing-card wt-position-relative" data-listing-id="${id}" data-shop-id="1">
    <a class="listing-link" data-listing-id="${id}" href="https://www.etsy.com/listing/${id}/${title.toLowerCase().replace(/\W+/g, '-')}?ga_order=most_relevant&ref=search_grid-1" title="${title}">
      <img src="https://i.etsystatic.com/1/r/il/aa/${id}/il_340x270.${id}.jpg" alt="">
      <div class="v2-listing-card__info">
        <h3 class="wt-text-caption v2-listing-card__title"> ${title} </h3>
        <div class="n-listing-card__price">${price}</div>${extra}
      </div>
    </a>
  </div>`;
const SEARCH_HTML = `<html><body><div data-search-results>
  ${card('1394647088', 'Stacking Blocks (set of 4)', '<p class="lc-price"><span class="currency-symbol">$</span><span class="currency-value">45.00</span></p>')}
  ${card(
    '1385245506',
    'Crown Year Necklace',
    `<p class="lc-price"><span class="wt-screen-reader-only">Sale Price €40.63</span><span aria-hidden="true"><span class="currency-symbol">€</span><span class="currency-value">40.63</span></span></p>
     <p class="search-collage-promotion-price"><span class="wt-text-strikethrough" aria-hidden="true"><span class="currency-symbol">€</span><span class="currency-value">54.17</span></span> (25% off)</p>`,
  )}
  <div class="wt-display-none" data-add-collection-section="" data-listing-id=""></div>
  ${card('555', 'Placeholder without price', '')}
  ${card('4475699711', 'Maple Cutting Board', '<p class="lc-price"><span class="currency-symbol">CA$</span><span class="currency-value">1,299.00</span></p>')}
</div></body></html>`;

describe('etsy: search page (hand-written snippet)', () => {
  const url = new URL('https://www.etsy.com/search?q=gift');
  const listings = etsy.extract(documentFromHtml(SEARCH_HTML, url.href), url);

  it('reads every priced card once (3 of 4 cards; the one without a price is skipped)', () => {
    expect(listings.map((l) => l.itemId)).toEqual(['1394647088', '1385245506', '4475699711']);
  });

  it('reads first, middle (sale price, not the crossed-out one) and last card', () => {
    expect(listings[0]).toEqual({
      site: 'etsy',
      itemId: '1394647088',
      url: 'https://www.etsy.com/listing/1394647088/stacking-blocks-set-of-4-',
      title: 'Stacking Blocks (set of 4)',
      price: { amount: 45, currency: 'USD' },
      status: 'active',
      format: 'fixed',
      imageUrl: 'https://i.etsystatic.com/1/r/il/aa/1394647088/il_340x270.1394647088.jpg',
    });
    expect(listings[1]).toMatchObject({
      title: 'Crown Year Necklace',
      price: { amount: 40.63, currency: 'EUR' },
    });
    expect(listings[2]).toMatchObject({
      title: 'Maple Cutting Board',
      price: { amount: 1299, currency: 'CAD' },
    });
  });
});

describe('etsy: adapter shape and malformed pages', () => {
  it('claims etsy.com hosts and tells page kinds', () => {
    expect(etsy.claims(new URL('https://www.etsy.com/listing/1'))).toBe(true);
    expect(etsy.claims(new URL('https://notetsy.com/listing/1'))).toBe(false);
    expect(etsy.pageKind(new URL('https://www.etsy.com/es/listing/1385245506/x'))).toBe('item');
    expect(etsy.pageKind(new URL('https://www.etsy.com/de/search?q=x'))).toBe('search');
    expect(etsy.pageKind(new URL('https://www.etsy.com/c/jewelry'))).toBe('search');
    expect(etsy.pageKind(new URL('https://www.etsy.com/your/purchases'))).toBe(null);
  });

  it('returns [] or valid listings without throwing', () => {
    const url = new URL('https://www.etsy.com/search?q=x');
    const read = (html: string, at = url) => etsy.extract(documentFromHtml(html, at.href), at);
    expect(read('<html><body><div data-listing-id="12"><garbage')).toEqual([]);
    expect(read(card('12', 'No price', '<span class="currency-value">free</span>'))).toEqual([]);
    const long = read(card('13', 'x'.repeat(100_000), '<span class="currency-value">5.00</span>'));
    expect(long[0]?.title).toHaveLength(100_000);
    const item = new URL('https://www.etsy.com/listing/99/x');
    expect(read('<html><body><h1>Sorry, this item is unavailable</h1></body></html>', item)).toEqual([]);
    // A JSON-LD about another listing is not this page's product.
    const other =
      '<script type="application/ld+json">{"@type":"Product","name":"Other","sku":"98","offers":{"price":"5.00","priceCurrency":"USD"}}</script>';
    expect(read(other, item)).toEqual([]);
  });
});

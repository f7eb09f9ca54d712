import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../utils/cli/html';
import { amazon } from '../../utils/sites/amazon';
import { fixtureDocument, loadFixture } from '../helpers/fixtures';

/**
 * Expected values were read from the saved pages (zcat + grep, and the cards split by a regex over
 * the raw HTML), not copied from the extractor.
 */

/** ASINs of the search cards that show a current (not struck-through) price, found by regex on the raw HTML. */
function pricedAsinsByRegex(html: string): string[] {
  const chunks = html.split(/(?=<div[^>]*data-component-type="s-search-result")/).slice(1);
  const asins: string[] = [];
  for (const chunk of chunks) {
    const asin = /data-asin="([A-Z0-9]{10})"/.exec(chunk)?.[1];
    // The first current price of the chunk; chunks end at the next card, so a card without a price
    // could only pick up a later widget's price: none of the priceless cards here does (checked by hand).
    const price = /<span class="a-price"[^>]*>\s*<span class="a-offscreen">([^<]*)</.exec(chunk)?.[1];
    if (!asin || !price || !/[1-9]/.test(price) || asins.includes(asin)) continue;
    asins.push(asin);
  }
  return asins;
}

describe('amazon item page (amazon.com, 2026 layout)', () => {
  const url = new URL(
    'https://www.amazon.com/Skullcandy-Canceling-Headphones-Microphone-Bluetooth/dp/B0CD1DZ6RD',
  );
  const listings = amazon.extract(
    fixtureDocument('amazon/amazon-com-dp-B0CD1DZ6RD-2026.html', url.href),
    url,
  );

  it('is an item page', () => expect(amazon.pageKind(url)).toBe('item'));

  it('extracts only the page own product (carousels left out)', () => {
    expect(listings).toHaveLength(1);
  });

  it('reads the new-condition buy box price, not the used offer ($142.39) or carousel prices', () => {
    // #corePriceDisplay_desktop_feature_div: its .a-offscreen is empty (" "), the visible spans and
    // #apex-pricetopay-accessibility-label say $239.99; the hidden used accordion row says $142.39.
    expect(listings[0]).toMatchObject({
      site: 'amazon',
      itemId: 'B0CD1DZ6RD',
      url: 'https://www.amazon.com/dp/B0CD1DZ6RD',
      title:
        'Skullcandy Crusher ANC 2 Wireless Over-Ear Bluetooth Headphones with Extra USB-C Charging Cable, Multi-Sensory Bass, Active Noise Cancelling, 60 Hours Battery, Microphone iPhone Android - True Black',
      price: { amount: 239.99, currency: 'USD' },
      status: 'active',
      format: 'fixed',
      condition: 'New',
      imageUrl: 'https://m.media-amazon.com/images/I/71z1TQY-1uL._AC_SL1500_.jpg',
    });
    expect(listings[0]?.priceMax).toBeUndefined();
  });
});

describe('amazon search page (amazon.de, 2022, English UI)', () => {
  const url = new URL('https://www.amazon.de/s?k=katzenfutter');
  const listings = amazon.extract(fixtureDocument('amazon/amazon-de-search-2022.html', url.href), url);
  const byId = (id: string) => listings.find((l) => l.itemId === id);

  it('is a search page', () => expect(amazon.pageKind(url)).toBe('search'));

  it('extracts every priced result once, sponsored ones included', () => {
    // 60 s-search-result cards (PROVENANCE notes 62, counting other data-asin blocks); one has no price
    // (B019FILDS0), and B07D4RV7PQ shows twice (sponsored at 18, organic at 55): 58 listings.
    const asins = pricedAsinsByRegex(loadFixture('amazon/amazon-de-search-2022.html'));
    expect(asins).toHaveLength(58);
    expect(listings.map((l) => l.itemId)).toEqual(asins);
    expect(byId('B019FILDS0')).toBeUndefined();
    expect(listings.filter((l) => l.itemId === 'B07D4RV7PQ')).toHaveLength(1);
    // The 12 cards labelled "Sponsored" are real listings.
    const sponsored =
      'B013JF5F0C B0B7NQCJJD B09QX7FB88 B09QXBN75N B0B7NMY3NW B07D4RV7PQ B08VMVV6GQ B0B1Q27CD2 B0B7NKJYRT B0821DF2PM B0821D6MLN B0882C8FZ5';
    for (const id of sponsored.split(' ')) expect(byId(id), id).toBeDefined();
  });

  it('reads the first, a middle and the last result', () => {
    // First card is sponsored ("Sponsored" label): €2.95, struck-through list price €3.39.
    expect(listings[0]).toEqual({
      site: 'amazon',
      itemId: 'B013JF5F0C',
      url: 'https://www.amazon.de/dp/B013JF5F0C',
      title: 'FELIX Countryside Sensations Dry Cat Food with Beef and Chicken, Pack of 1 (1 x 1 kg)',
      price: { amount: 2.95, currency: 'EUR' },
      status: 'active',
      format: 'fixed',
      condition: 'New',
      imageUrl: expect.stringMatching(/^https:\/\/m\.media-amazon\.com\/images\//),
    });
    expect(byId('B074KCXXDG')).toMatchObject({
      title:
        'Sheba Sauce Lover - Fine Appetizer Variation (MSC) with Sauce for Adult Cats - 72 x 85 g Cat Food in Tray',
      price: { amount: 41.94, currency: 'EUR' },
      status: 'active',
      condition: 'New',
    });
    expect(listings.at(-1)).toMatchObject({
      itemId: 'B0882C8FZ5',
      url: 'https://www.amazon.de/dp/B0882C8FZ5',
      title: 'Venandi Animal Premium Dry Cat Food Salmon Grain Free with Lots of Fresh Salmon 1.5 kg',
      price: { amount: 12.99, currency: 'EUR' }, // list price €15.49 struck through
      status: 'active',
      condition: 'New',
    });
  });

  it('keeps each card to its own price, not the widget after it', () => {
    expect(byId('B077GPYZYL')).toMatchObject({
      title:
        'Sheba Selection in Sauce - Cat Food with Poultry Variation in Sauce for Adult Cats - Maxi Pack 40 x 85g Cat Food',
      price: { amount: 16.99, currency: 'EUR' },
    });
  });
});

describe('amazon search page (amazon.es, 2025, rendered)', () => {
  const url = new URL('https://www.amazon.es/s?k=God+of+War');
  const listings = amazon.extract(
    fixtureDocument('amazon/amazon-es-search-god-of-war-2025-rendered.html', url.href),
    url,
  );
  const byId = (id: string) => listings.find((l) => l.itemId === id);

  it('extracts every priced result, sponsored ones included', () => {
    // 60 cards: 8 show no price (B002NN7AKU, B00BMKFLU6, 8467949120, B00898GTT6, B000MQ53HC,
    // B00BQZ4SLU, B0764H7G3Q, B00JXPIU7S) and one Kindle book shows only the 0,00 € Kindle Unlimited
    // price (B0CPD3911D): 51 listings, 12 of them sponsored ("Patrocinado").
    const asins = pricedAsinsByRegex(loadFixture('amazon/amazon-es-search-god-of-war-2025-rendered.html'));
    expect(asins).toHaveLength(51);
    expect(listings.map((l) => l.itemId)).toEqual(asins);
    for (const id of ['B002NN7AKU', 'B0764H7G3Q', 'B0CPD3911D']) expect(byId(id)).toBeUndefined();
    const sponsored =
      'B0DQPWRJG5 B0FQ3KS27B B0DCZ1RHZV B0F1SW5BGM B0F8TGGV9C B0FF1WW9LW B0F8TCPHY3 B0FG7KPZGD B0F99XSMYV B0F99Y2K4Z B0DPCPCY9S B0F9F3FZ1W';
    for (const id of sponsored.split(' ')) expect(byId(id), id).toBeDefined();
  });

  it('reads the first, a middle and the last result', () => {
    expect(listings[0]).toMatchObject({
      itemId: 'B0DQPWRJG5',
      url: 'https://www.amazon.es/dp/B0DQPWRJG5',
      title:
        'UARJIRUHR Póster de God of War para decoración de habitación, lienzo artístico, arte de pared, decoración de dormitorio, póster estético para habitación, 30 x 45 cm, estilo sin marco',
      price: { amount: 17.04, currency: 'EUR' },
      status: 'active',
      format: 'fixed',
      condition: 'New',
    });
    // "18,99 €" main offer; "Otra opción de compra 14,68 €" is another offer, not this card's price.
    expect(byId('B07BF25FJV')).toMatchObject({
      title: 'God Of War (Playstation Soundtrack)',
      price: { amount: 18.99, currency: 'EUR' },
    });
    expect(byId('B0BNYSHHJJ')?.price).toEqual({ amount: 47.68, currency: 'EUR' });
    // ISBN-10 ASIN; 176,03 € struck through.
    expect(byId('1506749445')).toMatchObject({
      url: 'https://www.amazon.es/dp/1506749445',
      title: 'God of War: 20th Anniversary Retrospective (Deluxe Edition)',
      price: { amount: 136.75, currency: 'EUR' },
    });
    expect(listings.at(-1)).toMatchObject({
      itemId: 'B0F9F3FZ1W',
      title:
        'SACPFGUE Póster de God of War Game 1 póster decorativo de lienzo para pared e impresión artística moderna para decoración de dormitorio familiar, 20 x 30 cm',
      price: { amount: 10.15, currency: 'EUR' },
      status: 'active',
      condition: 'New',
    });
  });
});

// Hand-written snippets (not saved pages): older layouts and states the saved pages do not show.
describe('amazon hand-written snippets', () => {
  const page = (body: string, href: string) => {
    const url = new URL(href);
    return amazon.extract(documentFromHtml(`<html lang="de-de"><body>${body}</body></html>`, url.href), url);
  };

  it('reads the old #priceblock_ourprice layout, and Renewed titles', () => {
    const [item] = page(
      '<span id="productTitle"> Apple iPhone 12, 64GB (Generalüberholt) </span><span id="priceblock_ourprice">349,00 €</span>',
      'https://www.amazon.de/gp/product/B08L5TNJHG?th=1',
    );
    expect(item).toMatchObject({
      itemId: 'B08L5TNJHG',
      url: 'https://www.amazon.de/dp/B08L5TNJHG',
      price: { amount: 349, currency: 'EUR' },
      condition: 'Generalüberholt',
    });
  });

  it('records no price for a currently unavailable item, even with other sellers or carousels priced', () => {
    const body = `<span id="productTitle">Thing</span>
      <div id="availability"><span>Derzeit nicht verfügbar.</span></div>
      <div id="olp"><span class="a-price"><span class="a-offscreen">12,00 €</span></span></div>
      <div class="a-carousel"><span class="a-price"><span class="a-offscreen">9,99 €</span></span></div>`;
    expect(page(body, 'https://www.amazon.de/dp/B000000001')).toEqual([]);
    expect(
      page(
        '<div id="outOfStock">Currently unavailable.</div><span id="price_inside_buybox">$5.00</span>',
        'https://www.amazon.com/dp/B000000001',
      ),
    ).toEqual([]);
  });

  it('reads a price range of a parent item', () => {
    const [item] = page(
      `<div id="corePrice_feature_div"><span class="a-price-range"><span class="a-price"><span class="a-offscreen">19,99 €</span></span> – <span class="a-price"><span class="a-offscreen">29,99 €</span></span></span></div>`,
      'https://www.amazon.de/dp/B000000002',
    );
    expect(item).toMatchObject({ price: { amount: 19.99, currency: 'EUR' }, priceMax: 29.99 });
  });

  it('marks a used-only buy box as Used, and reads search ranges, renewed titles and Gulf currencies', () => {
    const [used] = page(
      '<span id="productTitle">Lens</span><div id="usedAccordionRow"><div id="corePrice_feature_div"><span class="a-price"><span class="a-offscreen">120,00 €</span></span></div></div>',
      'https://www.amazon.de/dp/B000000003',
    );
    expect(used).toMatchObject({ price: { amount: 120, currency: 'EUR' }, condition: 'Used' });
    const [card] = page(
      `<div data-component-type="s-search-result" data-asin="B000000004"><h2><span>Apple iPhone 13, 128GB（整備済み品）</span></h2>
        <span class="a-price-range"><span class="a-price"><span class="a-offscreen">￥59,800</span></span> - <span class="a-price"><span class="a-offscreen">￥79,800</span></span></span></div>`,
      'https://www.amazon.co.jp/s?k=iphone',
    );
    expect(card).toMatchObject({
      price: { amount: 59800, currency: 'JPY' },
      priceMax: 79800,
      condition: '整備済み品',
    });
    const [ae] = page(
      '<span id="productTitle">Phone</span><div id="corePrice_feature_div"><span class="a-price"><span class="a-offscreen">AED 1,299.00</span></span></div>',
      'https://www.amazon.ae/dp/B000000005',
    );
    expect(ae?.price).toEqual({ amount: 1299, currency: 'AED' });
  });

  it('survives malformed pages', () => {
    expect(
      page(
        '<div data-component-type="s-search-result" data-asin="B0000000X1"><h2>x</h2><garbage',
        'https://www.amazon.de/s?k=x',
      ),
    ).toEqual([]);
    expect(
      page(
        '<div data-component-type="s-search-result" data-asin="nope"><span class="a-price"><span class="a-offscreen">1 €',
        'https://www.amazon.de/s?k=x',
      ),
    ).toEqual([]);
    const long = 'x'.repeat(100_000);
    const listings = page(
      `<div data-component-type="s-search-result" data-asin="B0000000X1"><h2>${long}</h2><span class="a-price"><span class="a-offscreen">1,50 €</span></span></div>`,
      'https://www.amazon.de/s?k=x',
    );
    expect(listings).toHaveLength(1);
    expect(listings[0]?.price).toEqual({ amount: 1.5, currency: 'EUR' });
    expect(
      page(
        '<p>Enter the characters you see below</p><form action="/errors/validateCaptcha"></form>',
        'https://www.amazon.com/dp/B0CD1DZ6RD',
      ),
    ).toEqual([]);
    expect(page('', 'https://www.amazon.com/gp/help/customer/display.html')).toEqual([]);
  });

  it('claims every country site and only Amazon hosts', () => {
    for (const host of [
      'www.amazon.com',
      'www.amazon.co.uk',
      'www.amazon.com.br',
      'www.amazon.co.jp',
      'www.amazon.eg',
      'amazon.sa',
    ])
      expect(amazon.claims(new URL(`https://${host}/dp/B0CD1DZ6RD`))).toBe(true);
    for (const host of ['www.notamazon.com', 'www.amazon.com.evil.net', 'www.amazon.cn'])
      expect(amazon.claims(new URL(`https://${host}/dp/B0CD1DZ6RD`))).toBe(false);
  });
});

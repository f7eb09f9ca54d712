import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../utils/cli/html';
import { mercadolibre } from '../../utils/sites/mercadolibre';
import { fixtureDocument, loadFixture } from '../helpers/fixtures';

const FILE = 'mercadolibre/mercadolibre-co-product-MCO42090990-2026.html';
const PAGE =
  'https://www.mercadolibre.com.co/lamparas-tipo-spot-con-riel-de-1m-x-3-unid-de-10w-estructura-negro-luz-blanca/p/MCO42090990';

// Expectations come from reading the saved page (zcat | grep), not from the extractor.
describe('mercadolibre: saved catalog product page MCO42090990 (Colombia)', () => {
  const url = new URL(PAGE);
  const html = loadFixture(FILE);
  const listings = mercadolibre.extract(fixtureDocument(FILE, url.href), url);

  it('the page: one Product JSON-LD at 71492 COP, the price box shows "$ 71.492" (was $ 88.480)', () => {
    expect(html.match(/<script type="application\/ld\+json"[^>]*>[^<]*"@type":"Product"/g)).toHaveLength(1);
    expect(html).toContain('"offers":{"price":71492,');
    expect(html).toContain('"priceCurrency":"COP"');
    expect(html).toMatch(/ui-pdp-price__second-line.*?andes-money-amount__fraction[^>]*>71\.492</);
    expect(html).toMatch(/Antes: 88480 pesos/);
  });

  it('gives the page’s own product only (recommendation carousels left out)', () => {
    expect(listings).toEqual([
      {
        site: 'mercadolibre',
        itemId: 'MCO42090990',
        url: PAGE, // the canonical link
        title: 'Lámparas Tipo Spot Con Riel De 1m X 3 Unid De 10w. Estructura Negro Luz Blanca',
        price: { amount: 71492, currency: 'COP' }, // not the crossed-out 88.480 nor "6 cuotas de $ 11.915"
        status: 'active', // schema.org/InStock
        condition: 'Nuevo', // "Nuevo | +500 vendidos"
        format: 'fixed',
        imageUrl: 'https://http2.mlstatic.com/D_NQ_NP_788028-MLA109737747149_032026-O.webp',
      },
    ]);
  });
});

describe('mercadolibre: saved search page (laptop, Peru, 2025)', () => {
  const file = 'mercadolibre/mercadolibre-pe-search-laptop-2025.html';
  const url = new URL('https://listado.mercadolibre.com.pe/laptop');
  const listings = mercadolibre.extract(fixtureDocument(file, url.href), url);
  const html = loadFixture(file);

  it('records all 50 cards in soles, each once, every one with free shipping shown', () => {
    // 50 <li class="ui-search-layout__item">; 45 say "Llega gratis …", 5 "Envío gratis".
    expect(html.match(/<li class="ui-search-layout__item">/g)).toHaveLength(50);
    expect(listings).toHaveLength(50);
    expect(new Set(listings.map((l) => l.itemId)).size).toBe(50);
    expect(listings.every((l) => l.price.currency === 'PEN' && l.shipping === null)).toBe(true);
  });

  it('reads the promoted first card, whose link is a click tracker, through the page state', () => {
    // The card's link: click1.mercadolibre.com.pe/mclics/…?a=7%2FoERjCg…; __PRELOADED_STATE__ gives
    // that result metadata.id "MPE790169016" and sanitized_title "-laptop-lenovo-v15-…-fhd".
    expect(html).toContain('"metadata":{"id":"MPE790169016","variation_id":"189509073263","url":"click1.');
    expect(listings[0]).toEqual({
      site: 'mercadolibre',
      itemId: 'MPE790169016',
      url: 'https://articulo.mercadolibre.com.pe/MPE-790169016-laptop-lenovo-v15-intel-core-i3-1315u-ram-8gb-512gb-156-fhd-_JM',
      title: 'Laptop Lenovo V15 Intel Core I3 1315u Ram 8gb 512gb 15.6 Fhd',
      // "Antes: 1850 soles" struck, "Ahora: 1362 soles", "6 cuotas de S/ 227".
      price: { amount: 1362, currency: 'PEN' },
      shipping: null, // "Llega gratis mañana"
      status: 'active',
      format: 'fixed',
      imageUrl: expect.stringContaining('803746-MPE89236057864_082025'),
    });
  });

  it('reads catalog cards by their product id, at the current price', () => {
    expect(listings[1]).toMatchObject({
      itemId: 'MPE39201498',
      url: 'https://www.mercadolibre.com.pe/lenovo-loq-15iax9-core-i5-12450hx-24gb-512gb-rtx3050-tecla-n-color-luna-grey/p/MPE39201498',
      title: 'Lenovo Loq 15iax9 Core I5 12450hx 24gb 512gb Rtx3050 Tecla Ñ Color Luna Grey',
      price: { amount: 2759, currency: 'PEN' }, // was S/ 3.899
    });
    // A card without a previous price: S/ 2.520.
    expect(listings[16]).toMatchObject({ itemId: 'MPE17828518', price: { amount: 2520, currency: 'PEN' } });
    // An article (not catalog) link: articulo.mercadolibre.com.pe/MPE-692346422-…
    expect(listings[47]).toMatchObject({
      itemId: 'MPE692346422',
      url: expect.stringMatching(/^https:\/\/articulo\.mercadolibre\.com\.pe\/MPE-692346422-/),
      price: { amount: 5869, currency: 'PEN' }, // was S/ 7.411
    });
    expect(listings[49]).toMatchObject({
      itemId: 'MPE51506800',
      title: expect.stringMatching(/^Laptop HP OmniBook 5 16-ba1051la/),
      price: { amount: 2409, currency: 'PEN' }, // was S/ 3.599
    });
  });

  it('never takes a struck-through "Antes" price', () => {
    const before = [...html.matchAll(/aria-label="Antes: (\d+) soles"/g)].map((m) => Number(m[1]));
    expect(before.length).toBeGreaterThan(30);
    const now = [...html.matchAll(/aria-label="Ahora: (\d+) soles"/g)].map((m) => Number(m[1]));
    for (const listing of listings)
      expect(before.includes(listing.price.amount) && !now.includes(listing.price.amount)).toBe(false);
  });
});

// HAND-WRITTEN snippet of a search page (no saved search page): the 2024+ "poly-card" layout, the
// older ui-search-result layout, an ad whose link is a click tracker (no id: skipped) and a card
// without a price (skipped).
const money = (fraction: string, { symbol = '$', cents = '', previous = false } = {}) =>
  `<${previous ? 's' : 'span'} class="andes-money-amount${previous ? ' andes-money-amount--previous' : ''}"><span class="andes-money-amount__currency-symbol">${symbol}</span><span class="andes-money-amount__fraction">${fraction}</span>${cents ? `<span class="andes-money-amount__cents">${cents}</span>` : ''}</${previous ? 's' : 'span'}>`;
const poly = (href: string, title: string, price: string, extra = '') => `
  <li class="ui-search-layout__item"><div class="poly-card"><div class="poly-card__portada"><img class="poly-component__picture" src="https://http2.mlstatic.com/D_Q_NP_1-O.webp" alt=""></div>
  <div class="poly-card__content"><h3 class="poly-component__title-wrapper"><a href="${href}" class="poly-component__title">${title}</a></h3>
  <div class="poly-component__price">${price}</div>${extra}</div></div></li>`;
const SEARCH_HTML = `<html><body><ol class="ui-search-layout">
  ${poly(
    'https://www.mercadolibre.com.co/lampara-tipo-spot-gu10/p/MCO2946737470#polycard_client=search-nordic&wid=MCO1234&sid=search',
    'Lampara Tipo Spot Gu10 X 3 Unid 110v Negro',
    `${money('97.000', { previous: true })}<div class="poly-price__current">${money('67.900')}</div><span class="poly-price__installments">3 cuotas de ${money('22.633')}</span>`,
    '<div class="poly-component__shipping">Envío gratis</div>',
  )}
  ${poly('https://click1.mercadolibre.com.co/mclics/clicks/external/MCO/count?a=xyz', 'Anuncio', `<div class="poly-price__current">${money('10.000')}</div>`)}
  <li class="ui-search-layout__item"><div class="ui-search-result__wrapper"><div class="ui-search-result__content">
    <a class="ui-search-link" href="https://articulo.mercadolibre.com.co/MCO-1751042471-spot-atikus-negro-_JM?searchVariation=1#position=4">
      <h2 class="ui-search-item__title">Spot Atikus Negro Techo Aluminio Gu10</h2></a>
    <div class="ui-search-price__second-line">${money('59.900', { cents: '50' })}</div>
    <span class="ui-search-item__condition">Usado</span>
  </div></div></li>
  ${poly('https://articulo.mercadolibre.com.co/MCO-99-no-price-_JM', 'Sin precio', '')}
  ${poly('https://www.mercadolibre.com.co/camioneta-4x4/up/MCOU3001#wid=MCO5', 'Camioneta 4x4', `<div class="poly-price__current">${money('25.000', { symbol: 'US$' })}</div>`)}
</ol></body></html>`;

describe('mercadolibre: search page (hand-written snippet)', () => {
  const url = new URL('https://listado.mercadolibre.com.co/lamparas');
  const listings = mercadolibre.extract(documentFromHtml(SEARCH_HTML, url.href), url);

  it('reads the 3 cards with an id and a price (5 cards: an ad tracker and a priceless card skipped)', () => {
    expect(listings.map((l) => l.itemId)).toEqual(['MCO2946737470', 'MCO1751042471', 'MCOU3001']);
  });

  it('reads first (current price, not the previous one or installments), middle and last card', () => {
    expect(listings[0]).toEqual({
      site: 'mercadolibre',
      itemId: 'MCO2946737470',
      url: 'https://www.mercadolibre.com.co/lampara-tipo-spot-gu10/p/MCO2946737470',
      title: 'Lampara Tipo Spot Gu10 X 3 Unid 110v Negro',
      price: { amount: 67900, currency: 'COP' },
      shipping: null,
      status: 'active',
      format: 'fixed',
      imageUrl: 'https://http2.mlstatic.com/D_Q_NP_1-O.webp',
    });
    expect(listings[1]).toMatchObject({
      url: 'https://articulo.mercadolibre.com.co/MCO-1751042471-spot-atikus-negro-_JM',
      title: 'Spot Atikus Negro Techo Aluminio Gu10',
      price: { amount: 59900.5, currency: 'COP' },
      condition: 'Usado',
    });
    expect(listings[1]).not.toHaveProperty('shipping');
    expect(listings[2]).toMatchObject({ title: 'Camioneta 4x4', price: { amount: 25000, currency: 'USD' } });
  });

  it('uses each country’s currency', () => {
    const one = poly(
      'https://produto.mercadolivre.com.br/MLB-123-tenis-_JM',
      'Tênis',
      `<div class="poly-price__current">${money('1.299', { cents: '90' })}</div>`,
    );
    const br = new URL('https://lista.mercadolivre.com.br/tenis');
    expect(mercadolibre.extract(documentFromHtml(`<ol>${one}</ol>`, br.href), br)[0]?.price).toEqual({
      amount: 1299.9,
      currency: 'BRL',
    });
    const mx = new URL('https://listado.mercadolibre.com.mx/tenis');
    const oneMx = one.replace('1.299', '1,299');
    expect(mercadolibre.extract(documentFromHtml(`<ol>${oneMx}</ol>`, mx.href), mx)[0]?.price).toEqual({
      amount: 1299.9,
      currency: 'MXN',
    });
  });
});

describe('mercadolibre: adapter shape and malformed pages', () => {
  it('claims the country hosts and tells page kinds', () => {
    for (const host of [
      'www.mercadolibre.com.ar',
      'articulo.mercadolibre.cl',
      'listado.mercadolibre.com.pe',
      'lista.mercadolivre.com.br',
    ])
      expect(mercadolibre.claims(new URL(`https://${host}/x`))).toBe(true);
    expect(mercadolibre.claims(new URL('https://www.mercadolibre.com/x'))).toBe(false);
    expect(mercadolibre.claims(new URL('https://mercadolibre.com.co.evil.com/x'))).toBe(false);
    expect(mercadolibre.pageKind(new URL(PAGE))).toBe('item');
    expect(mercadolibre.pageKind(new URL('https://articulo.mercadolibre.com.ar/MLA-1-x-_JM'))).toBe('item');
    expect(mercadolibre.pageKind(new URL('https://listado.mercadolibre.com.co/lamparas'))).toBe('search');
    expect(mercadolibre.pageKind(new URL('https://www.mercadolibre.com.co/'))).toBe(null);
  });

  it('returns [] or valid listings without throwing', () => {
    const search = new URL('https://listado.mercadolibre.com.co/x');
    const read = (html: string, at = search) => mercadolibre.extract(documentFromHtml(html, at.href), at);
    expect(read('<html><body><li class="ui-search-layout__item"><garbage')).toEqual([]);
    expect(read(`<ol>${poly('/p/MCO1', 'Sin precio', money('abc'))}</ol>`)).toEqual([]);
    expect(read(`<ol>${poly('/p/MCO1', 'x'.repeat(100_000), money('1.000'))}</ol>`)[0]?.title).toHaveLength(
      100_000,
    );
    expect(read('<html><body>Hubo un error</body></html>', new URL(PAGE))).toEqual([]);
  });
});

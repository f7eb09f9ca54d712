import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../utils/cli/html';
import { currencyForRegion, parsePrice } from '../../utils/price';
import { generic, genericReader } from '../../utils/sites/generic';
import { currencySignals, pageCurrencyHint, suggestShopCurrency } from '../../utils/sites/page-currency';
import { stripStructuredData } from '../generic-eval/strip';
import { fixtureDocument } from '../helpers/fixtures';

// What a page states about the currency of its bare "$" (utils/sites/page-currency.ts). The saved
// pages' signals were read by hand from their HTML (zcat | grep); the snippets further down are
// HAND-WRITTEN, one rule each.

const ETSY_US = 'https://www.etsy.com/listing/1394647088/stacking-blocks-set-of-4';
const ETSY_ES = 'https://www.etsy.com/es/listing/1385245506/sterling-silver-crown-birth-year';
const ANYELUZ = 'https://www.anyeluz.com/products/kit-potencializador-anyeluz';
const FYE = 'https://www.fye.com/better-off-dead-exclusive-blu-ray-steelbook-fye.000000032429335302.html';

const named = (doc: Document, url: string) =>
  currencySignals(doc, new URL(url)).filter((c): c is string => c !== null);

describe('page currency: saved pages', () => {
  it('etsy.com listing: host, lang en-US and its own hreflang en-US agree on USD', () => {
    const doc = fixtureDocument('etsy/etsy-listing-1394647088-2026.html', ETSY_US);
    // etsy.com → USD; <html lang="en-US">; <link rel=alternate href=(this URL) hreflang="en-US">.
    // Its currency <select> (USD selected) is inside an HTML comment: not on the page.
    expect(named(doc, ETSY_US)).toEqual(['USD', 'USD', 'USD']);
    const hint = pageCurrencyHint(doc, new URL(ETSY_US));
    expect(hint).toEqual({ currency: 'USD', locale: 'en-US' });
    expect(parsePrice('$45.00', hint)).toEqual({ amount: 45, currency: 'USD' });
  });

  it("etsy.com/es listing: the en-US hreflang is another URL's; prices the visitor sees in € stay EUR", () => {
    const doc = fixtureDocument('etsy/etsy-es-listing-1385245506-2026.html', ETSY_ES);
    // Same lang and host as the US page (the visitor's euros are picked in a commented-out
    // overlay); the en-US hreflang link points at the English URL, not at this /es/ one.
    expect(named(doc, ETSY_ES)).toEqual(['USD', 'USD']);
    const hint = pageCurrencyHint(doc, new URL(ETSY_ES));
    expect(parsePrice('Price:€40.63+', hint)).toEqual({ amount: 40.63, currency: 'EUR' });
  });

  it('anyeluz.com (Shopify): Shopify.currency {"active":"COP"} in an inline script', () => {
    const doc = fixtureDocument('generic-jsonld/shopify-anyeluz-product-jsonld-2026.html', ANYELUZ);
    // <html lang="es"> names no country, .com none: only the platform's setting names one.
    expect(named(doc, ANYELUZ)).toEqual(['COP']);
    const hint = pageCurrencyHint(doc, new URL(ANYELUZ));
    expect(parsePrice('$173.000', hint)).toEqual({ amount: 173000, currency: 'COP' });
  });

  it.each([
    ['anyeluz.com', 'generic-jsonld/shopify-anyeluz-product-jsonld-2026.html', ANYELUZ, '$173.000'],
    ['fye.com', 'generic-jsonld/fye-com-product-og-microdata.html', FYE, '$17.99'],
  ])(
    '%s with its scripts and structured data stripped (as eval:generic does): nothing names a currency',
    (_shop, file, url, shown) => {
      const doc = fixtureDocument(file, url);
      stripStructuredData(doc);
      // lang="es" / lang="en" without a country, a .com host, no switcher, no script left.
      expect(named(doc, url)).toEqual([]);
      expect(parsePrice(shown, pageCurrencyHint(doc, new URL(url)))?.currency).toBeNull();
    },
  );
});

// HAND-WRITTEN snippets: the rule on a minimal product page (Node, no layout: the h1 reader).
const page = (html: string, head = '', url = 'https://shop.example/p/better-off-dead') =>
  generic.extract(
    documentFromHtml(`<!doctype html>${html.replace('<head></head>', `<head>${head}</head>`)}`, url),
    new URL(url),
  );
const BODY = '<head></head><body><div><h1>Better Off Dead</h1><span class="price">$17.99</span></div></body>';

describe('page currency: the rule (hand-written snippets)', () => {
  it('lang en-US and "$17.99" → 17.99 USD', () => {
    expect(page(`<html lang="en-US">${BODY}</html>`)[0]?.price).toEqual({ amount: 17.99, currency: 'USD' });
  });

  it('og:locale es_CO and "$173.000" → 173000 COP', () => {
    const html =
      '<html lang="es"><head></head><body><div><h1>Kit</h1><span class="price">$173.000</span></div></body></html>';
    const listings = page(html, '<meta property="og:locale" content="es_CO">');
    expect(listings[0]?.price).toEqual({ amount: 173000, currency: 'COP' });
  });

  it("a currency switcher's selected option names the currency", () => {
    const select =
      '<select name="currency"><option value="USD">USD</option><option value="CAD" selected>CAD</option></select>';
    const html = `<html lang="en">${BODY.replace('</body>', `${select}</body>`)}</html>`;
    expect(page(html)[0]?.price).toEqual({ amount: 17.99, currency: 'CAD' });
  });

  it.each([
    [
      'lang en-US, og:locale es_CO',
      '<html lang="en-US">',
      '<meta property="og:locale" content="es_CO">',
      undefined,
    ],
    ['lang en-US on a .com.au host', '<html lang="en-US">', '', 'https://shop.com.au/p/better-off-dead'],
    [
      'lang en-US, the switcher on AUD',
      '<html lang="en-US">',
      '',
      undefined,
      '<select id="currency-picker"><option value="AUD" selected>AUD</option></select>',
    ],
    [
      'lang en-CA, Shopify.currency USD',
      '<html lang="en-CA">',
      '<script>Shopify.currency = {"active":"USD","rate":"1.0"};</script>',
      undefined,
    ],
  ])('conflicting signals (%s) → nothing', (_name, open, head, url, extra = '') => {
    const html = `${open}${BODY.replace('</body>', `${extra}</body>`)}</html>`;
    expect(page(html, head, url)).toEqual([]);
  });

  it('a bare "$" with no signal (lang "en", a .com host) → nothing', () => {
    expect(page(`<html lang="en">${BODY}</html>`, '', 'https://shop.com/p/better-off-dead')).toEqual([]);
  });

  it('an hreflang of another page says nothing about this one', () => {
    const head = '<link rel="alternate" hreflang="en-US" href="https://shop.example/us/p/better-off-dead">';
    expect(page(`<html lang="en">${BODY}</html>`, head)).toEqual([]);
    const own = '<link rel="alternate" hreflang="en-US" href="https://shop.example/p/better-off-dead">';
    expect(page(`<html lang="en">${BODY}</html>`, own)[0]?.price).toEqual({ amount: 17.99, currency: 'USD' });
  });

  it('a region with a currency other than a dollar does not resolve "$" (en-GB → GBP)', () => {
    expect(page(`<html lang="en-GB">${BODY}</html>`)).toEqual([]);
  });
});

describe('currencyForRegion', () => {
  it.each([
    ['US', 'USD'],
    ['co', 'COP'],
    ['MX', 'MXN'],
    ['CA', 'CAD'],
    ['AU', 'AUD'],
    ['GB', 'GBP'],
    ['DE', 'EUR'],
    ['EC', 'USD'],
  ])('%s → %s', (region, currency) => {
    expect(currencyForRegion(region)).toBe(currency);
  });

  it.each(['', 'USA', 'XX', '1', 'Hant'])('%s → null', (region) => {
    expect(currencyForRegion(region)).toBeNull();
  });
});

// The currency the user said a shop uses when turning it on (settings.shopCurrencies), passed to
// the reader as genericReader(code). Real saved pages where one exists; the rest HAND-WRITTEN.
describe("the shop's currency, set by the user", () => {
  it.each([
    ['fye.com', 'USD', 'generic-jsonld/fye-com-product-og-microdata.html', FYE, '$17.99', 17.99],
    [
      'anyeluz.com',
      'COP',
      'generic-jsonld/shopify-anyeluz-product-jsonld-2026.html',
      ANYELUZ,
      '$173.000',
      173000,
    ],
  ])(
    '%s stripped (nothing on the page names a currency): the "$" is read in the user\'s %s',
    (_shop, chosen, file, url, shown, amount) => {
      const doc = fixtureDocument(file, url);
      stripStructuredData(doc);
      const hint = pageCurrencyHint(doc, new URL(url), chosen);
      expect(hint.currency).toBe(chosen);
      // anyeluz's "lang=es" still decides the dots: 173.000 is a hundred and seventy-three thousand.
      expect(parsePrice(shown, hint)).toEqual({ amount, currency: chosen });
    },
  );

  it("the etsy.com listing names USD itself: a user's CAD does not change it", () => {
    const doc = fixtureDocument('etsy/etsy-listing-1394647088-2026.html', ETSY_US);
    const hint = pageCurrencyHint(doc, new URL(ETSY_US), 'CAD');
    expect(hint.currency).toBe('USD');
    expect(parsePrice('$45.00', hint)).toEqual({ amount: 45, currency: 'USD' });
  });

  it('fye.com as published: its structured data gives USD whatever the user chose', () => {
    const doc = fixtureDocument('generic-jsonld/fye-com-product-og-microdata.html', FYE);
    const [listing] = genericReader('COP').extract(doc, new URL(FYE));
    expect(listing?.price).toEqual({ amount: 17.99, currency: 'USD' });
  });

  const shop = (currency: string | null, html: string, url = 'https://shop.com/p/better-off-dead') =>
    genericReader(currency).extract(documentFromHtml(`<!doctype html>${html}`, url), new URL(url));

  it('snippet: a bare "$" on a page naming no currency → the user\'s USD', () => {
    expect(shop('USD', `<html lang="en">${BODY}</html>`)[0]?.price).toEqual({
      amount: 17.99,
      currency: 'USD',
    });
  });

  it('snippet: not set (null) → nothing, as before', () => {
    expect(shop(null, `<html lang="en">${BODY}</html>`)).toEqual([]);
  });

  it("snippet: the page says en-US, the user said COP → the page's USD", () => {
    expect(shop('COP', `<html lang="en-US">${BODY}</html>`)[0]?.price).toEqual({
      amount: 17.99,
      currency: 'USD',
    });
  });

  it('snippet: a .co.uk host names GBP; the user said USD → "$" is not a pound, nothing', () => {
    // The page names GBP, and "$" is never a pound: the user's USD does not rescue it.
    expect(shop('USD', `<html lang="en">${BODY}</html>`, 'https://shop.co.uk/p/better-off-dead')).toEqual([]);
  });

  it('snippet: signals that disagree (en-US on a .com.au host) → nothing, whatever the user said', () => {
    const url = 'https://shop.com.au/p/better-off-dead';
    expect(shop('AUD', `<html lang="en-US">${BODY}</html>`, url)).toEqual([]);
    expect(shop('USD', `<html lang="en-US">${BODY}</html>`, url)).toEqual([]);
  });

  it('snippet: an explicit "€" is read as euros on a shop the user set to USD', () => {
    const html = `<html lang="en">${BODY.replace('$17.99', '€17,99')}</html>`;
    expect(shop('USD', html)[0]?.price).toEqual({ amount: 17.99, currency: 'EUR' });
  });

  it('snippet: a "$" the chosen currency never writes so (the user said EUR) → nothing', () => {
    expect(shop('EUR', `<html lang="en">${BODY}</html>`)).toEqual([]);
  });

  it('snippet: "¥" on a shop set to CNY is yuan, on one set to JPY yen', () => {
    const html = `<html lang="zh">${BODY.replace('$17.99', '¥149.00')}</html>`;
    expect(shop('CNY', html)[0]?.price).toEqual({ amount: 149, currency: 'CNY' });
    expect(shop('JPY', html.replace('¥149.00', '¥5,400'))[0]?.price).toEqual({
      amount: 5400,
      currency: 'JPY',
    });
  });

  it.each([
    ['lower case', 'usd'],
    ['too short', 'US'],
    ['not a string', 42 as unknown as string],
    ['empty', ''],
  ])('snippet: a malformed code (%s) is no currency: nothing, no throw', (_name, code) => {
    expect(shop(code, `<html lang="en">${BODY}</html>`)).toEqual([]);
  });
});

// The popup's suggestion when a shop is turned on (the user confirms or changes it). Inputs are
// HAND-WRITTEN signal records, one rule each.
describe('the suggested shop currency', () => {
  it("the page's own price data first, when it agrees with itself", () => {
    expect(
      suggestShopCurrency({ host: 'www.anyeluz.com', lang: 'es', priceCurrencies: ['COP', 'COP'] }, 'en-US'),
    ).toBe('COP');
  });

  it('price data that disagrees is passed over for the country domain', () => {
    expect(suggestShopCurrency({ host: 'shop.com.au', priceCurrencies: ['USD', 'AUD'] }, 'en-US')).toBe(
      'AUD',
    );
  });

  it("then the page language's country, then the browser's", () => {
    expect(suggestShopCurrency({ host: 'shop.com', lang: 'es-MX' }, 'en-US')).toBe('MXN');
    expect(suggestShopCurrency({ host: 'shop.com', ogLocale: 'en_GB' }, 'zh-TW')).toBe('GBP');
    expect(suggestShopCurrency({ host: 'www.fye.com', lang: 'en' }, 'zh-TW')).toBe('TWD');
  });

  it('nothing to go on → no suggestion ("Not set" stays selected)', () => {
    expect(suggestShopCurrency({ host: 'shop.com', lang: 'en' }, 'ja')).toBeNull();
  });

  it('malformed codes from the page are ignored', () => {
    expect(suggestShopCurrency({ host: 'shop.com', priceCurrencies: ['usd', 'US$'] }, 'en-CA')).toBe('CAD');
  });
});

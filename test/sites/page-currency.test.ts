import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../utils/cli/html';
import { currencyForRegion, parsePrice } from '../../utils/price';
import { generic } from '../../utils/sites/generic';
import { currencySignals, pageCurrencyHint } from '../../utils/sites/page-currency';
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

import { describe, expect, it } from 'vitest';
import { currencyForHost, type PriceHint, parsePrice, parsePriceRange } from '../utils/price';

const NBSP = '\u00a0';
const NNBSP = '\u202f'; // narrow no-break space (French, Czech)
const THIN = '\u2009';

const JPY: PriceHint = { currency: 'JPY' };
const USD: PriceHint = { currency: 'USD' };
const EUR: PriceHint = { currency: 'EUR' };

type Row = [text: string, hint: PriceHint | undefined, amount: number, currency: string | null];

describe('parsePrice: what sites and sellers write', () => {
  const rows: Row[] = [
    // eBay
    ['US $1,234.56', undefined, 1234.56, 'USD'],
    ['Now: US $349.99', undefined, 349.99, 'USD'],
    ['C $12.00', undefined, 12, 'CAD'],
    ['AU $12.50', undefined, 12.5, 'AUD'],
    ['EUR 159,00', undefined, 159, 'EUR'],
    ['£7.65', undefined, 7.65, 'GBP'],
    ['US $1.234,56', { locale: 'de-DE' }, 1234.56, 'USD'], // ebay.de writes foreign prices German-style
    // European formats
    ['1.234,56 €', undefined, 1234.56, 'EUR'],
    ['1 234,56 €', undefined, 1234.56, 'EUR'],
    [`1${NBSP}234,56${NBSP}€`, undefined, 1234.56, 'EUR'],
    ['12.99 €', undefined, 12.99, 'EUR'],
    ['€12,99', undefined, 12.99, 'EUR'],
    ['1.200,00€', undefined, 1200, 'EUR'],
    ['12.345.678,90 €', undefined, 12345678.9, 'EUR'],
    ['1.500 € VB', undefined, 1500, 'EUR'],
    ['Prix: 40 990 €', undefined, 40990, 'EUR'],
    [`Prix : 40${NNBSP}990${NNBSP}€`, undefined, 40990, 'EUR'],
    ['159,- €', undefined, 159, 'EUR'],
    ['159,-', EUR, 159, 'EUR'],
    ['12,99 € inkl. MwSt.', undefined, 12.99, 'EUR'],
    ["CHF 1'049.95", undefined, 1049.95, 'CHF'],
    ['CHF 1’049.95', undefined, 1049.95, 'CHF'],
    ['CHF 49.-', undefined, 49, 'CHF'],
    ['45,00 zł', undefined, 45, 'PLN'],
    ['7 940 Kč', undefined, 7940, 'CZK'],
    [`7${NBSP}940 Kč`, undefined, 7940, 'CZK'],
    [`7${NNBSP}940 Kč`, undefined, 7940, 'CZK'],
    [`7${THIN}940 Kč`, undefined, 7940, 'CZK'],
    ['1 200 руб.', undefined, 1200, 'RUB'],
    ['1 000 000 ₽', undefined, 1000000, 'RUB'],
    ['₺1.250', undefined, 1250, 'TRY'],
    ['10 000 Ft', undefined, 10000, 'HUF'],
    ['1 234 kr', { currency: 'SEK' }, 1234, 'SEK'],
    ['kr 1.234,-', { currency: 'NOK' }, 1234, 'NOK'],
    // Americas
    ['R$ 139,99', undefined, 139.99, 'BRL'],
    ['C$12', undefined, 12, 'CAD'],
    ['CA$12', undefined, 12, 'CAD'],
    ['A$12', undefined, 12, 'AUD'],
    ['US$12', undefined, 12, 'USD'],
    ['USD 12', undefined, 12, 'USD'],
    ['12 USD', undefined, 12, 'USD'],
    ['USD1,200.00', undefined, 1200, 'USD'],
    ['$1,234.56 MXN', undefined, 1234.56, 'MXN'],
    ['MX$1,234', undefined, 1234, 'MXN'],
    ['$1,234', USD, 1234, 'USD'],
    ['$1,234', { locale: 'en-US' }, 1234, 'USD'],
    ['$1,234', undefined, 1234, null],
    ['$600', undefined, 600, null],
    ['$40 OBO', undefined, 40, null],
    ['$40 OBO', USD, 40, 'USD'],
    ['$0.99', USD, 0.99, 'USD'],
    ['$1.2k', USD, 1200, 'USD'],
    ['+$5.99 shipping', USD, 5.99, 'USD'],
    // East Asia
    ['3千円', undefined, 3000, 'JPY'],
    ['現在 1,701円', undefined, 1701, 'JPY'],
    ['＋送料2,509 円', undefined, 2509, 'JPY'],
    ['１，２００円', undefined, 1200, 'JPY'],
    ['１２００円', undefined, 1200, 'JPY'],
    ['1,200円(税込)', undefined, 1200, 'JPY'],
    ['1.2万円', undefined, 12000, 'JPY'],
    ['1万2000円', undefined, 12000, 'JPY'],
    ['1.2万', JPY, 12000, 'JPY'],
    ['¥1.2万', undefined, 12000, null],
    ['¥520,000', undefined, 520000, null],
    ['¥520,000', JPY, 520000, 'JPY'],
    ['¥520,000', { currency: 'CNY' }, 520000, 'CNY'],
    ['￥520,000', JPY, 520000, 'JPY'], // full-width yen on a .co.jp page
    ['¥ 1,200 (税込)', { locale: 'ja-JP' }, 1200, 'JPY'],
    ['JPY 1.234', undefined, 1234, 'JPY'], // yen has no decimals, so the dot groups thousands
    ['NT$1,200', undefined, 1200, 'TWD'],
    ['NT$ 1,200', undefined, 1200, 'TWD'],
    ['$1,200', { currency: 'TWD' }, 1200, 'TWD'],
    ['100元', undefined, 100, 'CNY'],
    ['100元', { currency: 'TWD' }, 100, 'TWD'],
    ['100元', JPY, 100, 'CNY'],
    ['2000日元', undefined, 2000, 'JPY'],
    ['₩12,000', undefined, 12000, 'KRW'],
    ['12,000원', undefined, 12000, 'KRW'],
    ['HK$ 100', undefined, 100, 'HKD'],
    ['S$12', undefined, 12, 'SGD'],
    ['RM 12.90', undefined, 12.9, 'MYR'],
    ['₱1,200', undefined, 1200, 'PHP'],
    ['₹1,23,456', undefined, 123456, 'INR'],
    ['Rs. 1,200', undefined, 1200, 'INR'],
    ['Rs1200', undefined, 1200, 'INR'],
    ['Rp 1.234.567', undefined, 1234567, 'IDR'],
    // Text around the price
    ['12 bids · US $45.00', undefined, 45, 'USD'],
    ['iPhone 12 128GB $500', USD, 500, 'USD'],
    ['20% off $50', USD, 50, 'USD'],
    ['2 x 12 €', undefined, 12, 'EUR'],
    ['EUR: 12', undefined, 12, 'EUR'],
    ['US $12.00 + US $3.50 shipping', undefined, 12, 'USD'],
    ['US $600\n      100 watchers', undefined, 600, 'USD'],
    ['US $600 100 watchers', undefined, 600, 'USD'],
    ['Lot of 2 - $20', USD, 20, 'USD'],
    // Bare numbers, vouched for by the hint
    ['12.99', USD, 12.99, 'USD'],
    ['1.234', EUR, 1234, 'EUR'],
    ['12,5', EUR, 12.5, 'EUR'],
    ['Buy It Now 12.99', USD, 12.99, 'USD'],
    ['Price: 1,500 or best offer', USD, 1500, 'USD'],
    ['送料込み 1,200', JPY, 1200, 'JPY'],
    ['1,200 税込', JPY, 1200, 'JPY'],
    ['$0', undefined, 0, null],
  ];

  it.each(rows)('%j (hint %j) → %d %s', (text, hint, amount, currency) => {
    expect(parsePrice(text, hint)).toEqual({ amount, currency });
  });
});

describe('parsePrice: decimal or thousands separator', () => {
  const rows: Row[] = [
    ['$1,234', USD, 1234, 'USD'],
    ['$1,23', USD, 1.23, 'USD'],
    ['€1,234', undefined, 1234, 'EUR'], // three digits after a comma are never cents
    ['€1.234', undefined, 1234, 'EUR'],
    ['R$ 1.234', undefined, 1234, 'BRL'],
    ['1.234 kr', undefined, 1234, null], // every krone groups with dots, even unresolved
    ['$1.234', USD, 1.234, 'USD'],
    ['£1.234', undefined, 1.234, 'GBP'],
    ['$1.234', { locale: 'de-DE' }, 1234, null],
    ['$1.234', { currency: 'USD', locale: 'de-DE' }, 1234, 'USD'],
    ['$1.234', { currency: 'COP' }, 1234, 'COP'],
    ['¥1.234', JPY, 1234, 'JPY'],
    ['1,234.56', USD, 1234.56, 'USD'],
    ['1.234,56', USD, 1234.56, 'USD'],
    ['1.234.567', USD, 1234567, 'USD'],
    ['1,234,567円', undefined, 1234567, 'JPY'],
    ['12,99 €', undefined, 12.99, 'EUR'],
    ['0,99 €', undefined, 0.99, 'EUR'],
    ['1.5', EUR, 1.5, 'EUR'],
    ['1.1万円', undefined, 11000, 'JPY'],
  ];

  it.each(rows)('%j (hint %j) → %d %s', (text, hint, amount, currency) => {
    expect(parsePrice(text, hint)).toEqual({ amount, currency });
  });

  it.each([
    ['$1.234', undefined], // dollar of unknown country, no locale: 1.234 or 1234?
    ['1.234', undefined],
    ['¥1.234', undefined], // JPY would say 1234, CNY 1.234
    ['€1,2345', undefined],
    ['1,234,56 €', undefined],
    ['1.234,567.89 €', undefined],
  ] as [string, PriceHint | undefined][])('%j stays null rather than guessed', (text, hint) => {
    expect(parsePrice(text, hint)).toBeNull();
  });
});

describe('parsePriceRange', () => {
  const rows: [string, PriceHint | undefined, number, string | null, number | undefined][] = [
    ['3,858 円 ～ 13,507 円', undefined, 3858, 'JPY', 13507],
    ['3,858 円 〜 13,507 円', undefined, 3858, 'JPY', 13507],
    ['$10.00 to $20.00', undefined, 10, null, 20],
    ['$10.00 to $20.00', USD, 10, 'USD', 20],
    ['£1,234.56 to £2,000.00', undefined, 1234.56, 'GBP', 2000],
    ['10-20 €', undefined, 10, 'EUR', 20],
    ['10 – 20 €', undefined, 10, 'EUR', 20],
    ['€5-€10', undefined, 5, 'EUR', 10],
    ['$10-20', USD, 10, 'USD', 20],
    ['5,000 - 10,000円', undefined, 5000, 'JPY', 10000],
    ['¥1,000～2,000円', undefined, 1000, 'JPY', 2000], // 円 end tells what ¥ meant
    ['10 - 20', EUR, 10, 'EUR', 20],
    ['US $12.50', undefined, 12.5, 'USD', undefined],
    ['¥1,000〜', JPY, 1000, 'JPY', undefined], // "from ¥1,000"
    ['$20 - $5', USD, 20, 'USD', undefined], // price and discount, not a range
    ['12 € + 3 €', undefined, 12, 'EUR', undefined],
    ['3 € + 12 €', undefined, 3, 'EUR', undefined],
    ['$10-20 bids', USD, 10, 'USD', undefined],
  ];

  it.each(rows)('%j (hint %j) → %d %s … %s', (text, hint, min, currency, max) => {
    const expected =
      max === undefined ? { min: { amount: min, currency } } : { min: { amount: min, currency }, max };
    expect(parsePriceRange(text, hint)).toEqual(expected);
  });

  it('parsePrice gives the lower end of a range', () => {
    expect(parsePrice('3,858 円 ～ 13,507 円')).toEqual({ amount: 3858, currency: 'JPY' });
    expect(parsePrice('$10.00 to $20.00', USD)).toEqual({ amount: 10, currency: 'USD' });
  });

  it('is null where parsePrice is', () => {
    expect(parsePriceRange('12 bids', USD)).toBeNull();
    expect(parsePriceRange('')).toBeNull();
  });
});

describe('parsePrice: not a price', () => {
  const texts = [
    '',
    '   ',
    'Free shipping',
    'Kostenloser Versand',
    '送料無料',
    'Pre-Owned',
    '555-123-4567',
    '(555) 123-4567',
    '+49 170 1234567',
    'Tel. 0170 1234567',
    '4.5 out of 5 stars',
    '4,5 von 5 Sternen',
    '5件',
    '12 bids',
    '1 bid',
    '62 results',
    '3 sold',
    '12 watchers',
    'Item 12345',
    'Oct 27, 2025',
    '27.10.2025',
    '2025/10/27',
    '10/27',
    '12:30',
    '12,5 %',
    '128GB',
    '1,2 Mio. €',
    '5kg €',
    '#12',
    'No.12',
    '100ポイント',
    '10 to 20 bids',
  ];

  it.each(texts)('%j → null without a hint', (text) => {
    expect(parsePrice(text)).toBeNull();
  });

  it.each(texts)('%j → null even with a hint currency', (text) => {
    expect(parsePrice(text, USD)).toBeNull();
    expect(parsePrice(text, JPY)).toBeNull();
  });

  it.each(['12.99', '1,200', '1.2万', '159,-', '40 990'])(
    'bare %j → null without a hint currency',
    (text) => {
      expect(parsePrice(text)).toBeNull();
      expect(parsePrice(text, { locale: 'en-US' })).toBeNull();
    },
  );

  it.each(['-5 €', '-$5.00', '−12,99 €', '- 5 €', 'US $-5', '€-5', '－1,200円'])(
    'negative %j → null',
    (text) => {
      expect(parsePrice(text, EUR)).toBeNull();
    },
  );

  it.each(['NaN', 'Infinity', '$NaN', '€Infinity', 'null', 'undefined', '-', '.', '$', '€ ,'])(
    '%j → null',
    (text) => {
      expect(parsePrice(text, USD)).toBeNull();
    },
  );
});

describe('parsePrice: the hint', () => {
  it('resolves an ambiguous symbol only to a currency that symbol can mean', () => {
    expect(parsePrice('$12', { currency: 'CAD' })).toEqual({ amount: 12, currency: 'CAD' });
    expect(parsePrice('$12', EUR)).toEqual({ amount: 12, currency: null });
    expect(parsePrice('¥1,200', EUR)).toEqual({ amount: 1200, currency: null });
    expect(parsePrice('1 234 kr')).toEqual({ amount: 1234, currency: null });
    expect(parsePrice('1 234 kr', { currency: 'DKK' })).toEqual({ amount: 1234, currency: 'DKK' });
    expect(parsePrice('1 234 kr', EUR)).toEqual({ amount: 1234, currency: null });
    expect(parsePrice('1 234 kr', { locale: 'sv-SE' })).toEqual({ amount: 1234, currency: 'SEK' });
  });

  it('loses to an explicit code or prefix', () => {
    expect(parsePrice('US $12.00', { currency: 'GBP' })).toEqual({ amount: 12, currency: 'USD' });
    expect(parsePrice('C $12.00', USD)).toEqual({ amount: 12, currency: 'CAD' });
    expect(parsePrice('£7.65', USD)).toEqual({ amount: 7.65, currency: 'GBP' });
    expect(parsePrice('12 USD', EUR)).toEqual({ amount: 12, currency: 'USD' });
    expect(parsePrice('$12 CAD', USD)).toEqual({ amount: 12, currency: 'CAD' });
    expect(parsePrice('USD $12', { currency: 'AUD' })).toEqual({ amount: 12, currency: 'USD' });
  });

  it('accepts a lower-case code and ignores a malformed one', () => {
    expect(parsePrice('12.99', { currency: 'usd' })).toEqual({ amount: 12.99, currency: 'USD' });
    expect(parsePrice('12.99', { currency: 'dollars' })).toBeNull();
    expect(parsePrice('$12', { currency: '' })).toEqual({ amount: 12, currency: null });
  });

  it('picks the decimal separator from the locale when the currency does not tell', () => {
    expect(parsePrice('$1.234', { locale: 'en-US' })).toEqual({ amount: 1.234, currency: 'USD' });
    expect(parsePrice('$1.234', { locale: 'es-CO' })).toEqual({ amount: 1234, currency: 'COP' });
    expect(parsePrice('$1.234', { locale: 'es-MX' })).toEqual({ amount: 1.234, currency: 'MXN' });
    expect(parsePrice('$1.234', { locale: 'pt_BR' })).toEqual({ amount: 1234, currency: null });
  });

  it('survives hints of the wrong shape', () => {
    const odd = [null, 42, 'USD', { currency: 5 }, { locale: {} }, { currency: 'x'.repeat(1e5) }];
    for (const hint of odd) {
      expect(parsePrice('€12', hint as unknown as PriceHint)).toEqual({ amount: 12, currency: 'EUR' });
    }
  });
});

describe('currencyForHost', () => {
  const rows: [string, string | null][] = [
    ['ebay.com', 'USD'],
    ['www.ebay.com', 'USD'],
    ['www.amazon.com', 'USD'],
    ['www.etsy.com', 'USD'],
    ['www.mercari.com', 'USD'],
    ['craigslist.org', 'USD'],
    ['www.ebay.co.uk', 'GBP'],
    ['amazon.co.uk', 'GBP'],
    ['www.amazon.de', 'EUR'],
    ['www.kleinanzeigen.de', 'EUR'],
    ['www.leboncoin.fr', 'EUR'],
    ['www.ebay.it', 'EUR'],
    ['www.ebay.es', 'EUR'],
    ['www.ebay.ie', 'EUR'],
    ['www.ebay.at', 'EUR'],
    ['www.ebay.nl', 'EUR'],
    ['www.befr.ebay.be', 'EUR'],
    ['www.tori.fi', 'EUR'],
    ['www.olx.pt', 'EUR'],
    ['www.ricardo.ch', 'CHF'],
    ['www.ebay.ca', 'CAD'],
    ['www.ebay.com.au', 'AUD'],
    ['www.ebay.pl', 'PLN'],
    ['www.ebay.com.hk', 'HKD'],
    ['www.ebay.com.sg', 'SGD'],
    ['www.ebay.com.my', 'MYR'],
    ['www.ebay.ph', 'PHP'],
    ['www.ebay.in', 'INR'],
    ['www.amazon.co.jp', 'JPY'],
    ['page.auctions.yahoo.co.jp', 'JPY'],
    ['jp.mercari.com', 'JPY'],
    ['www.ruten.com.tw', 'TWD'],
    ['24h.pchome.com.tw', 'TWD'],
    ['www.pcstore.com.tw', 'TWD'],
    ['item.taobao.com', 'CNY'],
    ['detail.tmall.com', 'CNY'],
    ['www.goofish.com', 'CNY'],
    ['www.mercadolivre.com.br', 'BRL'],
    ['www.mercadolibre.com.mx', 'MXN'],
    ['www.mercadolibre.com.co', 'COP'],
    ['www.bazos.cz', 'CZK'],
    ['www.blocket.se', 'SEK'],
    ['www.finn.no', 'NOK'],
    ['www.dba.dk', 'DKK'],
    ['www.avito.ru', 'RUB'],
    ['www.daangn.co.kr', 'KRW'],
    ['www.yad2.co.il', 'ILS'],
    ['WWW.EBAY.DE', 'EUR'],
    ['www.ebay.de.', 'EUR'],
    ['www.ebay.de:443', 'EUR'],
    ['https://www.ebay.co.uk/itm/1', 'GBP'],
    ['he.aliexpress.com', null],
    ['www.aliexpress.com', null],
    ['manchester.craigslist.org', null],
    ['sfbay.craigslist.org', null],
    ['example.com', null],
    ['t.co', null],
    ['localhost', null],
    ['', null],
  ];

  it.each(rows)('%j → %s', (host, currency) => {
    expect(currencyForHost(host)).toBe(currency);
  });

  it('feeds parsePrice: ￥ on a Japanese site is yen', () => {
    const currency = currencyForHost('page.auctions.yahoo.co.jp') ?? undefined;
    expect(parsePrice('￥12,000', { currency })).toEqual({ amount: 12000, currency: 'JPY' });
  });
});

describe('robustness', () => {
  const hostile = [
    'x'.repeat(1_000_000),
    `${' '.repeat(1_000_000)}$5`,
    '<script>'.repeat(1e5),
    '9'.repeat(400),
    '9'.repeat(1_000_000),
    '1,'.repeat(500_000),
    '1 '.repeat(500_000),
    '$'.repeat(1_000_000),
    '1.2万'.repeat(100_000),
    '1'.repeat(20),
    '$1e308',
    '1e999 €',
    '\u0000\uffff\ud800',
    '𝟏𝟐𝟑 €',
    '٣٤٥ €',
  ];

  it.each(hostile.map((s) => [s.slice(0, 24), s]))('%j… gives null or a finite price', (_label, text) => {
    const result = parsePriceRange(text, USD);
    if (result !== null) {
      expect(Number.isFinite(result.min.amount)).toBe(true);
      expect(result.min.amount).toBeGreaterThanOrEqual(0);
    }
    expect(parsePrice(text)).toSatisfy((r) => r === null || Number.isFinite(r?.amount));
  });

  it('returns null for numbers too long to be prices', () => {
    expect(parsePrice('9'.repeat(400), USD)).toBeNull();
    expect(parsePrice(`$${'9'.repeat(30)}`)).toBeNull();
  });

  it('does not read past the scan limit', () => {
    expect(parsePrice(`${'word '.repeat(1000)}$12`)).toBeNull();
    expect(parsePrice(`$12 ${'word '.repeat(1000)}`)).toEqual({ amount: 12, currency: null });
  });

  it('never throws on non-strings', () => {
    for (const v of [undefined, null, 12, {}, [], Symbol.iterator]) {
      expect(parsePrice(v as unknown as string)).toBeNull();
      expect(parsePriceRange(v as unknown as string)).toBeNull();
      expect(currencyForHost(v as unknown as string)).toBeNull();
    }
  });

  it('survives random price-like noise', () => {
    const alphabet = [
      '1',
      '2',
      '0',
      '9',
      ',',
      '.',
      ' ',
      "'",
      '-',
      '~',
      '$',
      '€',
      '¥',
      '円',
      '万',
      'k',
      'kr',
      'US',
      'C',
      'to',
      '%',
      '/',
      ':',
      '\u00a0',
      '\n',
    ];
    let seed = 42;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    let prices = 0;
    for (let n = 0; n < 5000; n++) {
      let s = '';
      for (let len = rand(14); len > 0; len--) s += alphabet[rand(alphabet.length)];
      const r = parsePriceRange(s, n % 2 ? USD : undefined);
      if (r === null) continue;
      prices++;
      expect(Number.isFinite(r.min.amount) && r.min.amount >= 0, s).toBe(true);
      if (r.max !== undefined) expect(r.max, s).toBeGreaterThan(r.min.amount);
    }
    expect(prices).toBeGreaterThan(0);
  });

  it('reads pathological inputs to an answer (its speed is measured by npm run bench)', () => {
    // A timed assertion flakes on a busy machine; `npm run bench` prints the extraction time of
    // every saved page, which runs parsePrice on every price string.
    expect(parsePrice(`${'1,'.repeat(100)}€`, JPY)).toBeNull(); // not a price: "1,1,1,…€"
    expect(parsePrice('1'.repeat(5000), JPY)).toBeNull();
  });
});

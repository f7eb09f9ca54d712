import { describe, expect, it } from 'vitest';
import { type PriceCandidate, pickMainPrice, roleOf, type VisualPage } from '../../utils/sites/visual-price';

// The decision is pure: it gets measured candidates. The label texts below are REAL: copied from
// the saved pages of test/fixtures (each case names its page), with the words around them as the
// page has them. The candidate records in the second part are HAND-MADE (positions and sizes
// chosen to state one rule each); the reader on whole real pages is measured by
// `npm run eval:generic` and checked by the Chromium e2e suite (test/e2e/generic-eval.mjs).

const label = (text: string, before = '', after = '') => roleOf({ text, before, after });

describe('roleOf: words that make a price something else (real labels from the saved pages)', () => {
  it.each([
    ['Was: $37.49', '$28.12 ', ' 25% off Buy It Now', 'old price', 'ebay.com search card'],
    ['$899.99', 'o $qty_dummy$ List price:', 'What does this price mean', 'old price', 'ebay old item page'],
    ['Original Price: €54.17+', 'Price:€40.63+ ', ' Loading', 'old price', 'etsy.com/es listing'],
    ['建議售價 $420元', '', '一次付清特價7 折294 元', 'old price', 'pcstore.com.tw'],
    [
      '開始価格 ：1,000 円（税 0 円）',
      '落札者：9*7*d*** / 評価 2236',
      'オークションID',
      'start price',
      'Yahoo! Auctions ended item',
    ],
    ['$16.99/month', 'e purchases (Best Value) ', ' Learn more', 'instalment', 'amazon.com protection plan'],
    ['$11.915', '$88.480$71.49219% OFF6 cuotas de ', ' con 0% interés', 'instalment', 'mercadolibre.com.co'],
    ['每期$98', '次付清特價7 折294 元 0利率分期價3期0利率', '接受31家銀行', 'instalment', 'pcstore.com.tw'],
    ['6 months to pay on $99+.', 'Cards processed by PayPal', '', 'instalment', 'ebay old item page'],
    [
      '+$32.51 delivery',
      '$10.44 to $15.96 Buy It Now ',
      ' from United States',
      'shipping',
      'ebay.com search card',
    ],
    ['P&P: + £34.90 P&P', 'LED Candles Included £59.50', '', 'shipping', 'ebay.co.uk carousel'],
    ['GBP 8.75', 'Postage: ', ' (approx. US $11.69)', 'shipping', 'ebay.com item 2020'],
    ['Cost to ship: €11.91', '', '', 'shipping', 'etsy.com/es listing'],
    [
      'You save: $550.00 (61% off)',
      ' seller for that listing.',
      'Now:US $349.99',
      'saving',
      'ebay old item page',
    ],
    [
      'get a $5 Etsy credit for a future order.',
      'Spend $25+ by Apr 12 and ',
      '',
      'saving',
      'etsy.com banner',
    ],
    ['PayPayカード新規入会で実質3,980円で購入詳細', '', '', 'saving', 'Yahoo!フリマ item'],
    ['ApproximatelyUS $3,971.45', 'EUR 3,500.00', '', 'conversion', 'ebay.com item 2025'],
    ['(1點=1元)', '獲得現金積點：3 點', '', 'conversion', 'pcstore.com.tw points'],
    ['Gifts Under $30', '', '', 'threshold', 'etsy.com footer'],
    ['消費滿額享$590起 加購世界名瓷全系列', ' 優惠活動', '', 'threshold', 'pcstore.com.tw promotion'],
  ])('%s → %s', (text, before, after, role) => {
    expect(label(text, before, after)).toBe(role);
  });

  it.each([
    ['Now: US $349.99', 'u save: $550.00 (61% off)', ' Add to cart', 'ebay old item page'],
    [
      '294 元',
      '在此保證之內。建議售價$420元一次付清特價7 折',
      ' 元 0利率分期價3期0利率每期$98',
      'pcstore.com.tw',
    ],
    ['¥5,400(税込) 送料込み', '', '', 'jp.mercari.com item (shipping included)'],
    [
      '現在価格 34,840円（税込 38,324 円） 送料',
      '入札件数11入札履歴残り時間終了 詳細',
      '出品者情報',
      'Yahoo! Auctions',
    ],
    ['5.100 € VB', 'BMW R 100 GS 35 mm tiefer ', ' 45133 Essen', 'kleinanzeigen.de'],
    ['Price:$45.00+ Loading', '', '', 'etsy.com listing'],
    ['Sale Price €40.63', 'Year Necklace: Old English Date Pendant ', ' €40.63 €54.17', 'etsy.com/es'],
    ['From only £5.29 - £9.56', 'Johnsons 4 Fleas Cats & Kittens Tablets ', '', 'monsterpetsupplies.co.uk'],
    ['$71.492', '$88.480', '19% OFF6 cuotas de $11.915', 'mercadolibre.com.co'],
    ['EUR 3,500.00', '', 'ApproximatelyUS $3,971.45', 'ebay.com item 2025'],
    ['GBP 1.99', '', ' +GBP 8.75 shipping Approximately US $2.', 'ebay.com item 2020'],
  ])('%s is a price (%s)', (text, before, after) => {
    expect(label(text, before, after)).toBeUndefined();
  });
});

// ---------------------------------------------------------------- hand-made candidates

const SCREEN = { width: 1280, height: 800 };
const HEADING = { box: { x: 40, y: 200, width: 600, height: 40 }, text: 'Desk lamp' };

function price(amount: number, options: Partial<PriceCandidate> = {}): PriceCandidate {
  return {
    text: `€${amount}`,
    amount,
    currency: 'EUR',
    fontSize: 16,
    box: { x: 40, y: 260, width: 80, height: 20 },
    struck: false,
    link: false,
    before: '',
    after: '',
    ring: 6,
    ...options,
  };
}
const page = (candidates: PriceCandidate[], heading: VisualPage['heading'] = HEADING): VisualPage => ({
  viewport: SCREEN,
  heading,
  candidates,
});
const at = (y: number) => ({ box: { x: 40, y, width: 80, height: 20 } });

describe('pickMainPrice (hand-made candidates)', () => {
  it('takes the one amount of the ring nearest the heading, not the prices further out', () => {
    const candidates = [
      price(24.9, { ring: 7 }),
      price(24.9, { ring: 7, ...at(900) }),
      price(5, { ring: 3 }),
    ];
    expect(pickMainPrice(page(candidates))).toEqual({ amount: 24.9, currency: 'EUR' });
  });

  it('keeps the upper end of a range', () => {
    expect(pickMainPrice(page([price(97.39, { max: 128.72 })]))).toEqual({
      amount: 97.39,
      max: 128.72,
      currency: 'EUR',
    });
  });

  it('settles several amounts in the ring by a clearly larger font', () => {
    const candidates = [price(30, { fontSize: 28 }), price(5.99, { fontSize: 16, ...at(300) })];
    expect(pickMainPrice(page(candidates))?.amount).toBe(30);
    // 18 px against 16 px is not clearly larger, and both are as near: nothing.
    const close = [price(30, { fontSize: 18, ...at(260) }), price(5.99, { fontSize: 16, ...at(280) })];
    expect(pickMainPrice(page(close))).toBeNull();
  });

  it('settles two or three amounts of one size by being clearly nearer the heading', () => {
    const candidates = [price(239.99, at(440)), price(47.99, at(2970))];
    expect(pickMainPrice(page(candidates))?.amount).toBe(239.99);
    expect(pickMainPrice(page([price(1, at(300)), price(2, at(360))]))).toBeNull();
  });

  it('reads nothing from a ring showing many amounts (a list of results)', () => {
    const list = [3, 4, 5, 6, 7, 8, 9].map((amount, i) => price(amount, at(260 + 200 * i)));
    expect(pickMainPrice(page(list))).toBeNull();
  });

  it('ignores crossed-out prices, chrome, other products, links, unknown currencies and labelled ones', () => {
    const candidates = [
      price(30, { struck: true, fontSize: 30 }),
      price(31, { area: 'other products', ring: 9 }),
      price(32, { area: 'header', ring: 9 }),
      price(33, { link: true, ring: 9 }),
      price(34, { currency: null, ring: 9 }),
      price(35, { text: '+€35 shipping', ring: 9 }),
      price(25, { ring: 6 }),
    ];
    expect(pickMainPrice(page(candidates))).toEqual({ amount: 25, currency: 'EUR' });
    expect(pickMainPrice(page(candidates.slice(0, 6)))).toBeNull();
  });

  it('doubts its pick when another price on the page is set much larger', () => {
    const candidates = [price(25, { ring: 6 }), price(99, { ring: 2, fontSize: 32, ...at(1500) })];
    expect(pickMainPrice(page(candidates))).toBeNull();
  });

  it('without a heading, takes only a price clearly larger than every other one in the first screen', () => {
    const big = price(149, { ring: -1, fontSize: 24, ...at(400) });
    const small = price(12, { ring: -1, ...at(600) });
    expect(pickMainPrice(page([big, small], null))?.amount).toBe(149);
    expect(pickMainPrice(page([{ ...big, ...at(1200) }, small], null))).toBeNull();
    expect(pickMainPrice(page([{ ...big, fontSize: 17 }, small], null))).toBeNull();
  });

  it('gives nothing without a candidate', () => {
    expect(pickMainPrice(page([]))).toBeNull();
  });
});

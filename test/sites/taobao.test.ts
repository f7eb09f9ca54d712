import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../utils/cli/html';
import { taobao } from '../../utils/sites/taobao';
import { fixtureDocument } from '../helpers/fixtures';

// Expected values read from the saved pages (zcat + grep; the Tmall one decoded from GBK).

describe('taobao item page (item.taobao.com, 2020 rendered)', () => {
  const url = new URL('https://item.taobao.com/item.htm?id=562283240178');
  // The saved rendered DOM is UTF-8 but keeps the live page's <meta charset="gbk">: the loader
  // reads bytes that are valid UTF-8 as UTF-8.
  const doc = fixtureDocument('taobao/taobao-item-562283240178-2020.html', url.href);
  const listings = taobao.extract(doc, url);

  it('is an item page', () => expect(taobao.pageKind(url)).toBe('item'));

  it('reads the page as UTF-8', () => {
    expect(doc.title).toBe('乳白亚克力外壳 60%键盘外壳 poker外壳无加强筋底壳透光外壳-淘宝网');
  });

  it('reads the price range in #J_StrPrice (the #J_PromoPrice box is hidden and empty)', () => {
    expect(listings).toEqual([
      {
        site: 'taobao',
        itemId: '562283240178',
        url: 'https://item.taobao.com/item.htm?id=562283240178',
        title: '乳白亚克力外壳 60%键盘外壳 poker外壳无加强筋底壳透光外壳',
        price: { amount: 149, currency: 'CNY' },
        priceMax: 159,
        status: 'active',
        format: 'fixed',
        imageUrl:
          'https://gd3.alicdn.com/imgextra/i3/134583372/TB2eWJ.h1OSBuNjy0FdXXbDnVXa_!!134583372.jpg_400x400.jpg',
      },
    ]);
  });
});

describe('tmall item page (detail.tmall.com, 2020 rendered, GBK)', () => {
  const url = new URL('https://detail.tmall.com/item.htm?id=605258110430');
  const doc = fixtureDocument('taobao/tmall-item-605258110430-2020.html', url.href);
  const listings = taobao.extract(doc, url);

  it('decodes the GBK page', () => {
    expect(doc.title).toBe(
      '【官网价直降】Apple/苹果 iPhone 11 4G全网通智能手机正品苏宁易购官方旗舰店苹果11-tmall.com天猫',
    );
  });

  it('reads the price range of #J_StrPriceModBox (the promo panel is display:none and empty)', () => {
    expect(listings).toEqual([
      {
        site: 'taobao',
        itemId: '605258110430',
        url: 'https://detail.tmall.com/item.htm?id=605258110430',
        title: '【官网价直降】Apple/苹果 iPhone 11 4G全网通智能手机正品苏宁易购官方旗舰店苹果11',
        price: { amount: 5499, currency: 'CNY' },
        priceMax: 6799,
        status: 'active',
        format: 'fixed',
        imageUrl:
          'https://img.alicdn.com/imgextra/i3/2616970884/O1CN01TOc9jZ1IOujNdnN64_!!2616970884.jpg_430x430q90.jpg',
      },
    ]);
  });
});

// Hand-written snippets (not saved pages), from the known markup of these pages.
describe('taobao hand-written snippets', () => {
  const page = (body: string, href: string) => {
    const url = new URL(href);
    return taobao.extract(
      documentFromHtml(`<html><head><title>t</title></head><body>${body}</body></html>`, url.href),
      url,
    );
  };

  it('takes the promotion price when the page shows it (list price struck through above it)', () => {
    const taobaoPromo = `<h3 class="tb-main-title" data-title="键盘"> 键盘 </h3>
      <li id="J_StrPriceModBox"><strong id="J_StrPrice"><em class="tb-rmb">¥</em><em class="tb-rmb-num">199.00</em></strong></li>
      <li id="J_PromoPrice" class="tb-detail-price tb-promo-price tb-clear"><div id="J_PromoHd"><strong class="tb-promo-price"><em class="tb-rmb">¥</em><em id="J_PromoPriceNum" class="tb-rmb-num">159.00</em></strong></div></li>`;
    expect(page(taobaoPromo, 'https://item.taobao.com/item.htm?id=123&spm=a')[0]).toMatchObject({
      itemId: '123',
      url: 'https://item.taobao.com/item.htm?id=123',
      title: '键盘',
      price: { amount: 159, currency: 'CNY' },
    });
    const tmallPromo = `<div class="tb-detail-hd"><h1> iPhone </h1></div>
      <dl class="tm-price-panel" id="J_StrPriceModBox"><dd><em class="tm-yen">¥</em> <span class="tm-price">6799.00</span></dd></dl>
      <dl class="tm-promo-panel tm-promo-cur" id="J_PromoPrice"><dd><div class="tm-promo-price"><em class="tm-yen">¥</em> <span class="tm-price">5999.00</span></div></dd></dl>`;
    expect(page(tmallPromo, 'https://detail.tmall.com/item.htm?id=456')[0]).toMatchObject({
      url: 'https://detail.tmall.com/item.htm?id=456',
      title: 'iPhone',
      price: { amount: 5999, currency: 'CNY' },
    });
  });

  it('reads search cards of list.tmall.com and s.taobao.com (2020 markup)', () => {
    const tmall = `<div id="J_ItemList">
      <div class="product" data-id="605258110430"><div class="product-iWrap">
        <div class="productImg-wrap"><a href="//detail.tmall.com/item.htm?id=605258110430" class="productImg"><img src="//img.alicdn.com/a.jpg"></a></div>
        <p class="productPrice"><em title="5499.00"><b>&yen;</b>5499.00</em></p>
        <p class="productTitle"><a href="//detail.tmall.com/item.htm?id=605258110430" title="Apple/苹果 iPhone 11">Apple/苹果 <span class="H">iPhone</span> 11</a></p>
      </div></div>
      <div class="product" data-id="1"><p class="productTitle"><a title="no price">x</a></p></div>
    </div>`;
    expect(page(tmall, 'https://list.tmall.com/search_product.htm?q=iphone')).toEqual([
      {
        site: 'taobao',
        itemId: '605258110430',
        url: 'https://detail.tmall.com/item.htm?id=605258110430',
        title: 'Apple/苹果 iPhone 11',
        price: { amount: 5499, currency: 'CNY' },
        status: 'active',
        format: 'fixed',
        imageUrl: 'https://img.alicdn.com/a.jpg',
      },
    ]);
    const tb = `<div class="items">
      <div class="item J_MouserOnverReq"><div class="pic"><a class="pic-link J_ClickStat" data-nid="562283240178" href="//item.taobao.com/item.htm?id=562283240178"><img class="J_ItemPic img" data-src="//g-search1.alicdn.com/b.jpg"></a></div>
        <div class="row row-1"><div class="price g_price g_price-highlight"><span>&yen;</span><strong>149.00</strong></div><div class="deal-cnt">25人付款</div></div>
        <div class="row row-2 title"><a class="J_ClickStat" href="//item.taobao.com/item.htm?id=562283240178"> 乳白亚克力外壳 <span class="H">60%</span>键盘外壳 </a></div>
      </div></div>`;
    expect(page(tb, 'https://s.taobao.com/search?q=60%25')).toMatchObject([
      {
        itemId: '562283240178',
        url: 'https://item.taobao.com/item.htm?id=562283240178',
        title: '乳白亚克力外壳 60%键盘外壳',
        price: { amount: 149, currency: 'CNY' },
        imageUrl: 'https://g-search1.alicdn.com/b.jpg',
      },
    ]);
  });

  it('survives malformed pages and walls', () => {
    expect(
      page('<li id="J_StrPrice"><em class="tb-rmb-num"><garbage', 'https://item.taobao.com/item.htm?id=1'),
    ).toEqual([]);
    expect(page('<em class="tb-rmb-num">abc</em>', 'https://item.taobao.com/item.htm')).toEqual([]);
    const long = '长'.repeat(100_000);
    const [item] = page(
      `<h3 class="tb-main-title">${long}</h3><strong id="J_StrPrice"><em class="tb-rmb-num">9.90</em></strong>`,
      'https://item.taobao.com/item.htm?id=2',
    );
    expect(item?.price).toEqual({ amount: 9.9, currency: 'CNY' });
    // Login wall served at the item URL.
    expect(
      page('<div id="login"><form>亲，请登录</form></div>', 'https://detail.tmall.com/item.htm?id=3'),
    ).toEqual([]);
    expect(
      page('<div class="product" data-id="x"><garbage', 'https://list.tmall.com/search_product.htm?q=a'),
    ).toEqual([]);
  });

  it('knows its page kinds', () => {
    expect(taobao.pageKind(new URL('https://s.taobao.com/search?q=a'))).toBe('search');
    expect(taobao.pageKind(new URL('https://list.tmall.com/search_product.htm?q=a'))).toBe('search');
    expect(taobao.pageKind(new URL('https://www.taobao.com/'))).toBeNull();
    expect(taobao.claims(new URL('https://detail.tmall.com/item.htm?id=1'))).toBe(true);
    expect(taobao.claims(new URL('https://nottmall.com/item.htm?id=1'))).toBe(false);
  });
});

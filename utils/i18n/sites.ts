import type { Message } from './types';

/**
 * The one table of site names people know, by adapter id (`site_` + the id with `-` as `_`,
 * browser.i18n keys allow no `-`): what the popup, the options page and the export menu show
 * instead of the internal id. A site with a local name is written the way its users write it
 * ("ヤフオク!" in Japanese, "蝦皮購物" in Traditional Chinese); a name in a script the reader may
 * not read keeps a Latin hint ("闲鱼 Xianyu"). test/sites/registry.test.ts checks that every
 * registered adapter has one.
 */
export const siteMessages = {
  site_ebay: { en: 'eBay', zh_TW: 'eBay', zh_CN: 'eBay', ja: 'eBay' },
  site_mercari_jp: { en: 'Mercari Japan', zh_TW: '日本 Mercari', zh_CN: '日本 Mercari', ja: 'メルカリ' },
  site_mercari_us: { en: 'Mercari US', zh_TW: '美國 Mercari', zh_CN: '美国 Mercari', ja: 'メルカリ US' },
  site_yahoo_auctions_jp: {
    en: 'Yahoo! Auctions',
    zh_TW: '日本 Yahoo! 拍賣',
    zh_CN: '日本雅虎拍卖',
    ja: 'ヤフオク!',
  },
  site_amazon: { en: 'Amazon', zh_TW: 'Amazon 亞馬遜', zh_CN: '亚马逊 Amazon', ja: 'Amazon' },
  site_taobao: { en: 'Taobao / Tmall', zh_TW: '淘寶 / 天貓', zh_CN: '淘宝 / 天猫', ja: 'タオバオ / Tmall' },
  site_pchome: { en: 'PChome', zh_TW: 'PChome 網路家庭', zh_CN: 'PChome 网路家庭', ja: 'PChome' },
  site_craigslist: { en: 'Craigslist', zh_TW: 'Craigslist', zh_CN: 'Craigslist', ja: 'Craigslist' },
  site_kleinanzeigen: {
    en: 'Kleinanzeigen',
    zh_TW: 'Kleinanzeigen',
    zh_CN: 'Kleinanzeigen',
    ja: 'Kleinanzeigen',
  },
  site_leboncoin: { en: 'leboncoin', zh_TW: 'leboncoin', zh_CN: 'leboncoin', ja: 'leboncoin' },
  site_facebook_marketplace: {
    en: 'Facebook Marketplace',
    zh_TW: 'Facebook Marketplace',
    zh_CN: 'Facebook Marketplace',
    ja: 'Facebook マーケットプレイス',
  },
  site_depop: { en: 'Depop', zh_TW: 'Depop', zh_CN: 'Depop', ja: 'Depop' },
  site_gumtree: { en: 'Gumtree', zh_TW: 'Gumtree', zh_CN: 'Gumtree', ja: 'Gumtree' },
  site_etsy: { en: 'Etsy', zh_TW: 'Etsy', zh_CN: 'Etsy', ja: 'Etsy' },
  site_mercadolibre: {
    en: 'Mercado Libre',
    zh_TW: 'Mercado Libre',
    zh_CN: 'Mercado Libre',
    ja: 'Mercado Libre',
  },
  site_aliexpress: {
    en: 'AliExpress',
    zh_TW: 'AliExpress 全球速賣通',
    zh_CN: '全球速卖通 AliExpress',
    ja: 'AliExpress',
  },
  site_dealabs: { en: 'Dealabs', zh_TW: 'Dealabs', zh_CN: 'Dealabs', ja: 'Dealabs' },
  site_yahoo_fleamarket: {
    en: 'Yahoo!フリマ',
    zh_TW: 'Yahoo!フリマ',
    zh_CN: 'Yahoo!フリマ',
    ja: 'Yahoo!フリマ',
  },
  site_momo: { en: 'momo購物網', zh_TW: 'momo購物網', zh_CN: 'momo购物网', ja: 'momo購物網' },
  site_yahoo_tw_shopping: {
    en: 'Yahoo奇摩購物中心',
    zh_TW: 'Yahoo奇摩購物中心',
    zh_CN: 'Yahoo奇摩购物中心',
    ja: 'Yahoo奇摩購物中心',
  },
  site_ruten: { en: 'Ruten 露天拍賣', zh_TW: '露天拍賣', zh_CN: '露天拍卖', ja: '露天拍賣 Ruten' },
  site_yahoo_tw_auctions: {
    en: 'Yahoo奇摩拍賣 (Taiwan)',
    zh_TW: 'Yahoo奇摩拍賣',
    zh_CN: 'Yahoo奇摩拍卖',
    ja: 'Yahoo奇摩拍賣（台湾）',
  },
  site_shopee: { en: 'Shopee', zh_TW: '蝦皮購物', zh_CN: 'Shopee 虾皮', ja: 'Shopee' },
  site_goofish: { en: '闲鱼 Xianyu', zh_TW: '閒魚 Xianyu', zh_CN: '闲鱼', ja: '闲鱼 Xianyu' },
  site_carousell: {
    en: 'Carousell',
    zh_TW: '旋轉拍賣 Carousell',
    zh_CN: 'Carousell 旋转拍卖',
    ja: 'Carousell',
  },
  site_rakuma: { en: 'Rakuma', zh_TW: '樂天 Rakuma', zh_CN: '乐天 Rakuma', ja: 'ラクマ' },
  site_vinted: { en: 'Vinted', zh_TW: 'Vinted', zh_CN: 'Vinted', ja: 'Vinted' },
  site_poshmark: { en: 'Poshmark', zh_TW: 'Poshmark', zh_CN: 'Poshmark', ja: 'Poshmark' },
  site_offerup: { en: 'OfferUp', zh_TW: 'OfferUp', zh_CN: 'OfferUp', ja: 'OfferUp' },
  site_wallapop: { en: 'Wallapop', zh_TW: 'Wallapop', zh_CN: 'Wallapop', ja: 'Wallapop' },
  // The generic reader: shops the user turned on one by one. A listing of it is named by its host.
  site_generic: {
    en: 'Other shops you turned on',
    zh_TW: '你開啟的其他商店',
    zh_CN: '你开启的其他商店',
    ja: '有効にしたその他のショップ',
  },
} satisfies Record<string, Message>;

import type { Message } from './types';

/** Strings of the manifest and of both pages. */
export const commonMessages = {
  extName: { en: 'Comps', zh_TW: 'Comps', zh_CN: 'Comps', ja: 'Comps' },
  extDescription: {
    en: 'Fair second-hand prices from the sold listings you browse. Everything stays on your computer.',
    zh_TW: '從你瀏覽過的成交紀錄得出二手行情價。所有資料只存在你的電腦上。',
    zh_CN: '从你浏览过的成交记录得出二手行情价。所有数据只保存在你的电脑上。',
    ja: '閲覧した落札・売り切れ価格から中古相場を出します。データはすべてこのパソコンの中だけに保存されます。',
  },
  // The currency of a shop without an adapter, stated by the user (popup and options).
  shopCurrencyLabel: {
    en: 'Prices on this shop are in',
    zh_TW: '這個商店的價格幣別',
    zh_CN: '这个商店的价格币种',
    ja: 'このショップの価格の通貨',
  },
  shopCurrencyHint: {
    en: 'Used only for a price shown with a bare $ or ¥ on a page that does not say which currency it is.',
    zh_TW: '只用在只寫「$」或「¥」、頁面又沒標明幣別的價格。',
    zh_CN: '只用于只写“$”或“¥”、页面又没有标明币种的价格。',
    ja: '「$」や「¥」だけで表示され、ページに通貨の表示がない価格にだけ使います。',
  },
  shopCurrencyUnset: {
    en: 'Not set (a bare $ or ¥ is not read)',
    zh_TW: '不指定（不讀取只寫 $ 或 ¥ 的價格）',
    zh_CN: '不指定（不读取只写 $ 或 ¥ 的价格）',
    ja: '指定しない（$ や ¥ だけの価格は読み取らない）',
  },
  shopCurrencyCommon: { en: 'Common', zh_TW: '常用', zh_CN: '常用', ja: 'よく使う通貨' },
  shopCurrencyAll: { en: 'All currencies', zh_TW: '所有幣別', zh_CN: '所有币种', ja: 'すべての通貨' },
  shopCurrencyOf: { en: 'Currency of $1', zh_TW: '$1 的幣別', zh_CN: '$1 的币种', ja: '$1 の通貨' },
} satisfies Record<string, Message>;

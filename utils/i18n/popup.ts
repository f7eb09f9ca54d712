import type { Message } from './types';

/** Strings of the popup. */
export const popupMessages = {
  popupEmpty: {
    en: 'Nothing recorded yet. Browse search results or sold listings on eBay, Mercari, Yahoo! Auctions and other supported sites, and the prices you see will collect here, on this computer only.',
    zh_TW: '還沒有任何紀錄。在 eBay、Mercari、Yahoo! 拍賣等支援的網站瀏覽搜尋結果或已售出商品，看到的價格就會收集在這裡，只存在這台電腦上。',
    zh_CN: '还没有任何记录。在 eBay、Mercari、Yahoo! 拍卖等支持的网站浏览搜索结果或已售商品，看到的价格就会收集在这里，只保存在这台电脑上。',
    ja: 'まだ記録がありません。eBay、メルカリ、ヤフオク!などの対応サイトで検索結果や売り切れ商品を見ると、表示された価格がここに集まります（このパソコンの中だけに保存）。',
  },
} satisfies Record<string, Message>;

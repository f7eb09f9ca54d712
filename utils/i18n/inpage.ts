import type { Message } from './types';

/**
 * Strings shown on the marketplace pages themselves (the item panel, the chips on cards, the
 * toolbar badge's tooltip), the side panel button and the options section for them. Counts come
 * from the plural messages soldCount / askingCount (reference.ts), prices are formatted by the caller.
 */
export const inpageMessages = {
  // What a chip shows: a sign and a number or a word, never colour alone.
  chipBelow: { en: '▼ $1%', zh_TW: '▼ $1%', zh_CN: '▼ $1%', ja: '▼ $1%' },
  chipAbove: { en: '▲ $1%', zh_TW: '▲ $1%', zh_CN: '▲ $1%', ja: '▲ $1%' },
  chipTypical: { en: '≈ typical', zh_TW: '≈ 行情內', zh_CN: '≈ 行情内', ja: '≈ 相場内' },
  chipUnknown: { en: '?', zh_TW: '?', zh_CN: '?', ja: '?' },

  // The verdict in words, with its basis (panel, chip tooltip).
  verdictWordsBelow_sold: {
    en: '$1% below typical sold',
    zh_TW: '比一般成交價低 $1%',
    zh_CN: '比一般成交价低 $1%',
    ja: '売れた価格の目安より $1% 安い',
  },
  verdictWordsAbove_sold: {
    en: '$1% above typical sold',
    zh_TW: '比一般成交價高 $1%',
    zh_CN: '比一般成交价高 $1%',
    ja: '売れた価格の目安より $1% 高い',
  },
  verdictWordsTypical_sold: {
    en: 'about typical sold',
    zh_TW: '接近一般成交價',
    zh_CN: '接近一般成交价',
    ja: '売れた価格の目安どおり',
  },
  verdictWordsBelow_asking: {
    en: '$1% below typical asking',
    zh_TW: '比一般刊登價低 $1%',
    zh_CN: '比一般挂牌价低 $1%',
    ja: '出品価格の目安より $1% 安い',
  },
  verdictWordsAbove_asking: {
    en: '$1% above typical asking',
    zh_TW: '比一般刊登價高 $1%',
    zh_CN: '比一般挂牌价高 $1%',
    ja: '出品価格の目安より $1% 高い',
  },
  verdictWordsTypical_asking: {
    en: 'about typical asking',
    zh_TW: '接近一般刊登價',
    zh_CN: '接近一般挂牌价',
    ja: '出品価格の目安どおり',
  },
  verdictWordsFew: {
    en: 'Too few comparable sales to judge this price yet',
    zh_TW: '可比較的成交還太少，暫時無法判斷這個價格',
    zh_CN: '可比较的成交还太少，暂时无法判断这个价格',
    ja: '比較できる売れた記録が少なく、まだこの価格を判断できません',
  },
  verdictWordsScattered: {
    en: 'Comparable prices are too far apart to judge this price',
    zh_TW: '可比較的價格差距太大，無法判斷這個價格',
    zh_CN: '可比较的价格差距太大，无法判断这个价格',
    ja: '比較できる価格の幅が大きすぎて、この価格を判断できません',
  },
  verdictWordsNoRate: {
    en: 'This price cannot be compared: no conversion rate for its currency',
    zh_TW: '無法比較這個價格：沒有它的幣別匯率',
    zh_CN: '无法比较这个价格：没有它的币种汇率',
    ja: 'この価格は比較できません（通貨の換算レートがありません）',
  },

  // The numbers behind a verdict: "Typical sold $182 ($160 – $205)".
  typicalLine_sold: {
    en: 'Typical sold $1 ($2 – $3)',
    zh_TW: '一般成交價 $1（$2 – $3）',
    zh_CN: '一般成交价 $1（$2 – $3）',
    ja: '売れた価格の目安 $1（$2 – $3）',
  },
  typicalLine_asking: {
    en: 'Typical asking $1 ($2 – $3), nothing sold yet',
    zh_TW: '一般刊登價 $1（$2 – $3），尚無成交',
    zh_CN: '一般挂牌价 $1（$2 – $3），尚无成交',
    ja: '出品価格の目安 $1（$2 – $3）、売れた記録なし',
  },

  // The panel's numbers after its words: "$182 ($160 – $205)".
  panelNumbers: { en: '$1 ($2 – $3)', zh_TW: '$1（$2 – $3）', zh_CN: '$1（$2 – $3）', ja: '$1（$2 – $3）' },

  // Accessible names: the verdict and its numbers in one sentence.
  verdictLabel: {
    en: 'Comps: $1. $2, $3.',
    zh_TW: 'Comps：$1。$2，$3。',
    zh_CN: 'Comps：$1。$2，$3。',
    ja: 'Comps：$1。$2、$3。',
  },
  verdictLabelFew: {
    en: 'Comps: too few comparable sales to judge this price yet ($1 found).',
    zh_TW: 'Comps：可比較的成交還太少，暫時無法判斷這個價格（找到 $1）。',
    zh_CN: 'Comps：可比较的成交还太少，暂时无法判断这个价格（找到 $1）。',
    ja: 'Comps：比較できる売れた記録が少なく、まだこの価格を判断できません（$1）。',
  },
  verdictLabelScattered: {
    en: 'Comps: comparable prices are too far apart to judge this price ($1 found).',
    zh_TW: 'Comps：可比較的價格差距太大，無法判斷這個價格（找到 $1）。',
    zh_CN: 'Comps：可比较的价格差距太大，无法判断这个价格（找到 $1）。',
    ja: 'Comps：比較できる価格の幅が大きすぎて、この価格を判断できません（$1）。',
  },
  verdictLabelNoRate: {
    en: 'Comps: this price cannot be compared (no conversion rate for its currency).',
    zh_TW: 'Comps：無法比較這個價格（沒有它的幣別匯率）。',
    zh_CN: 'Comps：无法比较这个价格（没有它的币种汇率）。',
    ja: 'Comps：この価格は比較できません（通貨の換算レートがありません）。',
  },

  // The item page's panel.
  panelName: {
    en: 'Comps: what this item sells for',
    zh_TW: 'Comps：這個商品的行情',
    zh_CN: 'Comps：这个商品的行情',
    ja: 'Comps：この商品の相場',
  },
  panelDetails: { en: 'Details', zh_TW: '詳細', zh_CN: '详细', ja: '詳細' },
  panelDetailsLabel: {
    en: 'Open the full Comps view for this item',
    zh_TW: '開啟這個商品的完整 Comps 畫面',
    zh_CN: '打开这个商品的完整 Comps 页面',
    ja: 'この商品の Comps の詳しい画面を開く',
  },
  sparklineLabel: {
    en: 'Comparable prices over time, with the typical range and this price',
    zh_TW: '可比較價格的走勢，含一般區間與這個價格',
    zh_CN: '可比较价格的走势，含一般区间与这个价格',
    ja: '比較できる価格の推移（目安の幅とこの価格）',
  },

  // The popup's footer: the same view in the browser's side panel.
  openSidePanel: {
    en: 'Open in side panel',
    zh_TW: '在側邊欄開啟',
    zh_CN: '在侧边栏打开',
    ja: 'サイドパネルで開く',
  },

  // Options: the section for what is shown on the marketplace pages.
  optInPageHeading: {
    en: 'On marketplace pages',
    zh_TW: '在拍賣網站頁面上',
    zh_CN: '在电商网站页面上',
    ja: 'マーケットのページ上',
  },
  optInPageIntro: {
    en: 'Comps can show the typical price where you shop: a small panel next to the price on item pages, the verdict on the toolbar button, and a chip on every search result. It is computed on this computer from what you have browsed; nothing is sent anywhere.',
    zh_TW:
      'Comps 可以在你購物的頁面上直接顯示行情：商品頁價格旁的小面板、工具列按鈕上的判斷，以及每個搜尋結果上的小標籤。一切都在這台電腦上依你瀏覽過的資料計算，不會傳送到任何地方。',
    zh_CN:
      'Comps 可以在你购物的页面上直接显示行情：商品页价格旁的小面板、工具栏按钮上的判断，以及每个搜索结果上的小标签。一切都在这台电脑上根据你浏览过的数据计算，不会发送到任何地方。',
    ja: 'Comps は買い物中のページに相場を表示できます：商品ページの価格の横に小さなパネル、ツールバーのボタンに判定、検索結果の各商品に小さなラベル。すべてこのパソコンの中で、閲覧した記録から計算し、どこにも送信しません。',
  },
  optInPageOn: {
    en: 'Show the typical price on marketplace pages (item panel and toolbar badge)',
    zh_TW: '在拍賣網站頁面上顯示行情（商品頁面板與工具列標記）',
    zh_CN: '在电商网站页面上显示行情（商品页面板与工具栏标记）',
    ja: 'マーケットのページに相場を表示する（商品パネルとツールバーの表示）',
  },
  optInPageChips: {
    en: 'A verdict chip on every search result',
    zh_TW: '在每個搜尋結果上顯示判斷標籤',
    zh_CN: '在每个搜索结果上显示判断标签',
    ja: '検索結果の各商品に判定ラベルを表示する',
  },
  optInPageSites: {
    en: 'Show on these sites',
    zh_TW: '在以下網站顯示',
    zh_CN: '在以下网站显示',
    ja: '表示するサイト',
  },
  optInPagePaused: {
    en: 'Recording is paused: nothing is shown on pages until you resume it.',
    zh_TW: '記錄已暫停：恢復之前不會在頁面上顯示任何東西。',
    zh_CN: '记录已暂停：恢复之前不会在页面上显示任何内容。',
    ja: '記録を一時停止中：再開するまでページには何も表示しません。',
  },
} satisfies Record<string, Message>;

import { type Message, plural } from './types';

/** Strings of the evidence under the number: the chart, the comps list and the page's listings. */
export const evidenceMessages = {
  chartSoldOn: { en: 'Sold $1', zh_TW: '$1 成交', zh_CN: '$1 成交', ja: '$1 に売れた' },
  chartAskingSeen: {
    en: 'For sale, seen $1',
    zh_TW: '販售中，$1 看到',
    zh_CN: '在售，$1 看到',
    ja: '出品中（$1 に確認）',
  },
  seenOnDate: { en: 'seen $1', zh_TW: '$1 看到', zh_CN: '$1 看到', ja: '$1 に確認' },
  outlierNotCounted: {
    en: 'outlier, not counted',
    zh_TW: '極端值，不計入',
    zh_CN: '极端值，不计入',
    ja: '外れ値（計算に含めず）',
  },
  ...plural('chartNoDate', {
    en: { one: '$1 undated', other: '$1 undated' },
    zh_TW: '$1 筆無日期',
    zh_CN: '$1 条无日期',
    ja: '日付不明 $1',
  }),
  ...plural('chartForSale', {
    en: { one: '$1 for sale', other: '$1 for sale' },
    zh_TW: '$1 筆販售中',
    zh_CN: '$1 条在售',
    ja: '出品中 $1',
  }),
  legendSold: { en: 'sold', zh_TW: '成交', zh_CN: '成交', ja: '売れた価格' },
  legendAsking: {
    en: 'asking (for sale)',
    zh_TW: '刊登價（販售中）',
    zh_CN: '挂牌价（在售）',
    ja: '出品価格（出品中）',
  },
  legendRange: { en: 'typical range', zh_TW: '一般區間', zh_CN: '一般区间', ja: '目安の幅' },
  legendMedian: { en: 'median', zh_TW: '中位數', zh_CN: '中位数', ja: '中央値' },
  // Short enough to keep the legend on one line in the 420 px popup (the card gives the count).
  legendOutlier: {
    en: 'outlier, not counted',
    zh_TW: '極端值（不計入）',
    zh_CN: '极端值（不计入）',
    ja: '外れ値（計算外）',
  },
  chartAskingNote: {
    en: 'Asking prices only, by price: when a page was browsed is not a price history.',
    zh_TW: '只有刊登價，依價格排列：瀏覽頁面的時間不是價格的歷史。',
    zh_CN: '只有挂牌价，按价格排列：浏览页面的时间不是价格的历史。',
    ja: '出品価格のみ（価格で並べています）：ページを見た時刻は価格の履歴ではありません。',
  },
  lastResultNote: {
    en: 'Last result ($1); updating…',
    zh_TW: '上次的結果（$1），更新中…',
    zh_CN: '上次的结果（$1），更新中…',
    ja: '前回の結果（$1）：更新中…',
  },
  excludeNamed: { en: 'Exclude $1, $2', zh_TW: '排除 $1，$2', zh_CN: '排除 $1，$2', ja: '除外：$1、$2' },
  includeNamed: { en: 'Include $1, $2', zh_TW: '納入 $1，$2', zh_CN: '纳入 $1，$2', ja: '含める：$1、$2' },
  ...plural('pageListingsRest', {
    en: { one: '$1 more, not among the comps', other: '$1 more, not among the comps' },
    zh_TW: '另有 $1 筆不在比較資料中',
    zh_CN: '另有 $1 条不在比较数据中',
    ja: '比較対象以外に $1 件',
  }),
} satisfies Record<string, Message>;

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
} satisfies Record<string, Message>;

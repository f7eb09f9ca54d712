import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { localeFile } from '../../utils/i18n';
import type { Language } from '../../utils/i18n/types';
import { badgeText } from '../../utils/inpage/verdict';
import { chipText, verdictLabel, verdictWords } from '../../utils/inpage/words';
import type { CardVerdict } from '../../utils/messages';

afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

/** The browser's i18n as it behaves with the built messages.json of `language`. */
function speak(language: Language, tag: string) {
  const messages = localeFile(language);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(tag);
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, substitutions?: string[]) =>
    (messages[key]?.message ?? '').replace(
      /\$(\d)/g,
      (_match, index: string) => substitutions?.[Number(index) - 1] ?? '',
    )) as never);
  return (amount: number) =>
    new Intl.NumberFormat(tag, { style: 'currency', currency: 'JPY' }).format(amount);
}

const below: CardVerdict = {
  itemId: '1',
  verdict: 'below',
  percent: -18,
  basis: 'sold',
  median: 18200,
  p25: 16000,
  p75: 20500,
  n: 14,
  condition: 'used',
};
const typical: CardVerdict = { ...below, verdict: 'typical', percent: 4 };
const aboveAsking: CardVerdict = { ...below, verdict: 'above', percent: 32, basis: 'asking', n: 9 };
const few: CardVerdict = {
  itemId: '1',
  verdict: 'unknown',
  reason: 'few',
  basis: 'sold',
  n: 2,
  condition: 'used',
};

describe('the words of a verdict, in the four UI languages', () => {
  it('English', () => {
    const yen = speak('en', 'en-US');
    expect(chipText(below)).toBe('▼ 18%');
    expect(chipText(typical)).toBe('≈ typical');
    expect(chipText(aboveAsking)).toBe('▲ 32%');
    expect(chipText(few)).toBe('?');
    expect(verdictWords(below)).toBe('18% below typical sold');
    expect(verdictWords(typical)).toBe('about typical sold');
    expect(verdictWords(aboveAsking)).toBe('32% above typical asking');
    expect(verdictLabel(below, 'JPY')).toBe(
      `Comps: 18% below typical sold. Typical sold ${yen(18200)} (${yen(16000)} – ${yen(20500)}), 14 sales.`,
    );
    expect(verdictLabel(aboveAsking, 'JPY')).toBe(
      `Comps: 32% above typical asking. Typical asking ${yen(18200)} (${yen(16000)} – ${yen(20500)}), nothing sold yet, 9 asking prices.`,
    );
    expect(verdictLabel(few, 'JPY')).toBe(
      'Comps: too few comparable sales to judge this price yet (2 sales found).',
    );
    expect(verdictLabel({ ...few, n: 1 }, 'JPY')).toBe(
      'Comps: too few comparable sales to judge this price yet (1 sale found).',
    );
    const scattered: CardVerdict = { ...few, reason: 'scattered', n: 6 };
    expect(chipText(scattered)).toBe('?');
    expect(verdictWords(scattered)).toBe('Comparable prices are too far apart to judge this price');
    expect(verdictLabel(scattered, 'JPY')).toBe(
      'Comps: comparable prices are too far apart to judge this price (6 sales found).',
    );
  });

  it('Traditional Chinese', () => {
    const yen = speak('zh_TW', 'zh-TW');
    expect(chipText(below)).toBe('▼ 18%');
    expect(chipText(typical)).toBe('≈ 行情內');
    expect(verdictWords(below)).toBe('比一般成交價低 18%');
    expect(verdictWords(aboveAsking)).toBe('比一般刊登價高 32%');
    expect(verdictLabel(below, 'JPY')).toBe(
      `Comps：比一般成交價低 18%。一般成交價 ${yen(18200)}（${yen(16000)} – ${yen(20500)}），14 筆成交。`,
    );
    expect(verdictLabel(few, 'JPY')).toBe(
      'Comps：可比較的成交還太少，暫時無法判斷這個價格（找到 2 筆成交）。',
    );
  });

  it('Simplified Chinese', () => {
    const yen = speak('zh_CN', 'zh-CN');
    expect(chipText(typical)).toBe('≈ 行情内');
    expect(verdictWords(below)).toBe('比一般成交价低 18%');
    expect(verdictWords(typical)).toBe('接近一般成交价');
    expect(verdictLabel(below, 'JPY')).toBe(
      `Comps：比一般成交价低 18%。一般成交价 ${yen(18200)}（${yen(16000)} – ${yen(20500)}），14 条成交。`,
    );
  });

  it('Japanese', () => {
    const yen = speak('ja', 'ja');
    expect(chipText(below)).toBe('▼ 18%');
    expect(chipText(typical)).toBe('≈ 相場内');
    expect(verdictWords(below)).toBe('売れた価格の目安より 18% 安い');
    expect(verdictWords(aboveAsking)).toBe('出品価格の目安より 32% 高い');
    expect(verdictLabel(below, 'JPY')).toBe(
      `Comps：売れた価格の目安より 18% 安い。売れた価格の目安 ${yen(18200)}（${yen(16000)} – ${yen(20500)}）、売れた記録 14 件。`,
    );
    expect(verdictLabel(few, 'JPY')).toBe(
      'Comps：比較できる売れた記録が少なく、まだこの価格を判断できません（売れた記録 2 件）。',
    );
  });
});

describe('the toolbar badge', () => {
  it('gives the sign and the percent, ≈ for about typical, nothing without a verdict', () => {
    expect(badgeText(below)).toBe('−18%');
    expect(badgeText(typical)).toBe('≈');
    expect(badgeText(aboveAsking)).toBe('+32%');
    expect(badgeText({ ...aboveAsking, percent: 150 })).toBe('+150');
    expect(badgeText(few)).toBe('');
  });
});

/**
 * The engine's fixed text folded ahead of time (utils/comps/folded-table.json, fold-table.ts,
 * folded.ts): the file is what folding gives today, reading it gives what folding gives, and the
 * OpenCC converter is built only for text with Han characters, converting exactly as before.
 */
import { Converter } from 'opencc-js/t2cn';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { foldTable } from '../../utils/comps/fold-table';
import { foldedForm } from '../../utils/comps/folded';
import TABLE from '../../utils/comps/folded-table.json';
import { foldText } from '../../utils/comps/lexicon';
import { TERMS } from '../../utils/comps/terms';

describe('folded-table.json', () => {
  it('is what `npm run fold-table` writes today (run it after changing the terms or the phrases)', () => {
    expect(TABLE).toEqual(foldTable());
  });

  it('gives every form of the term table the folded text foldText gives it', () => {
    const forms = TERMS.flatMap((term) => [
      ...(term.en ?? []),
      ...(term.ja ?? []),
      ...(term.zh ?? []),
      ...(term.eu ?? []),
      ...(term.not ?? []),
    ]);
    expect(forms.length).toBeGreaterThan(1000);
    const fromFile = (form: string) =>
      foldedForm(form, () => {
        throw new Error(`not in the file and not plain words: ${form}`);
      });
    const differ = forms.filter((form) => !/^[ -~]*$/.test(form) || /^[a-z0-9 ]+$/i.test(form));
    for (const form of differ) expect(fromFile(form), form).toBe(foldText(form));
  });

  it('folds plain ASCII words by lower-casing them, and Traditional forms to Simplified', () => {
    const fail = () => {
      throw new Error('computed, not read');
    };
    expect(foldedForm('Nintendo Switch', fail)).toBe('nintendo switch');
    expect(foldedForm('蘋果', fail)).toBe('苹果');
    // Not plain words (a hyphen) and not in the file: folded by the function given.
    expect(foldedForm('X-Wing', (text) => `folded ${text}`)).toBe('folded X-Wing');
  });
});

describe('the OpenCC converter', () => {
  afterEach(() => {
    vi.doUnmock('opencc-js/t2cn');
    vi.resetModules();
  });

  /** The engine loaded afresh, with the converter's construction counted (not replaced). */
  async function freshEngine() {
    vi.resetModules();
    const built = vi.fn();
    vi.doMock('opencc-js/t2cn', async (importOriginal) => {
      const original = await importOriginal<typeof import('opencc-js/t2cn')>();
      return {
        ...original,
        Converter: (options: Parameters<typeof original.Converter>[0]) => {
          built();
          return original.Converter(options);
        },
      };
    });
    const { buildQuery } = await import('../../utils/comps/match');
    const { analyzeTitle } = await import('../../utils/comps/analysis');
    const { foldChinese } = await import('../../utils/comps/chinese');
    return { built, buildQuery, analyzeTitle, foldChinese };
  }

  it('is not built for titles and queries without Han characters', async () => {
    const { built, buildQuery, analyzeTitle } = await freshEngine();
    buildQuery('champion reverse weave hoodie');
    analyzeTitle('ニンテンドースイッチ ジャンク ソフトのみ');
    analyzeTitle('Sony WH-1000XM4 Wireless Noise Canceling Headphones - Black, used, for parts');
    expect(built).not.toHaveBeenCalled();
  });

  it('is built once, on the first text with Han characters, and converts as OpenCC does', async () => {
    const { built, buildQuery, foldChinese } = await freshEngine();
    const query = buildQuery('索尼 WH-1000XM4 無線降噪耳機 二手');
    expect(built).toHaveBeenCalledTimes(1);
    expect(query.units).toContain('c:headphones');
    const reference = Converter({ from: 'tw', to: 'cn' });
    for (const text of [
      '蘋果 iPhone 15 記憶體 256GB',
      'ニンテンドースイッチ 有機ELモデル 本体',
      'iPhone 15',
      '',
    ]) {
      expect(foldChinese(text)).toBe(reference(text));
    }
    expect(foldChinese('蘋果 記憶體')).toBe('苹果 记忆体');
    expect(foldChinese('iPhone 15')).toBe('iPhone 15');
    expect(built).toHaveBeenCalledTimes(1);
  });
});

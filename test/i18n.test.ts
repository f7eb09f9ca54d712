import { describe, expect, it } from 'vitest';
import { catalog, enumKey, localeFile, t, tn } from '../utils/i18n';
import { LANGUAGES } from '../utils/i18n/types';

describe('UI strings', () => {
  it('use only the key characters browsers accept in messages.json', () => {
    for (const key of Object.keys(catalog)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });

  it('are translated into every UI language, with the same substitutions', () => {
    for (const [key, message] of Object.entries(catalog)) {
      const placeholders = (text: string) => [...text.matchAll(/\$\d/g)].map((match) => match[0]).sort();
      for (const language of LANGUAGES) {
        if (message.en !== '') expect(message[language], `${key} in ${language}`).not.toBe('');
        expect(placeholders(message[language]), `${key} in ${language}`).toEqual(placeholders(message.en));
      }
    }
  });

  it('build one messages.json per language', () => {
    expect(localeFile('ja').searchButton).toEqual({ message: '検索' });
    // A literal "$" is escaped for the browser ("$$"); substitutions are left as they are.
    expect(localeFile('en').shopCurrencyUnset?.message).toBe('Not set (a bare $$ or ¥ is not read)');
    expect(localeFile('en').typicalRange?.message).toBe('Typical range $1 – $2');
  });

  it('fill substitutions in English where the i18n API is missing', () => {
    expect(t('typicalRange', '$10', '$20')).toBe('Typical range $10 – $20');
    expect(t(enumKey('condition', 'for-parts'))).toBe('for parts / not working');
  });

  it('pick the plural form by the language rules, the count filled in as $1', () => {
    expect(tn('soldCount', 1)).toBe('1 sale');
    expect(tn('soldCount', 2)).toBe('2 sales');
    expect(tn('soldCount', 0)).toBe('0 sales');
    expect(tn('olderSales', 53, 'Mar 3, 2026')).toBe(
      '53 sales recorded before that, the newest on Mar 3, 2026.',
    );
  });

  it('give every plural message both forms in English and one form in the other languages', () => {
    for (const key of Object.keys(catalog).filter((name) => name.endsWith('_one'))) {
      const base = key.slice(0, -'_one'.length);
      const other = catalog[`${base}_other` as keyof typeof catalog];
      expect(other, base).toBeDefined();
      const one = catalog[key as keyof typeof catalog];
      for (const language of ['zh_TW', 'zh_CN', 'ja'] as const)
        expect(one[language], base).toBe(other[language]);
    }
  });
});

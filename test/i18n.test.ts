import { describe, expect, it } from 'vitest';
import { catalog, enumKey, localeFile, t } from '../utils/i18n';
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
  });

  it('fill substitutions in English where the i18n API is missing', () => {
    expect(t('typicalRange', '$10', '$20')).toBe('Typical range $10 – $20');
    expect(t(enumKey('reason', 'for-parts'))).toBe('for parts / not working');
  });
});

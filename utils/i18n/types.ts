/** The UI languages: English, Traditional Chinese, Simplified Chinese, Japanese (browser _locales names). */
export const LANGUAGES = ['en', 'zh_TW', 'zh_CN', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * One message in every language. `$1`..`$9` stand for substitutions, as in browser.i18n.
 * All four are required, so a missing translation is a type error, not a blank in the UI.
 */
export type Message = Record<Language, string>;

/**
 * A message with a count. browser.i18n has no plurals, so each form is its own key
 * (`<key>_one`, `<key>_other`) and `tn` picks one with Intl.PluralRules. English needs both
 * forms; Chinese and Japanese have one ("$1 筆", "$1 件").
 */
export interface PluralForms {
  en: { one: string; other: string };
  zh_TW: string;
  zh_CN: string;
  ja: string;
}

export function plural<K extends string>(
  key: K,
  forms: PluralForms,
): Record<`${K}_one` | `${K}_other`, Message> {
  const { en, zh_TW, zh_CN, ja } = forms;
  return {
    [`${key}_one`]: { en: en.one, zh_TW, zh_CN, ja },
    [`${key}_other`]: { en: en.other, zh_TW, zh_CN, ja },
  } as Record<`${K}_one` | `${K}_other`, Message>;
}

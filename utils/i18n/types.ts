/** The UI languages: English, Traditional Chinese, Simplified Chinese, Japanese (browser _locales names). */
export const LANGUAGES = ['en', 'zh_TW', 'zh_CN', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * One message in every language. `$1`..`$9` stand for substitutions, as in browser.i18n.
 * All four are required, so a missing translation is a type error, not a blank in the UI.
 */
export type Message = Record<Language, string>;

import { commonMessages } from './common';
import { evidenceMessages } from './evidence';
import { inpageMessages } from './inpage';
import { optionsMessages } from './options';
import { popupMessages } from './popup';
import { referenceMessages } from './reference';
import { siteMessages } from './sites';
import type { Message } from './types';

/** Every UI string. Built into _locales/<lang>/messages.json by wxt.config.ts. */
export const catalog = {
  ...commonMessages,
  ...popupMessages,
  ...referenceMessages,
  ...optionsMessages,
  ...siteMessages,
  ...evidenceMessages,
  ...inpageMessages,
} satisfies Record<string, Message>;
export type MessageKey = keyof typeof catalog;

function fill(template: string, substitutions: readonly (string | number)[]): string {
  return template.replace(/\$(\d)/g, (match, index: string) =>
    String(substitutions[Number(index) - 1] ?? match),
  );
}

/**
 * The UI string in the browser's language (browser.i18n follows it), falling back to English
 * where the i18n API is not there (unit tests).
 */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  let localized = '';
  try {
    // WXT types getMessage from a public/_locales it cannot see: ours are generated at build.
    const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string;
    localized = getMessage(key, substitutions.map(String));
  } catch {
    // No i18n API here (unit tests): English below.
  }
  return localized || fill(catalog[key].en, substitutions);
}

/** Keys of messages with plural forms, without the `_one` / `_other` ending. */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}_one`
    ? `${Base}_other` extends MessageKey
      ? Base
      : never
    : never;
}[MessageKey];

const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * The message for a count, in the form the UI language's plural rules pick ("1 sale", "2 sales";
 * Japanese and Chinese have one form). The count is $1, formatted; other substitutions follow.
 */
export function tn(key: PluralKey, count: number, ...substitutions: (string | number)[]): string {
  const locale = uiLocale();
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  const form = rules.select(count) === 'one' ? 'one' : 'other';
  return t(`${key}_${form}` as MessageKey, count.toLocaleString(locale), ...substitutions);
}

/** The message key of an enum value: browser.i18n keys allow only [A-Za-z0-9_] ('for-parts' → 'for_parts'). */
export function enumKey(
  prefix: 'reason' | 'grade' | 'status' | 'kind' | 'condition' | 'period' | 'periodOption',
  value: string,
): MessageKey {
  return `${prefix}_${value.replace(/-/g, '_')}` as MessageKey;
}

/** The browser's UI language as a BCP 47 tag, for number and date formatting. */
export function uiLocale(): string {
  try {
    return browser.i18n.getUILanguage() || navigator.language;
  } catch {
    return globalThis.navigator?.language ?? 'en';
  }
}

/** messages.json content for one language, in the browser's format. */
export function localeFile(
  language: keyof Message,
): Record<string, { message: string; placeholders?: object }> {
  const file: Record<string, { message: string }> = {};
  // A "$" that is not a substitution ("$1") is written "$$" there, or the browser drops it.
  for (const [key, message] of Object.entries(catalog))
    file[key] = { message: message[language].replace(/\$(?!\d)/g, '$$$$') };
  return file;
}

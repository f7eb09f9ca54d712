import { uiLocale } from '../utils/i18n';
import { currencyForLocale, DEFAULT_RATES } from '../utils/rates';
import type { BatchOptions } from './reference-batch';
import type { Settings } from './settings';

/** The display currency: the one the user chose, else the browser language's. */
export function displayCurrency(settings: Settings): string {
  return settings.displayCurrency ?? currencyForLocale(uiLocale());
}

/**
 * The reference options the user's settings call for: one function for the popup, the side panel
 * and the in-page verdicts, so a chip says what the popup says for the same title.
 */
export function referenceOptions(settings: Settings, now: Date): BatchOptions {
  return {
    now,
    // 0 in the settings is "all time".
    windowDays: settings.windowDays === 0 ? null : settings.windowDays,
    autoWiden: !settings.windowChosen,
    currency: displayCurrency(settings),
    rates: { ...DEFAULT_RATES, ...settings.rates },
    includeShipping: settings.includeShipping,
  };
}

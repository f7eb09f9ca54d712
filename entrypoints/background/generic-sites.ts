import { loadSettings, updateSettings, withShopCurrency } from '../../storage/settings';
import { warnOnce } from '../../utils/log';

/** The id of our runtime registration, and the file WXT builds the generic content script to. */
const SCRIPT_ID = 'comps-generic';
const SCRIPT_FILE = '/content-scripts/generic.js';

export function originPattern(origin: string): string {
  return `${origin}/*`;
}

/**
 * Makes the registered generic content script match exactly the origins that are both turned on
 * and still granted (the user can revoke a permission from the browser's own UI).
 */
export async function syncGenericRegistration(): Promise<string[]> {
  const { enabledOrigins } = await loadSettings();
  const granted: string[] = [];
  for (const origin of enabledOrigins) {
    if (await browser.permissions.contains({ origins: [originPattern(origin)] })) granted.push(origin);
  }
  try {
    const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
    if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    if (granted.length > 0) {
      await browser.scripting.registerContentScripts([
        {
          id: SCRIPT_ID,
          matches: granted.map(originPattern),
          js: [SCRIPT_FILE],
          runAt: 'document_idle',
          persistAcrossSessions: false,
        },
      ]);
    }
  } catch (error) {
    warnOnce('generic-register', 'Could not register the shop price reader.', error);
  }
  return granted;
}

/**
 * Turns capture on for one origin (its permission was just granted in the popup) with the currency
 * the user said it uses (null: not set), and reads the open tab. The currency is stored before the
 * script is injected: the script reads it from the settings when it starts.
 */
export async function enableOrigin(
  origin: string,
  tabId?: number,
  currency: string | null = null,
): Promise<void> {
  const settings = await loadSettings();
  await updateSettings({
    enabledOrigins: settings.enabledOrigins.includes(origin)
      ? settings.enabledOrigins
      : [...settings.enabledOrigins, origin],
    shopCurrencies: withShopCurrency(settings.shopCurrencies, origin, currency),
  });
  await syncGenericRegistration();
  if (tabId !== undefined) {
    await browser.scripting
      .executeScript({ target: { tabId }, files: [SCRIPT_FILE] })
      .catch((error: unknown) => {
        warnOnce('generic-inject', 'Could not read the open tab; reload it to capture its prices.', error);
      });
  }
}

export async function disableOrigin(origin: string): Promise<void> {
  const settings = await loadSettings();
  // The shop's currency goes with it: turned on again later, the popup asks again.
  await updateSettings({
    enabledOrigins: settings.enabledOrigins.filter((item) => item !== origin),
    shopCurrencies: withShopCurrency(settings.shopCurrencies, origin, null),
  });
  await syncGenericRegistration();
  await browser.permissions.remove({ origins: [originPattern(origin)] }).catch(() => false);
}

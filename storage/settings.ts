/**
 * User settings, in browser.storage.local (small, synchronous to read everywhere, survives
 * clearing the listings database). Every reader goes through `loadSettings`, which fills
 * defaults and ignores values of the wrong type rather than trusting what is stored.
 */
import { isCurrencyCode } from '../utils/price';

export interface Settings {
  /** Pause all capture. */
  paused: boolean;
  /** Site adapter ids the user turned off. */
  disabledSites: string[];
  /** Origins (https://shop.example) where the generic extractor runs, by the user's choice. */
  enabledOrigins: string[];
  /**
   * The currency each of those shops uses, by the user's word (origin → ISO 4217 code): the generic
   * reader reads a bare "$" or "¥" in it on pages that name no currency. No entry = not set: such
   * a "$" is not read at all (utils/sites/page-currency.ts).
   */
  shopCurrencies: Record<string, string>;
  /** ISO 4217 code the reference is shown in; null = follow the browser's locale. */
  displayCurrency: string | null;
  /** Days of history the reference looks back on; 0 = all time. */
  windowDays: number;
  /** The user picked the period: it no longer widens by itself when it has too few sales. */
  windowChosen: boolean;
  /** Compare item + shipping instead of item price alone. */
  includeShipping: boolean;
  /** Keep everything (0) or drop price observations older than this many months. */
  retentionMonths: number;
  /** Set when the disk was full: capture stops and the popup says why. */
  storageFullAt: string | null;
  /** The user's own conversion rates (units per US dollar), over the shipped dated defaults. */
  rates: Record<string, number>;
  /** Show the reference on the marketplace pages themselves (item panel, toolbar badge, chips). */
  inPage: boolean;
  /** Site adapter ids where nothing is shown on the page (capture goes on). */
  inPageOffSites: string[];
  /** A verdict chip on every card of search and sold-search pages. */
  inPageChips: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  paused: false,
  disabledSites: [],
  enabledOrigins: [],
  shopCurrencies: {},
  displayCurrency: null,
  windowDays: 90,
  windowChosen: false,
  includeShipping: false,
  retentionMonths: 0,
  storageFullAt: null,
  rates: {},
  inPage: true,
  inPageOffSites: [],
  inPageChips: true,
};

type Check = (value: unknown) => boolean;
const isStringArray: Check = (value) =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');
const CHECKS: Record<keyof Settings, Check> = {
  paused: (value) => typeof value === 'boolean',
  disabledSites: isStringArray,
  enabledOrigins: isStringArray,
  // Entry by entry (cleanShopCurrencies): one bad entry does not lose the other shops' choices.
  shopCurrencies: (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  displayCurrency: (value) => value === null || isCurrencyCode(value),
  windowDays: (value) => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 3650,
  windowChosen: (value) => typeof value === 'boolean',
  includeShipping: (value) => typeof value === 'boolean',
  retentionMonths: (value) => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 600,
  storageFullAt: (value) => value === null || typeof value === 'string',
  rates: (value) =>
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.entries(value).every(
      ([code, rate]) => isCurrencyCode(code) && typeof rate === 'number' && rate > 0 && Number.isFinite(rate),
    ),
  inPage: (value) => typeof value === 'boolean',
  inPageOffSites: isStringArray,
  inPageChips: (value) => typeof value === 'boolean',
};

const KEY = 'settings';

export function sanitizeSettings(raw: unknown): Settings {
  const settings: Settings = { ...DEFAULT_SETTINGS };
  if (raw && typeof raw === 'object') {
    for (const key of Object.keys(CHECKS) as (keyof Settings)[]) {
      const value = (raw as Record<string, unknown>)[key];
      if (CHECKS[key](value)) (settings as unknown as Record<string, unknown>)[key] = value;
    }
  }
  settings.shopCurrencies = cleanShopCurrencies(settings.shopCurrencies);
  return settings;
}

/** The valid entries only: an http(s) origin → an ISO 4217-shaped code. */
function cleanShopCurrencies(raw: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [origin, code] of Object.entries(raw)) {
    if (isCurrencyCode(code) && /^https?:\/\/[^/\s]+$/.test(origin)) out[origin] = code;
  }
  return out;
}

/** The currency the user set for a shop (an origin), or null when none is set. */
export function shopCurrencyOf(settings: Settings, origin: string): string | null {
  return Object.hasOwn(settings.shopCurrencies, origin) ? (settings.shopCurrencies[origin] ?? null) : null;
}

/** The map with one shop's currency set (a code) or cleared (null). */
export function withShopCurrency(
  current: Record<string, string>,
  origin: string,
  code: string | null,
): Record<string, string> {
  const { [origin]: _old, ...others } = current;
  return isCurrencyCode(code) ? { ...others, [origin]: code } : others;
}

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  return sanitizeSettings(stored[KEY]);
}

export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = sanitizeSettings({ ...(await loadSettings()), ...change });
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) listener(sanitizeSettings(changes[KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

export function isCaptureAllowed(settings: Settings, site: string): boolean {
  return !settings.paused && settings.storageFullAt === null && !settings.disabledSites.includes(site);
}

/**
 * What the marketplace page itself may show: nothing while paused or turned off (globally or for
 * the site); on search pages the chips only when they are on. `kind` is the page's kind.
 */
export function inPageShown(settings: Settings, site: string, kind: 'item' | 'search' | null): boolean {
  if (settings.paused || !settings.inPage || settings.inPageOffSites.includes(site)) return false;
  if (kind === 'item') return true;
  return kind === 'search' && settings.inPageChips;
}

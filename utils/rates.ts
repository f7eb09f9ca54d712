/**
 * Conversion rates shipped with the extension: units of each currency per 1 US dollar.
 * Approximate mid-market values, dated below; the options page lets the user edit them. A
 * listing always keeps its original amount and currency: these only convert for display.
 */
export const DEFAULT_RATES_DATE = '2026-11-01';

export const DEFAULT_RATES: Readonly<Record<string, number>> = {
  USD: 1,
  EUR: 0.86,
  GBP: 0.76,
  JPY: 152,
  CNY: 7.1,
  TWD: 30.5,
  HKD: 7.78,
  SGD: 1.3,
  MYR: 4.2,
  PHP: 58,
  INR: 88,
  KRW: 1420,
  CAD: 1.4,
  AUD: 1.53,
  NZD: 1.75,
  CHF: 0.8,
  PLN: 3.65,
  CZK: 20.8,
  SEK: 9.5,
  NOK: 10.1,
  DKK: 6.45,
  BRL: 5.35,
  MXN: 18.4,
  COP: 3850,
  CLP: 940,
  ARS: 1450,
  RUB: 80,
  TRY: 42,
  ILS: 3.3,
  ZAR: 17.3,
  AED: 3.67,
};

export type Rates = Readonly<Record<string, number>>;

/** Converts between two currencies through USD; undefined when either rate is unknown. */
export function convert(
  amount: number,
  from: string,
  to: string,
  rates: Rates = DEFAULT_RATES,
): number | undefined {
  if (from === to) return amount;
  const fromRate = rates[from];
  const toRate = rates[to];
  if (!fromRate || !toRate) return undefined;
  return (amount / fromRate) * toRate;
}

/** The currency of a locale's region ('ja-JP' → JPY, 'zh-TW' → TWD, 'de' → EUR); USD when unknown. */
export function currencyForLocale(locale: string): string {
  const tag = locale.toLowerCase();
  const region = /[-_]([a-z]{2})\b/.exec(tag)?.[1];
  const byRegion: Record<string, string> = {
    us: 'USD',
    gb: 'GBP',
    jp: 'JPY',
    cn: 'CNY',
    tw: 'TWD',
    hk: 'HKD',
    sg: 'SGD',
    my: 'MYR',
    ph: 'PHP',
    in: 'INR',
    kr: 'KRW',
    ca: 'CAD',
    au: 'AUD',
    nz: 'NZD',
    ch: 'CHF',
    pl: 'PLN',
    cz: 'CZK',
    se: 'SEK',
    no: 'NOK',
    dk: 'DKK',
    br: 'BRL',
    mx: 'MXN',
    co: 'COP',
    cl: 'CLP',
    ar: 'ARS',
    ru: 'RUB',
    tr: 'TRY',
    il: 'ILS',
    za: 'ZAR',
    ae: 'AED',
  };
  if (region && byRegion[region]) return byRegion[region];
  if (
    region &&
    ['de', 'fr', 'it', 'es', 'nl', 'be', 'at', 'ie', 'fi', 'pt', 'gr', 'sk', 'si', 'lu'].includes(region)
  )
    return 'EUR';
  const byLanguage: Record<string, string> = {
    ja: 'JPY',
    zh: 'CNY',
    ko: 'KRW',
    de: 'EUR',
    fr: 'EUR',
    it: 'EUR',
    es: 'EUR',
    nl: 'EUR',
    pl: 'PLN',
    cs: 'CZK',
    sv: 'SEK',
    da: 'DKK',
    nb: 'NOK',
    ru: 'RUB',
    tr: 'TRY',
    he: 'ILS',
    pt: 'EUR',
    en: 'USD',
  };
  return byLanguage[tag.slice(0, 2)] ?? 'USD';
}

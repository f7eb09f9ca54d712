import { currencyForHost, currencyForRegion, isCurrencyCode, type PriceHint } from '../price';

/**
 * What a shop's page itself says about the currency of its bare "$" or "¥" (used by the generic
 * reader, generic.ts). A "$" is the dollar of a dozen countries and the peso of several more, and a
 * wrong currency is a wrong price, so it is resolved only from what the page states, never guessed.
 *
 * Each of these names one currency, when present:
 * - the host's country domain (shop.com.co → COP; a .com says nothing), as `currencyForHost`;
 * - the country of the page's language: `<html lang="en-US">`, og:locale "es_CO" (a bare "en" or
 *   "es" names no country);
 * - the country of the hreflang alternate that is this very page ("this URL is for en-US");
 * - the shop platform's own setting for the prices it shows: Shopify's `Shopify.currency.active`
 *   in an inline script (the content script reads the script's text, it runs nothing);
 * - the option selected in a currency switcher (`<select name="currency_code">` → "EUR").
 * The page's currency is the one they all name. When two name different ones (an Etsy page in
 * lang en-US with the visitor's euros selected) the page is not sure of itself: no currency, and
 * the language's country is dropped too, so parsePrice cannot resolve a "$" from it either.
 * Explicit marks ("€", "US$", "CA$", "USD") never need any of this and are read as written.
 *
 * Not used: the shop's address or phone number (a shop in Colombia may sell in dollars), nor any
 * product structured data (og:price:currency, JSON-LD): the structured reader has those first.
 */

/**
 * The hint for parsePrice on this page: the currency all signals agree on and the page's locale.
 *
 * `shopCurrency` is the currency the user said this shop uses when turning it on (settings,
 * `shopCurrencies`). It fills in only where the page names no currency at all:
 * - a page that names one is read in the page's, even when it differs from the user's: the page
 *   speaks for this very page and now (a currency switcher set to the visitor's, a country path
 *   of the shop), the user's choice was made once for the whole shop, maybe on another page;
 * - a page whose signals disagree gets no currency, the user's neither: the page contradicts
 *   itself (e.g. the domain's currency against a switcher set to the visitor's), and a choice
 *   made for the shop in general cannot tell which of the two this page shows prices in.
 * Explicit marks ("€", "US$", "USD") are read as written either way: the hint only resolves
 * ambiguous ones ("$", "¥", "kr"), and a "$" the chosen currency does not use ("$" on a shop set
 * to EUR) stays unresolved.
 */
export function pageCurrencyHint(doc: Document, url: URL, shopCurrency?: string | null): PriceHint {
  const locale = pageLocale(doc);
  const named = new Set(currencySignals(doc, url).filter((c): c is string => c !== null));
  if (named.size > 1) {
    const language = locale?.split(/[-_]/)[0];
    return language ? { locale: language } : {};
  }
  const [currency = isCurrencyCode(shopCurrency) ? shopCurrency : undefined] = named;
  return { ...(currency ? { currency } : {}), ...(locale ? { locale } : {}) };
}

/** Every currency the page names, one entry per signal (null where a signal is absent). */
export function currencySignals(doc: Document, url: URL): (string | null)[] {
  const og = doc.querySelector('meta[property="og:locale"]')?.getAttribute('content') ?? '';
  return [
    currencyForHost(url.hostname),
    regionCurrency(doc.documentElement?.getAttribute('lang') ?? ''),
    regionCurrency(og),
    ...ownHreflangs(doc, url).map(regionCurrency),
    shopifyCurrency(doc),
    ...selectedCurrencies(doc),
  ];
}

/** The page's language, for reading "1.234": <html lang>, else og:locale ("en_US"). */
export function pageLocale(doc: Document): string | undefined {
  const lang = doc.documentElement?.getAttribute('lang')?.trim();
  const og = doc.querySelector('meta[property="og:locale"]')?.getAttribute('content')?.trim();
  // A bare language ("en") says less than og:locale's language and region ("en_US").
  if (og && /^[a-z]{2,3}[-_][A-Za-z]{2}$/.test(og) && (!lang || !/[-_]/.test(lang)))
    return og.replace('_', '-');
  return lang || undefined;
}

/** "en-US" / "es_CO" / "zh-Hant-TW" → the currency of its country; null without a known country. */
function regionCurrency(locale: string): string | null {
  const [, ...rest] = locale.trim().split(/[-_]/);
  const region = rest.find((part) => /^[A-Za-z]{2}$/.test(part));
  return region ? currencyForRegion(region) : null;
}

/** A URL as compared for "the same page": host, path without a trailing slash, query. */
function samePageKey(href: string, base: URL): string | null {
  try {
    const u = new URL(href, base);
    return `${u.host}${u.pathname.replace(/\/$/, '')}${u.search}`;
  } catch {
    return null;
  }
}

/** The hreflang values of the alternate links that point at this page itself. */
function ownHreflangs(doc: Document, url: URL): string[] {
  const own = samePageKey(url.href, url);
  const out: string[] = [];
  for (const link of doc.querySelectorAll('link[rel~="alternate"][hreflang][href]')) {
    const lang = link.getAttribute('hreflang') ?? '';
    if (lang !== 'x-default' && samePageKey(link.getAttribute('href') ?? '', url) === own) out.push(lang);
  }
  return out;
}

const SHOPIFY_CURRENCY = /\bShopify\.currency\s*=\s*\{\s*"active"\s*:\s*"([A-Z]{3})"/;

/** Shopify's `Shopify.currency = {"active":"COP",...}`: the currency its theme prints prices in. */
function shopifyCurrency(doc: Document): string | null {
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const text = script.textContent ?? '';
    if (!text.includes('Shopify.currency')) continue;
    const match = SHOPIFY_CURRENCY.exec(text);
    if (match?.[1]) return match[1];
  }
  return null;
}

/** The ISO code selected in each currency switcher, as the server rendered it. */
function selectedCurrencies(doc: Document): string[] {
  const out: string[] = [];
  for (const select of doc.querySelectorAll('select')) {
    // Matched here, not by a selector's `i` flag, which Node's DOM (the extract tool) lacks.
    if (!/currency/i.test(`${select.getAttribute('name') ?? ''} ${select.id}`)) continue;
    const value = select.querySelector('option[selected]')?.getAttribute('value')?.trim() ?? '';
    if (isCurrencyCode(value)) out.push(value);
  }
  return out;
}

/** What the popup reads of a shop's page before the shop is turned on (see readCurrencySignals). */
export interface ShopPageSignals {
  host: string;
  lang?: string;
  ogLocale?: string;
  /** Currencies the page's own price data names (og/product meta, microdata, JSON-LD, Shopify). */
  priceCurrencies?: string[];
}

/**
 * The currency to suggest when the user turns a shop on (the user confirms or changes it): the one
 * the page's price data names, else the one its country domain or language's country names,
 * else the browser's own locale's. Only a suggestion: unlike pageCurrencyHint it may guess, since
 * the user sees it and says yes.
 */
export function suggestShopCurrency(page: ShopPageSignals, browserLocale: string): string | null {
  const codes = (page.priceCurrencies ?? []).filter(isCurrencyCode);
  const [first] = codes;
  if (first && codes.every((code) => code === first)) return first;
  return (
    currencyForHost(page.host) ??
    regionCurrency(page.lang ?? '') ??
    regionCurrency(page.ogLocale ?? '') ??
    regionCurrency(browserLocale)
  );
}

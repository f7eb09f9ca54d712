import { isCurrencyCode } from './price';
import type { ShopPageSignals } from './sites/page-currency';

/**
 * What the open tab's page says about its currency, for the suggestion the popup makes when the
 * user turns a shop on (suggestShopCurrency). Read with the activeTab grant the toolbar click
 * gives; where that fails (no grant, a page the browser protects) only the host is known.
 */
export async function readShopPageSignals(tabId: number, url: string): Promise<ShopPageSignals> {
  const host = new URL(url).hostname;
  try {
    const [injection] = await browser.scripting.executeScript({
      target: { tabId },
      func: currencyWordsOfPage,
    });
    // What a page returns is the page's: checked, never trusted.
    const raw = (injection?.result ?? {}) as { lang?: unknown; ogLocale?: unknown; codes?: unknown };
    const text = (value: unknown) => (typeof value === 'string' ? value.slice(0, 40) : undefined);
    const codes = Array.isArray(raw.codes) ? raw.codes.filter(isCurrencyCode) : [];
    return { host, lang: text(raw.lang), ogLocale: text(raw.ogLocale), priceCurrencies: codes.slice(0, 20) };
  } catch {
    return { host };
  }
}

/**
 * Runs in the page (serialised by executeScript: self-contained, no imports): its language and
 * the currencies its own price data names (og / product meta, microdata, JSON-LD, Shopify's setting).
 */
function currencyWordsOfPage(): { lang: string; ogLocale: string; codes: string[] } {
  const codes: string[] = [];
  const selectors = [
    'meta[property="og:price:currency"]',
    'meta[property="product:price:currency"]',
    '[itemprop="priceCurrency"]',
  ];
  for (const selector of selectors) {
    const el = document.querySelector(selector);
    const value = (el?.getAttribute('content') ?? el?.textContent ?? '').trim();
    if (value) codes.push(value);
  }
  for (const script of document.querySelectorAll('script:not([src])')) {
    const text = script.textContent ?? '';
    const code =
      /"priceCurrency"\s*:\s*"([A-Z]{3})"/.exec(text)?.[1] ??
      /Shopify\.currency\s*=\s*\{\s*"active"\s*:\s*"([A-Z]{3})"/.exec(text)?.[1];
    if (code) codes.push(code);
    if (codes.length >= 20) break;
  }
  return {
    lang: document.documentElement.getAttribute('lang') ?? '',
    ogLocale: document.querySelector('meta[property="og:locale"]')?.getAttribute('content') ?? '',
    codes,
  };
}

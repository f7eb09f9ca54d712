/**
 * Bundled by test/generic-eval/harness.mjs into one script that runs in a page of headless
 * Chromium: the saved page is laid out there (the reader needs layout), its structured price data
 * stripped, then read by the generic reader exactly as the content script would.
 */
import { extractPage } from '../../utils/extract-page';
import { genericReader } from '../../utils/sites/generic';
import { pageCurrencyHint } from '../../utils/sites/page-currency';
import { measurePage } from '../../utils/sites/visual-measure';
import { pickMainPrice, rejectionOf } from '../../utils/sites/visual-price';
import { stripStructuredData } from './strip';

/** `shopCurrency`: the currency the user confirmed for the shop when turning it on, or null (not set). */
export function read(pageUrl: string, strip: boolean, shopCurrency: string | null = null) {
  const removed = strip ? stripStructuredData(document) : null;
  const started = performance.now();
  const { listings } = extractPage(genericReader(shopCurrency), document, new URL(pageUrl));
  const ms = performance.now() - started;
  return { listings, removed, ms };
}

/** What the reader measured on the page and why each price was or was not eligible (for debugging). */
export function explain(pageUrl: string, strip: boolean, shopCurrency: string | null = null) {
  if (strip) stripStructuredData(document);
  const url = new URL(pageUrl);
  const page = measurePage(document, pageCurrencyHint(document, url, shopCurrency));
  if (!page) return null;
  return {
    ...page,
    pick: pickMainPrice(page),
    candidates: page.candidates.map((c) => ({ ...c, rejected: rejectionOf(c) })),
  };
}

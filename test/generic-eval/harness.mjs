// Runs the generic reader over saved pages in headless Chromium, with layout. Shared by
// `npm run eval:generic` (test/generic-eval/run.mjs, prints the figures) and the Chromium
// end-to-end suite (test/e2e/chromium.mjs, fails the run when a figure misses its bar).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeSavedPage } from '../../utils/cli/html.ts';
import { bundleForPage } from '../page-bundle.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
/** The window a page is laid out in: a common laptop screen less the browser's own bars. */
export const VIEWPORT = { width: 1280, height: 800 };
/** Pages are served at this made-up origin, so no site's own content script runs on them. */
const ORIGIN = 'https://generic-eval.invalid';

/** The reader and the stripping transform as one script to evaluate in a page (vite, iife). */
export const bundleReader = () => bundleForPage('test/generic-eval/browser-entry.ts', 'compsGenericEval');

export function loadFixture(fixture) {
  return decodeSavedPage(readFileSync(join(ROOT, 'test/fixtures', fixture)));
}

/**
 * Each page in a fresh tab of `context`: its HTML served at a made-up origin (scripts off by
 * CSP, every other request refused, so no external style sheet, image or font loads), laid out
 * at VIEWPORT, stripped of structured data when `page.strip`, then read. Resolves to one result
 * per page: { page, listings, removed, ms } or { page, error }. With `confirmed`, each page is read
 * as on a shop turned on with its currency confirmed by the user (`page.shopCurrency`); without,
 * as on a shop whose currency is not set.
 */
export async function readPages(context, pages, script, { screenshots, confirmed } = {}) {
  const results = [];
  const tab = await context.newPage();
  await tab.setViewportSize(VIEWPORT);
  let current = '';
  await tab.route('**/*', (route) => {
    const request = route.request();
    if (request.isNavigationRequest() && request.url() === current.url)
      return route.fulfill({
        status: 200,
        headers: {
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy': "script-src 'none'",
        },
        body: current.html,
      });
    return route.abort();
  });
  try {
    for (const [index, page] of pages.entries()) {
      try {
        current = { url: `${ORIGIN}/${index}`, html: loadFixture(page.fixture) };
        await tab.goto(current.url, { waitUntil: 'domcontentloaded', timeout: 20000 });
        await tab.evaluate(script);
        const result = await tab.evaluate(
          ([url, strip, currency]) => globalThis.compsGenericEval.read(url, strip, currency),
          [page.url, page.strip !== false, shopCurrencyOf(page, confirmed)],
        );
        if (screenshots) await tab.screenshot({ path: join(screenshots, `${index}.png`) });
        results.push({ page, ...result });
      } catch (error) {
        results.push({ page, error: String(error?.message ?? error) });
      }
    }
  } finally {
    await tab.close();
  }
  return results;
}

/**
 * The same in Firefox (puppeteer-core over WebDriver BiDi, which has no request routing here): each
 * page's HTML, its <script> elements cut out first, written into a blank tab with setContent.
 */
export async function readPagesFirefox(browser, pages, script, { confirmed } = {}) {
  const results = [];
  const tab = await browser.newPage();
  await tab.setViewport(VIEWPORT);
  try {
    for (const page of pages) {
      try {
        const html = loadFixture(page.fixture).replace(/<script\b[\s\S]*?<\/script>/gi, '');
        await tab.goto('about:blank');
        await tab.setContent(html, { waitUntil: 'domcontentloaded', timeout: 30000 });
        await tab.evaluate(script);
        const result = await tab.evaluate(
          (url, strip, currency) => globalThis.compsGenericEval.read(url, strip, currency),
          page.url,
          page.strip !== false,
          shopCurrencyOf(page, confirmed),
        );
        results.push({ page, ...result });
      } catch (error) {
        results.push({ page, error: String(error?.message ?? error) });
      }
    }
  } finally {
    await tab.close();
  }
  return results;
}

/** The shop currency a page is read with: the one a user would confirm, or none. */
function shopCurrencyOf(page, confirmed) {
  if (!confirmed) return null;
  if (!/^[A-Z]{3}$/.test(page.shopCurrency ?? '')) throw new Error(`${page.fixture}: no shopCurrency`);
  return page.shopCurrency;
}

/**
 * right: the page's main price recorded (amount within half a cent, same currency); wrong: any
 * other price, or any price on a page that is not one product's; none: nothing recorded.
 */
export function verdictOf(result) {
  if (result.error) return 'error';
  const first = result.listings[0];
  const expected = result.page.expect;
  if (!first) return 'none';
  if (!expected) return 'wrong';
  const [amount, currency] = expected;
  return Math.abs(first.price.amount - amount) < 0.005 && first.price.currency === currency
    ? 'right'
    : 'wrong';
}

/** Precision over everything recorded; recall over the pages that show a price. */
export function figures(results) {
  const counts = { right: 0, wrong: 0, none: 0, error: 0, shown: 0 };
  for (const result of results) {
    counts[verdictOf(result)]++;
    if (result.page.expect) counts.shown++;
  }
  const recorded = counts.right + counts.wrong;
  return {
    ...counts,
    pages: results.length,
    precision: recorded ? counts.right / recorded : 1,
    recall: counts.shown ? counts.right / counts.shown : 0,
  };
}

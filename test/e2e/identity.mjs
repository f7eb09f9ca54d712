// Identity suite: `npm run extract` (Node, utils/cli/html.ts) must record exactly what the content
// script records in Chromium, on every saved page in test/fixtures/pages.json.
//
// Chromium side: each saved page is served at its real URL by a Playwright route (no network: every
// other request is aborted), with scripts blocked by CSP as in the e2e server, and the adapters
// (bundled with vite) read the document Chromium's own parser built, with scripting on as in a
// user's tab (`DOMParser` would parse with scripting off, so `<noscript>` would hold elements there
// but text in the tab). Node side: extractSavedPage, the extract tool's path. One browser launch for
// all pages; one `ok` / `not ok` line per page; a difference names the first field that differs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { chromium } from 'playwright-core';
import { decodeSavedPage } from '../../utils/cli/html.ts';
import { extractSavedPage } from '../../utils/cli/pages.ts';
import { bundleForPage } from '../page-bundle.mjs';
import { ROOT } from './server.mjs';

const FIXTURES = join(ROOT, 'test/fixtures');
const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

const bundle = () => bundleForPage('test/e2e/identity-entry.ts', 'compsIdentity');

/** Where two extractions first differ, as "path: node value ≠ chromium value", or null. */
export function firstDifference(node, browser, path = '') {
  if (isDeepStrictEqual(node, browser)) return null;
  const bothObjects = node && browser && typeof node === 'object' && typeof browser === 'object';
  if (!bothObjects || Array.isArray(node) !== Array.isArray(browser)) {
    return `${path || '(root)'}: node ${JSON.stringify(node)?.slice(0, 200)} ≠ chromium ${JSON.stringify(browser)?.slice(0, 200)}`;
  }
  if (Array.isArray(node) && node.length !== browser.length) {
    const shorter = Math.min(node.length, browser.length);
    const at = node.findIndex((item, index) => index < shorter && !isDeepStrictEqual(item, browser[index]));
    const detail =
      at >= 0
        ? `; first different at [${at}]: ${firstDifference(node[at], browser[at], `${path}[${at}]`)}`
        : '';
    return `${path || '(root)'}: ${node.length} in node, ${browser.length} in chromium${detail}`;
  }
  for (const key of new Set([...Object.keys(node), ...Object.keys(browser)])) {
    const difference = firstDifference(
      node[key],
      browser[key],
      Array.isArray(node) ? `${path}[${key}]` : `${path}.${key}`,
    );
    if (difference) return difference;
  }
  return null;
}

export async function run(report) {
  process.env.TZ = 'UTC'; // the same clock zone on both sides, should an adapter read local times
  const pages = JSON.parse(readFileSync(join(FIXTURES, 'pages.json'), 'utf8'));
  const script = await bundle();
  const browser = await chromium.launch({
    executablePath: EXECUTABLE,
    headless: true,
    args: FLAGS,
    env: { ...process.env, TZ: 'UTC' },
  });
  try {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    let body = null; // the saved page, served once to the next navigation (a meta refresh gets nothing)
    await context.route('**/*', (route) => {
      const request = route.request();
      if (body !== null && request.isNavigationRequest() && request.frame() === page.mainFrame()) {
        const html = body;
        body = null;
        return route.fulfill({
          status: 200,
          headers: {
            'content-type': 'text/html; charset=utf-8',
            'content-security-policy': "script-src 'none'",
          },
          body: html,
        });
      }
      return route.abort();
    });
    let compared = 0;
    // E2E_IDENTITY_PAGES=ebay/,etsy/ compares only the pages whose file name contains one of these.
    const only = (process.env.E2E_IDENTITY_PAGES ?? '').split(',').filter(Boolean);
    for (const [file, url] of Object.entries(pages)) {
      if (only.length > 0 && !only.some((part) => file.includes(part))) continue;
      const path = join(FIXTURES, `${file}.gz`);
      await report.check(
        `${file}: the tool and Chromium record the same`,
        async () => {
          body = decodeSavedPage(readFileSync(path));
          // Chromium parses while Node does: the browser side runs in its own process.
          const inBrowser = page
            .goto(url, { waitUntil: 'domcontentloaded' })
            .then(() => page.evaluate(script)) // CDP evaluation: not subject to the page's CSP
            .then(() => page.evaluate((pageUrl) => globalThis.compsIdentity.extractDocument(pageUrl), url));
          const inNode = JSON.parse(JSON.stringify(extractSavedPage({ file: path, url })));
          const difference = firstDifference(inNode, await inBrowser);
          compared++;
          return difference ? [difference] : [];
        },
        60000,
      );
    }
    console.log(`# identity: ${compared} saved pages compared`);
  } finally {
    await browser.close();
  }
}

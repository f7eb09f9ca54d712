// Firefox suite: headless Firefox ESR driven by puppeteer-core over WebDriver BiDi, the Firefox
// MV2 build installed as a temporary add-on, saved pages served on :443 under their real host
// names (every name resolves to 127.0.0.1). Run through run.mjs (network namespace, certificate,
// server).
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { readPopup, runChecks, sleep } from './checks.mjs';
import { ROOT } from './server.mjs';

export const EXTENSION_DIR = process.env.E2E_FIREFOX_EXT ?? join(ROOT, '.output/firefox-mv2');
const EXECUTABLE = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ADDON_ID = 'comps@comps.invalid';

export async function run(report, { port }) {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    report.fail('extension build', `no build in ${EXTENSION_DIR} (npm run build:firefox)`);
    return;
  }
  if (port !== 443) {
    report.fail(
      'fixture server',
      `Firefox needs the pages on :443 (forceResolve keeps the URL's port), got ${port}`,
    );
    return;
  }
  // Fixed in advance so the popup's moz-extension:// URL is known.
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: EXECUTABLE,
    headless: true,
    acceptInsecureCerts: true,
    protocolTimeout: 20000,
    timeout: 20000,
    // Needed to drive moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    env: { ...process.env, TZ: 'UTC' },
    extraPrefsFirefox: {
      'network.dns.forceResolve': '127.0.0.1',
      'network.trr.mode': 5,
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: uuid }),
      // Optional permissions (shops turned on for the generic reader) granted without a prompt.
      'extensions.webextOptionalPermissionPrompts': false,
      'intl.locale.requested': 'en-US',
      'intl.accept_languages': 'en-US',
      'browser.shell.checkDefaultBrowser': false,
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
    },
  });
  try {
    const installed = await report.check('extension installs (temporary add-on)', async () => {
      const id = await browser.installExtension(EXTENSION_DIR);
      return id === ADDON_ID ? [] : [`installed as ${id}, expected ${ADDON_ID}`];
    });
    if (!installed) return;

    const popup = await browser.newPage();
    const popupErrors = [];
    popup.on('pageerror', (error) => popupErrors.push(error.message));
    let nonce = 0;

    const driver = {
      name: 'firefox',
      popupErrors,
      async openTab(url) {
        const page = await browser.newPage();
        const response = await page.goto(url, { waitUntil: 'load', timeout: 15000 });
        if (!response?.ok()) throw new Error(`HTTP ${response?.status()} for ${url}`);
        return { url, evaluate: (fn, arg) => page.evaluate(fn, arg) };
      },
      tabIdOf: (url) =>
        popup.evaluate((u) => browser.tabs.query({}).then((tabs) => tabs.find((t) => t.url === u)?.id), url),
      async loadPopup(query) {
        // Without ?tabId the popup is about the active tab: make that the popup's own tab.
        await popup.bringToFront();
        // A fresh URL each time tells the new document from the old one (the popup ignores e2e=).
        const url = `moz-extension://${uuid}/popup.html?${query ? `${query}&` : ''}e2e=${++nonce}`;
        // goto() never sees moz-extension:// pages "load": start it and watch for the render.
        popup.goto(url, { timeout: 10000 }).catch(() => {});
        const end = Date.now() + 6000;
        for (;;) {
          const state = await popup.evaluate(readPopup).catch(() => null);
          if (state?.href === url) return state;
          if (Date.now() > end) throw new Error(`popup did not render at ${url}`);
          await sleep(50);
        }
      },
      popupEvaluate: (fn, arg) => popup.evaluate(fn, arg),
    };
    await runChecks(driver, report);
  } finally {
    await browser.close().catch(() => {});
  }
}

// Chromium suite: headless Debian Chromium driven by playwright-core, the Chrome MV3 build
// loaded as an unpacked extension, saved pages served under their real host names.
// Run through run.mjs (it provides the network namespace, certificate and server).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { readPopup, runChecks } from './checks.mjs';
import { hosts } from './pages.mjs';
import { ROOT } from './server.mjs';

export const EXTENSION_DIR = process.env.E2E_CHROME_EXT ?? join(ROOT, '.output/chrome-mv3');
const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function run(report, { port }) {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    report.fail('extension build', `no build in ${EXTENSION_DIR} (npm run build)`);
    return;
  }
  const rules = [
    ...hosts.map((host) => `MAP ${host} 127.0.0.1:${port}`),
    'MAP * ~NOTFOUND',
    'EXCLUDE 127.0.0.1',
  ];
  const context = await chromium.launchPersistentContext('', {
    executablePath: EXECUTABLE,
    headless: true,
    locale: 'en-US',
    ignoreHTTPSErrors: true,
    env: { ...process.env, TZ: 'UTC' },
    timeout: 20000,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      `--host-resolver-rules=${rules.join(', ')}`,
      '--ignore-certificate-errors',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--disable-features=Translate,OptimizationHints,MediaRouter',
    ],
  });
  try {
    let worker;
    const started = await report.check('extension loads (service worker running)', async () => {
      worker =
        context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
        (await context.waitForEvent('serviceworker', { timeout: 10000 }));
      return worker.url().startsWith('chrome-extension://') ? [] : [`unexpected worker ${worker.url()}`];
    });
    if (!started) return;
    const extensionId = new URL(worker.url()).host;

    const popup = await context.newPage();
    const popupErrors = [];
    popup.on('pageerror', (error) => popupErrors.push(error.message));

    const driver = {
      name: 'chromium',
      popupErrors,
      async openTab(url) {
        const page = await context.newPage();
        const response = await page.goto(url, { waitUntil: 'load', timeout: 15000 });
        if (!response?.ok()) throw new Error(`HTTP ${response?.status()} for ${url}`);
        return { url, evaluate: (fn, arg) => page.evaluate(fn, arg) };
      },
      async tabIdOf(url) {
        const find = (u) => chrome.tabs.query({}).then((tabs) => tabs.find((t) => t.url === u)?.id);
        // The service worker may have been stopped while idle: the popup page can ask as well.
        return worker.evaluate(find, url).catch(() => popup.evaluate(find, url));
      },
      async loadPopup(query) {
        // Without ?tabId the popup is about the active tab: make that the popup's own tab.
        await popup.bringToFront();
        await popup.goto(`chrome-extension://${extensionId}/popup.html${query ? `?${query}` : ''}`);
        await popup.waitForFunction(readPopup, undefined, { timeout: 5000 });
        return popup.evaluate(readPopup);
      },
      popupEvaluate: (fn, arg) => popup.evaluate(fn, arg),
    };
    await runChecks(driver, report);
  } finally {
    await context.close().catch(() => {});
  }
}

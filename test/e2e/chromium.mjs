// Chromium suite: headless Debian Chromium driven by playwright-core, the Chrome MV3 build
// loaded as an unpacked extension, saved pages served under their real host names.
// Run through run.mjs (it provides the network namespace, certificate and server).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { runActionChecks } from './action.mjs';
import { copyBuild, readPopup, runChecks, sleep } from './checks.mjs';
import { runGenericEvalChecks } from './generic-eval.mjs';
import { hosts } from './pages.mjs';
import { ROOT } from './server.mjs';

const BUILD_DIR = process.env.E2E_CHROME_EXT ?? join(ROOT, '.output/chrome-mv3');
const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A new browser with a new, empty profile and the extension; resolves to a driver (see checks.mjs). */
async function launch(port, { lang } = {}) {
  const rules = [
    ...hosts.map((host) => `MAP ${host} 127.0.0.1:${port}`),
    'MAP * ~NOTFOUND',
    'EXCLUDE 127.0.0.1',
  ];
  const context = await chromium.launchPersistentContext('', {
    executablePath: EXECUTABLE,
    headless: true,
    locale: lang === 'ja' ? 'ja-JP' : 'en-US',
    ignoreHTTPSErrors: true,
    acceptDownloads: true,
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
      // The UI language extensions get their messages in (browser.i18n): `locale` alone sets only
      // what pages see.
      ...(lang ? [`--lang=${lang}`] : []),
    ],
  });
  let worker;
  try {
    worker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', { timeout: 10000 }));
  } catch (error) {
    await context.close().catch(() => {});
    throw error;
  }
  const extensionId = new URL(worker.url()).host;
  const base = `chrome-extension://${extensionId}`;

  const popup = await context.newPage();
  const popupErrors = [];
  popup.on('pageerror', (error) => popupErrors.push(error.message));
  // Actions wait for their element this long at most (a missing element is a failed check, fast).
  popup.setDefaultTimeout(5000);

  const tabsByUrl = new Map();
  const tabIds = () => {
    const ids = () => chrome.tabs.query({}).then((tabs) => tabs.map((tab) => tab.id));
    // The service worker may have been stopped while idle: the popup page can ask as well.
    return worker.evaluate(ids).catch(() => popup.evaluate(ids));
  };
  let cdp = null;
  const workerState = { status: 'running', since: Date.now() };
  const driver = {
    name: 'chromium',
    worker,
    /**
     * Stops every service worker, the extension's included, as Chrome stops an idle one (CDP
     * ServiceWorker.stopAllWorkers). With `afterRunningMs`, first waits (up to 5 s) until the
     * worker runs again and has run that long: a stop then lands while it handles a message.
     */
    async stopServiceWorkers({ afterRunningMs } = {}) {
      if (!cdp) {
        cdp = await context.newCDPSession(popup);
        cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
          for (const version of versions) {
            if (!version.scriptURL.startsWith(base)) continue;
            if (version.runningStatus === 'running' && workerState.status !== 'running')
              workerState.since = Date.now();
            workerState.status = version.runningStatus;
          }
        });
        await cdp.send('ServiceWorker.enable');
      }
      if (afterRunningMs !== undefined) {
        const end = Date.now() + 5000;
        while (workerState.status !== 'running' && Date.now() < end) await sleep(10);
        const wait = workerState.since + afterRunningMs - Date.now();
        if (wait > 0) await sleep(wait);
      }
      await cdp.send('ServiceWorker.stopAllWorkers');
    },
    popupErrors,
    async openTab(url) {
      // The extension has no `tabs` permission, so tabs are told apart by id, not by URL: the
      // new tab is the id that was not there before.
      const before = new Set(await tabIds());
      const page = await context.newPage();
      const logs = [];
      page.on('console', (message) => {
        if (message.text().startsWith('[Comps]')) logs.push(message.text());
      });
      const response = await page.goto(url, { waitUntil: 'load', timeout: 15000 });
      if (!response?.ok()) throw new Error(`HTTP ${response?.status()} for ${url}`);
      const added = (await tabIds()).filter((id) => !before.has(id));
      if (added.length !== 1) throw new Error(`expected one new tab for ${url}, found ${added.length}`);
      tabsByUrl.set(url, added[0]);
      return {
        url,
        /** The content script's own console lines ("[Comps] ..."), in order. */
        logs,
        evaluate: (fn, arg) => page.evaluate(fn, arg),
        // clip: { x, y, width, height } of the document (scrollX/scrollY added by the caller)
        screenshot: (path, clip) =>
          page.bringToFront().then(() => page.screenshot({ path, ...(clip ? { clip } : {}) })),
        async reload() {
          const again = await page.reload({ waitUntil: 'load', timeout: 15000 });
          if (!again?.ok()) throw new Error(`HTTP ${again?.status()} reloading ${url}`);
        },
      };
    },
    tabIdOf: async (url) => tabsByUrl.get(url),
    async loadPopup(query) {
      // Without ?tabId the popup is about the active tab: make that the popup's own tab.
      await popup.bringToFront();
      await popup.goto(`${base}/popup.html${query ? `?${query}` : ''}`);
      await popup.waitForFunction(readPopup, undefined, { timeout: 5000 });
      return popup.evaluate(readPopup);
    },
    popupEvaluate: (fn, arg) => popup.evaluate(fn, arg),
    popupClick: (selector) => popup.click(selector),
    async popupType(selector, text, { submit = false } = {}) {
      await popup.fill(selector, '');
      await popup.locator(selector).pressSequentially(text);
      if (submit) await popup.press(selector, 'Enter');
    },
    popupSelect: (selector, value) => popup.selectOption(selector, value).then(() => {}),
    popupPress: (key) => popup.keyboard.press(key),
    popupViewport: (width, height) => popup.setViewportSize({ width, height }),
    popupColorScheme: (scheme) => popup.emulateMedia({ colorScheme: scheme }),
    popupScreenshot: (path, { fullPage = false } = {}) => popup.screenshot({ path, fullPage }),
    async allowOrigin(origin) {
      // Chromium shows its permission prompt as a browser dialog that nothing can click in a
      // headless browser. What a user can do instead, in chrome://extensions > Details > Site
      // access > "On specific sites", is grant the site there; permissions.request then returns
      // true without a prompt. The page's own API does what that control does.
      const page = await context.newPage();
      try {
        await page.goto(`chrome://extensions/?id=${extensionId}`);
        await page.waitForFunction(() => globalThis.chrome?.developerPrivate, undefined, { timeout: 5000 });
        await page.evaluate(
          ([id, pattern]) => chrome.developerPrivate.addHostPermission(id, pattern),
          [extensionId, `${origin}/*`],
        );
      } finally {
        await page.close().catch(() => {});
      }
    },
    allowOriginNote:
      'granted beforehand as chrome://extensions site access: the headless prompt cannot be clicked',
    async openOptions() {
      const page = await context.newPage();
      page.setDefaultTimeout(5000);
      await page.goto(`${base}/options.html`);
      return {
        evaluate: (fn, arg) => page.evaluate(fn, arg),
        // In front first: a page in a background tab gets no animation frames, and clicks
        // wait for the element to be stable over two of them.
        click: (selector) => page.bringToFront().then(() => page.click(selector)),
        setFiles: (selector, path) => page.setInputFiles(selector, path),
        async download(selector) {
          await page.bringToFront();
          const [download] = await Promise.all([
            page.waitForEvent('download', { timeout: 10000 }),
            page.click(selector),
          ]);
          const path = await download.path();
          return { name: download.suggestedFilename(), bytes: readFileSync(path) };
        },
        close: () => page.close(),
      };
    },
    launchFresh: (options) => launch(port, options),
    context,
    close: () => context.close(),
  };
  return driver;
}

let EXTENSION_DIR = BUILD_DIR;

export async function run(report, { port }) {
  const copy = copyBuild(report, BUILD_DIR, 'npm run build');
  if (!copy) return;
  EXTENSION_DIR = copy;
  let driver;
  const started = await report.check('extension loads (service worker running)', async () => {
    driver = await launch(port);
    const url = driver.worker.url();
    return url.startsWith('chrome-extension://') ? [] : [`unexpected worker ${url}`];
  });
  if (!started) {
    await driver?.close().catch(() => {});
    return;
  }
  try {
    await runChecks(driver, report);
    await runGenericEvalChecks(driver.context, report);
  } finally {
    await driver.close().catch(() => {});
  }
  if (!process.env.E2E_ONLY || process.env.E2E_ONLY === 'action')
    await runActionChecks(report, { port, extensionDir: EXTENSION_DIR });
}

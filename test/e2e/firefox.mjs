// Firefox suite: headless Firefox ESR driven by puppeteer-core over WebDriver BiDi, the Firefox
// MV2 build installed as a temporary add-on, saved pages served on :443 under their real host
// names (every name resolves to 127.0.0.1). Run through run.mjs (network namespace, certificate,
// server).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { copyBuild, readPopup, runChecks, sleep } from './checks.mjs';
import { ROOT } from './server.mjs';

const BUILD_DIR = process.env.E2E_FIREFOX_EXT ?? join(ROOT, '.output/firefox-mv2');
const EXECUTABLE = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ADDON_ID = 'comps@comps.invalid';

/** Waits for a file to appear in dir (not in `before`) and stop growing; resolves to its name. */
async function savedFile(dir, before, timeoutMs = 10000) {
  const end = Date.now() + timeoutMs;
  let last = null;
  for (;;) {
    const names = readdirSync(dir).filter((name) => !before.has(name));
    const done = names.find((name) => !name.endsWith('.part') && !names.includes(`${name}.part`));
    if (done) {
      const size = statSync(join(dir, done)).size;
      if (last && last.name === done && last.size === size && size > 0) return done;
      last = { name: done, size };
    }
    if (Date.now() > end) throw new Error(`no download finished in ${dir} (${names.join(', ') || 'empty'})`);
    await sleep(150);
  }
}

/**
 * A new Firefox with a new, empty profile and the add-on installed; resolves to a driver (see
 * checks.mjs). `installed` runs the install as the suite's first check.
 */
async function launch(installed = (install) => install()) {
  // Fixed in advance so the popup's moz-extension:// URL is known.
  const uuid = randomUUID();
  const downloads = mkdtempSync(join(tmpdir(), 'downloads-'));
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
      // Files the options page exports are saved there, without asking.
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.helperApps.neverAsk.saveToDisk': 'text/csv,application/json,application/octet-stream',
      'browser.download.manager.showWhenStarting': false,
      'browser.download.alwaysOpenPanel': false,
      'intl.locale.requested': 'en-US',
      'intl.accept_languages': 'en-US',
      'browser.shell.checkDefaultBrowser': false,
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
    },
  });
  try {
    const ok = await installed(async () => {
      const id = await browser.installExtension(EXTENSION_DIR);
      return id === ADDON_ID ? [] : [`installed as ${id}, expected ${ADDON_ID}`];
    });
    // false from a failed check, or the problems themselves
    if (ok === false || ok?.length) throw new Error(`the add-on did not install ${ok || ''}`);
  } catch (error) {
    await browser.close().catch(() => {});
    throw error;
  }
  const base = `moz-extension://${uuid}`;

  const popup = await browser.newPage();
  popup.setDefaultTimeout(5000);
  const popupErrors = [];
  popup.on('pageerror', (error) => popupErrors.push(error.message));
  let nonce = 0;
  const tabsByUrl = new Map();
  const tabIds = () => popup.evaluate(() => browser.tabs.query({}).then((tabs) => tabs.map((tab) => tab.id)));

  /**
   * Starts loading an extension page (goto never sees them "load") and waits for `selector`. In a
   * fresh profile on a loaded CI machine the first navigation has once been seen to never render
   * (CI, 2026-11-28): what the page showed is printed and the page is loaded once more, so a
   * second miss fails with both states.
   */
  const openExtensionPage = async (page, url, selector) => {
    page.goto(url, { timeout: 10000 }).catch(() => {});
    const rendered = () =>
      page.waitForSelector(selector, { timeout: 8000 }).then(
        () => true,
        () => false,
      );
    if (await rendered()) return;
    const seen = async () =>
      `${page.url()} ${await page
        .evaluate(() => document.querySelector('main')?.outerHTML.slice(0, 120) ?? 'no <main>')
        .catch((error) => `(not readable: ${error.message})`)}`;
    const first = await seen();
    console.log(`# firefox: ${url} did not render ${selector} in 8 s, showing ${first}; loading it again`);
    page.goto(url, { timeout: 10000 }).catch(() => {});
    if (await rendered()) return;
    throw new Error(`${url} did not render ${selector}: first ${first}, then ${await seen()}`);
  };

  const driver = {
    name: 'firefox',
    popupErrors,
    async openTab(url) {
      // The extension has no `tabs` permission, so tabs are told apart by id, not by URL: the
      // new tab is the id that was not there before.
      const before = new Set(await tabIds());
      const page = await browser.newPage();
      const response = await page.goto(url, { waitUntil: 'load', timeout: 15000 });
      if (!response?.ok()) throw new Error(`HTTP ${response?.status()} for ${url}`);
      const added = (await tabIds()).filter((id) => !before.has(id));
      if (added.length !== 1) throw new Error(`expected one new tab for ${url}, found ${added.length}`);
      tabsByUrl.set(url, added[0]);
      return {
        url,
        evaluate: (fn, arg) => page.evaluate(fn, arg),
        // clip: { x, y, width, height } of the document (scrollX/scrollY added by the caller)
        screenshot: (path, clip) =>
          page.bringToFront().then(() => page.screenshot({ path, ...(clip ? { clip } : {}) })),
        async reload() {
          const again = await page.reload({ waitUntil: 'load', timeout: 15000 });
          if (again && !again.ok()) throw new Error(`HTTP ${again.status()} reloading ${url}`);
        },
      };
    },
    tabIdOf: async (url) => tabsByUrl.get(url),
    async loadPopup(query) {
      // Without ?tabId the popup is about the active tab: make that the popup's own tab.
      await popup.bringToFront();
      // A fresh URL each time tells the new document from the old one (the popup ignores e2e=).
      const url = `${base}/popup.html?${query ? `${query}&` : ''}e2e=${++nonce}`;
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
    popupClick: (selector) => popup.click(selector),
    async popupType(selector, text, { submit = false } = {}) {
      await popup.locator(selector).fill(text);
      if (submit) {
        await popup.focus(selector);
        await popup.keyboard.press('Enter');
      }
    },
    popupSelect: (selector, value) => popup.select(selector, value).then(() => {}),
    popupPress: (key) => popup.keyboard.press(key),
    popupViewport: (width, height) => popup.setViewport({ width, height }),
    popupColorScheme: (scheme) =>
      popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]),
    popupScreenshot: (path, { fullPage = false } = {}) => popup.screenshot({ path, fullPage }),
    // extensions.webextOptionalPermissionPrompts=false: permissions.request grants at once.
    allowOrigin: async () => {},
    allowOriginNote: null,
    async openOptions() {
      const page = await browser.newPage();
      page.setDefaultTimeout(5000);
      await openExtensionPage(page, `${base}/options.html`, 'main.options:not([aria-busy])');
      return {
        evaluate: (fn, arg) => page.evaluate(fn, arg),
        // In front first, as a person would: a background tab gets no animation frames.
        click: (selector) => page.bringToFront().then(() => page.click(selector)),
        async setFiles(selector, path) {
          const input = await page.waitForSelector(selector);
          await input.uploadFile(path);
        },
        async download(selector) {
          const before = new Set(readdirSync(downloads));
          await page.bringToFront();
          await page.click(selector);
          const name = await savedFile(downloads, before);
          return { name, bytes: readFileSync(join(downloads, name)) };
        },
        close: () => page.close(),
      };
    },
    launchFresh: () => launch(),
    close: () => browser.close(),
  };
  return driver;
}

let EXTENSION_DIR = BUILD_DIR;

export async function run(report, { port }) {
  const copy = copyBuild(report, BUILD_DIR, 'npm run build:firefox');
  if (!copy) return;
  EXTENSION_DIR = copy;
  if (port !== 443) {
    report.fail(
      'fixture server',
      `Firefox needs the pages on :443 (forceResolve keeps the URL's port), got ${port}`,
    );
    return;
  }
  let driver;
  try {
    driver = await launch((install) => report.check('extension installs (temporary add-on)', install));
  } catch {
    return; // reported by the install check
  }
  try {
    await runChecks(driver, report);
  } finally {
    await driver.close().catch(() => {});
  }
}

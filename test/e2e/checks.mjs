import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// The end-to-end checks, written once for both browsers. A browser suite (chromium.mjs,
// firefox.mjs) launches its browser with the built extension and hands `runChecks` a driver:
//
//   driver.name                  'chromium' | 'firefox'
//   driver.openTab(url)          opens url in a new tab, resolves when loaded to
//                                { url, evaluate(fn, arg), reload() } (main world of the page)
//   driver.tabIdOf(url)          the extension's id for the tab showing url
//   driver.loadPopup(query)      (re)loads popup.html?query in the popup tab, resolves once the
//                                app rendered, to readPopup()'s result
//   driver.popupEvaluate(fn, a)  runs fn(a) in the popup page (extension origin, extension APIs)
//   driver.popupErrors           uncaught errors seen in the popup page, as strings
//   driver.popupClick(selector)  a real click in the popup page
//   driver.popupType(sel, text, { submit })  replaces the field's text by typing; Enter if submit
//   driver.popupSelect(sel, value)  picks an option of a <select> in the popup page
//   driver.popupPress(key)       a real key press in the popup page ('Tab', 'ArrowRight')
//   driver.popupViewport(w, h)   sizes the popup page's viewport (a popup is 420 px wide or less)
//   driver.popupColorScheme(s)   emulates prefers-color-scheme 'dark' or 'light' in the popup page
//   driver.popupScreenshot(path, { fullPage })  a PNG of the popup page
//   driver.allowOrigin(origin)   lets the next permissions.request for origin through without a
//                                person at the prompt; driver.allowOriginNote says how, if at all
//   driver.openOptions()         opens the options page in a new tab: { evaluate, click,
//                                setFiles(sel, path), download(sel) -> { name, bytes }, close }
//   driver.launchFresh({ lang })  the same browser and extension in a new, empty profile (Chromium:
//                                in UI language `lang`): a driver with openTab, loadPopup,
//                                popupEvaluate, openOptions, close
//   driver.stopServiceWorkers()  (Chromium only) stops the extension's service worker (CDP)
import { runBackupChecks } from './backup.mjs';
import { runInPageChecks } from './inpage.mjs';
import { pages } from './pages.mjs';
import { runPopupViewChecks } from './popup-view.mjs';
import { runReferenceChecks } from './reference.mjs';
import { runReliabilityChecks } from './reliability.mjs';
import { runShopChecks } from './shop.mjs';

/** How long a page may take for its listings to reach the popup. */
const CAPTURE_MS = 6000;
/** How long to give a page that must record nothing before concluding it did not. */
const QUIET_MS = 2000;

// ---------------------------------------------------------------------------------------------
// Reporting

export class Report {
  passed = 0;
  failed = 0;

  constructor(prefix) {
    this.prefix = prefix;
  }

  /** Runs one check: prints `ok - name` or `not ok - name: reason`; resolves to whether it passed. */
  async check(name, fn, timeoutMs = 25000) {
    const label = `${this.prefix}: ${name}`;
    let timer;
    try {
      const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
      });
      const problems = await Promise.race([fn(), timeout]);
      if (Array.isArray(problems) && problems.length > 0) throw new Error(problems.join('; '));
      this.passed++;
      console.log(`ok - ${label}`);
      return true;
    } catch (error) {
      this.failed++;
      console.log(`not ok - ${label}: ${oneLine(error)}`);
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  /** A check that could not run here: printed as passed with an explicit SKIP and the reason. */
  skip(name, reason) {
    this.passed++;
    console.log(`ok - ${this.prefix}: ${name} # SKIP ${oneLine(reason)}`);
  }

  /** A progress line (not a check). */
  note(text) {
    console.log(`# ${this.prefix}: ${oneLine(text)}`);
  }

  fail(name, reason) {
    this.failed++;
    console.log(`not ok - ${this.prefix}: ${name}: ${oneLine(reason)}`);
  }
}

/**
 * The build, copied once into a temporary directory for the suite: the browser reads an unpacked
 * extension's files while it runs, and another build of the shared .output directory during the
 * suite (a colleague's, an editor's) would change them under it. Null, reported, when not built.
 */
export function copyBuild(report, buildDir, buildCommand) {
  if (!existsSync(join(buildDir, 'manifest.json'))) {
    report.fail('extension build', `no build in ${buildDir} (${buildCommand})`);
    return null;
  }
  const copy = join(mkdtempSync(join(tmpdir(), 'extension-')), 'build');
  cpSync(buildDir, copy, { recursive: true });
  return copy;
}

export function oneLine(error) {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.split('\n').find((part) => part.trim()) ?? text;
  return line.length > 600 ? `${line.slice(0, 600)}…` : line;
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------
// Functions evaluated in the popup page (serialised: they may use nothing from this module)

/**
 * What the popup shows. `null` while it has not rendered yet, or while a part of it is still
 * loading (aria-busy: the lists come after the number). `rows` are the listings it shows from the
 * page (or the recent ones): those under "Listings on this page" and those shown as comps above
 * them (li.comp[data-on-page]), which that list leaves out.
 */
export function readPopup() {
  const main = document.querySelector('#app main');
  if (!main || main.getAttribute('aria-busy') === 'true' || main.querySelector('[aria-busy=true]'))
    return null;
  const text = (element) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
  const row = (element) => {
    const comp = element.classList.contains('comp');
    const part = (listingClass, compClass) => element.querySelector(comp ? compClass : listingClass);
    return {
      id: element.getAttribute('data-item-id'),
      title: text(part('.listing-title', '.comp-title')),
      // a comp shows the price in the display currency and, when it differs, as the site showed it
      price: text(part('.listing-price', '.comp-shown')) ?? text(element.querySelector('.comp-price')),
      priceMax: text(part('.listing-price-max', '.comp-shown-max')),
      status: comp
        ? element.getAttribute('data-status')
        : [...(element.querySelector('.listing-status')?.classList ?? [])]
            .find((name) => name.startsWith('status-'))
            ?.slice('status-'.length),
      date: text(part('.listing-date', '.comp-date')),
      condition: text(part('.listing-condition', '.comp-condition')),
      site: element.getAttribute('data-site') ?? text(element.querySelector('.listing-site')),
      asComp: comp,
    };
  };
  return {
    href: location.href,
    heading: text(main.querySelector('.page-listings h2')),
    alert: text(main.querySelector('[role=alert]')),
    text: text(main),
    language: navigator.language,
    rows: [...main.querySelectorAll('li.listing[data-item-id], ul.comps > li.comp[data-on-page]')].map(row),
  };
}

/** Every stored listing's key and lastSeenAt, read from the extension's IndexedDB. */
export function readStoredListings() {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('comps');
    open.onerror = () => reject(new Error(`cannot open the comps database: ${open.error}`));
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('listings')) {
        db.close();
        resolve([]);
        return;
      }
      const request = db.transaction('listings', 'readonly').objectStore('listings').getAll();
      request.onerror = () => reject(new Error(`cannot read listings: ${request.error}`));
      request.onsuccess = () => {
        db.close();
        resolve(
          request.result.map((row) => ({ site: row.site, itemId: row.itemId, lastSeenAt: row.lastSeenAt })),
        );
      };
    };
  });
}

/** Sends a message to the background from the popup page; resolves to the reply (or the error). */
export function sendFromPopup(message) {
  const api = globalThis.browser ?? globalThis.chrome;
  return api.runtime.sendMessage(message).then(
    (reply) => ({ reply: reply ?? null }),
    (error) => ({ error: String(error?.message ?? error) }),
  );
}

// ---------------------------------------------------------------------------------------------
// Comparing what the popup shows with what the saved page shows

const squash = (text) => (text ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();

/** "$1,234.56" as the popup's locale writes it, for messages. */
export function formatPrice(amount, currency, locale) {
  return currency
    ? new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount)
    : new Intl.NumberFormat(locale).format(amount);
}

/**
 * Whether a shown price says `amount` in `currency`: the number is read with the locale's
 * separators and the currency by its symbol in that locale, so that display choices (decimals
 * of whole amounts, spacing) do not matter but the value does.
 */
function priceMatches(shown, amount, currency, locale) {
  if (!shown) return false;
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  const group = parts.find((part) => part.type === 'group')?.value ?? ',';
  const decimal = parts.find((part) => part.type === 'decimal')?.value ?? '.';
  const plain = shown
    .split(group)
    .join('')
    .replace(/[\s\u00a0\u202f]/g, '')
    .split(decimal)
    .join('.');
  const number = /\d+(?:\.\d+)?/.exec(plain)?.[0];
  if (number === undefined || Math.abs(Number(number) - amount) > 0.0049) return false;
  if (!currency) return true;
  const symbol = new Intl.NumberFormat(locale, { style: 'currency', currency })
    .formatToParts(amount)
    .find((part) => part.type === 'currency')?.value;
  const rest = plain.replace(number, '').replace(/^[-–—~]+/, '');
  return rest === (symbol ?? currency).replace(/\s/g, '') || rest === currency;
}

function formatDay(isoDay, locale) {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${isoDay}T12:00:00Z`),
  );
}

/** Problems with one listed row against one expected item (empty when it matches). */
export function itemProblems(row, item, locale) {
  const problems = [];
  const where = `item ${item.id}`;
  if (!row) return [`${where} is not listed`];
  if (squash(row.title) !== squash(item.title))
    problems.push(`${where} title ${JSON.stringify(row.title)}, expected ${JSON.stringify(item.title)}`);
  const [amount, currency] = item.price;
  if (!priceMatches(row.price, amount, currency, locale))
    problems.push(`${where} price "${row.price}", expected ${formatPrice(amount, currency, locale)}`);
  if (item.priceMax !== undefined && !priceMatches(row.priceMax, item.priceMax, currency, locale))
    problems.push(
      `${where} upper price "${row.priceMax ?? '(none)'}", expected ${formatPrice(item.priceMax, currency, locale)}`,
    );
  if (item.status && row.status !== item.status)
    problems.push(`${where} status ${row.status ?? '(none)'}, expected ${item.status}`);
  if (item.condition && squash(row.condition) !== item.condition)
    problems.push(`${where} condition "${row.condition ?? '(none)'}", expected "${item.condition}"`);
  if (item.soldOn) {
    const day = formatDay(item.soldOn, locale);
    if (squash(row.date) !== day)
      problems.push(`${where} sold date "${row.date ?? '(none)'}", expected "${day}"`);
  }
  return problems;
}

/** Problems with the popup's list for a page: exactly the page's ids, carousels allowed. */
export function listProblems(rows, expect) {
  const problems = [];
  const optional = new Set(expect.optional ?? []);
  const wanted = new Set(expect.ids);
  const seen = new Map();
  for (const row of rows) seen.set(row.id, (seen.get(row.id) ?? 0) + 1);
  const some = (ids) => `${ids.slice(0, 6).join(', ')}${ids.length > 6 ? ` and ${ids.length - 6} more` : ''}`;
  const twice = [...seen].filter(([, n]) => n > 1).map(([id]) => id);
  if (twice.length > 0) problems.push(`listed more than once: ${some(twice)}`);
  const own = [...seen.keys()].filter((id) => !optional.has(id));
  if (own.length !== wanted.size)
    problems.push(`${own.length} listings besides carousels (${rows.length} rows), expected ${wanted.size}`);
  const missing = [...wanted].filter((id) => !seen.has(id));
  if (missing.length > 0) problems.push(`missing ${some(missing)}`);
  const forbidden = (expect.absent ?? []).filter((id) => seen.has(id));
  if (forbidden.length > 0) problems.push(`placeholder listed: ${some(forbidden)}`);
  const unknown = own.filter((id) => !wanted.has(id) && !forbidden.includes(id));
  if (unknown.length > 0) problems.push(`not a listing of this page: ${some(unknown)}`);
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Waiting

/**
 * Reloads the popup for `query` until `ready(state)` holds and the row count stopped changing
 * (a capture may still be landing), or until the deadline; resolves to the last state.
 */
async function settledPopup(driver, query, ready, deadlineMs = CAPTURE_MS) {
  const end = Date.now() + deadlineMs;
  let last = null;
  let previousCount = -1;
  for (;;) {
    const state = await driver.loadPopup(query);
    const count = state?.rows.length ?? -1;
    if (state && ready(state) && count === previousCount) return state;
    previousCount = state && ready(state) ? count : -1;
    last = state;
    if (Date.now() > end) return last;
    await sleep(250);
  }
}

const keyOf = (row) => `${row.site}\u0000${row.itemId}`;

// ---------------------------------------------------------------------------------------------
// The checks

export async function runChecks(driver, report) {
  // E2E_ONLY=reliability: only the stopped-service-worker check (it launches its own profile);
  // E2E_ONLY=action: only the toolbar-button checks (chromium.mjs).
  if (process.env.E2E_ONLY === 'reliability') {
    await driver.loadPopup(''); // the popup tab on the extension's origin (drivers list tabs there)
    await runReliabilityChecks(driver, report);
    return;
  }
  if (process.env.E2E_ONLY === 'action') return;
  if (process.env.E2E_ONLY === 'inpage') return runInPageChecks(driver, report);
  const ON_PAGE = 'Listings on this page';
  const RECENT = 'Recently seen listings';
  let locale = 'en-US';

  await report.check('popup in a fresh profile shows the empty state', async () => {
    const state = await driver.loadPopup('');
    if (!state) return ['popup did not render'];
    locale = state.language || locale;
    const problems = [];
    if (state.alert) problems.push(`popup shows an error: ${state.alert}`);
    if (state.heading !== RECENT) problems.push(`heading "${state.heading}", expected "${RECENT}"`);
    if (!state.text?.includes('Nothing recorded yet'))
      problems.push(`no "Nothing recorded yet" text (shows "${state.text?.slice(0, 120)}")`);
    if (state.rows.length !== 0) problems.push(`${state.rows.length} listings shown`);
    return problems;
  });

  const opened = new Map(); // page name -> { tab, tabId, rows }
  for (const page of pages) {
    let entry = null;
    let storedBefore = [];
    const loaded = await report.check(`${page.name}: page loads at ${page.url}`, async () => {
      if (page.setup) await page.setup(driver);
      storedBefore = await driver.popupEvaluate(readStoredListings);
      const tab = await driver.openTab(page.url);
      const tabId = await driver.tabIdOf(page.url);
      if (typeof tabId !== 'number') return [`no tab id found for ${page.url}`];
      entry = { tab, tabId, rows: [] };
      opened.set(page.name, entry);
      return [];
    });
    if (!loaded || !page.expect) continue;

    const { expect } = page;
    if (expect.ids.length === 0) {
      // Bot walls, login walls, empty results: nothing recorded, the popup falls back to history.
      await report.check(`${page.name}: nothing is recorded`, async () => {
        await sleep(QUIET_MS);
        const state = await driver.loadPopup(`tabId=${entry.tabId}`);
        const after = await driver.popupEvaluate(readStoredListings);
        const problems = [];
        if (state?.heading !== (expect.heading ?? RECENT))
          problems.push(`heading "${state?.heading}", expected "${expect.heading ?? RECENT}"`);
        if (after.length !== storedBefore.length)
          problems.push(`stored listings went from ${storedBefore.length} to ${after.length}`);
        return problems;
      });
      continue;
    }
    const heading = expect.heading ?? ON_PAGE;
    await report.check(`${page.name}: popup lists the page's ${expect.ids.length} listings`, async () => {
      // A capture batch is stored in one transaction: once some rows show, that batch is all there.
      const state = await settledPopup(
        driver,
        `tabId=${entry.tabId}`,
        (s) => s.heading === heading && s.rows.length > 0,
      );
      if (!state) return ['popup did not render'];
      if (state.alert) return [`popup shows an error: ${state.alert}`];
      entry.rows = state.rows;
      if (state.heading !== heading)
        return [`heading "${state.heading}" (${state.rows.length} rows), expected "${heading}"`];
      return listProblems(state.rows, expect);
    });

    if (expect.items?.length) {
      await report.check(
        `${page.name}: ${expect.items.length} listings match the saved page (title, price...)`,
        async () => {
          if (entry.rows.length === 0) {
            const state = await driver.loadPopup(`tabId=${entry.tabId}`);
            entry.rows = state?.rows ?? [];
          }
          const byId = new Map(entry.rows.map((row) => [row.id, row]));
          return expect.items.flatMap((item) => itemProblems(byId.get(item.id), item, locale));
        },
      );
    }
  }

  let injectedId = null;
  for (const page of pages.filter((p) => p.grow && opened.has(p.name))) {
    const { tab, tabId } = opened.get(page.name);
    const { arg } = page.grow;
    await report.check(
      `${page.name}: a card added later (infinite scroll) reaches the popup, alone`,
      async () => {
        const before = await driver.popupEvaluate(readStoredListings);
        const start = await driver.loadPopup(`tabId=${tabId}`);
        const rowsBefore = start?.rows.length ?? 0;
        const added = await tab.evaluate(page.grow.inject, arg);
        if (added !== arg.expect.id) return [`injection failed (got ${added})`];
        const state = await settledPopup(driver, `tabId=${tabId}`, (s) =>
          s.rows.some((row) => row.id === arg.expect.id),
        );
        const after = await driver.popupEvaluate(readStoredListings);
        const problems = [];
        const row = state?.rows.find((r) => r.id === arg.expect.id);
        problems.push(...itemProblems(row, arg.expect, locale));
        if (!row) return problems;
        injectedId = arg.expect.id;
        if (state.rows.length !== rowsBefore + 1)
          problems.push(`popup went from ${rowsBefore} to ${state.rows.length} rows, expected +1`);
        if (after.length !== before.length + 1)
          problems.push(`database went from ${before.length} to ${after.length} listings, expected +1`);
        const seenBefore = new Map(before.map((r) => [keyOf(r), r.lastSeenAt]));
        const resent = after.filter(
          (r) => seenBefore.has(keyOf(r)) && seenBefore.get(keyOf(r)) !== r.lastSeenAt,
        );
        if (resent.length > 0)
          problems.push(
            `${resent.length} listings already captured were sent again (lastSeenAt moved), e.g. ${resent[0].itemId}`,
          );
        return problems;
      },
    );
  }

  await report.check('popup with no listing tab shows the most recently seen listings', async () => {
    const stored = await driver.popupEvaluate(readStoredListings);
    const state = await driver.loadPopup('');
    if (!state) return ['popup did not render'];
    const problems = [];
    if (state.heading !== RECENT) problems.push(`heading "${state.heading}", expected "${RECENT}"`);
    const expected = Math.min(50, stored.length);
    if (state.rows.length !== expected)
      problems.push(`${state.rows.length} rows, expected ${expected} (${stored.length} stored)`);
    if (stored.length === 0) problems.push('nothing stored at all');
    // Most recent first: listed rows are the newest, in order (ties in lastSeenAt are unordered).
    const seenAt = new Map(stored.map((r) => [keyOf(r), r.lastSeenAt]));
    const listed = new Set(state.rows.map((r) => `${r.site}\u0000${r.id}`));
    const times = state.rows.map((r) => seenAt.get(`${r.site}\u0000${r.id}`) ?? '');
    if (times.some((time, i) => i > 0 && time > times[i - 1])) problems.push('rows are not newest first');
    const oldestListed = times.at(-1) ?? '';
    const newerHidden = stored.filter((r) => !listed.has(keyOf(r)) && r.lastSeenAt > oldestListed);
    if (newerHidden.length > 0) problems.push(`${newerHidden.length} newer listings not shown`);
    if (injectedId && state.rows[0]?.id !== injectedId)
      problems.push(`first row ${state.rows[0]?.id}, expected the last card seen (${injectedId})`);
    return problems;
  });

  await runReferenceChecks(driver, report, opened);
  await runPopupViewChecks(driver, report, opened);
  const { recorded: shopRecorded, extraIds: shopIds } = await runShopChecks(driver, report, locale);

  const forged = {
    type: 'capture',
    site: 'ebay',
    pageKind: 'search',
    pageUrl: 'https://www.ebay.com/sch/i.html?_nkw=forged',
    listings: [
      {
        site: 'ebay',
        itemId: '999999999001',
        url: 'https://www.ebay.com/itm/999999999001',
        title: 'Forged listing',
        price: { amount: 1, currency: 'USD' },
        status: 'sold',
      },
    ],
  };
  const hostile = [
    ['a malformed capture message is refused', { type: 'capture', listings: 'x' }],
    ['a well-formed capture sent from an extension page, not a content script, is refused', forged],
  ];
  for (const [name, message] of hostile) {
    await report.check(name, async () => {
      const before = await driver.popupEvaluate(readStoredListings);
      const { reply, error } = await driver.popupEvaluate(sendFromPopup, message);
      const after = await driver.popupEvaluate(readStoredListings);
      const problems = [];
      if (error) problems.push(`sendMessage failed: ${error}`);
      else if (reply?.ok !== false) problems.push(`reply ${JSON.stringify(reply)}, expected {ok:false}`);
      if (after.length !== before.length)
        problems.push(`stored listings went from ${before.length} to ${after.length}`);
      if (after.some((r) => r.itemId === '999999999001')) problems.push('the forged listing was stored');
      return problems;
    });
  }

  await runBackupChecks(driver, report, {
    extraIds: [...(injectedId ? [injectedId] : []), ...shopIds],
    shopRecorded,
  });

  await report.check('no uncaught errors in the popup', async () =>
    driver.popupErrors.map((error) => `uncaught: ${error}`),
  );

  await runInPageChecks(driver, report);
  await runReliabilityChecks(driver, report);
}

// A shop Comps has no adapter for (pages.mjs `shop`): nothing is recorded until the user turns
// capture on for that one site from the popup ('Capture prices on this site': the optional host
// permission is requested, then the background registers the generic reader); then its product
// is recorded and listed like any other.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { itemProblems, listProblems, readStoredListings, sendFromPopup } from './checks.mjs';
import { shop, shopCurrencyPage, shopVisual } from './pages.mjs';
import { sleep, waitInPopup } from './reference.mjs';
import { ROOT } from './server.mjs';

/** Screenshots for a person to look at (git-ignored). */
const SHOTS = join(ROOT, '.output/e2e-screenshots');

const QUIET_MS = 2000;
const CAPTURE_MS = 6000;

/** The capture offer as the popup shows it on the open tab. */
function readOffer() {
  const main = document.querySelector('#app main');
  if (!main || main.getAttribute('aria-busy') === 'true') return null;
  const offer = main.querySelector('[data-capture]');
  return {
    state: offer?.getAttribute('data-capture') ?? null,
    button: offer?.querySelector('button')?.textContent?.trim() ?? null,
    text: offer?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
    alert: main.querySelector('[role=alert]')?.textContent ?? null,
  };
}

function hasPermission(origin) {
  const api = globalThis.browser ?? globalThis.chrome;
  return api.permissions.contains({ origins: [`${origin}/*`] });
}

/** Host patterns the manifest lets the extension ask for later. */
function optionalOrigins() {
  const api = globalThis.browser ?? globalThis.chrome;
  const manifest = api.runtime.getManifest();
  return [...(manifest.optional_host_permissions ?? []), ...(manifest.optional_permissions ?? [])].filter(
    (item) => item.includes('://'),
  );
}

/** The content script's answer about a tab (what the popup asks it). */
function askPage(tabId) {
  const api = globalThis.browser ?? globalThis.chrome;
  return api.tabs.sendMessage(tabId, { type: 'page-info' }).then(
    (reply) => ({ reply: reply ?? null }),
    (error) => ({ error: String(error?.message ?? error) }),
  );
}

function enabledOrigins() {
  const api = globalThis.browser ?? globalThis.chrome;
  return api.storage.local.get('settings').then((stored) => stored.settings?.enabledOrigins ?? []);
}

/**
 * The popup opened as a page about the shop's tab. Comps has `activeTab`, not `tabs`: a popup
 * opened from the toolbar gets the tab's URL from the click; one opened as a page does not, for a
 * tab Comps does not read, so the test passes it (see openTab in entrypoints/popup/data.ts). The
 * toolbar path itself is checked in Chromium by action.mjs.
 */
const popupQuery = (tabId) => `tabId=${tabId}&url=${encodeURIComponent(shop.url)}`;

/**
 * Resolves to whether the shop's product ended up recorded, and the ids of the shop's other
 * page (no structured data: the visual price) when that was recorded too.
 */
export async function runShopChecks(driver, report, locale) {
  const origin = new URL(shop.url).origin;
  const ON_PAGE = 'Listings on this page';
  const RECENT = 'Recently seen listings';
  let tab = null;
  let tabId = null;

  const quiet = await report.check(
    `${shop.name}: visited before it is turned on, nothing is recorded and the popup offers 'Capture prices on this site'`,
    async () => {
      const before = await driver.popupEvaluate(readStoredListings);
      tab = await driver.openTab(shop.url);
      tabId = await driver.tabIdOf(shop.url);
      if (typeof tabId !== 'number') return [`no tab id for ${shop.url}`];
      await sleep(QUIET_MS);
      const after = await driver.popupEvaluate(readStoredListings);
      const state = await driver.loadPopup(popupQuery(tabId));
      const offer = await driver.popupEvaluate(readOffer);
      const problems = [];
      if (after.length !== before.length)
        problems.push(`stored listings went from ${before.length} to ${after.length}`);
      if (state?.heading !== RECENT) problems.push(`heading "${state?.heading}", expected "${RECENT}"`);
      if (offer?.state !== 'offer' || offer.button !== 'Capture prices on this site')
        problems.push(`offer ${JSON.stringify(offer)}`);
      if (await driver.popupEvaluate(hasPermission, origin)) problems.push(`${origin} is already granted`);
      return problems;
    },
  );
  if (!quiet || typeof tabId !== 'number') return { recorded: false, extraIds: [] };

  // How the browser grants the optional permission without a person at the prompt.
  const how = driver.allowOriginNote;
  const granted = await report.check(
    `${shop.name}: the popup's button asks for ${origin} and turns capture on${how ? ` (${how})` : ''}`,
    async () => {
      await driver.allowOrigin(origin);
      await driver.loadPopup(popupQuery(tabId));
      await driver.popupClick('[data-capture=offer] button');
      const offer = await waitInPopup(driver, readOffer, undefined, (o) => o && o.state !== 'offer', 8000);
      const problems = [];
      const permitted = await driver.popupEvaluate(hasPermission, origin);
      if (offer?.state !== 'on') {
        problems.push(`after the click the offer is "${offer?.state}" (${offer?.alert ?? offer?.text})`);
        if (permitted) {
          // The permission was given: ask the background what it says to the same message.
          const { reply, error } = await driver.popupEvaluate(sendFromPopup, {
            type: 'enable-site',
            url: shop.url,
            tabId,
          });
          problems.push(
            `the permission was granted, but the background answers enable-site from this popup page with ${error ?? JSON.stringify(reply)}` +
              (reply === null
                ? ' (no answer: the background does not take this popup page, opened in a tab here, for one of its own pages)'
                : ''),
          );
        }
      }
      if (!permitted) {
        const declared = await driver.popupEvaluate(optionalOrigins);
        problems.push(
          `${origin} not granted${declared.length ? '' : ': the manifest declares no optional host permission (optional_host_permissions / optional_permissions), so permissions.request refuses it'}`,
        );
      }
      const origins = await driver.popupEvaluate(enabledOrigins);
      if (!origins.includes(origin)) problems.push(`settings.enabledOrigins ${JSON.stringify(origins)}`);
      return problems;
    },
    20000,
  );
  if (!granted) return { recorded: false, extraIds: [] };

  const recorded = await report.check(
    `${shop.name}: reloaded, its product is listed with the price the page shows`,
    async () => {
      await tab.reload();
      const end = Date.now() + CAPTURE_MS;
      let state = null;
      do {
        state = await driver.loadPopup(popupQuery(tabId));
        if (state?.heading === ON_PAGE && state.rows.length > 0) break;
        await sleep(250);
      } while (Date.now() < end);
      if (state?.heading !== ON_PAGE) {
        // What the content script says about the page, if it runs there.
        const { reply, error } = await driver.popupEvaluate(askPage, tabId);
        return [
          `heading "${state?.heading}" (${state?.rows.length} rows), expected "${ON_PAGE}"; the tab answers page-info with ${error ?? JSON.stringify(reply)?.slice(0, 200)}`,
        ];
      }
      const byId = new Map(state.rows.map((row) => [row.id, row]));
      return [
        ...listProblems(state.rows, shop.expect),
        ...shop.expect.items.flatMap((item) => itemProblems(byId.get(item.id), item, locale)),
      ];
    },
  );
  if (!recorded) return { recorded, extraIds: [] };

  const visual = await report.check(
    `${shopVisual.name}: its main price is read from the laid-out page and listed`,
    async () => {
      await driver.openTab(shopVisual.url);
      const visualTab = await driver.tabIdOf(shopVisual.url);
      if (typeof visualTab !== 'number') return [`no tab id for ${shopVisual.url}`];
      const end = Date.now() + CAPTURE_MS;
      let state = null;
      do {
        state = await driver.loadPopup(`tabId=${visualTab}`);
        if (state?.heading === ON_PAGE && state.rows.length > 0) break;
        await sleep(250);
      } while (Date.now() < end);
      if (state?.heading !== ON_PAGE) {
        const { reply, error } = await driver.popupEvaluate(askPage, visualTab);
        return [
          `heading "${state?.heading}" (${state?.rows.length} rows), expected "${ON_PAGE}"; the tab answers page-info with ${error ?? JSON.stringify(reply)?.slice(0, 200)}`,
        ];
      }
      const byId = new Map(state.rows.map((row) => [row.id, row]));
      return [
        ...listProblems(state.rows, shopVisual.expect),
        ...shopVisual.expect.items.flatMap((item) => itemProblems(byId.get(item.id), item, locale)),
      ];
    },
  );
  const withCurrency = await runShopCurrencyCheck(driver, report, locale);
  return {
    recorded,
    extraIds: [
      ...(visual ? shopVisual.expect.ids : []),
      ...(withCurrency ? shopCurrencyPage.expect.ids : []),
    ],
  };
}

/** The popup's currency select: its accessible name and its options, then `code` chosen in it. */
function chooseShopCurrency(code) {
  const select = document.querySelector('[data-capture=offer] select');
  if (!select) return { error: 'no currency select in the offer' };
  const label = select.labels?.[0]?.textContent?.trim() ?? select.getAttribute('aria-label') ?? '';
  const codes = [...select.options].map((option) => option.value);
  select.value = code;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  return { label, first: codes.slice(0, 4), count: codes.length, chosen: select.value };
}

function shopCurrencies() {
  const api = globalThis.browser ?? globalThis.chrome;
  return api.storage.local.get('settings').then((stored) => stored.settings?.shopCurrencies ?? {});
}

/**
 * A shop whose pages name no currency, turned on with the currency the user picks in the popup:
 * its bare "$" price is recorded in that currency (without it, nothing would be: see the unit
 * tests and `npm run eval:generic`).
 */
async function runShopCurrencyCheck(driver, report, locale) {
  const page = shopCurrencyPage;
  const origin = new URL(page.url).origin;
  return report.check(
    `${page.name}: turned on with ${page.currency} picked in the popup, its "$173.000" is listed as ${page.currency}`,
    async () => {
      const problems = [];
      await driver.openTab(page.url);
      const tabId = await driver.tabIdOf(page.url);
      if (typeof tabId !== 'number') return [`no tab id for ${page.url}`];
      await driver.allowOrigin(origin);
      await driver.loadPopup(`tabId=${tabId}&url=${encodeURIComponent(page.url)}`);
      const select = await driver.popupEvaluate(chooseShopCurrency, page.currency);
      if (select.error) return [select.error];
      if (select.label !== 'Prices on this shop are in') problems.push(`select labelled "${select.label}"`);
      if (select.first[0] !== '' || select.count < 100)
        problems.push(`select options start ${JSON.stringify(select.first)}, ${select.count} in all`);
      if (select.chosen !== page.currency) problems.push(`select holds "${select.chosen}"`);
      mkdirSync(SHOTS, { recursive: true });
      await driver.popupScreenshot?.(join(SHOTS, `${driver.name}-shop-currency-offer.png`));
      await driver.popupClick('[data-capture=offer] button');
      const offer = await waitInPopup(driver, readOffer, undefined, (o) => o && o.state !== 'offer', 8000);
      if (offer?.state !== 'on')
        return [...problems, `after the click the offer is ${JSON.stringify(offer)}`];
      const stored = await driver.popupEvaluate(shopCurrencies);
      if (stored[origin] !== page.currency)
        problems.push(`settings.shopCurrencies ${JSON.stringify(stored)}`);
      const end = Date.now() + CAPTURE_MS;
      let state = null;
      do {
        state = await driver.loadPopup(`tabId=${tabId}`);
        if (state?.heading === 'Listings on this page' && state.rows.length > 0) break;
        await sleep(250);
      } while (Date.now() < end);
      if (state?.heading !== 'Listings on this page') {
        const { reply, error } = await driver.popupEvaluate(askPage, tabId);
        return [
          ...problems,
          `heading "${state?.heading}" (${state?.rows.length} rows); the tab answers page-info with ${error ?? JSON.stringify(reply)?.slice(0, 200)}`,
        ];
      }
      const byId = new Map(state.rows.map((row) => [row.id, row]));
      return [
        ...problems,
        ...listProblems(state.rows, page.expect),
        ...page.expect.items.flatMap((item) => itemProblems(byId.get(item.id), item, locale)),
      ];
    },
    30000,
  );
}

// The reference shown on the marketplace pages themselves (issue 11), in the real browsers:
// - after the eBay sold search of Champion Reverse Weave sweatshirts, a Depop search of the same
//   kind of items gets a verdict chip on its cards (hosts with data-comps-verdict);
// - for a few cards, the chip's verdict is the one the popup gives when the card's title is typed
//   into its search box: the word follows from the card's price (read from the popup's list of the
//   page's listings) against the typical range the popup shows (below under p25, above over p75,
//   else typical: the rule of utils/comps/stats.ts compareToReference);
// - an item page shows the panel, with the verdict the popup shows for that item, and the toolbar
//   badge says the same in a few characters;
// - turning the chips off (options page) removes the chips and keeps the panel; turning the in-page
//   display off removes every injected element and clears the badge, and the prices are where they
//   were with the chips there (the chips moved nothing);
// - a page that switches to a dark theme gets dark chips (data-scheme).
// Screenshots of the chips and the panel go to .output/e2e-screenshots/ (git-ignored) to be looked at.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { sleep } from './checks.mjs';
import { inPagePages, pages } from './pages.mjs';
import { ROOT } from './server.mjs';

/** How long a page may take for its chips or panel to appear. */
const SHOW_MS = 10000;
/** Wide enough to count every sale on the saved pages (2020-2026). */
const WIDE_WINDOW = 3650;
const SHOTS = join(ROOT, '.output/e2e-screenshots');
const WORDS = ['below', 'typical', 'above', 'unknown'];

// ---------------------------------------------------------------------------------------------
// Evaluated in the marketplace page's main world (serialised: no closures)

/** Every host Comps added: its kind, verdict, item, scheme and whether it left the flow. */
function readHosts() {
  return [...document.querySelectorAll('[data-comps-verdict]')].map((host) => ({
    kind: host.getAttribute('data-comps-kind'),
    verdict: host.getAttribute('data-comps-verdict'),
    item: host.getAttribute('data-comps-item'),
    scheme: host.getAttribute('data-scheme'),
    tag: host.tagName.toLowerCase(),
    shadow: host.shadowRoot === null, // closed: the page cannot reach in
    floating: /position:\s*absolute/.test(host.getAttribute('style') ?? ''),
  }));
}

/**
 * Remembers, for each host, the element it sits in (the price) and where the price's own text and
 * the block after it are, to compare once the hosts are gone. Kept on the page's window.
 */
function rememberPrices() {
  const text = (anchor) => {
    const range = document.createRange();
    const first = [...anchor.childNodes].find((node) => !node.matches?.('[data-comps-verdict]'));
    const last = [...anchor.childNodes].reverse().find((node) => !node.matches?.('[data-comps-verdict]'));
    if (!first || !last) return null;
    range.setStartBefore(first);
    range.setEndAfter(last);
    const rect = range.getBoundingClientRect();
    return { left: rect.left + scrollX, top: rect.top + scrollY };
  };
  const entries = [...document.querySelectorAll('[data-comps-verdict]')].map((host) => {
    const anchor = host.parentElement;
    let block = anchor;
    while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
    const next = block?.nextElementSibling ?? null;
    return { anchor, block, next, item: host.getAttribute('data-comps-item') };
  });
  const measure = (entry) => ({
    item: entry.item,
    text: text(entry.anchor),
    blockTop: entry.block ? entry.block.getBoundingClientRect().top + scrollY : null,
    blockHeight: entry.block ? entry.block.getBoundingClientRect().height : null,
    nextTop: entry.next ? entry.next.getBoundingClientRect().top + scrollY : null,
  });
  // The page's window keeps both until the next evaluation (the same realm).
  globalThis.__compsE2EPrices = { entries, measure };
  return entries.map(measure);
}

/** The same measures as rememberPrices, now (the hosts removed). */
function measureRememberedPrices() {
  const saved = globalThis.__compsE2EPrices;
  return saved ? saved.entries.map(saved.measure) : [];
}

/**
 * Scrolls the first host of `kind` to the middle of the window; resolves to an area around it and
 * its price (viewport and document coordinates), or null when there is none.
 */
function scrollToHost(kind) {
  // One with a verdict if there is one: that is what the screenshot is for.
  const host =
    document.querySelector(`[data-comps-kind="${kind}"]:not([data-comps-verdict="unknown"])`) ??
    document.querySelector(`[data-comps-kind="${kind}"]`);
  if (!host) return null;
  host.scrollIntoView({ block: 'center' });
  // The price and what is around it: 480 x 160 px from a little left of the price.
  const r = host.getBoundingClientRect();
  const x = Math.max(0, Math.round(r.left - 240));
  const y = Math.max(0, Math.round(r.top - 70));
  const width = Math.min(innerWidth - x, 640);
  const height = Math.min(innerHeight - y, 160);
  return { viewport: { x, y, width, height }, document: { x: x + scrollX, y: y + scrollY, width, height } };
}

/** A dark theme switched on the way sites do it: a class on <html> and a style sheet for it. */
function turnPageDark() {
  const style = document.createElement('style');
  style.textContent =
    'html.comps-e2e-dark, html.comps-e2e-dark body, html.comps-e2e-dark body * { background-color: #141414 !important; color: #e6e6e6 !important; }';
  document.head.append(style);
  document.documentElement.classList.add('comps-e2e-dark');
}

// ---------------------------------------------------------------------------------------------
// Evaluated in the extension's pages

function writeWindow(days) {
  const api = globalThis.browser ?? globalThis.chrome;
  return api.storage.local.get('settings').then((stored) =>
    api.storage.local.set({
      settings: { ...(stored.settings ?? {}), windowDays: days, windowChosen: true },
    }),
  );
}

function readSettings() {
  const api = globalThis.browser ?? globalThis.chrome;
  return api.storage.local.get('settings').then((stored) => stored.settings ?? {});
}

function writeSettings(settings) {
  const api = globalThis.browser ?? globalThis.chrome;
  return api.storage.local.set({ settings });
}

/** The toolbar button of a tab: badge text and tooltip (Chrome MV3 action, Firefox MV2 browserAction). */
function readBadge(tabId) {
  const api = globalThis.browser ?? globalThis.chrome;
  const action = api.action ?? api.browserAction;
  return Promise.all([action.getBadgeText({ tabId }), action.getTitle({ tabId })]).then(([text, title]) => ({
    text,
    title,
  }));
}

/** The reference card of the popup as shown: state, median, typical range, query, verdict line. */
function readPopupReference() {
  const main = document.querySelector('#app main');
  if (!main || main.getAttribute('aria-busy') === 'true') return null;
  const card = main.querySelector('section.reference');
  const text = (element) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
  const verdict = main.querySelector('.verdict');
  return {
    query: main.querySelector('#query')?.value ?? null,
    resultQuery: card?.getAttribute('data-query') ?? null,
    state: card?.getAttribute('data-state') ?? null,
    median: card?.querySelector('.reference-median')?.getAttribute('data-amount') ?? null,
    range: text(card?.querySelector('.reference-range')),
    verdict: verdict ? verdict.getAttribute('data-position') : null,
    percent: verdict ? verdict.getAttribute('data-percent') : null,
  };
}

// ---------------------------------------------------------------------------------------------
// Reading numbers shown in the en-US locale

/** The amounts in a text such as "Typical range $45.00 – $62.50" or "$1,234". */
function amountsIn(text) {
  return [...(text ?? '').matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((match) => Number(match[0].replace(/,/g, '')));
}

/** The verdict word the rule gives for a price against a typical range [p25, p75]. */
function wordFor(price, [p25, p75]) {
  if (price < p25) return 'below';
  if (price > p75) return 'above';
  return 'typical';
}

/** What the badge text must look like for a verdict word (utils/inpage/verdict.ts badgeText). */
function badgeAgrees(word, text) {
  if (word === 'unknown') return text === '';
  if (word === 'typical') return text === '≈';
  if (word === 'below') return /^[−-]\d+%?$/.test(text);
  return /^\+\d+%?$/.test(text);
}

// ---------------------------------------------------------------------------------------------

async function waitFor(read, ready, timeoutMs = SHOW_MS) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ready(value) || Date.now() > end) return value;
    await sleep(250);
  }
}

async function popupReference(driver, query) {
  await driver.loadPopup(query);
  return waitFor(
    () => driver.popupEvaluate(readPopupReference),
    (ref) => ref?.state !== null && ref?.state !== undefined,
    6000,
  );
}

export async function runInPageChecks(driver, report) {
  const sold = pages.find((page) => page.name.startsWith('ebay.com sold search champion'));
  const search = inPagePages.search;
  const itemSearch = pages.find((page) => page.name.startsWith('jp.mercari.com search'));
  const item = pages.find((page) => page.name.startsWith('jp.mercari.com item'));
  const name = (text) => `in-page: ${text}`;
  mkdirSync(SHOTS, { recursive: true });
  /** The window, and a close-up of the first host of `kind` (the coordinates each driver wants). */
  const shot = async (tab, file, kind) => {
    if (!tab.screenshot) return;
    const area = await tab.evaluate(scrollToHost, kind);
    await tab.screenshot(join(SHOTS, `${driver.name}-${file}.png`));
    if (area)
      await tab.screenshot(
        join(SHOTS, `${driver.name}-${file}-close.png`),
        driver.name === 'chromium' ? area.viewport : area.document,
      );
  };
  const badge = async (tabId) =>
    driver.worker
      ? driver.worker.evaluate(readBadge, tabId).catch(() => driver.popupEvaluate(readBadge, tabId))
      : driver.popupEvaluate(readBadge, tabId);

  await driver.loadPopup(''); // the popup tab on the extension's origin
  const settingsBefore = await driver.popupEvaluate(readSettings);
  await driver.popupEvaluate(writeWindow, WIDE_WINDOW);

  const tabs = {};
  const opened = await report.check(
    name(`open ${sold.name}, then ${search.name}, ${itemSearch.name}, ${item.name}`),
    async () => {
      for (const [key, page] of [
        ['sold', sold],
        ['search', search],
        ['itemSearch', itemSearch],
        ['item', item],
      ]) {
        const tab = await driver.openTab(page.url);
        tabs[key] = { tab, tabId: await driver.tabIdOf(page.url), page };
        // the sold comps stored before the next page asks for its verdicts
        await sleep(1500);
      }
      return [];
    },
    60000,
  );
  if (!opened) return;

  let chips = [];
  await report.check(name(`${search.name}: a verdict chip on the cards (data-comps-verdict)`), async () => {
    const { tab } = tabs.search;
    const hosts = await waitFor(
      () => tab.evaluate(readHosts),
      (list) => list.length >= 20,
    );
    chips = hosts.filter((host) => host.kind === 'chip');
    const problems = [];
    // Read in the saved page: 24 product cards.
    if (chips.length < 20) problems.push(`${chips.length} chips, expected one on (nearly) each of 24 cards`);
    if (hosts.some((host) => host.kind !== 'chip')) problems.push('a panel on a search page');
    const bad = chips.filter((chip) => !WORDS.includes(chip.verdict));
    if (bad.length) problems.push(`verdicts ${bad.map((chip) => chip.verdict).join(', ')}`);
    if (chips.some((chip) => !chip.shadow)) problems.push('a host with an open shadow root');
    const items = chips.map((chip) => chip.item);
    if (new Set(items).size !== items.length) problems.push('a card with two chips');
    const known = chips.filter((chip) => chip.verdict !== 'unknown');
    if (known.length === 0) problems.push('every chip says unknown: no sold comps were used');
    report.note(
      `${search.name}: ${chips.length} chips: ${WORDS.map((word) => `${chips.filter((c) => c.verdict === word).length} ${word}`).join(', ')}`,
    );
    const soldHosts = await tabs.sold.tab.evaluate(readHosts);
    report.note(
      `${sold.name}: ${soldHosts.length} chips: ${WORDS.map((word) => `${soldHosts.filter((c) => c.verdict === word).length} ${word}`).join(', ')}`,
    );
    await shot(tab, 'chips-depop', 'chip');
    await shot(tabs.sold.tab, 'chips-ebay-sold', 'chip');
    return problems;
  });

  await report.check(
    name(`${search.name}: for a few cards the chip says what the popup gives for the card's title`),
    async () => {
      const { tabId } = tabs.search;
      const listed = await driver.loadPopup(`tabId=${tabId}`);
      const rows = new Map((listed?.rows ?? []).map((row) => [row.id, row]));
      // A few of each verdict shown, so that the comparison is not only of one word.
      const picked = [];
      for (const word of WORDS) picked.push(...chips.filter((chip) => chip.verdict === word).slice(0, 2));
      const problems = [];
      for (const chip of picked.slice(0, 6)) {
        const row = rows.get(chip.item);
        if (!row) {
          problems.push(`card ${chip.item} is not in the popup's list of the page`);
          continue;
        }
        const ref = await popupReference(driver, `query=${encodeURIComponent(row.title)}`);
        const price = amountsIn(row.price)[0];
        let word = 'unknown';
        if (ref?.state === 'ok') {
          const range = amountsIn(ref.range);
          if (range.length !== 2) {
            problems.push(`cannot read the popup's range "${ref.range}"`);
            continue;
          }
          word = wordFor(price, range);
        }
        report.note(
          `card ${chip.item} at ${row.price}: popup ${ref?.state} ${ref?.range ?? ''} -> ${word}, chip ${chip.verdict}`,
        );
        if (word !== chip.verdict)
          problems.push(
            `card ${chip.item} "${row.title}" at ${row.price}: chip ${chip.verdict}, popup ${ref?.state} ${ref?.range ?? ''} gives ${word}`,
          );
      }
      if (picked.length < 3) problems.push(`only ${picked.length} cards to compare`);
      return problems;
    },
    60000,
  );

  let panel = null;
  await report.check(
    name(`${item.name}: the panel beside the price, the verdict the popup gives`),
    async () => {
      const { tab, tabId } = tabs.item;
      const hosts = await waitFor(
        () => tab.evaluate(readHosts),
        (list) => list.some((host) => host.kind === 'panel'),
      );
      const problems = [];
      const panels = hosts.filter((host) => host.kind === 'panel');
      if (panels.length !== 1) return [`${panels.length} panels (${hosts.length} hosts)`];
      panel = panels[0];
      if (panel.item !== 'm96084058332') problems.push(`panel for ${panel.item}, expected m96084058332`);
      if (hosts.some((host) => host.kind === 'chip')) problems.push('chips on an item page');
      const ref = await popupReference(driver, `tabId=${tabId}`);
      const popupWord =
        ref?.verdict === 'within'
          ? 'typical'
          : ref?.verdict === null || ref?.verdict === undefined
            ? 'unknown'
            : ref.verdict;
      if (popupWord !== panel.verdict)
        problems.push(`panel ${panel.verdict}, popup ${ref?.state} verdict ${ref?.verdict} (${ref?.range})`);
      report.note(
        `${item.name}: panel ${panel.verdict}; popup ${ref?.state} ${ref?.range ?? ''} ${ref?.verdict ?? ''} ${ref?.percent ?? ''}%`,
      );
      await shot(tab, 'panel-mercari', 'panel');
      return problems;
    },
  );

  await report.check(
    name(`${item.name}: the toolbar badge shows the verdict; none on a search page`),
    async () => {
      const problems = [];
      const shown = await waitFor(
        () => badge(tabs.item.tabId),
        (value) => value?.text !== '',
        3000,
      );
      report.note(`badge on ${item.name}: "${shown?.text}", tooltip "${shown?.title}"`);
      if (!panel) problems.push('no panel to compare with');
      else if (!badgeAgrees(panel.verdict, shown?.text ?? ''))
        problems.push(`badge "${shown?.text}" for a panel saying ${panel.verdict}`);
      if (shown?.text && shown.title === 'Comps') problems.push('no tooltip with the badge');
      const other = await badge(tabs.search.tabId);
      if (other?.text) problems.push(`badge "${other.text}" on ${search.name}`);
      return problems;
    },
  );

  await report.check(name(`${search.name}: a page that turns dark gets dark chips`), async () => {
    const { tab } = tabs.search;
    await tab.evaluate(turnPageDark);
    const hosts = await waitFor(
      () => tab.evaluate(readHosts),
      (list) => list.length > 0 && list.every((host) => host.scheme === 'dark'),
      3000,
    );
    await shot(tab, 'chips-depop-dark', 'chip');
    const light = hosts.filter((host) => host.scheme !== 'dark');
    return light.length ? [`${light.length} of ${hosts.length} hosts not dark`] : [];
  });

  // Off, as a user does it: the options page.
  let options = null;
  try {
    let positions = [];
    await report.check(
      name('options: chips off removes the chips; the item panel stays (redrawn)'),
      async () => {
        positions = await tabs.sold.tab.evaluate(rememberPrices);
        options = await driver.openOptions();
        await options.click('input[name="inPageChips"]');
        const problems = [];
        for (const key of ['sold', 'search', 'itemSearch']) {
          const left = await waitFor(
            () => tabs[key].tab.evaluate(readHosts),
            (list) => list.length === 0,
            5000,
          );
          if (left.length) problems.push(`${left.length} hosts left on ${tabs[key].page.name}`);
        }
        // A settings change redraws everything (any setting may change every verdict): the panel
        // goes and comes back once the background answered again.
        const kept = await waitFor(
          () => tabs.item.tab.evaluate(readHosts),
          (list) => list.some((host) => host.kind === 'panel'),
          5000,
        );
        if (!kept.some((host) => host.kind === 'panel')) problems.push('the panel went too');
        return problems;
      },
    );
    await report.check(
      name('options: in-page display off removes every injected element and the badge'),
      async () => {
        await options.click('input[name="inPage"]');
        const problems = [];
        for (const key of Object.keys(tabs)) {
          const left = await waitFor(
            () => tabs[key].tab.evaluate(readHosts),
            (list) => list.length === 0,
            5000,
          );
          if (left.length) problems.push(`${left.length} hosts left on ${tabs[key].page.name}`);
        }
        const cleared = await waitFor(
          () => badge(tabs.item.tabId),
          (value) => value?.text === '',
          3000,
        );
        if (cleared?.text) problems.push(`badge still "${cleared.text}"`);
        return problems;
      },
    );
    await report.check(
      name(`${sold.name}: the chips moved no price (positions with chips = without)`),
      async () => {
        const after = await tabs.sold.tab.evaluate(measureRememberedPrices);
        if (positions.length === 0) return ['no chips were measured on the sold search'];
        const problems = [];
        const off = (a, b) => a !== null && b !== null && Math.abs(a - b) > 0.5;
        for (const [index, before] of positions.entries()) {
          const now = after[index];
          if (!now || !before.text || !now.text) continue;
          if (
            off(before.text.left, now.text.left) ||
            off(before.text.top, now.text.top) ||
            off(before.blockTop, now.blockTop) ||
            off(before.blockHeight, now.blockHeight) ||
            off(before.nextTop, now.nextTop)
          )
            problems.push(`card ${before.item}: ${JSON.stringify(before)} -> ${JSON.stringify(now)}`);
        }
        report.note(`${positions.length} prices measured with and without their chips`);
        return problems.slice(0, 3);
      },
    );
  } finally {
    await options?.close().catch(() => {});
    await driver.popupEvaluate(writeSettings, settingsBefore).catch(() => {});
  }
}

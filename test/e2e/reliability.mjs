// At-least-once capture in a real browser: a 3,000-listing page is captured while the MV3 service
// worker is stopped again and again through the DevTools protocol (ServiceWorker.stopAllWorkers),
// as Chrome does to an idle or busy worker; every listing must end up stored without the page
// changing (no reload, no scroll, no navigation: the content script's own retries do it).
//
// Runs in a fresh profile so the 3,000 listings do not weigh on the other checks. Needs
// driver.stopServiceWorkers() (Chromium); Firefox's MV2 background page is persistent: there is no
// worker to stop there, and the check is reported as skipped with that reason.
import { bundleForPage } from '../page-bundle.mjs';
import { countHistory } from './backup.mjs';
import { readStoredListings, sleep } from './checks.mjs';
import { pages } from './pages.mjs';

const PAGE = pages.find((page) => page.grow); // the eBay search page, 60 listing cards
const TOTAL = 3000;
/** How long the worker is kept being stopped. */
const STOPPING_MS = 5000;
/** How long the content script may take to deliver everything after the last stop. */
const DELIVER_MS = 45000;

/**
 * Adds `count` eBay search cards at the end of the results at once (as a "see all" expansion would):
 * copies of one card with new ids `${prefix}000001`... Runs in the page; returns the new ids.
 */
function injectEbayCards({ template, prefix, count }) {
  const card = document.querySelector(`li[data-listingid="${template}"]`);
  if (!card) throw new Error(`no card ${template} to copy`);
  const html = card.outerHTML;
  const hex = `item${Number(template).toString(16)}`;
  const ids = [];
  const parts = [];
  for (let i = 1; i <= count; i++) {
    const id = `${prefix}${String(i).padStart(6, '0')}`;
    ids.push(id);
    parts.push(
      html
        .split(template)
        .join(id)
        .split(hex)
        .join(`item${Number(id).toString(16)}`),
    );
  }
  const holder = document.createElement('ul');
  holder.innerHTML = parts.join('');
  card.parentElement.append(...holder.children);
  return ids;
}

/** test/e2e/atomic-entry.ts as one script for a web page (Dexie and the storage code inside). */
const atomicBundle = () => bundleForPage('test/e2e/atomic-entry.ts', 'compsAtomic');
const postingsBundle = () => bundleForPage('test/e2e/postings-entry.ts', 'compsPostings');

export async function runReliabilityChecks(driver, report) {
  await report.check(
    'a request failing inside a capture batch rolls the whole batch back (real IndexedDB, in a web page)',
    async () => {
      const code = await atomicBundle();
      const tab = await driver.openTab(pages[0].url);
      const result = await tab.evaluate(`${code}\n;compsAtomic.batchRollsBack()`);
      report.note(`batch failure: ${JSON.stringify(result)}`);
      const problems = [];
      if (result.error?.name !== 'BulkError' || result.error.failures.join() !== 'ConstraintError')
        problems.push(
          `the batch failed with ${JSON.stringify(result.error)}, expected a BulkError of one ConstraintError`,
        );
      if (result.counts.listings !== 1 || result.counts.history !== 1)
        problems.push(
          `after the failed batch: ${result.counts.listings} listings, ${result.counts.history} history rows; expected 1 and 1 (the batch before it)`,
        );
      return problems;
    },
  );

  await report.check(
    "a previous release's database is upgraded to postings, and a common query then reads the latest sales (real IndexedDB, in a web page)",
    async () => {
      const code = await postingsBundle();
      const tab = await driver.openTab(pages[0].url);
      const result = await tab.evaluate(`${code}\n;compsPostings.upgradeReadsNewestFirst()`);
      report.note(`upgrade to postings: ${JSON.stringify(result)}`);
      const problems = [];
      if (result.version !== 6 || result.listings !== 760)
        problems.push(
          `opened at version ${result.version} with ${result.listings} listings; expected 6 and 760`,
        );
      if (result.recentCandidates !== 60)
        problems.push(
          `${result.recentCandidates} of this month's 60 sales among the ${result.candidates} candidates`,
        );
      if (!result.enough || result.median < 20 || result.median > 22)
        problems.push(
          `reference median ${result.median} (enough: ${result.enough}); expected this month's 20-22, not last year's 50`,
        );
      return problems;
    },
    60_000,
  );

  await report.check(
    'rows an older title analysis stored are re-analysed in steps, their postings and counts with them (real IndexedDB, in a web page)',
    async () => {
      const code = await postingsBundle();
      const tab = await driver.openTab(pages[0].url);
      const result = await tab.evaluate(`${code}\n;compsPostings.reindexWalksStaleRows()`);
      report.note(`re-index: ${JSON.stringify(result)}`);
      const problems = [];
      if (result.steps !== 3 || !result.reindexed)
        problems.push(
          `walked in ${result.steps} steps (done: ${result.reindexed}); expected 3 steps of 100, 100, 50`,
        );
      if (result.stillStale !== 0 || result.oldPostings !== 0)
        problems.push(
          `${result.stillStale} rows and ${result.oldPostings} postings left from the old analysis`,
        );
      // Every third title is "Chanel inspired …": an imitation by the current analysis.
      if (result.imitations !== 83) problems.push(`${result.imitations} imitations read, expected 83`);
      if (JSON.stringify(result.counted) !== JSON.stringify(result.recounted) || result.counted.oldword !== 0)
        problems.push(
          `token counts ${JSON.stringify(result.counted)} after the walk, ${JSON.stringify(result.recounted)} counted again`,
        );
      return problems;
    },
    60_000,
  );

  await report.check(
    'a 200 kB ?query= opens the popup on its first 200 characters, cut between words',
    async () => {
      const query = 'sony headphones '.repeat(12500);
      const started = Date.now();
      const state = await driver.loadPopup(`query=${encodeURIComponent(query)}`);
      const shown = await driver.popupEvaluate(() => document.querySelector('#query')?.value ?? null);
      report.note(`popup rendered in ${Date.now() - started} ms`);
      const problems = [];
      if (!state) problems.push('popup did not render');
      if (typeof shown !== 'string' || shown.length > 200 || shown.length < 190)
        problems.push(`search box holds ${shown?.length} characters, expected 190-200`);
      else if (!query.startsWith(shown) || query[shown.length] !== ' ')
        problems.push(`not cut between words: ...${JSON.stringify(shown.slice(-20))}`);
      return problems;
    },
  );

  const name = `a ${TOTAL.toLocaleString('en-US')}-listing page captured while the service worker is stopped over and over: every listing is stored, the page unchanged`;
  if (!driver.stopServiceWorkers) {
    report.skip(name, `${driver.name} runs the background as a persistent page: no service worker to stop`);
    return;
  }
  let fresh;
  await report.check(
    name,
    async () => {
      fresh = await driver.launchFresh();
      await fresh.loadPopup(''); // the popup tab reads the database (extension origin)
      const tab = await fresh.openTab(PAGE.url);
      const own = PAGE.expect.ids;
      const ownStored = async () => {
        const stored = new Set((await fresh.popupEvaluate(readStoredListings)).map((row) => row.itemId));
        return own.filter((id) => stored.has(id)).length;
      };
      const loaded = Date.now();
      while ((await ownStored()) < own.length && Date.now() - loaded < 10000) await sleep(200);
      const injected = await tab.evaluate(injectEbayCards, {
        template: PAGE.grow.arg.template,
        prefix: '397',
        count: TOTAL - own.length,
      });
      // The content script reads the 3,000 cards, then sends them in batches of 500: the first
      // batch stored (a history row per new listing) means the next ones are on their way.
      const before = await fresh.popupEvaluate(countHistory);
      const started = Date.now();
      while ((await fresh.popupEvaluate(countHistory)) === before && Date.now() - started < 30000)
        await sleep(20);
      report.note(
        `first batch stored ${((Date.now() - started) / 1000).toFixed(1)} s after the cards were added`,
      );
      // Now stop the worker again and again while it handles the next batches.
      let stops = 0;
      const stopUntil = Date.now() + STOPPING_MS;
      while (Date.now() < stopUntil) {
        // Once the worker runs again (woken by the next batch), let it take the batch, then stop it
        // in the middle of storing it: 50-400 ms after it started.
        await fresh.stopServiceWorkers({ afterRunningMs: 50 + Math.random() * 350 });
        stops++;
      }
      const wanted = [...own, ...injected];
      const missingNow = async () => {
        const stored = new Set((await fresh.popupEvaluate(readStoredListings)).map((row) => row.itemId));
        return wanted.filter((id) => !stored.has(id));
      };
      const afterStops = wanted.length - (await missingNow()).length;
      report.note(
        `${stops} worker stops in ${STOPPING_MS / 1000} s; ${afterStops} of ${wanted.length} listings stored when they ended`,
      );
      const end = Date.now() + DELIVER_MS;
      let missing = await missingNow();
      while (missing.length > 0 && Date.now() < end) {
        await sleep(1000);
        missing = await missingNow();
      }
      report.note(`all stored ${((Date.now() - end + DELIVER_MS) / 1000).toFixed(1)} s after the last stop`);
      const href = await tab.evaluate(() => location.href);
      const problems = [];
      if (missing.length > 0)
        problems.push(
          `${missing.length} of ${wanted.length} listings never stored (e.g. ${missing.slice(0, 3).join(', ')}) after ${DELIVER_MS / 1000} s; the page logged ${JSON.stringify(tab.logs?.slice(-3) ?? [])}`,
        );
      if (href !== PAGE.url) problems.push(`the page moved to ${href}`);
      return problems;
    },
    STOPPING_MS + DELIVER_MS + 40000,
  );
  await fresh?.close().catch(() => {});
}

// The popup's answer to "what is this worth?", checked against the saved pages: the reference
// card on the eBay sold search (champion reverse weave), its honesty when the sales are older than
// the window, the search box, excluding a comp by hand, and the card on item pages.
//
// What is checked against what:
// - the median the card shows is recomputed here from the sold prices and sold days READ IN THE
//   SAVED PAGE (pages.mjs, `expect.sold`) for the comps the popup lists (not from the popup's own
//   numbers), with the rule utils/reference.ts and utils/stats.ts document: sold comps only,
//   Tukey outliers (1.5 IQR beyond the unweighted quartiles) left out, newer sales weighing more
//   (half-life 30 days), weighted type-7 median;
// - which comps are marked as outliers is recomputed the same way;
// - every comp listed is an item of that saved page, with the status the page shows (Sold/Ended)
//   and the price it shows.
import { pages } from './pages.mjs';

const DAY_MS = 86_400_000;
/** All time (the period option a user picks for old sales): holds every sale on the saved pages. */
export const WIDE_WINDOW = 0;
const DEFAULT_WINDOW = 90;

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------
// Evaluated in the popup page (serialised: no closures)

/** The reference card, the comps and the set-aside list as the popup shows them; null while loading. */
export function readReference() {
  const main = document.querySelector('#app main');
  if (!main || main.getAttribute('aria-busy') === 'true') return null;
  // A card marked data-stale is the last answer, shown while the fresh one is computed: not read.
  const card = main.querySelector('section.reference:not([data-stale])');
  const text = (element) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
  const number = (value) => (value === null || value === undefined ? null : Number(value));
  return {
    href: location.href,
    query: main.querySelector('#query')?.value ?? null,
    // the query the card shown was computed for (the box may already hold the next one)
    resultQuery: card?.getAttribute('data-query') ?? null,
    state: card?.getAttribute('data-state') ?? null,
    basis: card?.getAttribute('data-basis') ?? null,
    median: number(card?.querySelector('.reference-median')?.getAttribute('data-amount')),
    medianText: text(card?.querySelector('.reference-median')),
    cardText: text(card),
    count: text(card?.querySelector('.reference-count')),
    verdicts: main.querySelectorAll('.verdict').length,
    window: main.querySelector('.controls select')?.value ?? null,
    // "Show all N": the list shows the first comps only until asked
    showAll: text(main.querySelector('button.show-all')),
    comps: [...main.querySelectorAll('ul.comps > li.comp:not(.excluded-comp)')].map((li) => ({
      id: li.getAttribute('data-item-id'),
      site: li.getAttribute('data-site'),
      status: li.getAttribute('data-status'),
      amount: number(li.querySelector('.comp-price')?.getAttribute('data-amount')),
      outlier: li.classList.contains('comp-outlier'),
    })),
    periodNote: (() => {
      const note = main.querySelector('.period-note');
      return note ? { kind: note.getAttribute('data-period'), days: note.getAttribute('data-days') } : null;
    })(),
    tally: (() => {
      const tally = main.querySelector('p.tally');
      if (!tally) return null;
      return {
        total: number(tally.getAttribute('data-total')),
        scope: tally.getAttribute('data-scope'),
        parts: [...tally.querySelectorAll('button[data-part]')].map((button) => ({
          name: button.getAttribute('data-part'),
          count: number(button.getAttribute('data-count')),
        })),
      };
    })(),
    setAside: [...main.querySelectorAll('details.excluded li.excluded-comp')].map((li) => ({
      id: li.getAttribute('data-item-id'),
      reason: li.getAttribute('data-reason'),
    })),
  };
}

/** Current settings as stored (what the popup reads), or {} when none were written yet. */
function readSettings() {
  const api = globalThis.browser ?? globalThis.chrome;
  return api.storage.local.get('settings').then((stored) => stored.settings ?? {});
}

function writeWindow(days) {
  const api = globalThis.browser ?? globalThis.chrome;
  return api.storage.local.get('settings').then((stored) =>
    api.storage.local.set({
      settings: { ...(stored.settings ?? {}), windowDays: days, windowChosen: true },
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// The arithmetic, done here from the saved page's numbers

/** Type-7 quantile of ascending values (what R and NumPy do by default). */
function quantile(sorted, q) {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** Tukey fences of the unweighted quartiles. */
export function tukeyFences(amounts) {
  const sorted = [...amounts].sort((a, b) => a - b);
  const q1 = quantile(sorted, 0.25);
  const q3 = quantile(sorted, 0.75);
  return { low: q1 - 1.5 * (q3 - q1), high: q3 + 1.5 * (q3 - q1) };
}

/**
 * Weighted type-7 quantile: sorted by value, point k sits at (weight below it) / (weight of all the
 * other points), so with equal weights at (k-1)/(n-1); q is interpolated between the two points
 * around it.
 */
export function weightedQuantile(points, q) {
  const sorted = [...points].sort((a, b) => a.value - b.value);
  if (sorted.length === 1) return sorted[0].value;
  const total = sorted.reduce((sum, point) => sum + point.weight, 0);
  let below = 0;
  const placed = sorted.map((point) => {
    const others = total - point.weight;
    const at = others > 0 ? below / others : 0;
    below += point.weight;
    return { at, value: point.value };
  });
  const next = placed.findIndex((point) => point.at >= q);
  if (next <= 0) return placed[Math.max(0, next)].value;
  const a = placed[next - 1];
  const b = placed[next];
  return b.at === a.at ? b.value : a.value + ((q - a.at) / (b.at - a.at)) * (b.value - a.value);
}

/**
 * The weighted median of page-read sales, as an interval: the rule places each point by the weight
 * below it, so among EQUAL prices the one placed first moves the interpolation (utils/stats.ts
 * weightedQuantile sorts by price only and keeps the input order of ties). The two extreme orders
 * of ties (lightest first, heaviest first) and ties merged into one point bound what a correct
 * implementation may show.
 */
export function medianRange(sales) {
  const points = recencyPoints(sales);
  const light = weightedQuantile(
    [...points].sort((a, b) => a.value - b.value || a.weight - b.weight),
    0.5,
  );
  const heavy = weightedQuantile(
    [...points].sort((a, b) => a.value - b.value || b.weight - a.weight),
    0.5,
  );
  const merged = new Map();
  for (const point of points) merged.set(point.value, (merged.get(point.value) ?? 0) + point.weight);
  const tied = weightedQuantile(
    [...merged].map(([value, weight]) => ({ value, weight })),
    0.5,
  );
  return { lo: Math.min(light, heavy, tied), hi: Math.max(light, heavy, tied), light, heavy, tied };
}

/** Half-life 30 days: relative weights from the sale days (only differences between days matter). */
export function recencyPoints(sales) {
  const newest = Math.max(...sales.map((sale) => Date.parse(sale.day)));
  return sales.map((sale) => ({
    value: sale.amount,
    weight: 0.5 ** ((newest - Date.parse(sale.day)) / DAY_MS / 30),
  }));
}

const close = (a, b) => Math.abs(a - b) < 0.006;
const money = (amount) => (Number.isFinite(amount) ? amount.toFixed(2) : String(amount));

/**
 * The card against the comps listed under it: the state the listed evidence calls for (sold comps
 * give the reference, else asking prices; fewer than 3 kept is not enough; none at all is none),
 * a median shown only with state ok, a verdict only with state ok.
 */
export function cardProblems(ref) {
  const problems = [];
  if (!ref) return ['popup did not render'];
  if (!ref.state) return ['no reference card (section.reference)'];
  const kept = (status) => ref.comps.filter((comp) => comp.status === status && !comp.outlier).length;
  const sold = ref.comps.filter((comp) => comp.status === 'sold').length;
  const active = ref.comps.filter((comp) => comp.status === 'active').length;
  let expected = 'none';
  let basis = null;
  if (sold > 0) {
    basis = 'sold';
    expected = kept('sold') >= 3 ? 'ok' : 'not-enough';
  } else if (active > 0) {
    basis = 'asking';
    expected = kept('active') >= 3 ? 'ok' : 'not-enough';
  }
  if (ref.state !== expected)
    problems.push(
      `card state ${ref.state}, but the comps listed (${sold} sold, ${active} asking, ${kept('sold')}/${kept('active')} kept) call for ${expected}`,
    );
  if (ref.state === 'ok') {
    if (ref.basis !== basis) problems.push(`card basis ${ref.basis}, expected ${basis}`);
    if (!Number.isFinite(ref.median)) problems.push('state ok without .reference-median[data-amount]');
  } else {
    if (ref.median !== null || ref.medianText)
      problems.push(`state ${ref.state} shows a median (${ref.medianText})`);
  }
  if (ref.state !== 'ok' && ref.verdicts > 0) problems.push(`a .verdict is shown with state ${ref.state}`);
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Waiting on the popup

/** Polls `fn(arg)` in the popup until `ready(value)`; resolves to the last value. */
export async function waitInPopup(driver, fn, arg, ready, timeoutMs = 5000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await driver.popupEvaluate(fn, arg).catch(() => null);
    if (ready(value) || Date.now() > end) return value;
    await sleep(100);
  }
}

/**
 * Opens the popup for a tab, waits for its reference card (it is computed after the list shows),
 * and unfolds the whole list of comps ('Show all N') as a user checking the evidence would.
 */
async function popupReference(driver, tabId, ready = () => true) {
  await driver.loadPopup(`tabId=${tabId}`);
  const ref = await waitInPopup(driver, readReference, undefined, (r) => Boolean(r?.state) && ready(r));
  if (!ref?.showAll) return ref;
  const total = Number(/\d+/.exec(ref.showAll.replace(/[,.\s]/g, ''))?.[0]);
  await driver.popupClick('button.show-all');
  return waitInPopup(driver, readReference, undefined, (r) => !r?.showAll && r.comps.length === total);
}

// ---------------------------------------------------------------------------------------------
// The checks

/**
 * @param opened Map page name -> { tabId } of the pages the suite opened
 */
export async function runReferenceChecks(driver, report, opened) {
  const champion = pages.find((page) => page.expect?.sold);
  const tab = champion && opened.get(champion.name);
  if (!tab) {
    report.fail('reference card', 'the eBay sold search page was not opened');
    return;
  }
  const { sold } = champion.expect;
  const pageIds = new Set(champion.expect.ids);
  const newestSale = Math.max(...[...sold.values()].map((sale) => Date.parse(sale.day)));
  const ageDays = (Date.now() - newestSale) / DAY_MS;
  const newestDay = new Date(newestSale).toISOString().slice(0, 10);

  // The comps the popup lists for the champion search, against the saved page.
  const compsProblems = (ref) => {
    const problems = [];
    for (const comp of ref.comps) {
      if (comp.site !== 'ebay' || !pageIds.has(comp.id)) {
        problems.push(`comp ${comp.site}:${comp.id} is not an item of the saved page`);
        continue;
      }
      if (comp.status === 'sold' && !sold.has(comp.id))
        problems.push(`comp ${comp.id} listed as sold, the page says Ended`);
      if (comp.status !== 'sold' && sold.has(comp.id))
        problems.push(`comp ${comp.id} listed as ${comp.status}, the page says Sold`);
      if (comp.status === 'sold' && !close(comp.amount, sold.get(comp.id).amount))
        problems.push(`comp ${comp.id} at ${comp.amount}, the page shows ${sold.get(comp.id).amount}`);
    }
    return problems;
  };

  // The median recomputed from the page's prices and days for the sold comps listed.
  const tieNotes = new Set();
  const medianProblems = (ref) => {
    const problems = [];
    const listed = ref.comps.filter((comp) => comp.status === 'sold' && sold.has(comp.id));
    if (listed.length < 3) return [`only ${listed.length} sold comps listed`];
    const fences = tukeyFences(listed.map((comp) => sold.get(comp.id).amount));
    for (const comp of listed) {
      const amount = sold.get(comp.id).amount;
      const outside = amount < fences.low || amount > fences.high;
      if (outside !== comp.outlier)
        problems.push(
          `comp ${comp.id} (${money(amount)}) ${comp.outlier ? 'marked' : 'not marked'} as outlier; fences ${money(fences.low)}-${money(fences.high)}`,
        );
    }
    const kept = listed.filter((comp) => !comp.outlier).map((comp) => sold.get(comp.id));
    const range = medianRange(kept);
    const shown = `median shown ${ref.median}, computed from the page`;
    if (!(ref.median >= range.lo - 0.006 && ref.median <= range.hi + 0.006)) {
      const plain = quantile(
        kept.map((sale) => sale.amount).sort((a, b) => a - b),
        0.5,
      );
      problems.push(
        `${shown} ${money(range.lo)}${range.hi > range.lo ? `-${money(range.hi)}` : ''} (recency-weighted; unweighted ${money(plain)}) over ${kept.length} sold comps`,
      );
    } else if (range.hi - range.lo > 0.006) {
      // Passes, but the number depends on the order equal prices came in: say so once.
      tieNotes.add(
        `${shown} ${money(range.lo)}-${money(range.hi)}: equal prices in another order give another median (ties lightest first ${money(range.light)}, heaviest first ${money(range.heavy)}, merged ${money(range.tied)})`,
      );
    }
    return problems;
  };

  let wide = null; // the popup at the wide window, reused below

  const honesty = `reference: with the default period (${DEFAULT_WINDOW} days, not chosen by the user), sales of ${newestDay} and before widen the period by itself: the card says so and gives the sold median`;
  if (ageDays <= DEFAULT_WINDOW)
    report.skip(honesty, `the clock says the newest sale (${newestDay}) is within ${DEFAULT_WINDOW} days`);
  else
    await report.check(honesty, async () => {
      const settings = await driver.popupEvaluate(readSettings);
      if ((settings.windowDays ?? DEFAULT_WINDOW) !== DEFAULT_WINDOW || settings.windowChosen)
        return [
          `window is ${settings.windowDays} days (chosen: ${settings.windowChosen}), expected the default`,
        ];
      const ref = await popupReference(driver, tab.tabId, (r) => r.state === 'ok');
      const problems = cardProblems(ref);
      if (ref?.state !== 'ok') problems.push(`card state ${ref?.state}, expected ok after widening`);
      if (ref?.periodNote?.kind !== 'widened')
        problems.push(`no p.period-note[data-period=widened] (note: ${JSON.stringify(ref?.periodNote)})`);
      // Widened to the shortest offered period holding the newest sale (3 months, 1 year, all time).
      const expected = ageDays <= 365 ? '365' : 'all';
      if (ref?.periodNote?.days !== expected)
        problems.push(
          `widened to ${ref?.periodNote?.days}, the newest sale being ${Math.round(ageDays)} days old`,
        );
      if (!ref?.comps.some((comp) => comp.status === 'sold')) problems.push('no sold comps listed');
      problems.push(...compsProblems(ref ?? { comps: [] }));
      return problems;
    });

  await report.check(
    'reference: the tally accounts for every listing of the saved sold search: its parts add up to the cards read from the page, and the counted ones are the sold comps listed',
    async () => {
      const ref = await popupReference(driver, tab.tabId, (r) => r.state);
      const problems = [];
      const tally = ref?.tally;
      if (!tally) return ['no p.tally in the popup'];
      if (tally.scope !== 'page') problems.push(`tally scope ${tally.scope}, expected page`);
      // Every card id read from the saved page (pages.mjs), whatever the adapter skipped.
      const onPage = champion.expect.ids.length;
      const partsSum = tally.parts.reduce((sum, part) => sum + part.count, 0);
      if (partsSum !== tally.total) problems.push(`parts add up to ${partsSum}, total says ${tally.total}`);
      if (tally.total !== onPage)
        problems.push(`tally total ${tally.total}, the page has ${onPage} listing cards`);
      const part = (name) => tally.parts.find((p) => p.name === name)?.count ?? 0;
      const counted = ref.comps.filter((comp) => comp.status === 'sold' && !comp.outlier).length;
      if (part('counted') !== counted)
        problems.push(`tally counted ${part('counted')}, ${counted} sold comps listed`);
      const outliers = ref.comps.filter((comp) => comp.outlier).length;
      if (part('outliers') !== outliers)
        problems.push(`tally outliers ${part('outliers')}, ${outliers} marked`);
      return problems;
    },
  );

  await report.check(
    `reference: period set to all time, the sold search shows a sold reference (section.reference[data-state=ok][data-basis=sold])`,
    async () => {
      await driver.popupEvaluate(writeWindow, WIDE_WINDOW);
      const ref = await popupReference(driver, tab.tabId, (r) => r.state === 'ok');
      wide = ref;
      const problems = cardProblems(ref);
      if (ref?.state !== 'ok' || ref?.basis !== 'sold')
        problems.push(`card state ${ref?.state} basis ${ref?.basis}: "${ref?.cardText?.slice(0, 120)}"`);
      if (ref?.window !== String(WIDE_WINDOW))
        problems.push(`the Period select shows ${ref?.window}, expected ${WIDE_WINDOW}`);
      if (ref?.query !== 'navy champion reverse weave')
        problems.push(
          `search box holds "${ref?.query}", expected the page's query "navy champion reverse weave"`,
        );
      return problems;
    },
  );

  await report.check(
    'reference: every comp listed is an item of the saved sold search, with its status and price, and at least 3 sold',
    async () => {
      if (!wide) return ['no reference card'];
      const problems = compsProblems(wide);
      const soldCount = wide.comps.filter((comp) => comp.status === 'sold').length;
      if (soldCount < 3) problems.push(`${soldCount} sold comps listed`);
      if (wide.comps.length === 0) problems.push('no comps listed');
      return problems;
    },
  );

  await report.check(
    "reference: the median shown is the recency-weighted median of the listed sold comps' prices on the saved page, outliers as the page's prices make them",
    async () => {
      if (wide?.state !== 'ok') return ['no reference card with state ok'];
      return medianProblems(wide);
    },
  );

  await report.check(
    "reference: choosing '1 year' in the Period select re-computes the card and stops the widening (the sales are older: not confident)",
    async () => {
      if (!wide) return ['no reference card'];
      try {
        await popupReference(driver, tab.tabId, (r) => r.state === 'ok');
        await driver.popupSelect('.controls select', '365');
        const expectOk = ageDays <= 365;
        const ref = await waitInPopup(driver, readReference, undefined, (r) =>
          expectOk ? r?.state === 'ok' && r.window === '365' : r?.state !== 'ok' && r?.window === '365',
        );
        const problems = cardProblems(ref);
        if (ref?.window !== '365') problems.push(`the select shows ${ref?.window}`);
        if (expectOk ? ref?.state !== 'ok' : ref?.state === 'ok')
          problems.push(
            `card state ${ref?.state} with 365 days, the newest sale being ${Math.round(ageDays)} days old`,
          );
        const settings = await driver.popupEvaluate(readSettings);
        if (settings.windowDays !== 365)
          problems.push(`stored windowDays ${settings.windowDays}, expected 365`);
        return problems;
      } finally {
        await driver.popupEvaluate(writeWindow, WIDE_WINDOW);
      }
    },
  );

  await report.check(
    'search box: a query that matches nothing re-computes the card to data-state=none',
    async () => {
      const before = await popupReference(driver, tab.tabId, (r) => r.state === 'ok');
      if (before?.state !== 'ok') return [`card state ${before?.state} before searching`];
      const query = 'zqxw nonexistent gizmo';
      await driver.popupType('#query', query, { submit: true });
      const ref = await waitInPopup(driver, readReference, undefined, (r) => r?.state === 'none');
      const problems = cardProblems(ref);
      if (ref?.state !== 'none') problems.push(`card state ${ref?.state} for "${query}"`);
      if (ref?.comps.length) problems.push(`${ref.comps.length} comps listed for "${query}"`);
      // and back: the page's own query gives the same answer as before
      await driver.popupType('#query', 'navy champion reverse weave', { submit: true });
      const back = await waitInPopup(driver, readReference, undefined, (r) => r?.state === 'ok');
      if (back?.state !== 'ok' || !close(back.median, before.median))
        problems.push(
          `searching the page's query again gives ${back?.state} ${back?.median}, before ${before.median}`,
        );
      return problems;
    },
  );

  await report.check(
    "exclude: 'Exclude' on a comp moves it to the set-aside list (reason manual), one comp fewer, median re-computed; remembered on reopening; 'Include' brings it back",
    async () => {
      const start = await popupReference(driver, tab.tabId, (r) => r.state === 'ok');
      if (start?.state !== 'ok') return [`card state ${start?.state}`];
      // a sold comp that counts (not an outlier): leaving it out must move the median or keep it
      const target = start.comps.find((comp) => comp.status === 'sold' && !comp.outlier);
      if (!target) return ['no sold comp to exclude'];
      const problems = [];
      const selector = `ul.comps > li.comp:not(.excluded-comp)[data-item-id="${target.id}"] button`;
      await driver.popupClick(selector);
      const moved = (r) =>
        r?.setAside.some((item) => item.id === target.id && item.reason === 'manual') &&
        !r.comps.some((comp) => comp.id === target.id);
      let ref = await waitInPopup(driver, readReference, undefined, (r) => moved(r) && r.state);
      if (!moved(ref))
        return [`comp ${target.id} not in details.excluded li[data-reason=manual] after clicking Exclude`];
      if (ref.comps.length !== start.comps.length - 1)
        problems.push(`comps went from ${start.comps.length} to ${ref.comps.length}, expected one fewer`);
      problems.push(...cardProblems(ref), ...medianProblems(ref).map((p) => `after excluding: ${p}`));

      ref = await popupReference(driver, tab.tabId, (r) => r.state === 'ok');
      if (!moved(ref))
        problems.push(`reopened, comp ${target.id} is no longer set aside (choice not remembered)`);
      else if (ref.comps.length !== start.comps.length - 1)
        problems.push(`reopened, ${ref.comps.length} comps, expected ${start.comps.length - 1}`);

      // The set-aside list is folded: unfold it as a user would, then 'Include'.
      if (!(await driver.popupEvaluate(() => document.querySelector('details.excluded')?.open)))
        await driver.popupClick('details.excluded > summary');
      await driver.popupClick(`details.excluded li.excluded-comp[data-item-id="${target.id}"] button`);
      ref = await waitInPopup(driver, readReference, undefined, (r) =>
        r?.comps.some((comp) => comp.id === target.id),
      );
      if (!ref?.comps.some((comp) => comp.id === target.id))
        problems.push(`'Include' did not bring ${target.id} back`);
      else if (ref.comps.length !== start.comps.length || !close(ref.median, start.median))
        problems.push(
          `after 'Include': ${ref.comps.length} comps, median ${ref.median}; before: ${start.comps.length}, ${start.median}`,
        );
      return problems;
    },
  );

  await report.check(
    'search box: a Japanese query (チャンピオン リバースウィーブ パーカー) finds the same English sold comps as "champion reverse weave hoodie", each a Champion hoodie of the page',
    async () => {
      await popupReference(driver, tab.tabId, (r) => r.state);
      await driver.popupType('#query', 'champion reverse weave hoodie', { submit: true });
      const english = await waitInPopup(
        driver,
        readReference,
        undefined,
        (r) => r?.resultQuery === 'champion reverse weave hoodie',
      );
      await driver.popupType('#query', 'チャンピオン リバースウィーブ パーカー', { submit: true });
      const japanese = await waitInPopup(
        driver,
        readReference,
        undefined,
        (r) => r?.resultQuery === 'チャンピオン リバースウィーブ パーカー',
      );
      const problems = [];
      const ids = (ref) => (ref?.comps ?? []).map((comp) => comp.id).sort();
      if (ids(english).length === 0) problems.push('the English query lists no comps');
      if (ids(japanese).join() !== ids(english).join())
        problems.push(
          `Japanese query: ${ids(japanese).length} comps, English query: ${ids(english).length}; they differ`,
        );
      for (const comp of japanese?.comps ?? []) {
        const title =
          champion.expect.titles?.get(comp.id) ??
          (await driver.popupEvaluate(
            (id) => document.querySelector(`li.comp[data-item-id="${id}"] .comp-title`)?.textContent ?? '',
            comp.id,
          ));
        if (!/champion/i.test(title) || !/hood/i.test(title))
          problems.push(`comp ${comp.id} "${title}" is not a Champion hoodie`);
      }
      problems.push(...compsProblems(japanese ?? { comps: [] }));
      await driver.popupType('#query', 'navy champion reverse weave', { submit: true });
      return problems;
    },
  );

  for (const note of tieNotes) report.note(`reference: ${note}`);

  // Item pages: the card says what the stored comps allow, and a verdict only with a reference.
  for (const page of pages.filter((p) => p.url.includes('/itm/') || p.url.includes('/item/'))) {
    const entry = opened.get(page.name);
    if (!entry) continue;
    await report.check(
      `${page.name}: the popup shows the reference section (state as the listed comps call for) and a .verdict only when state is ok`,
      async () => {
        const ref = await popupReference(driver, entry.tabId);
        const problems = cardProblems(ref);
        if (!['ok', 'not-enough', 'none'].includes(ref?.state)) problems.push(`card state ${ref?.state}`);
        // the open item has a price: with a reference there is something to compare it with
        if (ref?.state === 'ok' && ref.verdicts !== 1)
          problems.push(`state ok with ${ref.verdicts} verdicts`);
        const own = page.expect.ids[0];
        if (ref?.comps.some((comp) => comp.id === own)) problems.push(`the open item ${own} is its own comp`);
        if (problems.length === 0)
          report.note(`${page.name}: card state ${ref.state}, ${ref.comps.length} comps`);
        return problems;
      },
    );
  }
}

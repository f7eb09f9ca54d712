// What a seller sees in the popup, checked in the browser (issue 12): text size, the chart (axes,
// legend, outliers, spread points, undated sales and asking prices off the time axis, points as
// links with hover / focus), the comps list (thumbnails without a referrer, sold dates or "date
// unknown", accessible names that say which comp), the first screen of a 420 px popup, the Tab
// order to Options, site names instead of internal ids (popup and options), the options page at
// 400 px, dark mode contrast, and the Japanese UI. Screenshots of each case are saved under
// .output/e2e-screenshots/ (git-ignored) for a person to look at.
//
// What is checked against what: chart points against the comps list the popup shows (same
// listings, same links, same outlier marks) and against the chart's own price ticks (geometry
// read from the rendered SVG); thumbnails and sold dates against what the extension stored
// (IndexedDB) and what the saved page shows (pages.mjs); referrers against what the fixture
// server received; site ids from the adapter registry itself.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { catalog } from '../../utils/i18n/index.ts';
import { adapters } from '../../utils/sites/index.ts';
import { sleep } from './checks.mjs';
import { pages } from './pages.mjs';
import { imageRequests, ROOT } from './server.mjs';

const SHOTS = join(ROOT, '.output/e2e-screenshots');
const POPUP_WIDTH = 420;
const FIRST_SCREEN = 600;
const MIN_FONT_PX = 12;
/** The chart's dot radius (components/chart-model.ts RADIUS) when none is drawn as a circle. */
const DOT = 3.5;

// ---------------------------------------------------------------------------------------------
// Evaluated in the popup page (serialised: no closures)

/** Whether the popup finished: the card is fresh (not the last result) and the lists are in. */
function popupSettled() {
  const main = document.querySelector('#app main');
  if (!main || main.getAttribute('aria-busy') === 'true' || main.querySelector('[aria-busy=true]'))
    return false;
  const card = main.querySelector('section.reference');
  return !card?.hasAttribute('data-stale');
}

/** The card's state and the comps list, as shown (after "Show all"). */
function readComps() {
  const main = document.querySelector('#app main');
  const text = (element) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
  const card = main?.querySelector('section.reference');
  return {
    state: card?.getAttribute('data-state') ?? null,
    query: card?.getAttribute('data-query') ?? null,
    comps: [...(main?.querySelectorAll('ul.comps > li.comp:not(.excluded-comp)') ?? [])].map((li) => {
      const thumb = li.querySelector('.thumb');
      return {
        id: li.getAttribute('data-item-id'),
        site: li.getAttribute('data-site'),
        status: li.getAttribute('data-status'),
        outlier: li.classList.contains('comp-outlier'),
        onPage: li.hasAttribute('data-on-page'),
        title: text(li.querySelector('.comp-title')),
        href: li.querySelector('a.comp-title')?.getAttribute('href') ?? null,
        price: text(li.querySelector('.comp-price')),
        when: text(li.querySelector('.comp-status')),
        date: text(li.querySelector('.comp-date')),
        dateKnown: li.querySelector('[data-date-known=false]') ? false : null,
        site_name: text(li.querySelector('.comp-site')),
        action: li.querySelector('button')?.getAttribute('aria-label')?.replace(/\s+/g, ' ') ?? null,
        thumb: thumb && {
          tag: thumb.tagName.toLowerCase(),
          src: thumb.getAttribute('src'),
          loading: thumb.getAttribute('loading'),
          referrerpolicy: thumb.getAttribute('referrerpolicy'),
          image: thumb.getAttribute('data-image'),
          loaded: thumb.tagName === 'IMG' ? thumb.complete && thumb.naturalWidth > 0 : false,
        },
      };
    }),
    setAside: [...(main?.querySelectorAll('li.excluded-comp') ?? [])].map((li) => ({
      id: li.getAttribute('data-item-id'),
      title: text(li.querySelector('.comp-title')),
      price: text(li.querySelector('.comp-price')),
      action: li.querySelector('button')?.getAttribute('aria-label')?.replace(/\s+/g, ' ') ?? null,
    })),
    showAll: Boolean(main?.querySelector('button.show-all')),
  };
}

/** The chart as drawn: ticks, columns, legend and every point with its place on screen. */
function readChart() {
  const figure = document.querySelector('figure.chart-figure');
  if (!figure) return null;
  const svg = figure.querySelector('svg.chart');
  const text = (element) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
  const centre = (element) => {
    const box = element.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  };
  return {
    mode: figure.getAttribute('data-mode'),
    radius: Number(svg.querySelector('a.chart-point circle')?.getAttribute('r') ?? Number.NaN) || null,
    band: Boolean(svg.querySelector('.chart-band')),
    median: Boolean(svg.querySelector('.chart-median')),
    note: text(figure.querySelector('.chart-note')),
    priceTicks: [...svg.querySelectorAll('.chart-price-tick')].map((tick) => ({
      value: Number(tick.getAttribute('data-value')),
      label: text(tick),
      y: centre(tick.querySelector('line')).y,
    })),
    dateTicks: [...svg.querySelectorAll('.chart-date-tick')].map((tick) => ({
      time: Number(tick.getAttribute('data-time')),
      label: text(tick),
      x: centre(tick.querySelector('line')).x,
    })),
    columns: [...svg.querySelectorAll('.chart-column')].map((column) => ({
      column: column.getAttribute('data-column'),
      count: Number(column.getAttribute('data-count')),
      label: text(column),
    })),
    legend: [...figure.querySelectorAll('.chart-legend li')].map((item) => ({
      kind: item.getAttribute('data-legend'),
      text: text(item),
      visible: item.getClientRects().length > 0 && getComputedStyle(item).visibility !== 'hidden',
    })),
    points: [...svg.querySelectorAll('a.chart-point')].map((point) => ({
      id: point.getAttribute('data-item-id'),
      status: point.getAttribute('data-status'),
      column: point.getAttribute('data-column'),
      lane: point.getAttribute('data-lane'),
      outlier: point.classList.contains('chart-outlier'),
      href: point.getAttribute('href'),
      target: point.getAttribute('target'),
      label: point.getAttribute('aria-label')?.replace(/\s+/g, ' ').trim() ?? null,
      tabindex: point.getAttribute('tabindex'),
      ...centre(point.querySelector('circle, path')),
    })),
  };
}

/** Focuses the n-th chart point (as Tab then arrows would) and reads the tooltip it shows. */
function focusPoint(index) {
  const point = document.querySelectorAll('a.chart-point')[index];
  point?.focus();
  return new Promise((resolve) =>
    requestAnimationFrame(() =>
      resolve({
        focused: document.activeElement?.getAttribute('data-item-id') ?? null,
        tip: document.querySelector('.chart-tip')?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
      }),
    ),
  );
}

function activePoint() {
  return {
    focused: document.activeElement?.getAttribute('data-item-id') ?? null,
    tip: document.querySelector('.chart-tip')?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
  };
}

/** The smallest text drawn in the popup (SVG text scaled to the screen), and the body's size. */
function textSizes() {
  const main = document.querySelector('#app main');
  const out = { body: Number.parseFloat(getComputedStyle(document.body).fontSize), smallest: null, count: 0 };
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const words = node.textContent.trim();
    const element = node.parentElement;
    if (!words || !element || element.getClientRects().length === 0) continue;
    if (element.closest('.visually-hidden')) continue;
    let size = Number.parseFloat(getComputedStyle(element).fontSize);
    const svg = element.closest('svg');
    const box = svg?.viewBox?.baseVal;
    if (svg && box?.width) size *= svg.getBoundingClientRect().width / box.width;
    out.count++;
    if (!out.smallest || size < out.smallest.size)
      out.smallest = {
        size,
        text: words.slice(0, 40),
        element: `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''}`,
      };
  }
  return out;
}

/** Where the first screen's parts end, and what the page's listings section holds. */
function layout() {
  const main = document.querySelector('#app main');
  const bottom = (selector) => {
    const element = main.querySelector(selector);
    return element ? Math.round(element.getBoundingClientRect().bottom + window.scrollY) : null;
  };
  const compIds = new Set(
    [...main.querySelectorAll('ul.comps > li.comp:not(.excluded-comp)')].map((li) =>
      li.getAttribute('data-item-id'),
    ),
  );
  const section = main.querySelector('.page-listings');
  const rows = [...(section?.querySelectorAll('li.listing') ?? [])].map((li) =>
    li.getAttribute('data-item-id'),
  );
  return {
    width: document.documentElement.clientWidth,
    scrollWidth: document.documentElement.scrollWidth,
    card: bottom('section.reference'),
    tally: bottom('p.tally'),
    chart: bottom('figure.chart-figure'),
    firstComp: bottom('ul.comps > li.comp'),
    secondComp: bottom('ul.comps > li.comp:nth-child(2)'),
    listingsTag: section?.tagName.toLowerCase() ?? null,
    listingsOpen: section?.tagName === 'DETAILS' ? section.open : null,
    listingsAlsoComps: rows.filter((id) => compIds.has(id)),
    listingRows: rows.length,
  };
}

/** The text a person can read on the page (every folded part unfolded), titles of listings left out. */
function visibleText() {
  for (const details of document.querySelectorAll('details')) details.open = true;
  const clone = document.body.cloneNode(true);
  for (const title of clone.querySelectorAll('.comp-title, .listing-title, .chart-tip-title')) title.remove();
  const holder = document.createElement('div');
  holder.style.cssText = 'position:absolute;left:-10000px;top:0;width:800px';
  holder.append(...clone.childNodes);
  document.body.append(holder);
  // biome-ignore lint/performance/useDomNodeTextContent: the text as rendered is what a person reads
  const shown = holder.innerText;
  holder.remove();
  // The <option>s of a select are text a person reads too.
  const options = [...document.querySelectorAll('option')].map((option) => option.textContent).join('\n');
  return `${shown}\n${options}`;
}

/** aria-label text of the popup's parts a person reaches by Tab. */
function headingInfo() {
  const h1 = document.querySelector('h1');
  return { h1: h1?.textContent?.trim() ?? null, active: document.activeElement?.className ?? null };
}

function activeIsOptions() {
  const active = document.activeElement;
  return {
    options: Boolean(active?.classList.contains('options-link')),
    what: active?.outerHTML?.slice(0, 80) ?? null,
  };
}

/** Contrast ratios (WCAG) of the text colours the popup uses, against its background. */
function contrasts() {
  const parse = (colour) => {
    const match = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?/.exec(colour);
    return match
      ? [Number(match[1]), Number(match[2]), Number(match[3]), match[4] === undefined ? 1 : Number(match[4])]
      : null;
  };
  const luminance = ([r, g, b]) => {
    const channel = (value) => {
      const c = value / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const background = parse(getComputedStyle(document.body).backgroundColor);
  const ratio = (colour) => {
    const fg = parse(colour);
    if (!fg || !background) return null;
    const [a, b] = [luminance(fg), luminance(background)].sort((x, y) => y - x);
    return Math.round(((a + 0.05) / (b + 0.05)) * 100) / 100;
  };
  const out = {
    background: getComputedStyle(document.body).backgroundColor,
    backgroundLuminance: background ? luminance(background) : null,
    parts: {},
  };
  const parts = {
    body: 'body',
    muted: '.muted',
    link: '.link-button',
    sold: '.status-sold',
    warn: '.warn',
    compTitle: '.comp-title',
    legend: '.chart-legend',
    verdict: '.verdict',
  };
  for (const [name, selector] of Object.entries(parts)) {
    const element = document.querySelector(selector);
    if (element) out.parts[name] = ratio(getComputedStyle(element).color);
  }
  const label = document.querySelector('.chart text');
  if (label) out.parts.chartLabel = ratio(getComputedStyle(label).fill);
  return out;
}

/** Stored imageUrl and soldAt of listings, by "site itemId", from the extension's IndexedDB. */
function readStored(keys) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('comps');
    open.onerror = () => reject(new Error(`cannot open the comps database: ${open.error}`));
    open.onsuccess = () => {
      const db = open.result;
      const store = db.transaction('listings', 'readonly').objectStore('listings');
      const out = {};
      let left = keys.length;
      if (left === 0) resolve(out);
      for (const [site, itemId] of keys) {
        const request = store.get([site, itemId]);
        request.onsuccess = () => {
          const row = request.result;
          out[`${site} ${itemId}`] = row
            ? { imageUrl: row.imageUrl ?? null, soldAt: row.soldAt ?? null }
            : null;
          if (--left === 0) {
            db.close();
            resolve(out);
          }
        };
        request.onerror = () => reject(new Error(`cannot read ${site} ${itemId}: ${request.error}`));
      }
    };
  });
}

/** In the options page: the page laid out 400 px wide (in a frame of that width), its overflow. */
function optionsAtWidth(width) {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.style.cssText = `width:${width}px;height:700px;border:0;position:absolute;left:0;top:0`;
    frame.src = `${location.origin}/options.html`;
    document.body.append(frame);
    const started = Date.now();
    const poll = () => {
      const doc = frame.contentDocument;
      const main = doc?.querySelector('main.options:not([aria-busy])');
      if (main && doc.querySelector('.site-grid li')) {
        const root = doc.documentElement;
        const wide = [...doc.querySelectorAll('main *')]
          .filter((element) => element.getBoundingClientRect().right > root.clientWidth + 0.5)
          .slice(0, 5)
          .map((element) => `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''}`);
        const result = { clientWidth: root.clientWidth, scrollWidth: root.scrollWidth, wide };
        frame.remove();
        resolve(result);
      } else if (Date.now() - started > 8000) {
        frame.remove();
        reject(new Error('the options page did not render in the frame'));
      } else setTimeout(poll, 100);
    };
    poll();
  });
}

// ---------------------------------------------------------------------------------------------
// Helpers on the Node side

async function settled(driver, query, timeoutMs = 8000) {
  await driver.loadPopup(query);
  const end = Date.now() + timeoutMs;
  while (!(await driver.popupEvaluate(popupSettled).catch(() => false))) {
    if (Date.now() > end) throw new Error(`the popup (${query}) did not settle`);
    await sleep(100);
  }
}

/** Opens the popup for a tab (optionally typing a query), unfolds "Show all", resolves to the comps. */
async function openOn(driver, tabId, query) {
  await settled(driver, `tabId=${tabId}`);
  if (query) {
    await driver.popupType('#query', query, { submit: true });
    const end = Date.now() + 8000;
    for (;;) {
      const comps = await driver.popupEvaluate(readComps);
      if (comps.query === query && (await driver.popupEvaluate(popupSettled))) break;
      if (Date.now() > end) throw new Error(`no card for "${query}"`);
      await sleep(100);
    }
  }
  let comps = await driver.popupEvaluate(readComps);
  if (comps.showAll) {
    await driver.popupClick('button.show-all');
    await sleep(200);
    comps = await driver.popupEvaluate(readComps);
  }
  return comps;
}

async function screenshot(driver, report, name, options) {
  mkdirSync(SHOTS, { recursive: true });
  const path = join(SHOTS, `${driver.name}-${name}.png`);
  try {
    // From the top, as the popup opens (a click may have scrolled it).
    await driver.popupEvaluate(() => window.scrollTo(0, 0));
    await driver.popupScreenshot(path, options);
    report.note(`screenshot ${path}`);
  } catch (error) {
    report.note(`no screenshot ${name}: ${error?.message ?? error}`);
  }
}

/** Registered site ids seen in `text` (whole words), except an id that is part of its own name. */
function siteIdsIn(text, language) {
  return adapters
    .map((adapter) => adapter.id)
    .filter((id) => {
      const key = `site_${id.replace(/-/g, '_')}`;
      const name = catalog[key]?.[language] ?? '';
      if (name.includes(id)) return false;
      const escaped = id.replace(/[-]/g, '\\-');
      return new RegExp(`(^|[^A-Za-z0-9-])${escaped}($|[^A-Za-z0-9-])`).test(text);
    });
}

const distance = (a, b) => Math.hypot(a.x - b.x, a.y - b.y);

/** Problems of a chart against the comps listed beside it (both read from the popup). */
function chartProblems(chart, comps, { confident }) {
  const problems = [];
  if (!chart) return ['no figure.chart-figure'];
  const plotted = comps.comps.filter((comp) => comp.status === 'sold' || comp.status === 'active');
  const byId = new Map(plotted.map((comp) => [comp.id, comp]));
  if (chart.points.length !== plotted.length)
    problems.push(`${chart.points.length} points for ${plotted.length} sold or asking comps listed`);
  for (const point of chart.points) {
    const comp = byId.get(point.id);
    if (!comp) {
      problems.push(`point ${point.id} is not a comp listed`);
      continue;
    }
    if (point.href !== comp.href)
      problems.push(`point ${point.id} links to ${point.href}, the comp to ${comp.href}`);
    if (point.target !== '_blank') problems.push(`point ${point.id} does not open a new tab`);
    if (!point.label?.includes(comp.title) || !point.label?.includes(comp.price))
      problems.push(`point ${point.id} is named "${point.label}", not its title and price (${comp.price})`);
    if (point.outlier !== comp.outlier)
      problems.push(
        `point ${point.id} ${point.outlier ? 'is' : 'is not'} marked outlier, the list says ${comp.outlier}`,
      );
  }
  // 3-5 price ticks in the display currency, higher prices higher up.
  const ticks = chart.priceTicks;
  if (ticks.length < 3 || ticks.length > 5) problems.push(`${ticks.length} price ticks`);
  for (let i = 1; i < ticks.length; i++)
    if (!(ticks[i].value > ticks[i - 1].value && ticks[i].y < ticks[i - 1].y))
      problems.push(`price ticks out of order: ${ticks.map((tick) => tick.label).join(', ')}`);
  const top = Math.min(...ticks.map((tick) => tick.y));
  const bottom = Math.max(...ticks.map((tick) => tick.y));
  for (const point of chart.points) {
    const inside = point.y >= top - 1 && point.y <= bottom + 1;
    if (point.lane === 'plot' && !inside) problems.push(`point ${point.id} is drawn outside the price axis`);
    if (point.lane === 'high' && !(point.y < top))
      problems.push(`point ${point.id} in the upper lane is not above the axis`);
    if (point.lane === 'low' && !(point.y > bottom))
      problems.push(`point ${point.id} in the lower lane is not below the axis`);
    if (point.lane !== 'plot' && !point.outlier)
      problems.push(`point ${point.id} is off the scale but not an outlier`);
  }
  // Sales of the same day and price are spread: no two dots of the time axis overlap, and no two
  // dots anywhere sit on one spot (a dense column of asking prices may touch, never coincide).
  const radius = chart.radius ?? DOT;
  for (let i = 0; i < chart.points.length; i++)
    for (let j = i + 1; j < chart.points.length; j++) {
      const [a, b] = [chart.points[i], chart.points[j]];
      const apart = distance(a, b);
      if (apart < 1 || (a.column === 'time' && b.column === 'time' && apart < 2 * radius - 1.5))
        problems.push(`points ${a.id} and ${b.id} overlap (${apart.toFixed(1)} px apart)`);
    }
  // Only sales with a known date on the time axis.
  for (const point of chart.points) {
    const comp = byId.get(point.id);
    if (point.column === 'time' && !(comp?.status === 'sold' && comp.dateKnown !== false))
      problems.push(`point ${point.id} (${comp?.status}, ${comp?.when}) is on the time axis`);
    if (comp?.status === 'active' && point.column !== 'asking')
      problems.push(`asking price ${point.id} not in the for-sale column`);
  }
  // One Tab stop for the chart: the arrow keys walk its points.
  const stops = chart.points.filter((point) => point.tabindex === '0').length;
  if (chart.points.length > 0 && stops !== 1)
    problems.push(`${stops} chart points in the Tab order, expected 1`);
  // Band and median with a confident reference only; the legend says what is drawn.
  if (confident !== chart.band || confident !== chart.median)
    problems.push(
      `band ${chart.band}, median ${chart.median} with ${confident ? 'a confident' : 'no confident'} reference`,
    );
  const legend = new Set(chart.legend.filter((item) => item.visible).map((item) => item.kind));
  if (chart.band !== legend.has('band') || chart.median !== legend.has('median'))
    problems.push(`legend ${[...legend].join(', ')} does not match what is drawn`);
  if (comps.comps.some((comp) => comp.outlier) && !legend.has('outlier'))
    problems.push('outliers drawn, not in the legend');
  if (chart.legend.filter((item) => item.visible).length === 0) problems.push('no visible legend');
  return problems;
}

// ---------------------------------------------------------------------------------------------
// The checks

/**
 * @param opened Map page name -> { tabId } of the pages the suite opened
 */
export async function runPopupViewChecks(driver, report, opened) {
  const tabOf = (predicate) => {
    const page = pages.find(predicate);
    return page ? { page, tabId: opened.get(page.name)?.tabId } : { page: null, tabId: undefined };
  };
  const champion = tabOf((page) => page.expect?.sold);
  const pokemon = tabOf((page) => page.url === 'https://www.ebay.com/sch/i.html?_nkw=pokemon');
  const mercariSold = tabOf((page) => page.url === 'https://jp.mercari.com/item/m96084058332');
  if (champion.tabId === undefined) {
    report.fail('popup view', 'the eBay sold search page was not opened');
    return;
  }
  const locale = (await driver.popupEvaluate(() => navigator.language)) || 'en-US';
  await driver.popupViewport(POPUP_WIDTH, FIRST_SCREEN);
  imageRequests.length = 0;
  let sold = null;

  await report.check(
    `popup view: every text of the popup at ${MIN_FONT_PX} px or more (body, card, lists, chart labels), whatever the browser's default for extension pages`,
    async () => {
      sold = await openOn(driver, champion.tabId);
      const sizes = await driver.popupEvaluate(textSizes);
      const problems = [];
      if (!(sizes.body >= MIN_FONT_PX)) problems.push(`body text ${sizes.body} px`);
      if (!(sizes.smallest?.size >= MIN_FONT_PX - 0.05))
        problems.push(
          `"${sizes.smallest?.text}" (${sizes.smallest?.element}) at ${sizes.smallest?.size?.toFixed(2)} px`,
        );
      if (sizes.count < 20) problems.push(`only ${sizes.count} texts read`);
      return problems;
    },
  );

  await report.check(
    'popup view: sold case (saved eBay sold search): the chart has 3-5 price ticks in the display currency, date ticks, a legend, the typical range and median, one point per comp linking to it, outliers marked off the scale, no two points on one spot',
    async () => {
      sold ??= await openOn(driver, champion.tabId);
      const chart = await driver.popupEvaluate(readChart);
      const problems = chartProblems(chart, sold, { confident: sold.state === 'ok' });
      if (sold.state !== 'ok')
        problems.push(`card state ${sold.state}, expected ok (the reference checks set a wide window)`);
      if (chart?.mode !== 'sold') problems.push(`chart mode ${chart?.mode}`);
      const currency = new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' })
        .formatToParts(1)
        .find((part) => part.type === 'currency')?.value;
      for (const tick of chart?.priceTicks ?? [])
        if (!tick.label.includes(currency)) problems.push(`price tick "${tick.label}" is not in ${currency}`);
      const dates = chart?.dateTicks ?? [];
      if (dates.length < 2) problems.push(`${dates.length} date ticks over sales months apart`);
      for (let i = 1; i < dates.length; i++)
        if (!(dates[i].time > dates[i - 1].time && dates[i].x > dates[i - 1].x))
          problems.push('date ticks out of order');
      if (dates.some((tick) => !tick.label)) problems.push('a date tick without a label');
      // Dated sales in time order along the axis (same-day ones may be spread by a dot or two).
      const soldOn = champion.page.expect.sold;
      const timed = (chart?.points ?? [])
        .filter((point) => point.column === 'time' && soldOn.has(point.id))
        .map((point) => ({ x: point.x, day: Date.parse(soldOn.get(point.id).day) }))
        .sort((a, b) => a.day - b.day);
      for (let i = 1; i < timed.length; i++)
        if (timed[i].day > timed[i - 1].day + 86_400_000 && timed[i].x < timed[i - 1].x - 2 * DOT)
          problems.push('a later sale is drawn left of an earlier one');
      return problems;
    },
  );

  await report.check(
    'popup view: a chart point shows its price, date and title on focus, the arrow keys move to the next one, and it is a link to the listing',
    async () => {
      const chart = await driver.popupEvaluate(readChart);
      if (!chart?.points.length) return ['no chart points'];
      const first = await driver.popupEvaluate(focusPoint, 0);
      const comps = new Map((sold?.comps ?? []).map((comp) => [comp.id, comp]));
      const problems = [];
      const expectTip = (state, id) => {
        const comp = comps.get(id);
        if (state.focused !== id) problems.push(`focus on ${state.focused}, expected ${id}`);
        if (!comp) return;
        if (!state.tip?.includes(comp.title))
          problems.push(`tooltip "${state.tip}" lacks the title of ${id}`);
        if (!state.tip?.includes(comp.price))
          problems.push(`tooltip "${state.tip}" lacks the price ${comp.price}`);
        if (comp.status === 'sold' && comp.date && !state.tip?.includes(comp.date))
          problems.push(`tooltip "${state.tip}" lacks the sold date ${comp.date}`);
      };
      expectTip(first, chart.points[0].id);
      if (chart.points.length > 1) {
        await driver.popupPress('ArrowRight');
        await sleep(100);
        expectTip(await driver.popupEvaluate(activePoint), chart.points[1].id);
      }
      return problems;
    },
  );

  await report.check(
    'popup view: comps list: a lazy thumbnail from the stored picture sent with no referrer (a placeholder where none), the sold date the page shows, and buttons named after their comp',
    async () => {
      sold ??= await openOn(driver, champion.tabId);
      const problems = [];
      const keys = sold.comps.map((comp) => [comp.site, comp.id]);
      const stored = await driver.popupEvaluate(readStored, keys);
      const soldOn = champion.page.expect.sold;
      const day = (iso) =>
        new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
          new Date(`${iso}T12:00:00Z`),
        );
      for (const comp of sold.comps) {
        const row = stored[`${comp.site} ${comp.id}`];
        const where = `comp ${comp.id}`;
        if (!comp.thumb) problems.push(`${where} has no thumbnail or placeholder`);
        else if (row?.imageUrl) {
          if (comp.thumb.tag !== 'img' || comp.thumb.src !== row.imageUrl)
            problems.push(
              `${where} shows ${comp.thumb.tag} ${comp.thumb.src}, stored picture ${row.imageUrl}`,
            );
          else if (comp.thumb.loading !== 'lazy' || comp.thumb.referrerpolicy !== 'no-referrer')
            problems.push(
              `${where} picture loading=${comp.thumb.loading} referrerpolicy=${comp.thumb.referrerpolicy}`,
            );
        } else if (comp.thumb.image !== 'none')
          problems.push(`${where} without a stored picture shows ${comp.thumb.tag}`);
        if (comp.status === 'sold' && soldOn.has(comp.id) && comp.date !== day(soldOn.get(comp.id).day))
          problems.push(`${where} sold date "${comp.date}", the page shows ${day(soldOn.get(comp.id).day)}`);
        if (!comp.action?.includes(comp.title) || !comp.action?.includes(comp.price))
          problems.push(`${where} button named "${comp.action}", not after "${comp.title}" ${comp.price}`);
      }
      for (const item of sold.setAside.filter((entry) => entry.action))
        if (!item.action.includes(item.title) || !item.action.includes(item.price))
          problems.push(`set-aside ${item.id} button named "${item.action}"`);
      // The pictures on screen loaded, and none was sent with a Referer header.
      const loaded = sold.comps.filter((comp) => comp.thumb?.loaded);
      if (sold.comps.some((comp) => comp.thumb?.tag === 'img') && loaded.length === 0)
        problems.push('no thumbnail loaded');
      const referred = imageRequests.filter((request) => request.referer !== null);
      if (imageRequests.length === 0 && loaded.length > 0)
        problems.push('pictures loaded, but the image host saw no request');
      if (referred.length > 0)
        problems.push(`${referred.length} pictures requested with a Referer (${referred[0].referer})`);
      return problems;
    },
  );

  await report.check(
    `popup view: ${POPUP_WIDTH} px wide, the card, the tally, the chart and the first two comps fit in the first ${FIRST_SCREEN} px; "Listings on this page" is folded and lists none of the comps again`,
    async () => {
      await settled(driver, `tabId=${champion.tabId}`);
      const box = await driver.popupEvaluate(layout);
      const problems = [];
      if (box.scrollWidth > box.width)
        problems.push(`scrolls sideways: ${box.scrollWidth} px in ${box.width}`);
      for (const part of ['card', 'tally', 'chart', 'firstComp', 'secondComp'])
        if (!(box[part] <= FIRST_SCREEN)) problems.push(`${part} ends at ${box[part]} px`);
      if (box.listingsTag !== 'details' || box.listingsOpen !== false)
        problems.push(`listings section is ${box.listingsTag}, open ${box.listingsOpen}`);
      if (box.listingsAlsoComps.length > 0)
        problems.push(`${box.listingsAlsoComps.length} comps listed again under the page's listings`);
      report.note(
        `first screen: card ${box.card} px, tally ${box.tally}, chart ${box.chart}, comps ${box.firstComp} / ${box.secondComp} px`,
      );
      await screenshot(driver, report, 'popup-sold');
      await screenshot(driver, report, 'popup-sold-full', { fullPage: true });
      return problems;
    },
  );

  await report.check('popup view: an h1, and Options reached in at most 5 Tab presses', async () => {
    await settled(driver, `tabId=${champion.tabId}`);
    const problems = [];
    const { h1 } = await driver.popupEvaluate(headingInfo);
    if (!h1) problems.push('no h1');
    let presses = 0;
    let state = { options: false };
    while (!state.options && presses < 12) {
      await driver.popupPress('Tab');
      presses++;
      state = await driver.popupEvaluate(activeIsOptions);
    }
    if (!state.options) problems.push(`Options not reached in ${presses} Tab presses (at ${state.what})`);
    else if (presses > 5) problems.push(`Options reached in ${presses} Tab presses`);
    return problems;
  });

  if (pokemon.tabId === undefined)
    report.fail('popup view: not-enough case', 'the eBay pokemon search was not opened');
  else
    await report.check(
      'popup view: not-enough case (saved eBay pokemon search, one sale): the chart draws the points only, no typical range, no median',
      async () => {
        const comps = await openOn(driver, pokemon.tabId);
        const chart = await driver.popupEvaluate(readChart);
        const problems = [];
        if (comps.state !== 'not-enough') problems.push(`card state ${comps.state}, expected not-enough`);
        problems.push(...chartProblems(chart, comps, { confident: false }));
        await screenshot(driver, report, 'popup-not-enough');
        return problems;
      },
    );

  if (mercariSold.tabId === undefined)
    report.fail('popup view: asking-only case', 'the Mercari sold item page was not opened');
  else {
    await report.check(
      'popup view: asking-only case (saved Mercari item, only listings for sale around it): asking prices drawn by price alone, no time axis, said so',
      async () => {
        const comps = await openOn(driver, mercariSold.tabId);
        const chart = await driver.popupEvaluate(readChart);
        const problems = [];
        if (comps.comps.some((comp) => comp.status === 'sold')) problems.push('sold comps listed');
        if (chart?.mode !== 'asking') problems.push(`chart mode ${chart?.mode}`);
        if (chart?.dateTicks.length)
          problems.push(`${chart.dateTicks.length} date ticks drawn for asking prices`);
        if ((chart?.columns ?? []).map((column) => column.column).join() !== 'asking')
          problems.push(`columns ${chart?.columns.map((column) => column.column).join()}`);
        if (!chart?.note) problems.push('no note saying asking prices are not a price history');
        problems.push(...chartProblems(chart, comps, { confident: comps.state === 'ok' }));
        await screenshot(driver, report, 'popup-asking-only');
        return problems;
      },
    );

    await report.check(
      'popup view: a sale whose page shows no date (the Mercari item, sold) is listed as "sold, date unknown" and drawn apart from the time axis, counted',
      async () => {
        const comps = await openOn(driver, mercariSold.tabId, 'あつまれ どうぶつの森');
        const chart = await driver.popupEvaluate(readChart);
        const problems = [];
        const undated = comps.comps.filter((comp) => comp.status === 'sold' && comp.dateKnown === false);
        const own = comps.comps.find((comp) => comp.id === 'm96084058332');
        if (!own) problems.push('the sold Mercari item is not a comp of "あつまれ どうぶつの森"');
        else if (own.dateKnown !== false || !own.when?.toLowerCase().includes('date unknown'))
          problems.push(`the sold Mercari item says "${own.when}"`);
        const column = chart?.columns.find((entry) => entry.column === 'undated');
        if (!column || column.count !== undated.length)
          problems.push(`undated column ${JSON.stringify(column)}, ${undated.length} undated sales listed`);
        problems.push(...chartProblems(chart, comps, { confident: comps.state === 'ok' }));
        await screenshot(driver, report, 'popup-undated');
        return problems;
      },
    );
  }

  await report.check(
    'site names: no internal site id (mercari-jp, yahoo-auctions-jp, goofish...) in the text of the popup or the options page',
    async () => {
      const problems = [];
      await settled(driver, `tabId=${champion.tabId}`);
      const popupIds = siteIdsIn(await driver.popupEvaluate(visibleText), 'en');
      if (popupIds.length) problems.push(`popup shows ${popupIds.join(', ')}`);
      const options = await driver.openOptions();
      try {
        const end = Date.now() + 8000;
        while (
          !(await options.evaluate(() =>
            Boolean(document.querySelector('main.options:not([aria-busy]) .site-grid li')),
          ))
        )
          if (Date.now() > end) throw new Error('options page did not render');
          else await sleep(100);
        const optionIds = siteIdsIn(await options.evaluate(visibleText), 'en');
        if (optionIds.length) problems.push(`options page shows ${optionIds.join(', ')}`);
        const names = await options.evaluate(() => document.querySelector('.site-grid')?.textContent ?? '');
        if (!names.includes('Mercari Japan') || !names.includes('Yahoo! Auctions'))
          problems.push('the site list does not name "Mercari Japan" and "Yahoo! Auctions"');
      } finally {
        await options.close();
      }
      return problems;
    },
  );

  await report.check('options page: usable 400 px wide, nothing scrolls sideways', async () => {
    const options = await driver.openOptions();
    try {
      const box = await options.evaluate(optionsAtWidth, 400);
      return box.scrollWidth > box.clientWidth
        ? [`${box.scrollWidth} px of content in ${box.clientWidth} px (wider: ${box.wide.join(', ')})`]
        : [];
    } finally {
      await options.close();
    }
  });

  for (const scheme of ['light', 'dark']) {
    const name = `popup view: ${scheme} mode: text contrast at least 4.5:1 (card, lists, chart labels, legend)`;
    const emulated = await driver.popupColorScheme(scheme).then(
      () => null,
      (error) => error?.message ?? String(error),
    );
    if (emulated !== null) {
      report.skip(name, `this driver cannot emulate prefers-color-scheme: ${emulated}`);
      continue;
    }
    await report.check(name, async () => {
      await settled(driver, `tabId=${champion.tabId}`);
      const colours = await driver.popupEvaluate(contrasts);
      const problems = [];
      const dark = colours.backgroundLuminance < 0.2;
      if (dark !== (scheme === 'dark')) problems.push(`background ${colours.background} in ${scheme} mode`);
      for (const [part, ratio] of Object.entries(colours.parts))
        if (!(ratio >= 4.5)) problems.push(`${part} at ${ratio}:1`);
      if (scheme === 'dark') await screenshot(driver, report, 'popup-dark');
      return problems;
    });
  }
  await driver.popupColorScheme('light').catch(() => {});

  const japanese =
    'popup view: Japanese UI: the popup speaks Japanese (labels, site names), at 12 px or more';
  if (driver.name !== 'chromium')
    report.skip(japanese, 'Firefox ESR here has no Japanese language pack: browser.i18n stays English');
  else
    await report.check(
      japanese,
      async () => {
        const fresh = await driver.launchFresh({ lang: 'ja' });
        try {
          await fresh.openTab(champion.page.url);
          const tabId = await fresh.tabIdOf(champion.page.url);
          await fresh.popupViewport(POPUP_WIDTH, FIRST_SCREEN);
          const end = Date.now() + 8000;
          let state = null;
          for (;;) {
            await settled(fresh, `tabId=${tabId}`);
            state = await fresh.popupEvaluate(() => ({
              button: document.querySelector('.search button')?.textContent ?? null,
              label: document.querySelector('.reference-label')?.textContent ?? null,
              rows: document.querySelectorAll('li.listing, ul.comps > li.comp').length,
            }));
            if (state.label || Date.now() > end) break;
            await sleep(250);
          }
          const problems = [];
          if (state.button !== catalog.searchButton.ja) problems.push(`search button "${state.button}"`);
          if (state.label !== catalog.referenceSold.ja) problems.push(`card label "${state.label}"`);
          const ids = siteIdsIn(await fresh.popupEvaluate(visibleText), 'ja');
          if (ids.length) problems.push(`site ids shown: ${ids.join(', ')}`);
          const sizes = await fresh.popupEvaluate(textSizes);
          if (!(sizes.smallest?.size >= MIN_FONT_PX - 0.05))
            problems.push(`"${sizes.smallest?.text}" at ${sizes.smallest?.size} px`);
          await settled(fresh, `tabId=${tabId}`);
          await screenshot(fresh, report, 'popup-ja');
          return problems;
        } finally {
          await fresh.close();
        }
      },
      40000,
    );
  await driver.popupViewport(1280, 720).catch(() => {});
}

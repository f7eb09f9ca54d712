#!/usr/bin/env node
// npm run eval:generic: the generic reader (shops without an adapter) on real saved pages with
// their structured price data stripped, laid out in headless Chromium; prints per page what it
// recorded against the price read by hand (pages.mjs), then precision and recall per source and
// in total. Bars (issue 9): precision >= 0.97, right price on >= 93 % of the pages showing one.
// The Chromium e2e suite runs the same pages and fails when a figure misses its bar.
// Every page is read twice: as on a shop whose currency the user did not set (a bare "$" is not
// read), and "with the shop's currency confirmed" (the currency a user would pick when turning the
// shop on, pages.mjs `shopCurrency`; the page's own currency still wins).
// `npm run eval:generic -- --firefox` runs them in Firefox ESR instead (puppeteer-core, BiDi).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

if (!process.env.COMPS_NETNS) {
  // Inside a fresh network namespace: Chromium sees loopback and nothing else.
  const args = process.argv
    .slice(2)
    .map((arg) => JSON.stringify(arg))
    .join(' ');
  const inner = `ip link set lo up && COMPS_NETNS=1 exec node --import tsx ${JSON.stringify(fileURLToPath(import.meta.url))} ${args}`;
  const result = spawnSync('unshare', ['-n', 'sh', '-c', inner], { stdio: 'inherit' });
  if (result.error) {
    console.error(`eval:generic: cannot create a network namespace (${result.error.message}); run as root.`);
    process.exit(1);
  }
  process.exit(result.status ?? 1);
}

const FIREFOX = process.argv.includes('--firefox');
const { chromium } = await import('playwright-core');
const { bundleReader, figures, readPages, readPagesFirefox, verdictOf, VIEWPORT } = await import(
  './harness.mjs'
);
const { otherPages, productPages, structuredPages } = await import('./pages.mjs');

const pad = (text, width) => String(text).padEnd(width);
const money = (price) => (price ? `${price.amount} ${price.currency}` : '-');
const pct = (x) => `${(100 * x).toFixed(1)} %`;

function table(title, results) {
  console.log(`\n${title}`);
  console.log(`${pad('source', 24)} ${pad('expected', 14)} ${pad('recorded', 16)} ${pad('verdict', 8)} ms`);
  for (const result of results) {
    const expected = result.page.expect ? `${result.page.expect[0]} ${result.page.expect[1]}` : 'none shown';
    const recorded = result.error ? `error: ${result.error.slice(0, 60)}` : money(result.listings[0]?.price);
    console.log(
      `${pad(result.page.source, 24)} ${pad(expected, 14)} ${pad(recorded, 16)} ${pad(verdictOf(result), 8)} ${result.ms?.toFixed(1) ?? ''}`,
    );
  }
}

function summary(label, results) {
  const f = figures(results);
  console.log(
    `${pad(label, 34)} pages ${pad(f.pages, 4)} right ${pad(f.right, 3)} wrong ${pad(f.wrong, 3)} none ${pad(f.none, 3)} precision ${pad(pct(f.precision), 8)} right price on ${f.right}/${f.shown} = ${pct(f.recall)}`,
  );
  return f;
}

/** The result with its page's shop currency in its source column, for the table. */
const withShop = (result) => ({
  ...result,
  page: { ...result.page, source: `${result.page.source} [${result.page.shopCurrency}]` },
});

const browser = FIREFOX
  ? await (await import('puppeteer-core')).default.launch({
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
      headless: true,
      protocolTimeout: 60000,
      extraPrefsFirefox: { 'network.dns.forceResolve': '127.0.0.1', 'network.trr.mode': 5 },
    })
  : await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: [
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
      ],
    });
try {
  console.log(
    `eval:generic in ${FIREFOX ? 'Firefox ESR' : 'Chromium'}, viewport ${VIEWPORT.width}x${VIEWPORT.height}`,
  );
  const script = await bundleReader();
  const context = FIREFOX ? null : await browser.newContext({ viewport: VIEWPORT, locale: 'en-US' });
  const read = (pages, options) =>
    FIREFOX ? readPagesFirefox(browser, pages, script, options) : readPages(context, pages, script, options);
  const products = await read(productPages);
  const others = await read(otherPages);
  const structured = await read(structuredPages);
  const confirmed = { confirmed: true };
  const productsC = await read(productPages, confirmed);
  const othersC = await read(otherPages, confirmed);
  const structuredC = await read(structuredPages, confirmed);
  table('Product pages, structured data stripped (the price must come from the layout)', products);
  table('Pages that are not one product (search, lists, walls): must record nothing', others);
  table('The three shops with their structured data (structured reader first)', structured);

  console.log('\nBy source (stripped product pages and non-product pages together)');
  const sources = [...new Set([...products, ...others].map((r) => r.page.source))].sort();
  for (const source of sources)
    summary(
      source,
      [...products, ...others].filter((r) => r.page.source === source),
    );
  console.log('\nTotals');
  summary('product pages (stripped)', products);
  summary('non-product pages', others);
  summary('structured pages (as published)', structured);
  const all = summary('all', [...products, ...others, ...structured]);
  console.log(
    `\nprecision ${all.precision.toFixed(3)} (bar 0.97); right price on ${pct(figures(products).recall)} of the stripped product pages (bar 93 %)`,
  );

  console.log(
    "\nWith the shop's currency confirmed (each page read with the currency a user would pick, pages.mjs)",
  );
  const before = new Map([...products, ...others, ...structured].map((r) => [r.page, verdictOf(r)]));
  const changed = [...productsC, ...othersC, ...structuredC].filter(
    (r) => verdictOf(r) !== before.get(r.page),
  );
  if (changed.length) table('Pages whose verdict changed (shop currency in brackets)', changed.map(withShop));
  else console.log('no page changed its verdict');
  summary('product pages (stripped)', productsC);
  summary('non-product pages', othersC);
  summary('structured pages (as published)', structuredC);
  const allC = summary('all', [...productsC, ...othersC, ...structuredC]);
  console.log(
    `\nwith the shop's currency confirmed: precision ${allC.precision.toFixed(3)} (bar 0.97); right price on ${pct(figures(productsC).recall)} of the stripped product pages (bar 93 %)`,
  );
} finally {
  await browser.close();
}

#!/usr/bin/env node
// npm run bench: prints the figures behind the speed and size bars (README, "Benchmarks").
// Runs in headless Debian Chromium, inside a network namespace with loopback only.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const RUNS = Number(process.env.BENCH_RUNS ?? 25);

if (!process.env.COMPS_NETNS) {
  // Re-run inside a fresh network namespace: Chromium then sees loopback and nothing else.
  const inner = `ip link set lo up && COMPS_NETNS=1 exec node --import tsx ${JSON.stringify(fileURLToPath(import.meta.url))}`;
  const result = spawnSync('unshare', ['-n', 'sh', '-c', inner], { stdio: 'inherit', cwd: ROOT });
  if (result.error) {
    console.error(
      `bench: cannot create a network namespace (${result.error.message}); run as root with unshare.`,
    );
    process.exit(1);
  }
  process.exit(result.status ?? 1);
}

const { build } = await import('vite');
const { chromium } = await import('playwright-core');
const { decodeSavedPage } = await import('../../utils/cli/html.ts');

async function bundle() {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    build: {
      write: false,
      minify: true,
      lib: { entry: join(ROOT, 'test/bench/browser-entry.ts'), formats: ['iife'], name: 'compsBench' },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) => result.output);
  return chunks.find((chunk) => chunk.type === 'chunk')?.code ?? '';
}

function contentScriptSizes() {
  const dir = join(ROOT, '.output/chrome-mv3/content-scripts');
  if (!existsSync(dir)) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
  return readdirSync(dir)
    .filter((name) => name.endsWith('.js'))
    .map((name) => {
      const bytes = readFileSync(join(dir, name));
      return { name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    });
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const pad = (text, width) => String(text).padEnd(width);

const SEED_COUNT = Number(process.env.BENCH_LISTINGS ?? 100_000);
const QUERIES = [
  'champion reverse weave hoodie',
  'Nintendo Switch 有機ELモデル',
  'pokemon card',
  'Skullcandy Crusher ANC 2',
  'マリオ',
  'Toyota Camry',
];
/** The search page whose 60 cards the in-page verdicts are timed on. */
const CARDS_PAGE = 'ebay/ebay-com-search-pokemon-2026-s-card.html';
const CHROMIUM_FLAGS = [
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

async function extractionFigures(context, script, pages, port) {
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.evaluate(script);
  console.log(`\nExtraction in headless Chromium (median of ${RUNS} runs per page; bar: 10 ms)`);
  console.log(`${pad('page', 72)} ${pad('site', 22)} ${pad('listings', 9)} median`);
  let slowest = { ms: 0, name: '' };
  const sample = [];
  sample.byFile = new Map();
  for (const [file, url] of Object.entries(pages)) {
    const html = decodeSavedPage(readFileSync(join(ROOT, 'test/fixtures', `${file}.gz`)));
    const result = await page.evaluate(
      ([source, pageUrl, runs]) => globalThis.compsBench.timeExtraction(source, pageUrl, runs),
      [html, url, RUNS],
    );
    sample.push(...result.sample);
    sample.byFile.set(file, result.sample);
    if (result.medianMs > slowest.ms) slowest = { ms: result.medianMs, name: file };
    console.log(
      `${pad(file, 72)} ${pad(result.site ?? '-', 22)} ${pad(result.listings, 9)} ${result.medianMs.toFixed(2)} ms`,
    );
  }
  console.log(`slowest: ${slowest.name} ${slowest.ms.toFixed(2)} ms`);
  await page.close();
  return sample;
}

/** Seeds the extension's own database from its popup page, then times queries and the popup. */
async function referenceFigures(context, script, extensionId, sample) {
  const popupUrl = `chrome-extension://${extensionId}/popup.html`;
  const page = await context.newPage();
  await page.goto(popupUrl);
  await page.evaluate(script); // CDP evaluation is not subject to the page's CSP
  const seeded = await page.evaluate(
    ([base, count]) => globalThis.compsBench.seed('comps', base, count),
    [sample, SEED_COUNT],
  );
  console.log(
    `\nReference with ${seeded.stored.toLocaleString('en')} stored listings (seeded in ${(seeded.seedMs / 1000).toFixed(1)} s)`,
  );
  console.log(`comps query + statistics, median of ${RUNS} runs (bar: 50 ms)`);
  const queries = await page.evaluate(
    ([queries, runs]) => globalThis.compsBench.timeQueries('comps', queries, runs),
    [QUERIES, RUNS],
  );
  for (const { query, medianMs, comps, n } of queries) {
    console.log(
      `  ${pad(JSON.stringify(query), 36)} ${pad(`${comps} comps, n=${n}`, 22)} ${medianMs.toFixed(1)} ms`,
    );
  }
  const cards = await page.evaluate(
    ([cards, runs]) => globalThis.compsBench.timeCards('comps', cards, runs),
    [sample.byFile.get(CARDS_PAGE) ?? [], Math.min(RUNS, 9)],
  );
  console.log(
    `in-page verdicts of one search page (${cards.cards} cards of the saved eBay pokemon search, ${cards.verdicts} with a verdict), median (bar: 300 ms from the cards read to the chips shown): one batched request ${cards.batchedMs.toFixed(0)} ms (its one read-only transaction ${cards.readMs.toFixed(0)} ms, the rest the engine per card); the same one card at a time ${cards.oneByOneMs.toFixed(0)} ms`,
  );
  const mb = (bytes) => (bytes === null ? '?' : `${(bytes / 1024 / 1024).toFixed(0)} MB`);
  const exported = await page.evaluate(() => globalThis.compsBench.timeExport('comps'));
  console.log(
    `\nExport of ${exported.listings.toLocaleString('en')} listings, ${exported.observations.toLocaleString('en')} observations (bar: 5 s)`,
  );
  console.log(`  CSV  ${(exported.exportCsvMs / 1000).toFixed(2)} s, ${mb(exported.csvBytes)}`);
  console.log(`  JSON ${(exported.exportJsonMs / 1000).toFixed(2)} s, ${mb(exported.jsonBytes)}`);
  console.log(`  JS heap: ${mb(exported.baseHeapBytes)} before, ${mb(exported.peakHeapBytes)} at peak`);
  console.log(
    `Import of that JSON into an empty database: ${(exported.importJsonMs / 1000).toFixed(2)} s; again over itself (all unchanged): ${(exported.mergeJsonMs / 1000).toFixed(2)} s`,
  );
  await page.close();

  const opens = [];
  for (let run = 0; run < 7; run++) {
    const popup = await context.newPage();
    await popup.goto(`${popupUrl}?query=${encodeURIComponent(QUERIES[run % QUERIES.length])}`);
    await popup.waitForFunction(
      () => performance.getEntriesByName('comps:reference-rendered').length > 0,
      null,
      {
        timeout: 30_000,
      },
    );
    opens.push(
      await popup.evaluate(() => performance.getEntriesByName('comps:reference-rendered')[0].startTime),
    );
    await popup.close();
  }
  opens.sort((a, b) => a - b);
  console.log(
    `popup: opening to first rendered reference, median of 7 opens (bar: 300 ms): ${opens[3].toFixed(0)} ms`,
  );
}

async function main() {
  const pages = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/pages.json'), 'utf8'));
  const sizes = contentScriptSizes(); // builds the extension when it is not built yet
  const script = await bundle();
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><title>bench</title>');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const extension = join(ROOT, '.output/chrome-mv3');
  const context = await chromium.launchPersistentContext('', {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    const sample = await extractionFigures(context, script, pages, server.address().port);

    console.log(
      "\nContent scripts (.output/chrome-mv3; a page loads only its own site's; bar: 30 kB gzipped)",
    );
    for (const { name, raw, gzip } of sizes)
      console.log(`${pad(name, 30)} ${kb(raw)} raw, ${kb(gzip)} gzipped`);
    const largest = sizes.reduce((max, size) => (size.gzip > max.gzip ? size : max));
    console.log(`largest: ${largest.name} ${kb(largest.gzip)} gzipped`);

    await referenceFigures(context, script, extensionId, sample);
  } finally {
    await context.close();
    server.close();
  }
}

await main();

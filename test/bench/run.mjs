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

async function main() {
  const pages = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/pages.json'), 'utf8'));
  const script = await bundle();
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><title>bench</title>');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({
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
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.evaluate(script);

    console.log(`\nExtraction in headless Chromium (median of ${RUNS} runs per page)`);
    console.log(`${pad('page', 72)} ${pad('site', 22)} ${pad('listings', 9)} median`);
    let slowest = { ms: 0, name: '' };
    for (const [file, url] of Object.entries(pages)) {
      const html = decodeSavedPage(readFileSync(join(ROOT, 'test/fixtures', `${file}.gz`)));
      const result = await page.evaluate(
        ([source, pageUrl, runs]) => globalThis.compsBench.timeExtraction(source, pageUrl, runs),
        [html, url, RUNS],
      );
      if (result.medianMs > slowest.ms) slowest = { ms: result.medianMs, name: file };
      console.log(
        `${pad(file, 72)} ${pad(result.site ?? '-', 22)} ${pad(result.listings, 9)} ${result.medianMs.toFixed(2)} ms`,
      );
    }
    console.log(`slowest: ${slowest.name} ${slowest.ms.toFixed(2)} ms (bar: 10 ms)`);

    console.log('\nContent scripts (.output/chrome-mv3, bar: 30 kB gzipped)');
    for (const { name, raw, gzip } of contentScriptSizes())
      console.log(`${pad(name, 30)} ${kb(raw)} raw, ${kb(gzip)} gzipped`);
  } finally {
    await browser.close();
    server.close();
  }
}

await main();

#!/usr/bin/env node
// npm run test:e2e: the built extension in real headless browsers, offline, on saved pages served
// locally over HTTPS under the marketplaces' real host names.
//
//   E2E_BROWSERS=chromium,firefox,identity   which suites (default all three; identity: the extract
//                                    tool against Chromium on every saved page, see identity.mjs)
//   E2E_BUILD=auto|always|never      rebuild .output/* when sources are newer (default auto)
//   E2E_CHROME_EXT / E2E_FIREFOX_EXT  test another build directory (never rebuilt)
//   E2E_SUITE_TIMEOUT_MS=100000       a suite still running then is killed (browser included)
//   E2E_PAGE_SCRIPTS=1                let the saved pages' own inline scripts run (server.mjs)
//   E2E_ONLY=reliability|action       run only the at-least-once capture check (reliability.mjs) or
//                                     the toolbar-button checks (action.mjs, Chromium)
//   E2E_IDENTITY_PAGES=ebay/,etsy/    identity suite: only the pages whose file name contains one
//
// Each suite runs inside its own network namespace (`unshare -n`) holding only loopback, where it
// starts the fixture server on :443 and its browser: the browser reaches the saved pages and
// nothing else. Output: one `ok - ...` / `not ok - ...` line per check, `# ...` progress lines,
// then `N passed, M failed`; exit status 1 on any failure.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { ROOT } from './server.mjs';

const SELF = fileURLToPath(import.meta.url);
const SUITES = {
  chromium: {
    module: './chromium.mjs',
    build: ['run', 'build'],
    output: '.output/chrome-mv3',
    env: 'E2E_CHROME_EXT',
  },
  firefox: {
    module: './firefox.mjs',
    build: ['run', 'build:firefox'],
    output: '.output/firefox-mv2',
    env: 'E2E_FIREFOX_EXT',
  },
  // Needs no build and no fixture server: it serves the pages itself through Playwright routes.
  identity: { module: './identity.mjs', server: false, timeoutMs: 300000 },
};
// Chromium takes about 60 s (three browser launches: a fresh profile imports the export, another
// captures a 3,000-listing page while its service worker is stopped) plus 20-60 s for the generic
// reader's 59 pages (generic-eval.mjs); Firefox about 40 s; the margin is for a busy machine.
const SUITE_TIMEOUT_MS = Number(process.env.E2E_SUITE_TIMEOUT_MS ?? 300000);

if (process.argv[2] === '--inside') await inside(process.argv[3]);
else await outside();

// ---------------------------------------------------------------------------------------------
// Inside the namespace: one suite, with its own fixture server on :443.

async function inside(name) {
  const { Report } = await import('./checks.mjs');
  const { startServer } = await import('./server.mjs');
  const report = new Report(name);
  try {
    const { port } =
      SUITES[name].server === false
        ? { port: null }
        : await startServer({ port: Number(process.env.E2E_PORT ?? 443) });
    const suite = await import(SUITES[name].module);
    await suite.run(report, { port });
  } catch (error) {
    report.fail('suite', error?.stack ?? error);
  }
  process.exit(report.failed > 0 ? 1 : 0);
}

// ---------------------------------------------------------------------------------------------
// Outside: build if needed, certificate, then each suite in a fresh namespace.

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

function ensureBuilt(name) {
  const suite = SUITES[name];
  if (!suite.build) return;
  if (process.env[suite.env]) return; // a build directory given by hand is used as is
  const mode = process.env.E2E_BUILD ?? 'auto';
  const output = join(ROOT, suite.output);
  if (mode === 'never') return;
  if (mode === 'auto') {
    const sources = [
      'entrypoints',
      'components',
      'storage',
      'utils',
      'public',
      'wxt.config.ts',
      'package.json',
    ];
    const newest = Math.max(...sources.map((path) => newestMtime(join(ROOT, path))));
    const built = existsSync(join(output, 'manifest.json'))
      ? statSync(join(output, 'manifest.json')).mtimeMs
      : 0;
    if (built >= newest) return;
  }
  console.log(`# building ${suite.output} (npm ${suite.build.join(' ')})`);
  const result = spawnSync('npm', suite.build, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`npm ${suite.build.join(' ')} failed`);
}

/** The unshare command that works here: plain as root, or with a user namespace otherwise. */
function namespaceCommand() {
  // -p -f --kill-child: the suite is PID 1 of its own PID namespace, so when it ends (or is killed
  // on timeout) every process it left behind, browsers included, ends with it.
  const tries = [
    ['-n', '-p', '-f', '--kill-child'],
    ['-r', '-n', '-p', '-f', '--kill-child'],
  ];
  const errors = [];
  for (const flags of tries) {
    const probe = spawnSync('unshare', [...flags, 'sh', '-c', 'ip link set lo up'], { encoding: 'utf8' });
    if (probe.status === 0) return flags;
    errors.push(`unshare ${flags.join(' ')}: ${(probe.error?.message ?? probe.stderr ?? '').trim()}`);
  }
  console.error(
    'e2e: cannot create a network namespace with loopback only, which the tests need so the browsers\n' +
      'stay offline. Run as root (or enable unprivileged user namespaces), with util-linux (unshare)\n' +
      `and iproute2 (ip) installed.\n  ${errors.join('\n  ')}`,
  );
  return null;
}

function runSuite(name, flags, tmp) {
  return new Promise((resolve) => {
    const counts = { passed: 0, failed: 0 };
    const started = Date.now();
    const inner = `ip link set lo up && exec node --import tsx ${JSON.stringify(SELF)} --inside ${name}`;
    const child = spawn('unshare', [...flags, 'sh', '-c', inner], {
      cwd: ROOT,
      detached: true, // own process group, killed as a whole on timeout
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, TMPDIR: tmp }, // browser profiles go there, removed afterwards
    });
    const timeoutMs = process.env.E2E_SUITE_TIMEOUT_MS
      ? SUITE_TIMEOUT_MS
      : (SUITES[name].timeoutMs ?? SUITE_TIMEOUT_MS);
    const timer = setTimeout(() => {
      console.log(`not ok - ${name}: suite timed out after ${timeoutMs / 1000} s`);
      counts.failed++;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {}
    }, timeoutMs);
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith('ok - ')) counts.passed++;
      else if (line.startsWith('not ok - ')) counts.failed++;
      console.log(line);
    });
    // Browsers are chatty on stderr; keep it for when a suite dies without reporting.
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code !== 0 && counts.failed === 0) {
        counts.failed++;
        console.log(
          `not ok - ${name}: exited with status ${code}: ${stderr.trim().split('\n').slice(-5).join(' | ')}`,
        );
      }
      console.log(
        `# ${name}: ${counts.passed} passed, ${counts.failed} failed in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
      resolve(counts);
    });
  });
}

async function outside() {
  const wanted = (process.env.E2E_BROWSERS ?? 'chromium,firefox,identity')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = wanted.filter((name) => !SUITES[name]);
  if (unknown.length > 0 || wanted.length === 0) {
    console.log(
      `not ok - e2e: E2E_BROWSERS: unknown ${unknown.join(', ')} (use chromium, firefox, identity)`,
    );
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  const flags = namespaceCommand();
  if (!flags) {
    console.log('not ok - e2e: cannot create a network namespace (see above)');
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  const { makeCertificate } = await import('./server.mjs');
  makeCertificate();
  let passed = 0;
  let failed = 0;
  for (const name of wanted) {
    try {
      ensureBuilt(name);
    } catch (error) {
      console.log(`not ok - ${name}: build: ${error.message}`);
      failed++;
      continue;
    }
    const tmp = mkdtempSync(join(tmpdir(), `comps-e2e-${name}-`));
    try {
      const counts = await runSuite(name, flags, tmp);
      passed += counts.passed;
      failed += counts.failed;
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 || passed === 0 ? 1 : 0);
}

// HTTPS server for the saved pages: answers by Host header + path (with query) from the route
// table in pages.mjs, everything else (images, scripts, styles the pages reference) is a quick
// 404 so that no page waits on it.
//
//   node --import tsx test/e2e/server.mjs [port]    serve by hand (default 8443), e.g. for
//   curl -k --resolve www.ebay.com:8443:127.0.0.1 'https://www.ebay.com:8443/sch/i.html?_nkw=pokemon'
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeSavedPage } from '../../utils/cli/html.ts';
import { hosts, imageHosts, routes } from './pages.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(HERE, '../..');
export const CERT_DIR = join(HERE, 'certs');
const FIXTURES = join(ROOT, 'test/fixtures');

/** A throwaway self-signed certificate whose SAN covers every host served. */
export function makeCertificate(dir = CERT_DIR) {
  mkdirSync(dir, { recursive: true });
  const san = [...hosts, 'localhost'].map((host) => `DNS:${host}`).join(',');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=comps-e2e.invalid',
      '-addext',
      `subjectAltName=${san},IP:127.0.0.1`,
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
}

/**
 * The page as the server sends it: decoded by the same rule as the unit tests and the extract
 * tool (utils/cli/html.ts: gzip undone, `curl -i` headers dropped, the real charset), sent as UTF-8.
 */
export function loadPage(fixture, { strip = false } = {}) {
  const html = decodeSavedPage(readFileSync(join(FIXTURES, fixture)));
  return Buffer.from(strip ? stripStructuredHtml(html) : html, 'utf8');
}

/**
 * A route with `strip: true` is served without its structured price data, as a shop that publishes
 * none: every <script> (JSON-LD, embedded state), the microdata attributes, and og/product price
 * meta removed (the text form of test/generic-eval/strip.ts, enough for the pages used).
 */
export function stripStructuredHtml(html) {
  return html
    .replace(/<script\b[\s\S]*?<\/script>/gi, '')
    .replace(
      /<meta\b[^>]*(property|name)=["'](og:price|product:|og:type|twitter:data|twitter:label)[^>]*>/gi,
      '',
    )
    .replace(/<(meta|link)\b[^>]*\sitemprop=[^>]*>/gi, '')
    .replace(/\s(itemscope|itemtype|itemprop|itemref|itemid)(=("[^"]*"|'[^']*'|[^\s>]*))?(?=[\s/>])/gi, '');
}

/** A 4×4 grey PNG: what an image host of `imageHosts` answers with. */
const PICTURE = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEUlEQVR4nGNYsGQ1HDEQxwEAJBEe8epJJ7sAAAAASUVORK5CYII=',
  'base64',
);

/** Requests to the image hosts, in order: { host, path, referer (null when none was sent) }. */
export const imageRequests = [];

/**
 * Starts the server; resolves to { server, port, hits } once listening. `hits` counts the
 * requests answered with a page, by "host path".
 *
 * Scripts of the saved pages are blocked (CSP `script-src 'none'`) unless a route says
 * `scripts: true` (or E2E_PAGE_SCRIPTS=1 for all): half a page's scripts (inline ones run, bundles 404) make pages behave in ways
 * no user sees, and the content script and test harness are not subject to the page's CSP.
 */
export async function startServer({ port = 443, host = '127.0.0.1', certDir = CERT_DIR } = {}) {
  const table = new Map(routes.map((route) => [`${route.host}${route.path}`, route]));
  const cache = new Map();
  const hits = new Map();
  const server = createServer(
    { key: readFileSync(join(certDir, 'key.pem')), cert: readFileSync(join(certDir, 'cert.pem')) },
    (request, response) => {
      const hostname = (request.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
      const route = request.method === 'GET' ? table.get(`${hostname}${request.url}`) : undefined;
      if (!route && imageHosts.includes(hostname)) {
        imageRequests.push({ host: hostname, path: request.url, referer: request.headers.referer ?? null });
        response.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'no-store' });
        response.end(PICTURE);
        return;
      }
      if (!route) {
        response.writeHead(404, { 'content-type': 'text/plain', 'cache-control': 'no-store' });
        response.end('not a saved page');
        return;
      }
      let page = cache.get(route);
      if (!page) {
        page = loadPage(route.fixture, { strip: route.strip });
        cache.set(route, page);
      }
      const key = `${hostname} ${request.url}`;
      hits.set(key, (hits.get(key) ?? 0) + 1);
      response.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-length': page.length,
        'cache-control': 'no-store',
        ...(route.scripts || process.env.E2E_PAGE_SCRIPTS === '1'
          ? {}
          : { 'content-security-policy': "script-src 'none'" }),
      });
      response.end(page);
    },
  );
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  return { server, port: server.address().port, hits };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!existsSync(join(CERT_DIR, 'cert.pem'))) makeCertificate();
  const { port } = await startServer({ port: Number(process.argv[2] ?? 8443) });
  console.log(`serving ${routes.length} saved pages on https://127.0.0.1:${port}/ for: ${hosts.join(', ')}`);
}

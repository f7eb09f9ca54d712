import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { adapterFor, adapters } from '../../utils/sites';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
/** Files in utils/sites that are shared helpers, not adapters. */
const NOT_ADAPTERS = new Set([
  'index',
  'types',
  'structured',
  'walls',
  'cards',
  'visual-price',
  'visual-measure',
  'page-currency',
]);
/** Fixture folders of saved pages that belong to another adapter or are negative tests only. */
const FIXTURE_OWNER: Record<string, string> = {
  'generic-jsonld': 'generic',
  avito: 'walls',
};

const adapterFiles = readdirSync(join(ROOT, 'utils/sites'))
  .filter((name) => name.endsWith('.ts'))
  .map((name) => name.replace(/\.ts$/, ''))
  .filter((name) => !NOT_ADAPTERS.has(name));

function patternCoversHost(pattern: string, host: string): boolean {
  const patternHost = /^[a-z*]+:\/\/([^/]+)\//.exec(pattern)?.[1] ?? '';
  if (patternHost === '*') return true;
  return patternHost.startsWith('*.')
    ? host === patternHost.slice(2) || host.endsWith(patternHost.slice(1))
    : host === patternHost;
}

describe('site registry', () => {
  it('registers every adapter file, under its file name', () => {
    expect(adapters.map((adapter) => adapter.id).sort()).toEqual([...adapterFiles].sort());
  });

  it('keeps the generic extractor last', () => {
    expect(adapters.at(-1)?.id).toBe('generic');
  });

  for (const adapter of adapters) {
    describe(adapter.id, () => {
      it('has a test file and example URLs', () => {
        expect(existsSync(join(ROOT, `test/sites/${adapter.id}.test.ts`))).toBe(true);
        expect(adapter.examples.length).toBeGreaterThan(0);
      });

      it('has its own content script entrypoint (generic: the runtime-registered one)', () => {
        const entry = adapter.id === 'generic' ? 'generic.content/index.ts' : `${adapter.id}.content.ts`;
        expect(existsSync(join(ROOT, 'entrypoints', entry))).toBe(true);
      });

      it.each(adapter.examples)('claims $url as a $kind page, and no other site adapter does', (example) => {
        const url = new URL(example.url);
        expect(adapterFor(url)?.id).toBe(adapter.id);
        expect(adapter.pageKind(url)).toBe(example.kind);
        const others = adapters.filter(
          (other) => other !== adapter && other.id !== 'generic' && other.claims(url),
        );
        expect(others.map((other) => other.id)).toEqual([]);
      });

      it.each(adapter.examples)('has a match pattern covering $url', (example) => {
        if (adapter.id === 'generic') return; // registered at runtime per origin, by the user
        const host = new URL(example.url).hostname;
        expect(adapter.matches.some((pattern) => patternCoversHost(pattern, host))).toBe(true);
      });
    });
  }

  it('gives every folder of saved pages an adapter (or the wall detector) with a test file', () => {
    const folders = readdirSync(join(ROOT, 'test/fixtures'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    const ids = new Set([...adapters.map((adapter) => adapter.id), 'walls']);
    for (const folder of folders) {
      const owner = FIXTURE_OWNER[folder] ?? folder;
      expect(ids.has(owner), `${folder} has no adapter`).toBe(true);
      expect(existsSync(join(ROOT, `test/sites/${owner}.test.ts`)), `${owner} has no test file`).toBe(true);
    }
  });

  // Match patterns decide where Comps runs and what the install prompt lists: `https://*.amazon.com/*`
  // also covers aws.amazon.com. Each adapter names its marketplace hosts; a wildcard only where the
  // listings live on an open set of subdomains.
  const WILDCARDS: Record<string, string> = {
    'https://*.craigslist.org/*': 'every city is its own subdomain (sfbay., newyork., manchester. ...)',
    'https://*.auctions.yahoo.co.jp/*': 'every host under auctions.yahoo.co.jp is the auction site itself',
  };

  it('names marketplace hosts in its match patterns, wildcards only where listed with a reason', () => {
    const wildcards = adapters
      .flatMap((adapter) => adapter.matches)
      .filter((pattern) => pattern.includes('://*.'));
    expect(wildcards.sort()).toEqual(Object.keys(WILDCARDS).sort());
  });

  it.each([
    'aws.amazon.com',
    'sellercentral.amazon.com',
    'developer.amazon.com',
    'developer.ebay.com',
    'pages.ebay.com',
    'community.ebay.co.uk',
    'login.aliexpress.com',
    'sell.aliexpress.com',
    'login.taobao.com',
    'help.etsy.com',
    'developers.facebook.com',
    'mail.yahoo.co.jp',
    'developers.mercadolibre.com.ar',
    'help.gumtree.com',
  ])('runs no content script on %s', (host) => {
    const covering = adapters.flatMap((adapter) =>
      adapter.matches.filter((pattern) => patternCoversHost(pattern, host)),
    );
    expect(covering).toEqual([]);
  });

  it("covers every saved page's original URL with the patterns of the adapter that claims it", () => {
    const pages = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/pages.json'), 'utf8')) as Record<
      string,
      string
    >;
    const uncovered: string[] = [];
    for (const url of Object.values(pages)) {
      const adapter = adapterFor(new URL(url));
      if (!adapter || adapter.id === 'generic') continue;
      const host = new URL(url).hostname;
      if (!adapter.matches.some((pattern) => patternCoversHost(pattern, host)))
        uncovered.push(`${adapter.id}: ${url}`);
    }
    expect(uncovered).toEqual([]);
  });
});

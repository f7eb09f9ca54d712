/**
 * Bundled by test/bench/run.mjs into one script that runs inside headless Chromium, so the
 * figures are those of the browser the extension runs in, not of Node's DOM emulation.
 */
import { extractPage } from '../../utils/extract-page';
import { adapterFor } from '../../utils/sites';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Parses the saved page as the browser would (scripts inert), then times extraction. */
export function timeExtraction(html: string, pageUrl: string, runs: number) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const url = new URL(pageUrl);
  const adapter = adapterFor(url);
  if (!adapter) return { site: null, listings: 0, medianMs: 0 };
  const times: number[] = [];
  let listings = 0;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    listings = extractPage(adapter, doc, url).listings.length;
    times.push(performance.now() - start);
  }
  return { site: adapter.id, listings, medianMs: median(times) };
}

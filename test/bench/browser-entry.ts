/**
 * Bundled by test/bench/run.mjs into one script that runs inside headless Chromium, so the
 * figures are those of the browser the extension runs in, not of Node's DOM emulation.
 */
import { openDatabase } from '../../storage/db';
import { recordListings } from '../../storage/listings';
import { loadPage, verdictResultsForCards } from '../../storage/reference-batch';
import { referenceFor } from '../../storage/reference-query';
import { median } from '../../utils/comps/stats';
import { extractPage } from '../../utils/extract-page';
import type { Listing } from '../../utils/listing';
import { DEFAULT_RATES } from '../../utils/rates';
import { adapterFor } from '../../utils/sites';
import { benchExport } from './export-bench';

/** Parses the saved page as the browser would (scripts inert), then times extraction. */
export function timeExtraction(html: string, pageUrl: string, runs: number) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const url = new URL(pageUrl);
  const adapter = adapterFor(url);
  if (!adapter) return { site: null, listings: 0, medianMs: 0, sample: [] as Listing[] };
  const times: number[] = [];
  let listings: Listing[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    listings = extractPage(adapter, doc, url).listings;
    times.push(performance.now() - start);
  }
  return { site: adapter.id, listings: listings.length, medianMs: median(times), sample: listings };
}

/** A deterministic pseudo-random sequence, so every run seeds the same database. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const VARIATIONS = [
  '',
  'black',
  'white',
  'blue',
  'used',
  'boxed',
  'L',
  'M',
  'vintage',
  'rare',
  '美品',
  '中古',
  'lot',
];

/**
 * Fills a database with `count` listings made from real ones (the saved pages' listings), each
 * copy with a varied title, a price within ±30 %, sold (60 %) or for sale, seen in the last 180
 * days: realistic titles and token frequencies, not random words.
 */
export async function seed(dbName: string, base: Listing[], count: number) {
  const db = openDatabase(dbName);
  const next = random(42);
  const now = Date.now();
  const start = performance.now();
  const batchSize = 2_000;
  for (let done = 0; done < count; done += batchSize) {
    const batch: Listing[] = [];
    for (let index = done; index < Math.min(count, done + batchSize); index++) {
      const original = base[index % base.length] as Listing;
      const variation = VARIATIONS[Math.floor(next() * VARIATIONS.length)];
      const sold = next() < 0.6;
      const at = new Date(now - next() * 180 * 86_400_000).toISOString();
      batch.push({
        ...original,
        itemId: `${original.itemId}-${index}`,
        title: `${original.title} ${variation}`.trim(),
        price: {
          ...original.price,
          amount: Math.round(original.price.amount * (0.7 + next() * 0.6) * 100) / 100,
        },
        status: sold ? 'sold' : 'active',
        soldAt: sold ? at : undefined,
        related: undefined,
      });
    }
    await recordListings(db, batch, new Date(now - next() * 30 * 86_400_000).toISOString());
  }
  const stored = await db.listings.count();
  db.close();
  return { stored, seedMs: performance.now() - start };
}

/** Median time of `referenceFor` (comparables through the token index + statistics) per query. */
export async function timeQueries(dbName: string, queries: string[], runs: number) {
  const db = openDatabase(dbName);
  const results = [];
  for (const query of queries) {
    const times: number[] = [];
    let comps = 0;
    let n = 0;
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      const result = await referenceFor(db, query, {
        now: new Date(),
        windowDays: 90,
        currency: 'USD',
        rates: DEFAULT_RATES,
        includeShipping: false,
      });
      times.push(performance.now() - start);
      comps = result.comps.length;
      n = result.reference?.n ?? 0;
    }
    results.push({ query, medianMs: median(times), comps, n });
  }
  db.close();
  return results;
}

/**
 * The in-page verdicts of one search page: every card's title looked up with the card as the
 * target, in the one batched request the background answers per page scan; median of `runs`,
 * with the same per-card work done one request at a time (what the popup does per title) beside it.
 */
export async function timeCards(dbName: string, cards: Listing[], runs: number) {
  const db = openDatabase(dbName);
  const options = {
    now: new Date(),
    windowDays: 90,
    autoWiden: true,
    currency: 'USD',
    rates: DEFAULT_RATES,
    includeShipping: false,
  };
  const batched: number[] = [];
  const reads: number[] = [];
  const oneByOne: number[] = [];
  let verdicts = 0;
  const requests = cards.map((card) => ({ query: card.title, target: card }));
  for (let run = 0; run < runs; run++) {
    // What the background runs for a page's verdicts request (entrypoints/background/verdicts.ts).
    let start = performance.now();
    const results = await verdictResultsForCards(db, requests, options);
    batched.push(performance.now() - start);
    verdicts = results.filter(({ result }) => result.verdict).length;
    // Its read alone (one read-only transaction): the rest is the engine's work per card.
    start = performance.now();
    await loadPage(db, requests);
    reads.push(performance.now() - start);
    if (run < 3) {
      start = performance.now();
      for (const card of cards) await referenceFor(db, card.title, { ...options, target: card });
      oneByOne.push(performance.now() - start);
    }
  }
  db.close();
  return {
    cards: cards.length,
    verdicts,
    batchedMs: median(batched),
    readMs: median(reads),
    oneByOneMs: median(oneByOne),
  };
}

/** Export (CSV, JSON) and import times of everything stored, with peak JS heap. */
export async function timeExport(dbName: string) {
  const db = openDatabase(dbName);
  try {
    return await benchExport(db);
  } finally {
    db.close();
  }
}

/**
 * Bundled by test/bench/run.mjs into one script that runs inside headless Chromium, so the
 * figures are those of the browser the extension runs in, not of Node's DOM emulation.
 */
import { findCandidates } from '../../storage/comps';
import { openDatabase, type StoredListing } from '../../storage/db';
import { recordListings } from '../../storage/listings';
import { loadPage, verdictResultsForCards } from '../../storage/reference-batch';
import { referenceFor } from '../../storage/reference-query';
import { foldWhenIdle } from '../../storage/token-stats';
import { buildQuery } from '../../utils/comps/match';
import { median } from '../../utils/comps/stats';
import { extractPage } from '../../utils/extract-page';
import { FIRST_BATCH } from '../../utils/inpage/client';
import type { Listing } from '../../utils/listing';
import { DEFAULT_RATES } from '../../utils/rates';
import { adapterFor } from '../../utils/sites';
import { benchExport, rawWrite, seedFast, timed, timeReindex, timeUpgrade } from './export-bench';

export { seedFast, timeReindex, timeUpgrade };

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
 * The listings compareWrites records, in batches, each with the time it is recorded at: copies of real
 * ones (the saved pages' listings), each with a varied title, a price within ±30 %, sold (60 %)
 * or for sale, seen in the last 180 days: realistic titles and token frequencies, not random words.
 */
function* seedBatches(base: Listing[], count: number, batchSize: number, seed: number, idPrefix: string) {
  const next = random(seed);
  const now = Date.now();
  for (let done = 0; done < count; done += batchSize) {
    const batch: Listing[] = [];
    for (let index = done; index < Math.min(count, done + batchSize); index++) {
      const original = base[index % base.length] as Listing;
      const variation = VARIATIONS[Math.floor(next() * VARIATIONS.length)];
      const sold = next() < 0.6;
      const at = new Date(now - next() * 180 * 86_400_000).toISOString();
      batch.push({
        ...original,
        itemId: `${idPrefix}${original.itemId}-${index}`,
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
    yield { batch, at: new Date(now - next() * 30 * 86_400_000).toISOString() };
  }
}

/** The fast path (bulkPut, token counts included: see seedFast), timed with its peak heap. */
export async function seedFastCounted(dbName: string, base: Listing[], count: number) {
  const { value, timing } = await timed(() => seedFast(dbName, base, count, true));
  return { stored: value.stored, seedMs: timing.ms, peakHeapBytes: timing.peakHeapBytes };
}

/**
 * recordListings beside a plain IndexedDB put of the rows it wrote (listings with their tokens,
 * and their observations) into a database with the same indexes, batch by batch in turn so that
 * both meet the same load: the floor the indexes set, and how far recordListings is from it. Both
 * start empty. Only the two writes are timed (reading back the rows to put is not); the peak JS
 * heap is that of the whole run. Both databases are made here, so no other context holds either
 * (the background holds `comps`, which slows writes into it: test/bench/run.mjs writeFigures).
 */
export async function compareWrites(base: Listing[], count: number, batchSize: number) {
  const suffix = `${Date.now()}-${batchSize}`;
  const recorded = openDatabase(`comps-bench-record-${suffix}`);
  const raw = openDatabase(`comps-bench-raw-${suffix}`);
  try {
    await raw.open();
    const idb = raw.backendDB();
    let recordMs = 0;
    let rawMs = 0;
    let listings = 0;
    const rows = seedBatches(base, count, batchSize, 7, 'w');
    const { timing } = await timed(async () => {
      for (const { batch, at } of rows) {
        let start = performance.now();
        await recordListings(recorded, batch, at);
        recordMs += performance.now() - start;
        const keys = batch.map((listing) => [listing.site, listing.itemId] as [string, string]);
        const written = (await recorded.listings.bulkGet(keys)).filter(
          (row): row is StoredListing => row !== undefined,
        );
        const history = await recorded.history.where('[site+itemId]').anyOf(keys).toArray();
        start = performance.now();
        await rawWrite(idb, written, history);
        rawMs += performance.now() - start;
        listings += written.length;
      }
    });
    // What the background then does once captures pause (entrypoints/background/idle-fold.ts):
    // not the capture's time, but work the writes leave, so it is timed and printed apart.
    const idleStart = performance.now();
    const folded = await foldWhenIdle(recorded);
    const idleFoldMs = performance.now() - idleStart;
    return { listings, batchSize, recordMs, rawMs, idleFoldMs, folded, peakHeapBytes: timing.peakHeapBytes };
  } finally {
    await recorded.delete();
    await raw.delete();
  }
}

/** The value at this fraction of the sorted times (nearest rank). */
function percentile(times: number[], fraction: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))] ?? 0;
}

/**
 * Time of `referenceFor` (comparables through the token index + statistics) per query, p50 and
 * p95 over `runs`, and over all the runs of all the queries; with the token count changes pending
 * in the log (read with the counters at query time) and the peak JS heap.
 */
export async function timeQueries(dbName: string, queries: string[], runs: number) {
  const db = openDatabase(dbName);
  const log = await db.meta.where(':id').between('log:', 'log;').toArray();
  const pendingChanges = log.reduce((sum, row) => sum + row.value, 0);
  const results: {
    query: string;
    medianMs: number;
    p95Ms: number;
    readMs: number;
    candidates: number;
    comps: number;
    n: number;
  }[] = [];
  const all: number[] = [];
  const { timing } = await timed(async () => {
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
      all.push(...times);
      // The candidate read alone (findCandidates: token counts, postings, rows), the rest being
      // the engine's work on what it read.
      const reads: number[] = [];
      let candidates = 0;
      for (let run = 0; run < runs; run++) {
        const start = performance.now();
        candidates = (await findCandidates(db, buildQuery(query))).listings.length;
        reads.push(performance.now() - start);
      }
      results.push({
        query,
        medianMs: median(times),
        p95Ms: percentile(times, 0.95),
        readMs: median(reads),
        candidates,
        comps,
        n,
      });
    }
  });
  db.close();
  return {
    queries: results,
    p50Ms: percentile(all, 0.5),
    p95Ms: percentile(all, 0.95),
    pendingChanges,
    peakHeapBytes: timing.peakHeapBytes,
  };
}

/**
 * The in-page verdicts of one search page, as the content script asks for them (InPageClient):
 * the first screenful of cards in one request, then the rest in another; each is what the
 * background runs for a verdicts message (entrypoints/background/verdicts.ts). Medians of `runs`:
 * the first screenful's chips, all the page's chips, the whole page's one read-only transaction
 * alone, and (3 runs) the same work one card at a time, as the popup does per title.
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
  const first: number[] = [];
  const all: number[] = [];
  const reads: number[] = [];
  const oneByOne: number[] = [];
  let verdicts = 0;
  const requests = cards.map((card) => ({ query: card.title, target: card }));
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const head = await verdictResultsForCards(db, requests.slice(0, FIRST_BATCH), options);
    first.push(performance.now() - start);
    const rest = await verdictResultsForCards(db, requests.slice(FIRST_BATCH), options);
    all.push(performance.now() - start);
    verdicts = [...head, ...rest].filter(({ result }) => result.verdict).length;
    reads.push((await timed(() => loadPage(db, requests, { verdicts: true }))).timing.ms);
    if (run < 3) {
      const oneStart = performance.now();
      for (const card of cards) await referenceFor(db, card.title, { ...options, target: card });
      oneByOne.push(performance.now() - oneStart);
    }
  }
  db.close();
  return {
    cards: cards.length,
    firstCards: Math.min(FIRST_BATCH, cards.length),
    verdicts,
    firstMs: median(first),
    allMs: median(all),
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

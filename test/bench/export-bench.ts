/**
 * Export and import timed inside headless Chromium, on the database the caller seeded, with the
 * peak JS heap of each (bars: under 150 MB for 100,000 listings; export under 5 s; import within
 * 1.3x of a raw IndexedDB put of the same rows with the same indexes, timed in the same run).
 * Bundled with the other bench entry points and called as `compsBench.timeExport(name)`.
 */
import {
  type CompsDatabase,
  listingIndex,
  openDatabase,
  type PriceObservation,
  type StoredListing,
} from '../../storage/db';
import { exportBlob } from '../../storage/export';
import { importFile } from '../../storage/import';
import { withPostings } from '../../storage/postings';
import { reindexStep } from '../../storage/reindex';
import { StatsDelta } from '../../storage/token-stats';
import { ANALYSIS_VERSION } from '../../utils/comps/analysis';
import type { Listing } from '../../utils/listing';
import { openVersion5 } from '../helpers/schema5';

export interface Timed {
  ms: number;
  /** Highest `performance.memory.usedJSHeapSize` sampled while it ran (Chromium), or null. */
  peakHeapBytes: number | null;
}

export interface ExportBenchResult {
  listings: number;
  observations: number;
  /** JS heap after a garbage collection, before the exports. */
  baseHeapBytes: number | null;
  exportCsv: Timed & { bytes: number };
  exportJson: Timed & { bytes: number };
  /** Restoring the JSON export into an empty database (read, check, stage, merge). */
  importJson: Timed | null;
  /** Importing the same JSON again into the database it came from (all unchanged). */
  importAgain: Timed | null;
  /** Raw IndexedDB puts of the rows the import wrote (listings with tokens, history), same indexes. */
  rawPut: Timed | null;
  /** Why the import failed, if it did. */
  importError: string | null;
}

type MemoryPerformance = Performance & { memory?: { usedJSHeapSize: number } };

function heap(): number | null {
  return (performance as MemoryPerformance).memory?.usedJSHeapSize ?? null;
}

/** A full garbage collection when the browser exposes it (`--js-flags=--expose-gc`). */
function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Runs `task`, sampling the JS heap every 10 ms; its time and peak heap. */
export async function timed<T>(task: () => Promise<T>): Promise<{ value: T; timing: Timed }> {
  collect();
  let peak = heap();
  const sample = () => {
    const now = heap();
    if (now !== null && (peak === null || now > peak)) peak = now;
  };
  const timer = setInterval(sample, 10);
  const start = performance.now();
  try {
    const value = await task();
    const ms = performance.now() - start;
    sample();
    return { value, timing: { ms, peakHeapBytes: peak } };
  } finally {
    clearInterval(timer);
  }
}

/** One plain IndexedDB transaction putting these listings and adding these observations. */
export function rawWrite(idb: IDBDatabase, listings: StoredListing[], history: PriceObservation[]) {
  return new Promise<void>((resolve, reject) => {
    const tx = idb.transaction(['listings', 'history'], 'readwrite');
    const listingStore = tx.objectStore('listings');
    const historyStore = tx.objectStore('history');
    for (const row of listings) listingStore.put(row);
    for (const { id: _id, ...row } of history) historyStore.add(row);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

/**
 * Copies every listing and observation of `from` into `to` with plain IndexedDB puts, in the
 * import's batch size, timing only the write transactions: the floor the indexes set.
 */
async function rawPut(from: CompsDatabase, to: CompsDatabase): Promise<Timed> {
  await to.open();
  const idb = to.backendDB();
  const write = (listings: StoredListing[], history: PriceObservation[]) => rawWrite(idb, listings, history);
  let ms = 0;
  let peak = heap();
  let last: [string, string] | null = null;
  for (;;) {
    const page: StoredListing[] = await (last
      ? from.listings.where('[site+itemId]').above(last)
      : from.listings.toCollection()
    )
      .limit(2000)
      .toArray();
    const first = page[0];
    const end = page[page.length - 1];
    if (!first || !end) break;
    const history = await from.history
      .where('[site+itemId]')
      .between([first.site, first.itemId], [end.site, end.itemId], true, true)
      .toArray();
    const start = performance.now();
    await write(page, history);
    ms += performance.now() - start;
    const now = heap();
    if (now !== null && (peak === null || now > peak)) peak = now;
    last = [end.site, end.itemId];
  }
  return { ms, peakHeapBytes: peak };
}

/** Above this many listings only the export and the import into an empty database are timed. */
const FULL_BENCH_LIMIT = 200_000;

export async function benchExport(db: CompsDatabase): Promise<ExportBenchResult> {
  const listings = await db.listings.count();
  const observations = await db.history.count();
  collect();
  const baseHeapBytes = heap();

  const csv = await timed(() => exportBlob(db, { format: 'csv' }));
  const json = await timed(() => exportBlob(db, { format: 'json' }));
  const result: ExportBenchResult = {
    listings,
    observations,
    baseHeapBytes,
    exportCsv: { ...csv.timing, bytes: csv.value.blob.size },
    exportJson: { ...json.timing, bytes: json.value.blob.size },
    importJson: null,
    importAgain: null,
    rawPut: null,
    importError: null,
  };
  const file = json.value.blob;
  const restored = openDatabase(`${db.name}-bench-import`);
  const raw = openDatabase(`${db.name}-bench-raw`);
  try {
    try {
      result.importJson = (await timed(() => importFile(restored, file))).timing;
      // A million listings: the import over itself and the raw put would add most of an hour.
      if (listings > FULL_BENCH_LIMIT) return result;
      result.importAgain = (await timed(() => importFile(db, file))).timing;
    } catch (error) {
      // Seeded data the importer refuses (e.g. a listing that would fail listingSchema).
      result.importError = error instanceof Error ? error.message : String(error);
      return result;
    }
    result.rawPut = await rawPut(restored, raw);
    return result;
  } finally {
    await restored.delete();
    await raw.delete();
  }
}

/** A deterministic pseudo-random sequence, so every run seeds the same database. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const VARIATIONS = ['', 'black', 'white', 'used', 'boxed', 'L', 'M', 'vintage', '美品', '中古', 'lot'];

/**
 * The rows seedFast writes, `batch` listings at a time: listings made from real ones (the saved
 * pages' listings), tokens and title facts included as recordListings stores them (postings are
 * left to the writer), with one observation each and a second (the sale) for 60 %.
 */
function* fastRows(base: Listing[], count: number, batch: number) {
  const next = random(42);
  const now = Date.now();
  for (let done = 0; done < count; done += batch) {
    const listings: StoredListing[] = [];
    const history: PriceObservation[] = [];
    for (let index = done; index < Math.min(count, done + batch); index++) {
      const original = base[index % base.length] as Listing;
      const title = `${original.title} ${VARIATIONS[Math.floor(next() * VARIATIONS.length)]}`.trim();
      const sold = next() < 0.6;
      const seen = new Date(now - (30 + next() * 150) * 86_400_000).toISOString();
      const at = new Date(Date.parse(seen) + next() * 20 * 86_400_000).toISOString();
      const amount = Math.round(original.price.amount * (0.7 + next() * 0.6) * 100) / 100;
      const { related: _related, soldAt: _soldAt, ...rest } = original;
      const listing: StoredListing = {
        ...rest,
        itemId: `${original.itemId}-${index}`,
        title,
        price: { ...original.price, amount },
        status: sold ? 'sold' : 'active',
        ...(sold ? { soldAt: at } : {}),
        firstSeenAt: seen,
        lastSeenAt: sold ? at : seen,
        ...listingIndex(title),
      };
      listings.push(listing);
      const observation = {
        site: listing.site,
        itemId: listing.itemId,
        amount,
        currency: listing.price.currency,
        shipping: listing.shipping === undefined ? undefined : (listing.shipping?.amount ?? null),
      };
      history.push({ ...observation, observedAt: seen, status: 'active' });
      if (sold) history.push({ ...observation, observedAt: at, status: 'sold', soldAt: at });
    }
    yield { listings, history };
  }
}

/**
 * Fills a database with `count` listings (fastRows) straight through bulkPut: the fast path for
 * `BENCH_ONLY=backup` and for the query figures at a million listings (minutes, not hours). With
 * `counts`, each batch also writes its token counts as recordListings does (one log row, folded
 * past 32,000 changes), so comps queries read realistic counts; the export and import do not read
 * them.
 */
export async function seedFast(dbName: string, base: Listing[], count: number, counts = false) {
  const db = openDatabase(dbName);
  const start = performance.now();
  for (const { listings, history } of fastRows(base, count, 5000)) {
    await db.transaction('rw', db.listings, db.history, db.meta, async () => {
      await db.listings.bulkPut(listings.map(withPostings));
      await db.history.bulkAdd(history);
      if (!counts) return;
      const stats = new StatsDelta();
      for (const listing of listings) stats.count(listing, 1);
      await stats.write(db.meta);
    });
  }
  const stored = await db.listings.count();
  db.close();
  return { stored, seedMs: performance.now() - start };
}

/**
 * The one-time upgrade of a schema 5 database (listings indexed by `*tokens`) holding `count`
 * listings to the current schema (schema 6 writes every row's postings): the time the first open
 * after the update takes, with its peak JS heap.
 */
export async function timeUpgrade(base: Listing[], count: number) {
  const name = `comps-bench-upgrade-${Date.now()}`;
  const v5 = openVersion5(name);
  for (const { listings, history } of fastRows(base, count, 5000))
    await v5.transaction('rw', ['listings', 'history'], async () => {
      await v5.table('listings').bulkPut(listings);
      await v5.table('history').bulkAdd(history);
    });
  v5.close();
  const db = openDatabase(name);
  try {
    const { timing } = await timed(() => db.open());
    return { listings: await db.listings.count(), version: db.verno, ...timing };
  } finally {
    await db.delete();
  }
}

/**
 * The background re-index (storage/reindex.ts) of `count` listings an older title analysis
 * stored, with their token counts: its whole time, its steps, and its longest step (what a capture
 * or a popup's query may wait behind), without the pauses the background leaves between steps.
 */
export async function timeReindex(base: Listing[], count: number) {
  const name = `comps-bench-reindex-${Date.now()}`;
  await seedFast(name, base, count, true);
  const db = openDatabase(name);
  try {
    await db.listings.toCollection().modify((row) => {
      if (row.facts) row.facts.v = ANALYSIS_VERSION - 1;
    });
    let steps = 0;
    let longestMs = 0;
    const { timing } = await timed(async () => {
      for (let more = true; more; steps++) {
        const start = performance.now();
        more = await reindexStep(db);
        longestMs = Math.max(longestMs, performance.now() - start);
      }
    });
    return { listings: await db.listings.count(), steps, longestMs, ...timing };
  } finally {
    await db.delete();
  }
}

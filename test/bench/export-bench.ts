/**
 * Export and import timed inside headless Chromium, on the database the caller seeded (the bar:
 * 100,000 listings with ~1.5 history rows each export in under 5 s). Bundled with the other bench
 * entry points and called as `compsBench.benchExport(db)`.
 */
import {
  type CompsDatabase,
  listingTokens,
  openDatabase,
  type PriceObservation,
  type StoredListing,
} from '../../storage/db';
import { exportBlob } from '../../storage/export';
import { importFile } from '../../storage/import';

export interface ExportBenchResult {
  listings: number;
  observations: number;
  exportCsvMs: number;
  exportJsonMs: number;
  csvBytes: number;
  jsonBytes: number;
  /** Restoring the JSON export into an empty database (read, check, write). */
  importJsonMs: number;
  /** Importing the same JSON again into the database it came from (all unchanged). */
  mergeJsonMs: number;
  /** Why the import failed, if it did (the times are then NaN). */
  importError: string | null;
  /** Highest `performance.memory.usedJSHeapSize` sampled during the exports (Chromium only), or null. */
  peakHeapBytes: number | null;
  /** The same before the exports, for comparison. */
  baseHeapBytes: number | null;
}

function heap(): number | null {
  const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  return memory ? memory.usedJSHeapSize : null;
}

/** Samples the JS heap every 20 ms until stopped; returns the peak. */
function sampleHeap(): () => number | null {
  let peak = heap();
  const timer = setInterval(() => {
    const now = heap();
    if (now !== null && (peak === null || now > peak)) peak = now;
  }, 20);
  return () => {
    clearInterval(timer);
    const now = heap();
    return now !== null && (peak === null || now > peak) ? now : peak;
  };
}

export async function benchExport(db: CompsDatabase): Promise<ExportBenchResult> {
  const listings = await db.listings.count();
  const observations = await db.history.count();
  const baseHeapBytes = heap();
  const stop = sampleHeap();

  let start = performance.now();
  const csv = await exportBlob(db, { format: 'csv' });
  const exportCsvMs = performance.now() - start;

  start = performance.now();
  const json = await exportBlob(db, { format: 'json' });
  const exportJsonMs = performance.now() - start;
  const peakHeapBytes = stop();

  const restored = openDatabase(`${db.name}-bench-import`);
  try {
    let importJsonMs = Number.NaN;
    let mergeJsonMs = Number.NaN;
    let importError: string | null = null;
    try {
      start = performance.now();
      await importFile(restored, json);
      importJsonMs = performance.now() - start;
      start = performance.now();
      await importFile(db, json);
      mergeJsonMs = performance.now() - start;
    } catch (error) {
      // Seeded data the importer refuses (e.g. a listing that would fail listingSchema).
      importError = error instanceof Error ? error.message : String(error);
    }
    return {
      importError,
      listings,
      observations,
      exportCsvMs,
      exportJsonMs,
      csvBytes: csv.size,
      jsonBytes: json.size,
      importJsonMs,
      mergeJsonMs,
      peakHeapBytes,
      baseHeapBytes,
    };
  } finally {
    await restored.delete();
  }
}

/**
 * Seeds `count` plausible listings (half of them with a second, later price) in batches, for
 * running the bench by hand: `await compsBench.seedExportBench(openDatabase('bench'), 100_000)`.
 */
export async function seedExportBench(db: CompsDatabase, count: number): Promise<void> {
  const sites = ['ebay', 'mercari-jp', 'yahoo-auctions-jp', 'amazon'];
  const base = Date.parse('2026-01-01T00:00:00.000Z');
  const batch = 5000;
  for (let start = 0; start < count; start += batch) {
    const listings: StoredListing[] = [];
    const history: PriceObservation[] = [];
    for (let i = start; i < Math.min(count, start + batch); i++) {
      const site = sites[i % sites.length] ?? 'ebay';
      const itemId = `bench${String(i).padStart(8, '0')}`;
      const seen = new Date(base + i * 60_000).toISOString();
      const later = new Date(base + i * 60_000 + 86_400_000).toISOString();
      const title = `Sony WH-1000XM${(i % 5) + 1} wireless headphones, used, ${i % 2 ? 'black' : 'silver'} #${i}`;
      const amount = 50 + (i % 250) + (i % 100) / 100;
      const changed = i % 2 === 0;
      const state = {
        site,
        itemId,
        url: `https://example.com/${site}/item/${itemId}`,
        title,
        price: { amount: changed ? amount - 5 : amount, currency: site.endsWith('-jp') ? 'JPY' : 'USD' },
        shipping: i % 3 ? null : { amount: 7.5, currency: 'USD' },
        status: changed ? ('sold' as const) : ('active' as const),
        condition: 'Pre-Owned',
        imageUrl: `https://example.com/img/${itemId}.jpg`,
        firstSeenAt: seen,
        lastSeenAt: changed ? later : seen,
        tokens: listingTokens(title),
      };
      listings.push(state);
      const shipping = state.shipping === null ? null : state.shipping.amount;
      history.push({
        site,
        itemId,
        observedAt: seen,
        amount,
        currency: state.price.currency,
        shipping,
        status: 'active',
      });
      if (changed)
        history.push({
          site,
          itemId,
          observedAt: later,
          amount: amount - 5,
          currency: state.price.currency,
          shipping,
          status: 'sold',
        });
    }
    await db.transaction('rw', db.listings, db.history, async () => {
      await db.listings.bulkPut(listings);
      await db.history.bulkAdd(history);
    });
  }
}

export { openDatabase };

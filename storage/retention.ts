import { listingKey } from '../utils/listing';
import type { CompsDatabase, PriceObservation } from './db';
import { rebuildTokenStats } from './token-stats';

/**
 * Retention: keep everything (months = 0, the default) or drop what is older than N months.
 *
 * The rule, with cutoff = now minus N calendar months:
 * - a listing last seen before the cutoff (`lastSeenAt` < cutoff) is deleted with its whole price
 *   history and the hand-made choices about it: nothing about it is younger than the cutoff;
 * - a listing seen since keeps its row; its observations older than the cutoff are deleted, EXCEPT
 *   its latest observation, which is never deleted (a listing still on sale at the same price since
 *   two years has one, old, observation: it stays, so every listing keeps a price history).
 *
 * It runs in small transactions (500 listings, 2,000 observations each), so capture and the
 * pages are never blocked for long, and it can be stopped at any point without leaving anything
 * half done: each step is complete in itself. Run it again and it continues.
 */

export interface RetentionResult {
  listings: number;
  observations: number;
  choices: number;
}

export interface RetentionOptions {
  listingChunk?: number;
  observationChunk?: number;
  onProgress?: (done: number, total: number) => void;
}

/** now minus `months` calendar months, as an ISO 8601 date-time. */
export function retentionCutoff(months: number, now: Date): string {
  const cutoff = new Date(now.getTime());
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff.toISOString();
}

function breathe(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function later(a: PriceObservation, b: PriceObservation): boolean {
  return a.observedAt > b.observedAt || (a.observedAt === b.observedAt && (a.id ?? 0) > (b.id ?? 0));
}

export async function applyRetention(
  db: CompsDatabase,
  months: number,
  now: Date = new Date(),
  options: RetentionOptions = {},
): Promise<RetentionResult> {
  const result: RetentionResult = { listings: 0, observations: 0, choices: 0 };
  if (!Number.isFinite(months) || months <= 0) return result;
  const cutoff = retentionCutoff(months, now);
  const listingChunk = Math.max(1, options.listingChunk ?? 500);
  const observationChunk = Math.max(1, options.observationChunk ?? 2000);

  // 1. Listings not seen since the cutoff, with their history.
  const staleKeys = await db.listings.where('lastSeenAt').below(cutoff).primaryKeys();
  const oldIds = await db.history.where('observedAt').below(cutoff).primaryKeys();
  const total = staleKeys.length + oldIds.length;
  const deleted = new Set<string>();
  for (let start = 0; start < staleKeys.length; start += listingChunk) {
    const chunk = staleKeys.slice(start, start + listingChunk);
    await db.transaction('rw', db.listings, db.history, async () => {
      // Seen again since the keys were read? Then it stays.
      const rows = await db.listings.bulkGet(chunk);
      const keys = chunk.filter((_key, index) => {
        const row = rows[index];
        return row !== undefined && row.lastSeenAt < cutoff;
      });
      if (keys.length === 0) return;
      const ids = await db.history.where('[site+itemId]').anyOf(keys).primaryKeys();
      await db.listings.bulkDelete(keys);
      await db.history.bulkDelete(ids);
      result.listings += keys.length;
      result.observations += ids.length;
      for (const [site, itemId] of keys) deleted.add(listingKey(site, itemId));
    });
    options.onProgress?.(Math.min(start + listingChunk, staleKeys.length), total);
    await breathe();
  }
  if (deleted.size > 0) {
    result.choices = await db.choices
      .filter((choice) => deleted.has(listingKey(choice.site, choice.itemId)))
      .delete();
  }

  // 2. Old observations of the listings that stay, but never a listing's latest one.
  for (let start = 0; start < oldIds.length; start += observationChunk) {
    const chunk = oldIds.slice(start, start + observationChunk);
    await db.transaction('rw', db.history, async () => {
      const rows = (await db.history.bulkGet(chunk)).filter(
        (row): row is PriceObservation => row !== undefined,
      );
      if (rows.length === 0) return;
      const keys = new Map<string, [string, string]>();
      for (const row of rows) keys.set(listingKey(row.site, row.itemId), [row.site, row.itemId]);
      const latest = new Map<string, PriceObservation>();
      for (const row of await db.history
        .where('[site+itemId]')
        .anyOf([...keys.values()])
        .toArray()) {
        const key = listingKey(row.site, row.itemId);
        const best = latest.get(key);
        if (!best || later(row, best)) latest.set(key, row);
      }
      const doomed = rows
        .filter(
          (row) => row.observedAt < cutoff && latest.get(listingKey(row.site, row.itemId))?.id !== row.id,
        )
        .map((row) => row.id as number);
      if (doomed.length > 0) await db.history.bulkDelete(doomed);
      result.observations += doomed.length;
    });
    options.onProgress?.(staleKeys.length + Math.min(start + observationChunk, oldIds.length), total);
    await breathe();
  }
  // Listings went: the token counts are counted again (they only steer ranking).
  if (result.listings > 0) await rebuildTokenStats(db);
  return result;
}

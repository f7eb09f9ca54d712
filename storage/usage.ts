import Dexie from 'dexie';
import type { CompsDatabase } from './db';
import { rebuildTokenStats, TOTAL_KEY } from './token-stats';

/** What the options page shows about storage, and deleting a site's data or everything. */

export interface StorageEstimateInfo {
  /** Bytes used by this extension's origin (IndexedDB, caches...). */
  usage: number | null;
  quota: number | null;
}

/** navigator.storage.estimate(), or null where the browser has no StorageManager. */
export async function estimateStorage(): Promise<StorageEstimateInfo | null> {
  const manager = globalThis.navigator?.storage;
  if (!manager?.estimate) return null;
  try {
    const { usage, quota } = await manager.estimate();
    return { usage: usage ?? null, quota: quota ?? null };
  } catch {
    return null;
  }
}

/** Whether the browser promised not to evict this data; null when it cannot tell. */
export async function isPersisted(): Promise<boolean | null> {
  const manager = globalThis.navigator?.storage;
  if (!manager?.persisted) return null;
  try {
    return await manager.persisted();
  } catch {
    return null;
  }
}

/** Asks for persistent storage; the browser may grant it, refuse it, or ask the user. */
export async function requestPersistence(): Promise<boolean | null> {
  const manager = globalThis.navigator?.storage;
  if (!manager?.persist) return null;
  try {
    return await manager.persist();
  } catch {
    return null;
  }
}

export interface SiteCounts {
  site: string;
  listings: number;
  observations: number;
}

function siteRange(site: string): [unknown, unknown] {
  return [
    [site, Dexie.minKey],
    [site, Dexie.maxKey],
  ];
}

/** Listings and price observations stored for one site. */
export async function countSite(db: CompsDatabase, site: string): Promise<SiteCounts> {
  const [lower, upper] = siteRange(site);
  const [listings, observations] = await Promise.all([
    db.listings.where('site').equals(site).count(),
    db.history.where('[site+itemId]').between(lower, upper, true, true).count(),
  ]);
  return { site, listings, observations };
}

/** Counts for every site that has listings, most listings first. */
export async function countBySite(db: CompsDatabase): Promise<SiteCounts[]> {
  const sites = (await db.listings.orderBy('site').uniqueKeys()) as string[];
  const counts = await Promise.all(sites.map((site) => countSite(db, site)));
  return counts.sort((a, b) => b.listings - a.listings || (a.site < b.site ? -1 : 1));
}

export async function countAll(db: CompsDatabase): Promise<{ listings: number; observations: number }> {
  const [listings, observations] = await Promise.all([db.listings.count(), db.history.count()]);
  return { listings, observations };
}

export interface DeleteResult {
  listings: number;
  observations: number;
  choices: number;
}

/** Deletes one site's listings, their history and the choices about them, in one transaction. */
export async function deleteSite(db: CompsDatabase, site: string): Promise<DeleteResult> {
  const [lower, upper] = siteRange(site);
  const result = await db.transaction('rw', db.listings, db.history, db.choices, async () => {
    const listings = await db.listings.where('[site+itemId]').between(lower, upper, true, true).delete();
    const observations = await db.history.where('[site+itemId]').between(lower, upper, true, true).delete();
    const choices = await db.choices.filter((choice) => choice.site === site).delete();
    return { listings, observations, choices };
  });
  await rebuildTokenStats(db);
  return result;
}

/** Deletes every listing, observation and choice (settings are kept). */
export async function deleteEverything(db: CompsDatabase): Promise<DeleteResult> {
  return db.transaction('rw', db.listings, db.history, db.choices, db.meta, async () => {
    const counts = {
      listings: await db.listings.count(),
      observations: await db.history.count(),
      choices: await db.choices.count(),
    };
    await Promise.all([db.listings.clear(), db.history.clear(), db.choices.clear(), db.meta.clear()]);
    await db.meta.put({ key: TOTAL_KEY, value: 0 });
    return counts;
  });
}

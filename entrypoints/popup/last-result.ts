/**
 * The card of the last answer for a query, kept to show at once when the popup opens on that
 * query again, marked as the last result while the fresh one is computed (and replaced by it).
 * Only what the card and the tally need is kept (no comps, no lists), in the extension's own
 * localStorage: synchronous to read, so it costs nothing to look.
 */
import type { Settings } from '../../storage/settings';
import type { ReferenceResult } from '../../utils/comps/reference';
import { listingKey } from '../../utils/listing';
import { type OpenTab, targetOf } from './data';

const STORE = 'comps:last-results';
/** Queries remembered; the oldest is dropped first. */
const KEEP = 30;

export interface LastResult {
  result: ReferenceResult;
  /** When it was computed (ISO 8601). */
  at: string;
}

/** Everything the answer depends on besides the stored listings. */
export function lastResultKey(query: string, settings: Settings, tab: OpenTab | null): string {
  const own = query === tab?.page?.query;
  const target = own ? targetOf(tab?.page ?? null) : undefined;
  return JSON.stringify([
    query,
    settings.displayCurrency,
    settings.windowDays,
    settings.windowChosen,
    settings.includeShipping,
    settings.rates,
    target ? listingKey(target.site, target.itemId) : null,
    own ? (tab?.page?.keys.length ?? 0) : 0,
  ]);
}

function readAll(): [string, LastResult][] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORE) ?? '[]');
    return Array.isArray(parsed) ? (parsed as [string, LastResult][]) : [];
  } catch {
    return [];
  }
}

export function readLastResult(key: string): LastResult | null {
  const found = readAll().find(([stored]) => stored === key)?.[1];
  return found?.result?.query !== undefined && found.result.tally ? found : null;
}

/** The card's part of a result: the evidence lists are left out (they are shown fresh only). */
function cardOnly(result: ReferenceResult): ReferenceResult {
  return {
    ...result,
    comps: [],
    excluded: [],
    groups: [],
    trend: { sold: [], asking: [], slope: result.trend.slope },
  };
}

export function saveLastResult(key: string, result: ReferenceResult, at = new Date()): void {
  try {
    const rest = readAll().filter(([stored]) => stored !== key);
    const next: [string, LastResult][] = [[key, { result: cardOnly(result), at: at.toISOString() }], ...rest];
    localStorage.setItem(STORE, JSON.stringify(next.slice(0, KEEP)));
  } catch {
    // Storage full or unavailable: the popup just computes, as without it.
  }
}

/**
 * Runs the labelled set through the real path: each page extracted as the content script would
 * (utils/cli/pages.ts), recorded into a fresh IndexedDB at the entry's `now` (storage/listings.ts),
 * the engine asked as the popup and `npm run reference` ask it (engine.ts), its answer scored
 * against the labels. Needs an IndexedDB: `fake-indexeddb/auto` (the vitest setup, run.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../storage/db';
import { recordListings } from '../../storage/listings';
import { extractSavedPage } from '../../utils/cli/pages';
import type { Listing } from '../../utils/listing';
import { askEngine, readEngine } from './engine';
import type { EngineReading, EvalEntry, EvalPage, Ref, Tag } from './types';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const SNIPPETS = join(import.meta.dirname, 'snippets');
const PAGE_URLS: Record<string, string> = JSON.parse(readFileSync(join(FIXTURES, 'pages.json'), 'utf8'));

export const refOf = (listing: { site: string; itemId: string }): Ref => `${listing.site}:${listing.itemId}`;

export function pageSource(page: EvalPage): { file: string; url: string } {
  if ('snippet' in page) return { file: join(SNIPPETS, page.snippet), url: page.url };
  const url = PAGE_URLS[page.fixture];
  if (!url) throw new Error(`no URL for ${page.fixture} in test/fixtures/pages.json`);
  return { file: join(FIXTURES, `${page.fixture}.gz`), url };
}

const extracted = new Map<string, Listing[]>();

/** What the content script records from a page (cached: several entries share pages). */
export function listingsOf(page: EvalPage): Listing[] {
  const source = pageSource(page);
  const key = `${source.file} ${source.url}`;
  let listings = extracted.get(key);
  if (!listings) {
    listings = extractSavedPage(source).listings;
    extracted.set(key, listings);
  }
  return listings;
}

export interface EntryResult {
  entry: EvalEntry;
  reading: EngineReading;
  /** Picked by both. */
  truePositives: Ref[];
  /** Chosen by the engine, not by a careful person (unsure ones left out). */
  falsePositives: Ref[];
  /** Picked by a careful person, not by the engine. */
  misses: Ref[];
  /** The reference lands in the expected range, or is correctly "not enough". */
  referenceOk: boolean;
  /** One line on the reference: what was expected and what came. */
  referenceNote: string;
  /** Labelled comps the adapters did not record from the pages (a label error unless `waitsFor`). */
  unread: Ref[];
}

let runs = 0;

export async function evaluateEntry(entry: EvalEntry): Promise<EntryResult> {
  const listings = entry.pages.flatMap(listingsOf);
  const db = openDatabase(`comps-eval-${process.pid}-${++runs}-${entry.id}`);
  let reading: EngineReading;
  try {
    await recordListings(db, listings, new Date(entry.now).toISOString());
    reading = readEngine(await askEngine(db, entry));
  } finally {
    await db.delete();
  }
  const labelled = new Set(entry.comps);
  const unsure = new Set(entry.unsure ?? []);
  const chosen = new Set(reading.chosen);
  const read = new Set(listings.map(refOf));
  const { expected } = entry;
  let referenceOk: boolean;
  let referenceNote: string;
  const got = reading.reference
    ? `${Math.round(reading.reference.median * 100) / 100} ${entry.currency} (${reading.reference.basis})`
    : 'not enough';
  if (expected === 'not-enough') {
    referenceOk = reading.reference === null;
    referenceNote = `expected not enough, got ${got}`;
  } else {
    const [low, high] = expected.range;
    referenceOk =
      reading.reference !== null &&
      reading.reference.median >= low &&
      reading.reference.median <= high &&
      (!expected.basis || expected.basis === reading.reference.basis);
    referenceNote = `expected ${low}–${high} ${entry.currency}${expected.basis ? ` (${expected.basis})` : ''}, got ${got}`;
  }
  return {
    entry,
    reading,
    truePositives: [...chosen].filter((ref) => labelled.has(ref)),
    falsePositives: [...chosen].filter((ref) => !labelled.has(ref) && !unsure.has(ref)),
    misses: [...labelled].filter((ref) => !chosen.has(ref)),
    referenceOk,
    referenceNote,
    unread: [...labelled].filter((ref) => !read.has(ref)),
  };
}

export interface Figures {
  queries: number;
  truePositives: number;
  falsePositives: number;
  misses: number;
  /** Micro-averaged over the queries: all picks pooled. 1 when nothing was chosen. */
  precision: number;
  recall: number;
  /** Queries whose reference is in range or correctly "not enough". */
  referenceOk: number;
}

export function figures(results: readonly EntryResult[]): Figures {
  const sum = (pick: (result: EntryResult) => number) => results.reduce((total, r) => total + pick(r), 0);
  const truePositives = sum((r) => r.truePositives.length);
  const falsePositives = sum((r) => r.falsePositives.length);
  const misses = sum((r) => r.misses.length);
  return {
    queries: results.length,
    truePositives,
    falsePositives,
    misses,
    precision: truePositives + falsePositives ? truePositives / (truePositives + falsePositives) : 1,
    recall: truePositives + misses ? truePositives / (truePositives + misses) : 1,
    referenceOk: sum((r) => (r.referenceOk ? 1 : 0)),
  };
}

export interface Evaluation {
  results: EntryResult[];
  /** Entries whose adapters read their pages: the figures that count. */
  ready: EntryResult[];
  /** Entries waiting for an adapter fix, reported apart. */
  waiting: EntryResult[];
  overall: Figures;
  waitingFigures: Figures;
  everything: Figures;
  byTag: Map<Tag, Figures>;
}

export async function evaluate(entries: readonly EvalEntry[]): Promise<Evaluation> {
  const results: EntryResult[] = [];
  for (const entry of entries) results.push(await evaluateEntry(entry));
  const ready = results.filter((r) => !r.entry.waitsFor);
  const waiting = results.filter((r) => r.entry.waitsFor);
  const tags = [...new Set(ready.flatMap((r) => r.entry.tags))].sort();
  return {
    results,
    ready,
    waiting,
    overall: figures(ready),
    waitingFigures: figures(waiting),
    everything: figures(results),
    byTag: new Map(tags.map((tag) => [tag, figures(ready.filter((r) => r.entry.tags.includes(tag)))])),
  };
}

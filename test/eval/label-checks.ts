/**
 * The checks of a labelled set against its pages, as the adapters read them (no engine involved):
 * every labelled listing is on its pages, in the period, not ended unsold, and the expected reference
 * follows from the labelled prices by the policy written at the top of test/eval/set.ts. Used by the
 * main set's test (reference-eval.test.ts) and the held-out set's (holdout-labels.test.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Listing } from '../../utils/listing';
import { convert, DEFAULT_RATES } from '../../utils/rates';
import { listingsOf, refOf } from './evaluate';
import type { EvalEntry, Ref } from './types';

const DAY_MS = 86_400_000;
const TIMEOUT_MS = 600_000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = (sorted.length - 1) / 2;
  return ((sorted[Math.floor(middle)] as number) + (sorted[Math.ceil(middle)] as number)) / 2;
}

function pagesOf(entry: EvalEntry): Map<Ref, Listing> {
  return new Map(entry.pages.flatMap(listingsOf).map((listing) => [refOf(listing), listing]));
}

/** What the labels say the reference should be: basis and median, or null for "not enough". */
function labelledReference(entry: EvalEntry, refs: readonly Ref[]) {
  const read = pagesOf(entry);
  const listings = refs.map((ref) => read.get(ref)).filter((listing) => listing !== undefined);
  const amounts = (status: string) =>
    listings
      .filter((listing) => listing.status === status)
      .map((listing) =>
        convert(listing.price.amount, listing.price.currency ?? '', entry.currency, DEFAULT_RATES),
      )
      .filter((amount) => amount !== undefined);
  const sold = amounts('sold');
  if (sold.length > 0) return sold.length >= 3 ? { basis: 'sold', median: median(sold) } : null;
  const asking = amounts('active');
  return asking.length >= 3 ? { basis: 'asking', median: median(asking) } : null;
}

export function describeLabels(name: string, set: readonly EvalEntry[], minQueries: number): void {
  describe(name, () => {
    // Reading the pages once (cached for every check below) takes a while on a busy machine.
    beforeAll(() => {
      for (const entry of set) for (const page of entry.pages) listingsOf(page);
    }, TIMEOUT_MS);

    it(`has at least ${minQueries} queries with unique ids, tags, pages and no listing both picked and unsure`, () => {
      expect(set.length).toBeGreaterThanOrEqual(minQueries);
      expect(new Set(set.map((entry) => entry.id)).size).toBe(set.length);
      for (const entry of set) {
        expect(entry.tags.length, entry.id).toBeGreaterThan(0);
        expect(entry.pages.length, entry.id).toBeGreaterThan(0);
        expect(new Set(entry.comps).size, entry.id).toBe(entry.comps.length);
        expect(
          entry.comps.filter((ref) => entry.unsure?.includes(ref)),
          entry.id,
        ).toEqual([]);
        if (entry.expected !== 'not-enough') {
          const [low, high] = entry.expected.range;
          expect(low, entry.id).toBeLessThan(high);
        }
      }
    });

    it('labels only listings the adapters read from the pages (unless the entry waits for an adapter)', () => {
      for (const entry of set.filter((e) => !e.waitsFor)) {
        const read = pagesOf(entry);
        expect(
          [...entry.comps, ...(entry.unsure ?? [])].filter((ref) => !read.has(ref)),
          entry.id,
        ).toEqual([]);
      }
    });

    it('picks no ended-unsold listing and no sale outside the period', () => {
      for (const entry of set) {
        const read = pagesOf(entry);
        const start =
          typeof entry.period === 'number'
            ? Date.parse(entry.now) - entry.period * DAY_MS
            : Number.NEGATIVE_INFINITY;
        for (const ref of entry.comps) {
          const listing = read.get(ref);
          if (!listing) continue;
          expect(listing.status, `${entry.id} ${ref}`).not.toBe('ended');
          if (listing.soldAt)
            expect(Date.parse(listing.soldAt), `${entry.id} ${ref}`).toBeGreaterThanOrEqual(start);
        }
      }
    });

    it('expects the reference the labelled prices give, with or without the unsure listings', () => {
      for (const entry of set) {
        const read = pagesOf(entry);
        // Entries waiting for an adapter may label listings it cannot read yet: checked once it can.
        if (entry.comps.some((ref) => !read.has(ref))) continue;
        for (const refs of [entry.comps, [...entry.comps, ...(entry.unsure ?? [])]]) {
          const labelled = labelledReference(entry, refs);
          if (entry.expected === 'not-enough') {
            expect(labelled, entry.id).toBeNull();
            continue;
          }
          expect(labelled, entry.id).not.toBeNull();
          const [low, high] = entry.expected.range;
          expect(labelled?.median, entry.id).toBeGreaterThanOrEqual(low);
          expect(labelled?.median, entry.id).toBeLessThanOrEqual(high);
          if (entry.expected.basis) expect(labelled?.basis, entry.id).toBe(entry.expected.basis);
        }
      }
    });
  });
}

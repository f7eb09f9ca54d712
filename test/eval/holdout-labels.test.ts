/**
 * The labels of the held-out evaluation set (test/eval/holdout.ts), checked against the pages as the
 * adapters read them, as the main set's are (label-checks.ts). No bar on the engine here: its
 * held-out figures are reported by `npm run eval:reference -- --holdout`, not held to a threshold.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageSource } from './evaluate';
import { HOLDOUT_SET } from './holdout';
import { describeLabels } from './label-checks';
import { EVAL_SET } from './set';

describeLabels('the held-out evaluation set', HOLDOUT_SET, 30);

describe('the held-out set stays apart from the main set', () => {
  it("asks none of the main set's queries over the same pages", () => {
    const key = (entry: (typeof EVAL_SET)[number]) =>
      `${entry.query.toLowerCase()} @ ${entry.pages.map((page) => pageSource(page).file).join(' ')}`;
    const main = new Set(EVAL_SET.map(key));
    expect(HOLDOUT_SET.filter((entry) => main.has(key(entry))).map((entry) => entry.id)).toEqual([]);
    expect(HOLDOUT_SET.filter((entry) => EVAL_SET.some((e) => e.id === entry.id)).map((e) => e.id)).toEqual(
      [],
    );
  });

  it('marks its hand-written pages as such, and the entries made of them only', () => {
    for (const entry of HOLDOUT_SET) {
      const snippets = entry.pages.filter((page) => 'snippet' in page);
      for (const page of snippets)
        expect(readFileSync(pageSource(page).file, 'utf8'), entry.id).toMatch(
          /^<!-- HAND-WRITTEN SNIPPET for the reference evaluation \(test\/eval\/holdout\.ts\), NOT a saved page\./,
        );
      expect(entry.snippet === true, entry.id).toBe(snippets.length === entry.pages.length);
    }
  });
});

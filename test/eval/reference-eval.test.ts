/**
 * The labelled evaluation of the reference (test/eval/set.ts).
 *
 * 1. The labels themselves, checked against the pages as the adapters read them (no engine
 *    involved): every labelled listing is on its pages, in the period, not ended unsold, and the
 *    expected reference follows from the labelled prices by the policy written in set.ts.
 * 2. The bars of issue 8 on the engine: precision ≥ 0.95 and recall ≥ 0.90 over the ready queries,
 *    every ready query's reference in its range or correctly "not enough".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type Evaluation, evaluate } from './evaluate';
import { describeLabels } from './label-checks';
import { EVAL_SET } from './set';

const TIMEOUT_MS = 600_000;

describeLabels('the labelled evaluation set', EVAL_SET, 45);

describe('the engine on the labelled set (npm run eval:reference)', () => {
  let evaluation: Evaluation;
  beforeAll(async () => {
    evaluation = await evaluate(EVAL_SET);
  }, TIMEOUT_MS);

  it('scores every query and keeps the entries waiting for an adapter apart', () => {
    expect(evaluation.results).toHaveLength(EVAL_SET.length);
    expect(evaluation.ready.length + evaluation.waiting.length).toBe(EVAL_SET.length);
    expect(evaluation.waiting.every((result) => result.entry.waitsFor)).toBe(true);
    expect(evaluation.overall.queries).toBe(evaluation.ready.length);
  });

  it('meets the bars: precision ≥ 0.95, recall ≥ 0.90, every reference in range or correctly "not enough"', () => {
    const failing = evaluation.ready.filter((result) => !result.referenceOk);
    expect(evaluation.overall.precision).toBeGreaterThanOrEqual(0.95);
    expect(evaluation.overall.recall).toBeGreaterThanOrEqual(0.9);
    expect(failing.map((result) => `${result.entry.id}: ${result.referenceNote}`)).toEqual([]);
  });
});

/**
 * npm run eval:reference [-- --holdout] [-- --verbose] [-- <entry id> ...]
 *
 * Prints, per query of the labelled set (test/eval/set.ts; with --holdout the held-out set,
 * test/eval/holdout.ts, which the engine was never tuned on), the precision and recall of the comps
 * the engine chose and whether its reference lands in the expected range; then the overall figures
 * (micro-averaged over the queries whose adapters are ready), the same per tag, and the queries
 * waiting for an adapter fix apart. --verbose lists every wrong pick and miss with its title.
 */
import 'fake-indexeddb/auto';
import { type EntryResult, type Evaluation, evaluate, type Figures, listingsOf, refOf } from './evaluate';
import { HOLDOUT_SET } from './holdout';
import { EVAL_SET } from './set';
import type { Ref } from './types';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const holdout = args.includes('--holdout');
const [SET, SET_FILE] = holdout ? [HOLDOUT_SET, 'test/eval/holdout.ts'] : [EVAL_SET, 'test/eval/set.ts'];
const only = args.filter((arg) => !arg.startsWith('--'));

const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
const ratio = (part: number, whole: number) => (whole ? part / whole : 1);

function figureLine(label: string, f: Figures): string {
  return `${label.padEnd(16)} queries ${String(f.queries).padStart(3)}  precision ${pct(f.precision).padStart(6)}  recall ${pct(f.recall).padStart(6)}  reference ok ${f.referenceOk}/${f.queries}  (picked ${f.truePositives}, wrong ${f.falsePositives}, missed ${f.misses})`;
}

function titleOf(result: EntryResult, ref: Ref): string {
  for (const page of result.entry.pages)
    for (const listing of listingsOf(page)) if (refOf(listing) === ref) return listing.title;
  return '(not on the pages)';
}

function entryLines(result: EntryResult): string[] {
  const tp = result.truePositives.length;
  const precision = ratio(tp, tp + result.falsePositives.length);
  const recall = ratio(tp, tp + result.misses.length);
  const lines = [
    `${result.referenceOk ? 'ok  ' : 'FAIL'} ${result.entry.id.padEnd(30)} P ${pct(precision).padStart(6)}  R ${pct(recall).padStart(6)}  ${result.referenceNote}`,
  ];
  if (result.unread.length && !result.entry.waitsFor)
    lines.push(`     ! labelled but not read from the pages: ${result.unread.join(' ')}`);
  if (verbose) {
    lines.push(`     query: ${result.entry.query}`);
    const why = (ref: Ref) => result.reading.why.get(ref) ?? 'not a candidate';
    for (const ref of result.falsePositives)
      lines.push(`     + wrong pick ${ref}  ${titleOf(result, ref)}  [${why(ref)}]`);
    for (const ref of result.misses)
      lines.push(`     - missed     ${ref}  ${titleOf(result, ref)}  [${why(ref)}]`);
  }
  return lines;
}

function report(evaluation: Evaluation): string {
  const lines: string[] = [`Reference evaluation (${SET_FILE})`, ''];
  for (const result of evaluation.ready) lines.push(...entryLines(result));
  if (evaluation.waiting.length) {
    lines.push('', 'Waiting for an adapter fix (not in the overall figures):');
    for (const result of evaluation.waiting)
      lines.push(...entryLines(result).map((line, i) => (i ? line : `${line}  [${result.entry.waitsFor}]`)));
  }
  lines.push('', 'Per tag (ready queries):');
  for (const [tag, f] of evaluation.byTag) lines.push(figureLine(tag, f));
  lines.push(
    '',
    figureLine('OVERALL (ready)', evaluation.overall),
    figureLine('waiting', evaluation.waitingFigures),
    figureLine('all queries', evaluation.everything),
  );
  return lines.join('\n');
}

const entries = only.length ? SET.filter((entry) => only.includes(entry.id)) : SET;
evaluate(entries).then(
  (evaluation) => process.stdout.write(`${report(evaluation)}\n`),
  (error: Error) => {
    console.error(error.stack ?? error.message);
    process.exit(2);
  },
);

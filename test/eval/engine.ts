/**
 * The only place the evaluation touches the comps engine: how it is asked (the call
 * utils/cli/reference.ts makes) and how its answer is read. When the engine's result changes
 * shape (groups, kinds, excluded reasons…), adapt `askEngine` and `readEngine` here and nothing else.
 */
import type { CompsDatabase } from '../../storage/db';
import { referenceFor } from '../../storage/reference-query';
import { DEFAULT_SETTINGS } from '../../storage/settings';
import { DEFAULT_RATES } from '../../utils/rates';
import type { EngineReading, EvalEntry, Period, Ref } from './types';

/** Named through referenceFor, so the engine's files can move without touching this module. */
type ReferenceResult = Awaited<ReturnType<typeof referenceFor>>;

/** Today's engine takes a number of days; "all" is a window longer than any recorded history. */
function windowDays(period: Period): number {
  if (period === 'all') return 36_500;
  if (period === 'default') return DEFAULT_SETTINGS.windowDays;
  return period;
}

export function askEngine(db: CompsDatabase, entry: EvalEntry): Promise<ReferenceResult> {
  return referenceFor(db, entry.query, {
    now: new Date(entry.now),
    windowDays: windowDays(entry.period),
    currency: entry.currency,
    rates: DEFAULT_RATES,
    includeShipping: false,
  });
}

/**
 * Today: every listing in `comps` with a sold or asking price is counted or shown as an outlier
 * of the reference (ended-unsold and unknown-status ones are listed but never counted);
 * `reference` is null or not `enough` when the engine says there is not enough.
 */
export function readEngine(result: ReferenceResult): EngineReading {
  const chosen = result.comps
    .filter((comp) => comp.status === 'sold' || comp.status === 'active')
    .map((comp): Ref => `${comp.site}:${comp.itemId}`);
  const { reference } = result;
  return {
    chosen,
    reference: reference?.enough ? { median: reference.median, basis: reference.basis } : null,
  };
}

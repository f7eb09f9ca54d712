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

/** "all" is all time (null); "default" is the popup's default period, which widens by itself. */
function windowDays(period: Period): number | null {
  if (period === 'all') return null;
  if (period === 'default') return DEFAULT_SETTINGS.windowDays;
  return period;
}

export function askEngine(db: CompsDatabase, entry: EvalEntry): Promise<ReferenceResult> {
  return referenceFor(db, entry.query, {
    now: new Date(entry.now),
    windowDays: windowDays(entry.period),
    autoWiden: entry.period === 'default',
    currency: entry.currency,
    rates: DEFAULT_RATES,
    includeShipping: false,
  });
}

/**
 * Every listing in `comps` is counted, shown as an outlier, or shown apart as an asking price of
 * the query's kind and condition (other kinds, conditions and ended-unsold ones are in `excluded`);
 * `reference` is null or not `enough` when the engine says there is not enough.
 */
export function readEngine(result: ReferenceResult): EngineReading {
  const chosen = result.comps
    .filter((comp) => comp.status === 'sold' || comp.status === 'active')
    .map((comp): Ref => `${comp.site}:${comp.itemId}`);
  const { reference } = result;
  const why = new Map<Ref, string>();
  for (const comp of result.comps)
    why.set(`${comp.site}:${comp.itemId}`, `${comp.status}${comp.outlier ? ', outlier' : ''}`);
  for (const item of result.excluded) {
    const detail = item.kind ? ` ${item.kind.id}${item.kind.type ? `:${item.kind.type}` : ''}` : '';
    why.set(
      `${item.site}:${item.itemId}`,
      `${item.reason}${detail}${item.condition ? ` ${item.condition}` : ''}`,
    );
  }
  return {
    chosen,
    reference: reference?.enough ? { median: reference.median, basis: reference.basis } : null,
    why,
  };
}

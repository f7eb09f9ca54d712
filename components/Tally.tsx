import type { Tally as TallyCounts } from '../utils/comps/reference';
import { type PluralKey, tn } from '../utils/i18n';

/** Where each part of the tally is listed: the comps, the groups, or the set-aside list. */
const SECTION: Record<Exclude<keyof TallyCounts, 'scope' | 'total'>, string> = {
  counted: 'comps',
  outliers: 'comps',
  asking: 'comps',
  otherKinds: 'groups',
  otherModels: 'groups',
  otherConditions: 'groups',
  setAside: 'set-aside',
  outsidePeriod: 'set-aside',
  notMatching: 'set-aside',
};

function reveal(id: string) {
  const target = document.getElementById(id);
  if (!target) return;
  if (target instanceof HTMLDetailsElement) target.open = true;
  target.scrollIntoView({ block: 'start' });
}

/**
 * "53 listings on this page → 41 counted · 5 outliers · 4 set aside · 3 other kinds": every
 * listing accounted for, each part a link to where its listings are shown with their reasons.
 */
export function Tally({ tally, stale = false }: { tally: TallyCounts; stale?: boolean }) {
  if (tally.total === 0) return null;
  const parts = (Object.keys(SECTION) as (keyof typeof SECTION)[]).filter((part) => tally[part] > 0);
  return (
    <p
      class="tally muted"
      data-total={tally.total}
      data-scope={tally.scope}
      data-stale={stale ? 'true' : undefined}
    >
      {tally.scope === 'page' ? tn('tallyPage', tally.total) : tn('tallyMatches', tally.total)} →{' '}
      {parts.map((part, index) => (
        <span key={part}>
          {index > 0 && ' · '}
          <button
            type="button"
            class="link-button"
            data-part={part}
            data-count={tally[part]}
            // The last result's lists are not shown: nothing to reveal until the fresh one is in.
            disabled={stale}
            onClick={() => reveal(SECTION[part])}
          >
            {tn(`tally_${part}` as PluralKey, tally[part])}
          </button>
        </span>
      ))}
    </p>
  );
}

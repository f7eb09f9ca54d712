import type { CompsDatabase } from '../../storage/db';
import { reindexStep } from '../../storage/reindex';
import { warnOnce } from '../../utils/log';

/** Wait after the background starts: its first work is the page or popup that woke it. */
export const REINDEX_START_MS = 5_000;
/** Pause between steps, so that a capture or a popup's query waits for at most one step. */
export const REINDEX_PAUSE_MS = 200;

/**
 * Walks the stored listings to the current title analysis (storage/reindex.ts) a step at a time,
 * starting a little after the background does. A background stopped midway goes on at its next
 * start; a failed step (a full disk) is tried again then, and reads stay right meanwhile.
 * `stepped` is told after each step (it schedules the idle fold of the token-count log).
 */
export function startReindex(
  db: CompsDatabase,
  stepped: () => void,
  { startMs = REINDEX_START_MS, pauseMs = REINDEX_PAUSE_MS } = {},
): Promise<void> {
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  return (async () => {
    await pause(startMs);
    try {
      while (await reindexStep(db)) {
        stepped();
        await pause(pauseMs);
      }
      stepped();
    } catch (error) {
      warnOnce('reindex', 'Could not re-analyse stored titles (tried again at the next start).', error);
    }
  })();
}

import type { CompsDatabase } from '../../storage/db';
import { foldWhenIdle } from '../../storage/token-stats';
import { warnOnce } from '../../utils/log';

/** Quiet time after the last capture before the token-count log is folded. */
export const IDLE_FOLD_MS = 3_000;

/**
 * A capture only appends its token-count changes to a log (storage/token-stats.ts); this folds
 * the log once captures have paused for IDLE_FOLD_MS, so that the capture a user waits on does
 * not pay for it and a later query reads a short log. Call the returned function after each
 * write. A background stopped before the timer fires loses nothing: the log stays and is
 * folded after a later capture, or by a write when it grows past its bound.
 */
export function idleFolder(db: CompsDatabase, idleMs = IDLE_FOLD_MS, atLeast?: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      foldWhenIdle(db, atLeast).catch((error: unknown) =>
        warnOnce(
          'idle-fold',
          'Could not fold the token counts (they are read with the log meanwhile).',
          error,
        ),
      );
    }, idleMs);
  };
}

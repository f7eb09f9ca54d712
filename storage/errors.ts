/**
 * What a failed IndexedDB write means, whatever shape it arrives in. The browser's DOMException
 * reaches us wrapped by Dexie in several ways:
 * - a failed request inside bulkPut/bulkAdd: `BulkError`, the DOMException in `failures` (an
 *   array) and `failuresByPos` (an object by position);
 * - `ModifyError` (Collection.modify): `failures` too (and its `name` is plain "Error");
 * - an aborted transaction: `AbortError` with the transaction's error in `inner`;
 * - a DOMException mapped to Dexie's class of the same name (`QuotaExceededError`, `InvalidStateError`),
 *   the original in `inner`; `DatabaseClosedError` / `OpenFailedError` with the cause in `inner`.
 * So the whole tree is walked, not only the top error's name.
 */

interface ErrorNode {
  name?: unknown;
  inner?: unknown;
  cause?: unknown;
  failures?: unknown;
  failuresByPos?: unknown;
}

/** Every error in the tree (the error itself first), depth- and size-limited against cycles. */
function* errorTree(error: unknown, depth = 0): Generator<ErrorNode> {
  if (!error || typeof error !== 'object' || depth > 6) return;
  const node = error as ErrorNode;
  yield node;
  yield* errorTree(node.inner, depth + 1);
  yield* errorTree(node.cause, depth + 1);
  const failures = Array.isArray(node.failures)
    ? node.failures
    : node.failuresByPos && typeof node.failuresByPos === 'object'
      ? Object.values(node.failuresByPos)
      : [];
  // One failure of each name is enough to classify: a bulk of 500 quota errors holds 500 copies.
  const seen = new Set<unknown>();
  for (const failure of failures.slice(0, 50)) {
    const name = (failure as ErrorNode | null)?.name;
    if (seen.has(name)) continue;
    seen.add(name);
    yield* errorTree(failure, depth + 1);
  }
}

function hasName(error: unknown, names: readonly string[]): boolean {
  for (const node of errorTree(error)) if (names.includes(node.name as string)) return true;
  return false;
}

/** The disk (or the browser's quota for this extension) is full. */
export function isQuotaError(error: unknown): boolean {
  return hasName(error, ['QuotaExceededError']);
}

/**
 * The database connection is no longer usable: Firefox, after a disk-full abort, fails the next
 * transactions with InvalidStateError on the same connection; a connection the browser closed gives
 * DatabaseClosedError; Chrome reports some backing-store failures as UnknownError. A fresh
 * connection (close and open again) is the cure; the write itself was rolled back.
 */
export function isConnectionError(error: unknown): boolean {
  return hasName(error, ['InvalidStateError', 'DatabaseClosedError', 'UnknownError']);
}

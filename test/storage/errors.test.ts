import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { type CompsDatabase, openDatabase } from '../../storage/db';
import { isConnectionError, isQuotaError } from '../../storage/errors';
import { recordListings } from '../../storage/listings';
import { failWrites } from '../helpers/idb-faults';
import { freshDbName, makeListing } from '../helpers/listings';

const quota = () =>
  new DOMException('The current transaction exceeded its quota limitations.', 'QuotaExceededError');
const invalidState = () =>
  new DOMException('An attempt was made to use an object that is not usable', 'InvalidStateError');

describe('isQuotaError', () => {
  it.each([
    ['the DOMException itself', quota()],
    [
      'Dexie.BulkError holding it in failures',
      new Dexie.BulkError('bulkPut(): 1 of 3 operations failed', { 1: quota() }),
    ],
    ['Dexie.AbortError with it as inner', new Dexie.AbortError(quota())],
    ['Dexie.ModifyError holding it in failures', new Dexie.ModifyError('modify failed', [quota()], 0, [])],
    ['Dexie.QuotaExceededError (mapped)', new Dexie.QuotaExceededError(quota())],
    ['Dexie.DatabaseClosedError caused by it', new Dexie.DatabaseClosedError(new Dexie.AbortError(quota()))],
    ['an Error with it as cause', new Error('write failed', { cause: quota() })],
  ])('recognises %s', (_name, error) => {
    expect(isQuotaError(error)).toBe(true);
  });

  it.each([
    [
      'a constraint error',
      new Dexie.BulkError('bulkAdd(): 1 of 1 operations failed', {
        0: new DOMException('dup', 'ConstraintError'),
      }),
    ],
    ['a plain Error', new Error('QuotaExceededError in the message only')],
    ['null', null],
    ['a string', 'QuotaExceededError'],
  ])('does not take %s for a full disk', (_name, error) => {
    expect(isQuotaError(error)).toBe(false);
  });
});

describe('isConnectionError', () => {
  it.each([
    ['InvalidStateError after an abort', invalidState()],
    ['Dexie.InvalidStateError (mapped)', new Dexie.InvalidStateError(invalidState())],
    ['Dexie.DatabaseClosedError', new Dexie.DatabaseClosedError()],
    ['Dexie.AbortError of an InvalidStateError', new Dexie.AbortError(invalidState())],
    ['UnknownError (Chrome backing store)', new DOMException('Internal error.', 'UnknownError')],
  ])('recognises %s', (_name, error) => {
    expect(isConnectionError(error)).toBe(true);
  });

  it('does not take a full disk or a constraint error for a broken connection', () => {
    expect(isConnectionError(quota())).toBe(false);
    expect(isConnectionError(new DOMException('dup', 'ConstraintError'))).toBe(false);
  });
});

describe('a quota error on one request of a batch', () => {
  let db: CompsDatabase;
  afterEach(async () => {
    await db?.delete();
  });

  it('reaches the caller as the BulkError Dexie builds, and the whole batch is rolled back', async () => {
    db = openDatabase(freshDbName());
    const stored = makeListing({ title: 'Already stored lamp' });
    await recordListings(db, [stored]);
    const metaBefore = await db.meta.toArray();
    // The listings are written first (bulkPut), the history after (bulkAdd): fail one history row,
    // so the listings half of the batch succeeded before the failure.
    const victim = makeListing({ title: 'Nikon F3 camera body' });
    const restore = failWrites(
      (value, store) => store === 'history' && (value as { itemId?: string }).itemId === victim.itemId,
    );
    let thrown: unknown;
    try {
      await recordListings(db, [
        makeListing(),
        victim,
        { ...stored, price: { amount: 99, currency: 'USD' } },
      ]);
    } catch (error) {
      thrown = error;
    } finally {
      restore();
    }
    expect((thrown as Error)?.name).toBe('BulkError');
    expect((thrown as { failures: Error[] }).failures.map((failure) => failure.name)).toEqual([
      'QuotaExceededError',
    ]);
    expect(isQuotaError(thrown)).toBe(true);
    // Nothing of the batch landed: not the new listings, not the price change, not the counts.
    expect(await db.listings.count()).toBe(1);
    expect((await db.listings.toArray())[0]?.price.amount).toBe(stored.price.amount);
    expect(await db.history.count()).toBe(1);
    expect(await db.meta.toArray()).toEqual(metaBefore);
  });
});

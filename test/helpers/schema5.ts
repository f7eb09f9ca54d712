import Dexie from 'dexie';

/**
 * A database named `name` as schema version 5 (the release before postings) declared it: listings
 * indexed by `*tokens`. Rows written through it are what the previous release stored, for the
 * upgrade's bench and end-to-end check.
 */
export function openVersion5(name: string): Dexie {
  const v5 = new Dexie(name);
  v5.version(5).stores({
    listings: '[site+itemId], site, lastSeenAt, *tokens',
    history: '++id, [site+itemId], observedAt',
    choices: '[query+site+itemId], query',
    meta: 'key',
    staging: 'seq',
  });
  return v5;
}

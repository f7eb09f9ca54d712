import type { CompsDatabase } from '../../storage/db';
import type { QueryOptions } from '../../storage/reference-query';
import type { Listing } from '../../utils/listing';
import { DEFAULT_RATES } from '../../utils/rates';

let counter = 0;

/** A plausible listing for storage tests; override what the test is about. */
export function makeListing(overrides: Partial<Listing> = {}): Listing {
  counter++;
  return {
    site: 'ebay',
    itemId: String(100000000000 + counter),
    url: `https://www.ebay.com/itm/${100000000000 + counter}`,
    title: 'Sony WH-1000XM4 Wireless Noise Cancelling Headphones',
    price: { amount: 120, currency: 'USD' },
    status: 'active',
    ...overrides,
  };
}

/** A database name no other test uses. */
export function freshDbName(): string {
  return `comps-test-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** The token-count log's rows (storage/token-stats.ts), read by their stored key prefix. */
export function logRows(database: CompsDatabase) {
  return database.meta.where(':id').between('log:', 'log;').toArray();
}

/** A query as the popup asks it by default, at `now`: the last 90 days, in US dollars, shipping apart. */
export function usdOptions(now: Date): QueryOptions {
  return { now, windowDays: 90, currency: 'USD', rates: DEFAULT_RATES, includeShipping: false };
}

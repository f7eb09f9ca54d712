/**
 * npm run reference -- --query "<text>" <saved-page.html> --url <url> [<page> --url <url> ...]
 *     [--currency EUR] [--window 90|all] [--now 2026-11-26] [--shipping]
 *
 * Extracts the listings of the saved pages as the content script would, stores them in an
 * in-memory database as the background would, and prints as JSON what the popup would show
 * for the query: the reference, asking prices, comps and what was set aside.
 */
import 'fake-indexeddb/auto';
import { openDatabase } from '../../storage/db';
import { recordListings } from '../../storage/listings';
import { commonCurrency, referenceFor } from '../../storage/reference-query';
import { DEFAULT_SETTINGS } from '../../storage/settings';
import type { ReferenceResult } from '../comps/reference';
import type { Listing } from '../listing';
import { isCurrencyCode } from '../price';
import { DEFAULT_RATES } from '../rates';
import { extractSavedPage, parsePageArguments } from './pages';

const USAGE =
  'usage: npm run reference -- --query "<text>" <saved-page.html> --url <url> [<page> --url <url> ...] ' +
  '[--currency EUR] [--window 90|all] [--now 2026-11-26] [--shipping]';

interface ReferenceArguments {
  query: string;
  currency?: string;
  /** null = all time. */
  windowDays: number | null;
  /** No --window given: the period widens by itself as in the popup. */
  autoWiden: boolean;
  now: Date;
  includeShipping: boolean;
  pages: string[];
}

export function parseReferenceArguments(args: string[]): ReferenceArguments {
  const parsed: ReferenceArguments = {
    query: '',
    windowDays: DEFAULT_SETTINGS.windowDays,
    autoWiden: true,
    now: new Date(),
    includeShipping: false,
    pages: [],
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const value = args[i + 1];
    if (arg === '--shipping') parsed.includeShipping = true;
    else if (['--query', '--currency', '--window', '--now'].includes(arg)) {
      if (value === undefined) throw new Error(`${arg} needs a value\n${USAGE}`);
      i++;
      if (arg === '--query') parsed.query = value;
      else if (arg === '--currency') parsed.currency = value.toUpperCase();
      else if (arg === '--window') {
        parsed.windowDays = value === 'all' ? null : Number(value);
        parsed.autoWiden = false;
      } else parsed.now = new Date(value);
    } else parsed.pages.push(arg);
  }
  if (!parsed.query.trim()) throw new Error(`--query is required\n${USAGE}`);
  if (parsed.windowDays !== null && (!Number.isInteger(parsed.windowDays) || parsed.windowDays < 1))
    throw new Error(`--window takes whole days or "all"\n${USAGE}`);
  if (Number.isNaN(parsed.now.getTime())) throw new Error(`--now takes a date such as 2026-11-26\n${USAGE}`);
  if (parsed.currency && !isCurrencyCode(parsed.currency))
    throw new Error(`--currency takes an ISO code\n${USAGE}`);
  return parsed;
}

/** Rounds for printing (cents; 4 decimals below 1, for weights): the JSON is for people and diffs. */
function round(value: unknown): unknown {
  if (typeof value !== 'number' || Number.isInteger(value)) return value;
  const scale = Math.abs(value) < 1 ? 1e4 : 100;
  return Math.round(value * scale) / scale;
}

export async function runReference(args: string[]): Promise<ReferenceResult> {
  const options = parseReferenceArguments(args);
  const listings: Listing[] = parsePageArguments(options.pages).flatMap(
    (page) => extractSavedPage(page).listings,
  );
  const db = openDatabase(`comps-cli-${process.pid}-${Date.now()}`);
  try {
    await recordListings(db, listings, options.now.toISOString());
    return await referenceFor(db, options.query, {
      now: options.now,
      windowDays: options.windowDays,
      autoWiden: options.autoWiden,
      currency: options.currency ?? commonCurrency(listings) ?? 'USD',
      rates: DEFAULT_RATES,
      includeShipping: options.includeShipping,
      // The saved pages are the pages the user browsed: every listing on them is accounted for.
      pageKeys: listings.map((listing): [string, string] => [listing.site, listing.itemId]),
    });
  } finally {
    await db.delete();
  }
}

runReference(process.argv.slice(2)).then(
  (result) => process.stdout.write(`${JSON.stringify(result, (_key, value) => round(value), 2)}\n`),
  (error: Error) => {
    console.error(error.message);
    process.exit(2);
  },
);

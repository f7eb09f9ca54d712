import type { Runtime } from 'webextension-polyfill';
import { type Listing, listingKey } from '../../utils/listing';
import { warnOnce } from '../../utils/log';
import { type PageViews, pageViewOf } from './page-views';

/**
 * What a shop the user turned on may record, whatever its page claims: the generic reader's
 * listings are keyed by their URL (utils/sites/generic.ts), so
 * - a listing must be on the sender tab's own origin, its id its URL: a shop cannot write over
 *   another shop's record (the origin comes from the browser, not from the page);
 * - one product per page view (see page-views.ts): rewriting the canonical link and JSON-LD in a
 *   loop does not make more listings; the same product again (a price change) is fine;
 * - never a sale: a shop's "SoldOut" means it has none left at its retail price, not that a
 *   second-hand item sold at that price. Such listings are kept as 'ended', without a sold date,
 *   so they stay out of the sold reference (they count as asking prices only while 'active').
 */
export async function screenGenericListings(
  listings: Listing[],
  sender: Runtime.MessageSender,
  pageViews: PageViews,
): Promise<{ kept: Listing[]; rejected: number }> {
  const origin = new URL(sender.url ?? '').origin;
  const view = pageViewOf(sender);
  const kept: Listing[] = [];
  let rejected = 0;
  for (const listing of listings) {
    const problem = problemOf(listing, origin);
    if (problem === null && (await pageViews.claim(view, listingKey(listing.site, listing.itemId)))) {
      kept.push(asRetail(listing));
      continue;
    }
    rejected++;
    warnOnce(
      `generic-${problem ?? 'second'}`,
      problem
        ? `Refused a shop listing from ${origin}: ${problem}.`
        : `Refused a second product from one page view on ${origin}.`,
    );
  }
  return { kept, rejected };
}

function problemOf(listing: Listing, origin: string): string | null {
  let url: URL;
  try {
    url = new URL(listing.url);
  } catch {
    return 'its URL is not a URL';
  }
  if (url.origin !== origin) return `its URL is on another site (${url.origin})`;
  if (listing.itemId !== listing.url) return 'its id is not its URL';
  return null;
}

function asRetail(listing: Listing): Listing {
  const { soldAt: _soldAt, ...rest } = listing;
  return rest.status === 'sold' ? { ...rest, status: 'ended' } : rest;
}

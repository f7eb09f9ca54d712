import type { Runtime } from 'webextension-polyfill';
import { type CompsDatabase, reopenDatabase } from '../../storage/db';
import { isConnectionError, isQuotaError } from '../../storage/errors';
import { type RecordResult, recordListings } from '../../storage/listings';
import { captureMessageSchema, listingSchema } from '../../storage/schema';
import { isCaptureAllowed, type Settings } from '../../storage/settings';
import type { Listing } from '../../utils/listing';
import { describeError, warnOnce } from '../../utils/log';
import type { CaptureReply } from '../../utils/messages';
import { adapterFor } from '../../utils/sites';
import { screenGenericListings } from './generic-capture';
import type { PageViews } from './page-views';

export interface CaptureDeps {
  db: CompsDatabase;
  /** This extension's id: only its own content scripts may send captures. */
  ownId: string;
  settings(): Promise<Settings>;
  /** Called once when the disk is full, to pause capture and tell the user. */
  onStorageFull(): Promise<void>;
  /** Which product each page view of a shop (generic reader) recorded. */
  pageViews: PageViews;
  /** Told after each stored batch (idle-fold.ts). */
  stored?(): void;
}

/**
 * A capture must come from this extension's own content script, running in a tab on a page
 * of the site it claims to capture (for the generic extractor: an origin the user turned on).
 * Anything else (another extension, a web page, a page of site A posting listings of site B)
 * is refused.
 */
export function isTrustedCaptureSender(
  sender: Runtime.MessageSender,
  ownId: string,
  site: string,
  enabledOrigins: readonly string[] = [],
): boolean {
  if (sender.id !== ownId || !sender.tab || !sender.url) return false;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  const adapter = adapterFor(url);
  if (site === 'generic') return adapter?.id === 'generic' && enabledOrigins.includes(url.origin);
  return adapter?.id === site;
}

/** The schema drops a bad optional field (a `javascript:` image, a sale in 9999) to undefined: omit it. */
function withoutDropped(listing: Listing): Listing {
  for (const key of Object.keys(listing) as (keyof Listing)[])
    if (listing[key] === undefined) delete listing[key];
  return listing;
}

/**
 * Stores a batch (one transaction: all of it or none). A connection the browser broke (Firefox
 * after a full disk) is replaced by a fresh one and the batch written once more; the failed
 * attempt was rolled back, so writing it again cannot double anything.
 */
async function storeBatch(db: CompsDatabase, listings: Listing[]): Promise<RecordResult> {
  try {
    return await recordListings(db, listings);
  } catch (error) {
    if (isQuotaError(error) || !isConnectionError(error)) throw error;
    warnOnce('db-reopen', 'The database connection failed; opening it again.', error);
    await reopenDatabase(db);
    return recordListings(db, listings);
  }
}

export async function handleCapture(
  deps: CaptureDeps,
  message: unknown,
  sender: Runtime.MessageSender,
): Promise<CaptureReply> {
  const envelope = captureMessageSchema.safeParse(message);
  if (!envelope.success) {
    warnOnce('capture-shape', 'Ignored a capture message of the wrong shape.', envelope.error.issues[0]);
    return { ok: false, error: 'bad message' };
  }
  const { site, listings } = envelope.data;
  const settings = await deps.settings();
  if (!isTrustedCaptureSender(sender, deps.ownId, site, settings.enabledOrigins)) {
    warnOnce(
      'capture-sender',
      `Ignored a capture message from an untrusted sender (${sender.url ?? 'no url'}).`,
    );
    return { ok: false, error: 'untrusted sender' };
  }
  if (!isCaptureAllowed(settings, site))
    return { ok: true, added: 0, updated: 0, unchanged: 0, paused: true };

  let valid: Listing[] = [];
  let rejected = 0;
  for (const candidate of listings) {
    const parsed = listingSchema.safeParse(candidate);
    if (parsed.success && parsed.data.site === site) valid.push(withoutDropped(parsed.data));
    else {
      rejected++;
      warnOnce(
        `listing-${site}`,
        `Skipped a ${site} listing that failed validation.`,
        parsed.error?.issues[0],
      );
    }
  }
  if (site === 'generic') {
    const screened = await screenGenericListings(valid, sender, deps.pageViews);
    valid = screened.kept;
    rejected += screened.rejected;
  }
  try {
    const result = await storeBatch(deps.db, valid);
    deps.stored?.();
    return { ok: true, ...result, rejected };
  } catch (error) {
    // The transaction rolled back: what was stored before is untouched.
    if (isQuotaError(error)) {
      await deps.onStorageFull();
      return { ok: false, error: 'storage full', rejected };
    }
    warnOnce(`record-${describeError(error)}`, 'Could not store captured listings.', error);
    return { ok: false, error: describeError(error), rejected };
  }
}

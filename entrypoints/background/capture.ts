import type { Runtime } from 'webextension-polyfill';
import type { CompsDatabase } from '../../storage/db';
import { recordListings } from '../../storage/listings';
import { captureMessageSchema, listingSchema } from '../../storage/schema';
import type { Listing } from '../../utils/listing';
import { describeError, warnOnce } from '../../utils/log';
import type { CaptureReply } from '../../utils/messages';
import { adapterFor } from '../../utils/sites';

/**
 * A capture must come from this extension's own content script, running in a tab on a page
 * of the site it claims to capture. Anything else (another extension, a web page, a page of
 * site A posting listings of site B) is refused.
 */
export function isTrustedCaptureSender(sender: Runtime.MessageSender, ownId: string, site: string): boolean {
  if (sender.id !== ownId || !sender.tab || !sender.url) return false;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  return adapterFor(url)?.id === site;
}

export async function handleCapture(
  db: CompsDatabase,
  message: unknown,
  sender: Runtime.MessageSender,
  ownId: string,
): Promise<CaptureReply> {
  const envelope = captureMessageSchema.safeParse(message);
  if (!envelope.success) {
    warnOnce('capture-shape', 'Ignored a capture message of the wrong shape.', envelope.error.issues[0]);
    return { ok: false, error: 'bad message' };
  }
  const { site, listings } = envelope.data;
  if (!isTrustedCaptureSender(sender, ownId, site)) {
    warnOnce(
      'capture-sender',
      `Ignored a capture message from an untrusted sender (${sender.url ?? 'no url'}).`,
    );
    return { ok: false, error: 'untrusted sender' };
  }
  const valid: Listing[] = [];
  let rejected = 0;
  for (const candidate of listings) {
    const parsed = listingSchema.safeParse(candidate);
    if (parsed.success && parsed.data.site === site) valid.push(parsed.data);
    else {
      rejected++;
      warnOnce(
        `listing-${site}`,
        `Skipped a ${site} listing that failed validation.`,
        parsed.error?.issues[0],
      );
    }
  }
  try {
    const result = await recordListings(db, valid);
    return { ok: true, ...result, rejected };
  } catch (error) {
    // The transaction rolled back: what was stored before is untouched.
    warnOnce(`record-${describeError(error)}`, 'Could not store captured listings.', error);
    return { ok: false, error: describeError(error), rejected };
  }
}

import { extractPage } from './extract-page';
import { type Listing, listingKey } from './listing';
import { type CaptureReply, MAX_BATCH, type PageInfoReply } from './messages';
import { pageQuery } from './page-query';
import type { SiteAdapter } from './sites/types';

export type SendBatch = (listings: Listing[]) => Promise<unknown>;

export interface DeliveryOptions {
  /**
   * Waits before each new attempt at a batch the background did not confirm; after the last one
   * the page gives up (with a console warning) until it changes or is shown again.
   */
  backoffMs?: readonly number[];
  schedule?: (run: () => void, ms: number) => unknown;
  cancel?: (handle: unknown) => void;
  warn?: (message: string, detail?: unknown) => void;
  /**
   * Forget unconfirmed listings of a previous URL when the page navigates (client-side): for the
   * generic reader, whose background accepts one product per page view, judged by the tab's URL
   * at the time of sending.
   */
  forgetOnNavigation?: boolean;
  /** Told the listings of every read of the page (the in-page display follows the scans). */
  onRead?: (listings: Listing[], url: URL) => void;
}

/** About five minutes of attempts: enough for a service worker to restart many times over. */
export const DEFAULT_BACKOFF_MS = [1000, 2000, 4000, 8000, 15000, 30000, 60000, 60000, 60000, 60000];

/** Replies that mean "never send this again": retrying cannot change them. */
const REFUSALS = new Set(['bad message', 'untrusted sender']);

type Outcome = { kind: 'confirmed' | 'paused' } | { kind: 'refused' | 'failed'; reason: string };

function outcomeOf(reply: unknown): Outcome {
  const typed = reply as CaptureReply | null | undefined;
  if (typed?.ok === true) return { kind: typed.paused ? 'paused' : 'confirmed' };
  const reason = typeof typed?.error === 'string' ? typed.error : `no confirmation (${String(reply)})`;
  if (typed?.ok === false && REFUSALS.has(reason)) return { kind: 'refused', reason };
  return { kind: 'failed', reason };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What identifies a sighting worth sending again: the same card with a new price or status is. */
function signature(listing: Listing): string {
  return [listing.site, listing.itemId, listing.price.amount, listing.price.currency, listing.status].join(
    '\u0000',
  );
}

/**
 * Extracts the listings of the page and delivers the ones not delivered yet. Called on load, then
 * again whenever the page grows (infinite scroll, "see more") or navigates client-side.
 *
 * Delivery is at least once: a listing stays pending until the background confirms the batch that
 * carried it (`{ok: true}`); a send that throws (the MV3 service worker was stopped mid-reply), an
 * `{ok: false}` (storage full, a failed write) or no reply at all is tried again with growing waits,
 * and the background's site + id key makes a repeat harmless. A `paused` reply is an answer, not a
 * failure: the user paused capture, and what was seen meanwhile is not kept for later.
 */
export class PageWatcher {
  /** Signatures the background answered for (stored, paused, or refused for good). */
  private readonly settled = new Set<string>();
  /** Listings extracted and not confirmed yet, by signature, in page order. */
  private readonly pending = new Map<string, Listing>();
  private pageKeys: [string, string][] = [];
  private pageUrl = '';
  private sending = false;
  private attempt = 0;
  private timer: unknown;
  private readonly backoff: readonly number[];
  private readonly schedule: NonNullable<DeliveryOptions['schedule']>;
  private readonly cancel: NonNullable<DeliveryOptions['cancel']>;
  private readonly warn: NonNullable<DeliveryOptions['warn']>;

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly send: SendBatch,
    private readonly options: DeliveryOptions = {},
  ) {
    this.backoff = options.backoffMs ?? DEFAULT_BACKOFF_MS;
    this.schedule = options.schedule ?? ((run, ms) => setTimeout(run, ms));
    this.cancel = options.cancel ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
    this.warn = options.warn ?? ((message, detail) => console.warn(`[Comps] ${message}`, detail ?? ''));
  }

  /** Listings seen and not confirmed by the background yet. */
  get unconfirmed(): number {
    return this.pending.size;
  }

  /** Reads the page and delivers what is new; resolves once this round of sending is over. */
  async scan(doc: Document, url: URL): Promise<number> {
    if (url.href !== this.pageUrl) {
      this.pageUrl = url.href;
      this.pageKeys = [];
      if (this.options.forgetOnNavigation) this.pending.clear();
    }
    const { listings } = extractPage(this.adapter, doc, url);
    this.options.onRead?.(listings, url);
    const known = new Set(this.pageKeys.map(([site, id]) => listingKey(site, id)));
    let fresh = 0;
    for (const listing of listings) {
      const key = listingKey(listing.site, listing.itemId);
      if (!known.has(key)) {
        known.add(key);
        this.pageKeys.push([listing.site, listing.itemId]);
      }
      const sig = signature(listing);
      if (this.settled.has(sig) || this.pending.has(sig)) continue;
      this.pending.set(sig, listing);
      fresh++;
    }
    // A page that changed is a new chance after giving up; during a backoff, new listings go now
    // (the failure may have passed) while the attempt count keeps growing.
    if (this.timer === undefined) this.attempt = 0;
    if (fresh > 0 || this.timer === undefined) await this.flush();
    return fresh;
  }

  /** The page is shown again (visibilitychange): try what is still unconfirmed, from the start. */
  async resume(): Promise<void> {
    if (this.pending.size === 0) return;
    this.attempt = 0;
    await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.sending) return; // the running round takes what was just added
    this.sending = true;
    if (this.timer !== undefined) this.cancel(this.timer);
    this.timer = undefined;
    try {
      while (this.pending.size > 0) {
        const batch = [...this.pending].slice(0, MAX_BATCH);
        let outcome: Outcome;
        try {
          outcome = outcomeOf(await this.send(batch.map(([, listing]) => listing)));
        } catch (error) {
          outcome = { kind: 'failed', reason: describe(error) };
        }
        if (outcome.kind === 'failed') {
          this.retryLater(outcome.reason);
          return;
        }
        if (outcome.kind === 'refused')
          this.warn(`The extension refused ${batch.length} listings of this page (${outcome.reason}).`);
        for (const [sig] of batch) {
          this.pending.delete(sig);
          this.settled.add(sig);
        }
        this.attempt = 0;
      }
    } finally {
      this.sending = false;
    }
  }

  private retryLater(reason: string) {
    const wait = this.backoff[this.attempt];
    if (wait === undefined) {
      this.warn(
        `${this.pending.size} listings of this page are not stored: the extension did not confirm them after ${this.attempt + 1} tries (${reason}). They are sent again when the page changes or is shown again.`,
      );
      this.attempt = 0;
      return;
    }
    this.attempt++;
    this.timer = this.schedule(() => {
      this.timer = undefined;
      void this.flush();
    }, wait);
  }

  info(doc: Document, url: URL): PageInfoReply {
    const extraction = extractPage(this.adapter, doc, url);
    return {
      ...extraction,
      pageUrl: url.href,
      query: pageQuery(this.adapter, doc, url, extraction.listings),
      keys: this.pageKeys,
    };
  }
}

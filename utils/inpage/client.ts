/**
 * The content script's side of the in-page display: small on purpose (it is in every site's
 * content script; no Preact, no zod, no Dexie). After each scan it asks the background, in one
 * request, for the verdicts of the cards that have none yet, then hands them to the in-page view,
 * which it loads only then (utils/inpage/types.ts VIEW_KEY). When the settings turn the display
 * off it removes everything at once.
 */
import { inPageShown, type Settings } from '../../storage/settings';
import type { Listing, PageKind } from '../listing';
import {
  type CardVerdict,
  MAX_BATCH,
  type PanelDetail,
  type VerdictsMessage,
  type VerdictsReply,
} from '../messages';
import type { InPageView } from './types';

export interface InPageDeps {
  site: string;
  send(message: unknown): Promise<unknown>;
  /** Loads the view (a dynamic import of the separate in-page script). */
  load(): Promise<InPageView>;
  settings(): Promise<Settings>;
  onSettingsChanged(listener: (settings: Settings) => void): void;
  /** performance.mark, for the benchmark's "cards read → chips shown". */
  mark?(name: string): void;
  warn?(message: string, detail?: unknown): void;
}

const RETRY_MS = 1000;

interface Scan {
  listings: Listing[];
  url: string;
  kind: PageKind | null;
}

/**
 * Cards asked for first, in page order: about the first screenful of a search page. The cost of a
 * request grows with the cards' distinct titles (each reads its own comps), so the cards the user
 * looks at first get their chips in a fraction of the whole page's time; the rest follow.
 */
export const FIRST_BATCH = 12;

/** The cards to ask for, in requests: the first screenful, then up to MAX_BATCH a message. */
function batches(cards: Listing[]): Listing[][] {
  const out = [cards.slice(0, FIRST_BATCH)];
  for (let start = FIRST_BATCH; start < cards.length; start += MAX_BATCH)
    out.push(cards.slice(start, start + MAX_BATCH));
  return out;
}

/** A card's verdict holds while its price does; an item page's is asked again on each page view. */
function signature(listing: Listing, kind: PageKind | null, url: string): string {
  return [
    listing.site,
    listing.itemId,
    listing.price.amount,
    listing.price.currency,
    kind === 'item' ? url : '',
  ].join('\u0000');
}

export class InPageClient {
  private settings: Settings | null = null;
  private readonly verdicts = new Map<string, CardVerdict>();
  private currency = '';
  private panel: PanelDetail | undefined;
  private view: InPageView | undefined;
  private last: Scan | null = null;
  private queue: Promise<void> = Promise.resolve();
  /** The page view (URL) the background was last told shows nothing: it cleared the tab's badge. */
  private offSentFor = '';
  private keysUrl = '';
  private readonly pageKeys = new Map<string, [string, string]>();
  private readonly warn: NonNullable<InPageDeps['warn']>;

  constructor(private readonly deps: InPageDeps) {
    this.warn = deps.warn ?? ((message, detail) => console.warn(`[Comps] ${message}`, detail ?? ''));
    deps.onSettingsChanged((settings) => {
      // Any change may change every verdict (period, currency, shipping) or turn the display off.
      this.settings = settings;
      this.verdicts.clear();
      this.offSentFor = '';
      this.view?.clear();
      if (this.last) void this.update(this.last.listings, this.last.url, this.last.kind);
    });
  }

  /** After a scan read `listings` on `url`: show what is missing. Updates run one after another. */
  update(listings: Listing[], url: string, kind: PageKind | null): Promise<void> {
    this.last = { listings, url, kind };
    this.queue = this.queue
      .then(() => this.run({ listings, url, kind }))
      .catch((error: unknown) => this.warn('could not show prices on this page.', error));
    return this.queue;
  }

  private async run({ listings, url, kind }: Scan): Promise<void> {
    this.settings ??= await this.deps.settings();
    if (url !== this.keysUrl) {
      this.keysUrl = url;
      this.pageKeys.clear();
    }
    for (const listing of listings)
      this.pageKeys.set(`${listing.site}\u0000${listing.itemId}`, [listing.site, listing.itemId]);
    if (!kind || !inPageShown(this.settings, this.deps.site, kind)) {
      this.view?.clear();
      if (this.offSentFor !== url) {
        this.offSentFor = url;
        // An empty request: the background clears this tab's badge (an item page seen before).
        await this.ask({ cards: [], url, kind });
      }
      return;
    }
    const own = listings.filter((listing) => !listing.related);
    const cards = kind === 'item' ? own.slice(0, 1) : own;
    if (cards.length === 0) return;
    const missing = cards.filter((card) => !this.verdicts.has(signature(card, kind, url)));
    if (missing.length === 0) {
      await this.show(cards, url, kind);
      return;
    }
    this.deps.mark?.('comps:cards-read');
    for (const batch of batches(missing)) {
      const reply = await this.ask({
        cards: batch,
        url,
        kind,
        ...(kind === 'item' ? { pageKeys: [...this.pageKeys.values()] } : {}),
      });
      if (!reply?.ok || reply.off || !reply.verdicts) {
        if (reply?.off) this.view?.clear();
        return;
      }
      this.currency = reply.currency ?? this.currency;
      if (reply.panel) this.panel = reply.panel;
      const byId = new Map(reply.verdicts.map((verdict) => [verdict.itemId, verdict]));
      for (const card of batch) {
        const verdict = byId.get(card.itemId);
        if (verdict) this.verdicts.set(signature(card, kind, url), verdict);
      }
      await this.show(cards, url, kind);
    }
  }

  /** Shows every card of the scan that has its verdict (the view skips those already shown). */
  private async show(cards: Listing[], url: string, kind: PageKind): Promise<void> {
    const ready = cards.flatMap((listing) => {
      const verdict = this.verdicts.get(signature(listing, kind, url));
      return verdict ? [{ listing, verdict }] : [];
    });
    if (ready.length === 0) return;
    this.view ??= await this.deps.load();
    const added = this.view.show({
      site: this.deps.site,
      kind,
      currency: this.currency,
      cards: ready,
      ...(kind === 'item' && this.panel?.itemId === ready[0]?.listing.itemId ? { panel: this.panel } : {}),
      onDetails: () => {
        this.deps
          .send({ type: 'open-view' })
          .catch((error: unknown) => this.warn('could not open the view.', error));
      },
    });
    if (added > 0) this.deps.mark?.('comps:inpage-shown');
  }

  private async ask(request: {
    cards: Listing[];
    url: string;
    kind: PageKind | null;
    pageKeys?: [string, string][];
  }): Promise<VerdictsReply | undefined> {
    const message: VerdictsMessage = {
      type: 'verdicts',
      site: this.deps.site,
      pageKind: request.kind,
      pageUrl: request.url,
      cards: request.cards,
      ...(request.pageKeys ? { pageKeys: request.pageKeys } : {}),
    };
    for (let attempt = 0; ; attempt++) {
      try {
        return (await this.deps.send(message)) as VerdictsReply | undefined;
      } catch (error) {
        // An MV3 worker stopped mid-reply: once more after a moment, then the next scan asks again.
        if (attempt >= 1) {
          this.warn('could not get verdicts for this page.', error);
          return undefined;
        }
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
      }
    }
  }
}

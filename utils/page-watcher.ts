import { extractPage } from './extract-page';
import { type Listing, listingKey } from './listing';
import { MAX_BATCH, type PageInfoReply } from './messages';
import { pageQuery } from './page-query';
import type { SiteAdapter } from './sites/types';

export type SendBatch = (listings: Listing[]) => Promise<unknown>;

/** What identifies a sighting worth sending again: the same card with a new price or status is. */
function signature(listing: Listing): string {
  return [listing.site, listing.itemId, listing.price.amount, listing.price.currency, listing.status].join(
    '\u0000',
  );
}

/**
 * Extracts the listings of the page and sends the ones not sent yet. Called on load, then
 * again whenever the page grows (infinite scroll, "see more") or navigates client-side.
 */
export class PageWatcher {
  private readonly sent = new Set<string>();
  private pageKeys: [string, string][] = [];
  private pageUrl = '';

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly send: SendBatch,
  ) {}

  async scan(doc: Document, url: URL): Promise<number> {
    if (url.href !== this.pageUrl) {
      this.pageUrl = url.href;
      this.pageKeys = [];
    }
    const { listings } = extractPage(this.adapter, doc, url);
    const known = new Set(this.pageKeys.map(([site, id]) => listingKey(site, id)));
    for (const listing of listings) {
      const key = listingKey(listing.site, listing.itemId);
      if (!known.has(key)) {
        known.add(key);
        this.pageKeys.push([listing.site, listing.itemId]);
      }
    }
    const fresh = listings.filter((listing) => !this.sent.has(signature(listing)));
    for (let start = 0; start < fresh.length; start += MAX_BATCH) {
      const chunk = fresh.slice(start, start + MAX_BATCH);
      await this.send(chunk);
      for (const listing of chunk) this.sent.add(signature(listing));
    }
    return fresh.length;
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

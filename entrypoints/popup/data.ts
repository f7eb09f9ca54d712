import { type CompsDatabase, openDatabase, type StoredListing } from '../../storage/db';
import { getListings, recentListings } from '../../storage/listings';
import { referenceOptions } from '../../storage/reference-options';
import { referenceFor } from '../../storage/reference-query';
import type { Settings } from '../../storage/settings';
import type { ReferenceResult } from '../../utils/comps/reference';
import type { Listing } from '../../utils/listing';
import type { PageInfoMessage, PageInfoReply } from '../../utils/messages';

export interface OpenTab {
  id: number;
  url: string;
  /** What the content script says the page shows; null where Comps does not read the page. */
  page: PageInfoReply | null;
}

let database: CompsDatabase | undefined;
export function db(): CompsDatabase {
  database ??= openDatabase();
  return database;
}

/**
 * The tab the popup is about: the active tab, or the one named by `?tabId=` when the popup is
 * opened as a page (end-to-end tests, or a pinned popup window).
 *
 * Its URL: Comps asks for `activeTab`, not `tabs` (which reads every tab's address and warns
 * "read your browsing history"). Opened from the toolbar, the popup is about the active tab and
 * the click grants that tab's URL. A tab Comps reads tells its URL itself (the content script's
 * page-info reply). A popup opened as a page (`?tabId=`, end-to-end tests) gets no URL from the
 * browser for a tab Comps does not read: the opener passes it as `?url=`, standing in for what
 * the click would grant; only this extension can open its pages, so no web page can set it.
 */
export async function openTab(): Promise<OpenTab | null> {
  const params = new URLSearchParams(location.search);
  const fromUrl = Number(params.get('tabId'));
  const tab =
    Number.isInteger(fromUrl) && fromUrl > 0
      ? await browser.tabs.get(fromUrl).catch(() => undefined)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (tab?.id === undefined) return null;
  let page: PageInfoReply | null = null;
  try {
    const message: PageInfoMessage = { type: 'page-info' };
    page = ((await browser.tabs.sendMessage(tab.id, message)) as PageInfoReply | undefined) ?? null;
  } catch {
    // No content script in that tab: not a supported page.
  }
  const passed = fromUrl > 0 ? params.get('url') : null;
  return { id: tab.id, url: tab.url ?? page?.pageUrl ?? passed ?? '', page };
}

/** The listing the open item page is about (its own, not a carousel's). */
export function targetOf(page: PageInfoReply | null): Listing | undefined {
  return page?.pageKind === 'item' ? page.listings.find((listing) => !listing.related) : undefined;
}

export async function loadReference(
  query: string,
  settings: Settings,
  target?: Listing,
  pageKeys?: [string, string][],
): Promise<ReferenceResult> {
  // The same options as the in-page verdicts (storage/reference-options.ts).
  return referenceFor(db(), query, { ...referenceOptions(settings, new Date()), pageKeys, target });
}

/** The listings the open page sent, or the most recent ones when it sent none. */
export async function pageListings(page: PageInfoReply | null): Promise<StoredListing[]> {
  if (page && page.keys.length > 0) {
    const found = await getListings(db(), page.keys);
    return found.filter((listing): listing is StoredListing => listing !== undefined);
  }
  return recentListings(db());
}

import { type CompsDatabase, openDatabase, type StoredListing } from '../../storage/db';
import { getListings, recentListings } from '../../storage/listings';
import { referenceOptions } from '../../storage/reference-options';
import { referenceFor } from '../../storage/reference-query';
import { loadSettings, type Settings } from '../../storage/settings';
import { buildQuery } from '../../utils/comps/match';
import type { ReferenceResult } from '../../utils/comps/reference';
import type { Listing } from '../../utils/listing';
import type { PageInfoMessage, PageInfoReply } from '../../utils/messages';
import { capQuery } from '../../utils/page-query';

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

/** `?query=` opens the popup on a given query (benchmark, links from the options page). */
// `?query=` opens the popup on a given query (benchmark, links from the options page). It, and the
// page's own query, may be as long as a URL: cut, or a 1 MB query keeps the popup busy for seconds.
const rawQueryParam = new URLSearchParams(location.search).get('query');
export const QUERY_PARAM = rawQueryParam === null ? null : capQuery(rawQueryParam);

/** The query the popup opens on: the one in its address, else the open page's own. */
export function initialQuery(tab: OpenTab | null): string {
  return QUERY_PARAM ?? capQuery(tab?.page?.query ?? '');
}

let loading: { settings: Promise<Settings>; tab: Promise<OpenTab | null> } | undefined;

/**
 * Starts what the first answer needs, all at once, as the popup's script runs (main.tsx): the
 * settings, the open tab (and what its page shows) and the database open do not wait on each
 * other, and the reference for the opening query starts as soon as the first two are in, not
 * after a render. Later calls return the same promises.
 */
export function startLoading() {
  if (!loading) {
    // Opened now so the first query finds it open; a failure shows when that query runs.
    db()
      .open()
      .catch(() => undefined);
    loading = { settings: loadSettings(), tab: openTab() };
    Promise.all([loading.settings, loading.tab]).then(
      ([settings, tab]) => {
        const query = initialQuery(tab);
        // The App asks for the same reference and gets this computation (referenceOnTab).
        if (query.trim()) referenceOnTab(query, settings, tab).catch(() => undefined);
      },
      () => undefined,
    );
    // The term table is compiled on the first title read (tens of ms): done now, while the
    // browser answers for the settings and the tab, instead of after.
    buildQuery('comps');
  }
  return loading;
}

let pending: { key: readonly unknown[]; promise: Promise<ReferenceResult> } | undefined;

/**
 * The reference for `query` on the open tab: the open item is the target only while the query
 * is the page's own, and then every listing of the page is accounted for in the tally. The same
 * arguments twice (startLoading, then the App) share one computation.
 */
export function referenceOnTab(
  query: string,
  settings: Settings,
  tab: OpenTab | null,
  version = 0,
): Promise<ReferenceResult> {
  const key = [query, settings, tab, version];
  if (pending?.key.every((part, index) => part === key[index])) return pending.promise;
  const own = query === tab?.page?.query;
  const page = own ? (tab?.page ?? null) : null;
  const promise = loadReference(query, settings, targetOf(page), page?.keys);
  pending = { key, promise };
  return promise;
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

import { useEffect, useState } from 'preact/hooks';
import { ListingList } from '../../components/ListingList';
import { openDatabase, type StoredListing } from '../../storage/db';
import { getListings, recentListings } from '../../storage/listings';
import type { PageInfoMessage, PageInfoReply } from '../../utils/messages';

interface View {
  page: PageInfoReply | null;
  listings: StoredListing[];
}

/**
 * The tab the popup is about: the active tab, or the one named by `?tabId=` when the popup is
 * opened as a page (end-to-end tests, or a pinned popup window).
 */
async function targetTabId(): Promise<number | undefined> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Asks the tab's content script what it showed; null on pages Comps does not read. */
async function askOpenTab(): Promise<PageInfoReply | null> {
  const tabId = await targetTabId();
  if (tabId === undefined) return null;
  try {
    const message: PageInfoMessage = { type: 'page-info' };
    return ((await browser.tabs.sendMessage(tabId, message)) as PageInfoReply | undefined) ?? null;
  } catch {
    return null; // no content script in that tab
  }
}

async function load(): Promise<View> {
  const db = openDatabase();
  const page = await askOpenTab();
  if (page && page.keys.length > 0) {
    const found = await getListings(db, page.keys);
    return { page, listings: found.filter((listing): listing is StoredListing => listing !== undefined) };
  }
  return { page, listings: await recentListings(db) };
}

export function App() {
  const [view, setView] = useState<View | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    load().then(setView, (reason: unknown) => setError(String(reason)));
  }, []);

  if (error)
    return (
      <main>
        <p role="alert">Comps could not read its history: {error}</p>
      </main>
    );
  if (!view) return <main aria-busy="true" />;
  const onListingPage = view.page !== null && view.page.keys.length > 0;
  return (
    <main>
      <h1>{onListingPage ? 'Listings on this page' : 'Recently seen listings'}</h1>
      {view.listings.length === 0 ? (
        <p class="empty muted">
          Nothing recorded yet. Browse search results or sold listings on eBay and the prices you see will
          collect here, on this computer only.
        </p>
      ) : (
        <ListingList listings={view.listings} />
      )}
    </main>
  );
}

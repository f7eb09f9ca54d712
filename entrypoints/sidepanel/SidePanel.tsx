import { useEffect, useState } from 'preact/hooks';
import type { PageInfoMessage, PageInfoReply } from '../../utils/messages';
import { App } from '../popup/App';

/**
 * Which page the side panel is about: the active tab of its window, and the page it shows (from
 * its content script's page-info reply: Comps has no `tabs` permission, so the browser tells no
 * URL). A new key mounts the popup's view again, as if the popup were opened on that tab.
 */
export async function activePage(): Promise<{ key: string; tabId?: number }> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return { key: 'none' };
  let page: PageInfoReply | undefined;
  try {
    const message: PageInfoMessage = { type: 'page-info' };
    page = (await browser.tabs.sendMessage(tab.id, message)) as PageInfoReply | undefined;
  } catch {
    // no content script there: not a page Comps reads
  }
  return { key: JSON.stringify([tab.id, page?.pageUrl ?? '', page?.query ?? '']), tabId: tab.id };
}

/**
 * The popup's view (entrypoints/popup/App.tsx, unchanged) in Chrome's side panel or Firefox's
 * sidebar, following the active tab: another tab chosen (tabs.onActivated), a tab loading a page
 * (tabs.onUpdated, which fires without the `tabs` permission, only without the URL), or the
 * active tab's content script reporting a page read (a client-side navigation sends a capture).
 * Typing in the view is not lost to a page that merely grows: only a new tab, URL or query remounts.
 */
export function SidePanel() {
  const [key, setKey] = useState<string | null>(null);
  useEffect(() => {
    let activeTab: number | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        activePage().then(
          ({ key: next, tabId }) => {
            activeTab = tabId;
            setKey(next);
          },
          () => setKey('none'),
        );
      }, 200);
    };
    const onUpdated = (tabId: number) => {
      if (tabId === activeTab) refresh();
    };
    const onMessage = (message: unknown, sender: { tab?: { id?: number } }) => {
      const type = (message as { type?: unknown } | null)?.type;
      if ((type === 'capture' || type === 'verdicts') && sender.tab?.id === activeTab) refresh();
      return undefined; // the background answers these
    };
    refresh();
    browser.tabs.onActivated.addListener(refresh);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.runtime.onMessage.addListener(onMessage);
    return () => {
      clearTimeout(timer);
      browser.tabs.onActivated.removeListener(refresh);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, []);
  if (key === null) return <main aria-busy="true" />;
  return <App key={key} />;
}

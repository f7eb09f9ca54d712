import type { Runtime } from 'webextension-polyfill';
import { warnOnce } from '../../utils/log';
import { adapterFor } from '../../utils/sites';

interface SidePanelApi {
  open(options: { tabId: number }): Promise<void>;
}

/**
 * The item panel's "Details": the full view for the tab, in the side panel where the browser lets
 * a page's click open it (Chrome passes the click on with the message), else the popup's view in
 * a new tab next to it, about that tab (`?tabId=`). Firefox opens its sidebar only from the
 * extension's own pages, so there it is the tab. Only this extension's content scripts, on a site
 * Comps reads, may ask; the reply says which way it went.
 */
export function handleOpenView(
  sender: Runtime.MessageSender,
  ownId: string,
): Promise<{ ok: boolean; opened?: string }> {
  const tab = sender.tab;
  let url: URL | null = null;
  try {
    url = new URL(sender.url ?? '');
  } catch {
    url = null;
  }
  if (sender.id !== ownId || tab?.id === undefined || !url || !adapterFor(url))
    return Promise.resolve({ ok: false });
  const tabId = tab.id;
  const inTab = () =>
    browser.tabs
      .create({ url: browser.runtime.getURL(`/popup.html?tabId=${tabId}`), index: tab.index + 1 })
      .then(() => ({ ok: true, opened: 'tab' }));
  // Called before any await: the click that sent the message still counts as the user's gesture.
  const sidePanel = (globalThis as { chrome?: { sidePanel?: SidePanelApi } }).chrome?.sidePanel;
  if (!sidePanel) return inTab();
  return sidePanel.open({ tabId }).then(
    () => ({ ok: true, opened: 'side-panel' }),
    (error: unknown) => {
      warnOnce('side-panel-open', 'Could not open the side panel; opening the view in a tab.', error);
      return inTab();
    },
  );
}

import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';

interface ChromeSidePanel {
  open(options: { windowId: number }): Promise<void>;
}
interface FirefoxSidebar {
  open(): Promise<void>;
}

/**
 * "Open in side panel" in the popup's footer: the same view in Chrome's side panel or Firefox's
 * sidebar, where it stays open and follows the active tab. Both browsers open it only in answer
 * to the click itself, so the call happens in the click handler with nothing awaited before it
 * (the window id is read beforehand). Not shown in the side panel itself.
 */
export function OpenSidePanel() {
  const chromePanel = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
  const firefoxSidebar = (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;
  const [windowId, setWindowId] = useState<number | undefined>(undefined);
  useEffect(() => {
    if (chromePanel)
      browser.windows.getCurrent().then(
        (window) => setWindowId(window.id),
        () => {},
      );
  }, []);
  if (document.body.classList.contains('side-panel') || (!chromePanel && !firefoxSidebar)) return null;
  const open = () => {
    const opened = chromePanel
      ? windowId === undefined
        ? Promise.reject(new Error('no window'))
        : chromePanel.open({ windowId })
      : (firefoxSidebar as FirefoxSidebar).open();
    opened.then(
      () => window.close(),
      (error: unknown) => console.warn('[Comps] could not open the side panel.', error),
    );
  };
  return (
    <button type="button" class="link-button" onClick={open}>
      {t('openSidePanel')}
    </button>
  );
}

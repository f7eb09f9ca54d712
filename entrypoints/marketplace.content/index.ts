import type { Listing } from '../../utils/listing';
import type { CaptureMessage, PageInfoMessage } from '../../utils/messages';
import { PageWatcher } from '../../utils/page-watcher';
import { adapterFor, contentScriptMatches } from '../../utils/sites';

/** Wait this long after the page stops changing before reading it again. */
const SETTLE_MS = 400;

export default defineContentScript({
  matches: contentScriptMatches,
  runAt: 'document_idle',
  main(ctx) {
    const adapter = adapterFor(new URL(location.href));
    if (!adapter) return;

    const send = (listings: Listing[]) => {
      const message: CaptureMessage = {
        type: 'capture',
        site: adapter.id,
        pageKind: adapter.pageKind(new URL(location.href)),
        pageUrl: location.href,
        listings,
      };
      return browser.runtime.sendMessage(message);
    };
    const watcher = new PageWatcher(adapter, send);
    const scan = () => {
      watcher.scan(document, new URL(location.href)).catch((error: unknown) => {
        console.warn('[Comps] could not send listings to the extension.', error);
      });
    };

    let timer: number | undefined;
    const scanSoon = () => {
      clearTimeout(timer);
      timer = ctx.setTimeout(scan, SETTLE_MS);
    };
    scan();
    const observer = new MutationObserver(scanSoon);
    observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
    ctx.onInvalidated(() => observer.disconnect());
    ctx.addEventListener(window, 'wxt:locationchange', scanSoon);

    browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
      if ((message as PageInfoMessage | null)?.type !== 'page-info') return undefined;
      sendResponse(watcher.info(document, new URL(location.href)));
      return true;
    });
  },
});

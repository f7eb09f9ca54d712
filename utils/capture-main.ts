import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startInPage } from './inpage/content';
import type { Listing } from './listing';
import type { CaptureMessage, PageInfoMessage } from './messages';
import { PageWatcher } from './page-watcher';
import type { SiteAdapter } from './sites/types';

/** Wait this long after the page stops changing before reading it again. */
const SETTLE_MS = 400;

/**
 * The content script of one site adapter. One script per site, rather than one for all, keeps
 * what a page loads to its own adapter and the shared code (see the size figures in README).
 */
export function siteContentScript(adapter: SiteAdapter) {
  return defineContentScript({
    matches: adapter.matches,
    runAt: 'document_idle',
    main(ctx) {
      runCapture(ctx, adapter);
    },
  });
}

/**
 * The content script's whole job, shared by the site scripts and the generic one (registered at
 * runtime on the shops the user turned on): read the page, send what is new, read again when the
 * page grows or navigates, and answer the popup. The adapter's `claims` is asked at every read,
 * not once: on a single-page site the script may start on a page it does not read (facebook.com)
 * and be navigated to one it does (facebook.com/marketplace) without a reload.
 */
export function runCapture(ctx: ContentScriptContext, adapter: SiteAdapter): void {
  const claimedUrl = () => {
    const url = new URL(location.href);
    return adapter.claims(url) ? url : null;
  };
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
  let read: { listings: Listing[]; url: URL } | null = null;
  const watcher = new PageWatcher(adapter, send, {
    // Timers of an invalidated script (the extension was updated or reloaded) never fire.
    schedule: (run, ms) => ctx.setTimeout(run, ms),
    cancel: (handle) => clearTimeout(handle as number),
    forgetOnNavigation: adapter.id === 'generic',
    onRead: (listings, url) => {
      read = { listings, url };
    },
  });
  // The reference on the page itself (utils/inpage): asked for once the scan's cards are stored,
  // so the cards of a sold search count for each other as the popup counts them.
  const inPage = adapter.id === 'generic' ? null : startInPage(ctx, adapter);
  const scan = () => {
    const url = claimedUrl();
    if (!url) return;
    watcher
      .scan(document, url)
      .catch((error: unknown) => {
        console.warn('[Comps] could not send listings to the extension.', error);
      })
      .then(() => {
        if (inPage && read) void inPage.update(read.listings, read.url.href, adapter.pageKind(read.url));
      });
  };

  let timer: number | undefined;
  const scanSoon = () => {
    clearTimeout(timer);
    timer = ctx.setTimeout(scan, SETTLE_MS);
  };
  scan();
  // Infinite scroll, "see more" and client-side rendering add cards after load.
  // Comps' own elements (the chips, the panel) coming and going are not the page changing.
  const observer = new MutationObserver((records) => {
    if (records.some((record) => !isOwnChange(record))) scanSoon();
  });
  observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
  ctx.onInvalidated(() => observer.disconnect());
  ctx.addEventListener(window, 'wxt:locationchange', scanSoon);
  // A tab shown again after a long time in the background: deliver what is still unconfirmed.
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'visible') void watcher.resume();
  });

  browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    const url = claimedUrl();
    if ((message as PageInfoMessage | null)?.type !== 'page-info' || !url) return undefined;
    sendResponse(watcher.info(document, url));
    return true;
  });
}

/** A change that only adds or removes Comps' own in-page elements (data-comps-verdict hosts). */
function isOwnChange(record: MutationRecord): boolean {
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return (
    nodes.length > 0 &&
    nodes.every((node) => node.nodeType === 1 && (node as Element).hasAttribute('data-comps-verdict'))
  );
}

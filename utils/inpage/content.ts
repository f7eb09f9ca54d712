import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadSettings, onSettingsChanged } from '../../storage/settings';
import type { SiteAdapter } from '../sites/types';
import { InPageClient } from './client';
import { type InPageView, VIEW_KEY } from './types';

/** The in-page view's separate script (entrypoints/inpage.ts), built by WXT as /inpage.js. */
const VIEW_SCRIPT = '/inpage.js';

/**
 * Loads the in-page view on first use: a dynamic import of the extension's own script, which runs
 * in this content script's world (Chrome and Firefox both, measured; Chrome wants the file listed
 * in web_accessible_resources, see wxt.config.ts). Pages where nothing is shown never load it.
 */
async function loadView(): Promise<InPageView> {
  const scope = globalThis as { [VIEW_KEY]?: InPageView };
  if (!scope[VIEW_KEY]) {
    const url = (browser.runtime.getURL as (path: string) => string)(VIEW_SCRIPT);
    await import(/* @vite-ignore */ url);
  }
  const view = scope[VIEW_KEY];
  if (!view) throw new Error('the in-page view did not load');
  return view;
}

/** The in-page display of a site's content script (not the shop reader's: retail pages get none). */
export function startInPage(ctx: ContentScriptContext, adapter: SiteAdapter): InPageClient {
  const client = new InPageClient({
    site: adapter.id,
    send: (message) => browser.runtime.sendMessage(message),
    load: loadView,
    settings: loadSettings,
    onSettingsChanged: (listener) => ctx.onInvalidated(onSettingsChanged(listener)),
    mark: (name) => performance.mark(name),
  });
  // The extension was reloaded or updated: what this script added goes with it.
  ctx.onInvalidated(() => (globalThis as { [VIEW_KEY]?: InPageView })[VIEW_KEY]?.clear());
  return client;
}

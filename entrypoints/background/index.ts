import type { Runtime } from 'webextension-polyfill';
import { openDatabase } from '../../storage/db';
import { applyRetention } from '../../storage/retention';
import { siteMessageSchema } from '../../storage/schema';
import { loadSettings } from '../../storage/settings';
import { describeError, warnOnce } from '../../utils/log';
import { type CaptureDeps, handleCapture } from './capture';
import { disableOrigin, enableOrigin, syncGenericRegistration } from './generic-sites';
import { sessionPageViews } from './page-views';
import { markStorageFull, reopenOnResume } from './storage-full';

/** Messages only this extension's own pages (popup, options) may send, checked with zod. */
async function handleSiteMessage(message: unknown): Promise<unknown> {
  const parsed = siteMessageSchema.safeParse(message);
  if (!parsed.success) {
    warnOnce('site-shape', 'Ignored a site message of the wrong shape.', parsed.error.issues[0]);
    return { ok: false, error: 'bad message' };
  }
  const { type, url, tabId } = parsed.data;
  const origin = new URL(url).origin;
  if (type === 'enable-site') {
    // The popup asked for the permission first (it needs the user's click); check it was granted.
    if (!(await browser.permissions.contains({ origins: [`${origin}/*`] })))
      return { ok: false, error: 'not granted' };
    await enableOrigin(origin, tabId);
    return { ok: true };
  }
  await disableOrigin(origin);
  return { ok: true };
}

/** The popup or the options page (which opens in a tab): pages of this extension, not content scripts. */
function isOwnPage(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
}

export default defineBackground(() => {
  const deps: CaptureDeps = {
    db: openDatabase(),
    ownId: browser.runtime.id,
    settings: loadSettings,
    onStorageFull: markStorageFull,
    pageViews: sessionPageViews(),
  };
  reopenOnResume(deps.db);

  // Runtime registrations do not outlive the browser session: make them again at start. Old
  // observations are dropped then too, when the user chose a retention period.
  browser.runtime.onStartup.addListener(() => {
    void syncGenericRegistration();
    loadSettings()
      .then((settings) => applyRetention(deps.db, settings.retentionMonths))
      .catch((error: unknown) => warnOnce('retention', 'Could not drop old observations.', error));
  });
  browser.runtime.onInstalled.addListener(() => void syncGenericRegistration());

  // Replies go through sendResponse with `return true`: the one form that works in Chrome,
  // Firefox, the polyfill and WXT's fake browser alike.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const typed = message as { type?: unknown } | null;
    let reply: Promise<unknown>;
    if (typed?.type === 'capture') reply = handleCapture(deps, message, sender);
    else if ((typed?.type === 'enable-site' || typed?.type === 'disable-site') && isOwnPage(sender))
      reply = handleSiteMessage(message);
    else return undefined;
    reply.then(sendResponse).catch((error: unknown) => {
      warnOnce(`message-${String(typed?.type)}`, `Could not handle a ${String(typed?.type)} message.`, error);
      sendResponse({ ok: false, error: describeError(error) });
    });
    return true;
  });
});

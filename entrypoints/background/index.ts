import type { Runtime } from 'webextension-polyfill';
import { openDatabase } from '../../storage/db';
import { applyRetention } from '../../storage/retention';
import { loadSettings } from '../../storage/settings';
import { describeError, warnOnce } from '../../utils/log';
import { toolbarBadge } from './badge';
import { type CaptureDeps, handleCapture } from './capture';
import { syncGenericRegistration } from './generic-sites';
import { idleFolder } from './idle-fold';
import { handleOpenView } from './open-view';
import { sessionPageViews } from './page-views';
import { startReindex } from './reindex';
import { handleSiteMessage } from './site-messages';
import { markStorageFull, reopenOnResume } from './storage-full';
import { handleVerdicts, type VerdictDeps } from './verdicts';

/** The popup or the options page (which opens in a tab): pages of this extension, not content scripts. */
function isOwnPage(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
}

export default defineBackground(() => {
  const db = openDatabase();
  const foldLater = idleFolder(db);
  const deps: CaptureDeps = {
    db,
    ownId: browser.runtime.id,
    settings: loadSettings,
    onStorageFull: markStorageFull,
    pageViews: sessionPageViews(),
    stored: foldLater,
  };
  reopenOnResume(deps.db);
  // Titles stored by an older analysis are re-analysed in the background (storage/reindex.ts).
  void startReindex(db, foldLater);
  const verdictDeps: VerdictDeps = {
    db: deps.db,
    ownId: deps.ownId,
    settings: loadSettings,
    badge: toolbarBadge(),
  };

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
    else if (typed?.type === 'verdicts') reply = handleVerdicts(verdictDeps, message, sender);
    else if (typed?.type === 'open-view') reply = handleOpenView(sender, deps.ownId);
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

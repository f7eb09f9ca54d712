import { openDatabase } from '../../storage/db';
import { loadSettings, updateSettings } from '../../storage/settings';
import { describeError, warnOnce } from '../../utils/log';
import { type CaptureDeps, handleCapture } from './capture';

export default defineBackground(() => {
  const deps: CaptureDeps = {
    db: openDatabase(),
    ownId: browser.runtime.id,
    settings: loadSettings,
    async onStorageFull() {
      warnOnce('storage-full', 'The disk is full: capture is paused until space is freed.');
      await updateSettings({ storageFullAt: new Date().toISOString() });
    },
  };

  // The reply goes through sendResponse with `return true`: the one form that works in
  // Chrome, Firefox, the polyfill and WXT's fake browser alike.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const type = (message as { type?: unknown } | null)?.type;
    if (type !== 'capture') return undefined;
    handleCapture(deps, message, sender)
      .then(sendResponse)
      .catch((error: unknown) => {
        warnOnce('capture-crash', 'Capture failed.', error);
        sendResponse({ ok: false, error: describeError(error) });
      });
    return true;
  });
});

import { openDatabase } from '../../storage/db';
import { describeError, warnOnce } from '../../utils/log';
import { handleCapture } from './capture';

export default defineBackground(() => {
  const db = openDatabase();
  const ownId = browser.runtime.id;

  // The reply goes through sendResponse with `return true`: the one form that works in
  // Chrome, Firefox, the polyfill and WXT's fake browser alike.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const type = (message as { type?: unknown } | null)?.type;
    if (type !== 'capture') return undefined;
    handleCapture(db, message, sender, ownId)
      .then(sendResponse)
      .catch((error: unknown) => {
        warnOnce('capture-crash', 'Capture failed.', error);
        sendResponse({ ok: false, error: describeError(error) });
      });
    return true;
  });
});

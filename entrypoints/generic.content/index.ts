import { loadSettings, shopCurrencyOf } from '../../storage/settings';
import { runCapture } from '../../utils/capture-main';
import { genericReader } from '../../utils/sites/generic';

/**
 * The reader for shops without an adapter. Not in the manifest: the background registers it at
 * runtime, only on the origins the user turned on from the popup. It reads the currency the user
 * said this shop uses from the settings once, when it starts (the background stores it before it
 * injects the script): a change made in the options applies from the shop's next page load.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  runAt: 'document_idle',
  async main(ctx) {
    const currency = await loadSettings()
      .then((settings) => shopCurrencyOf(settings, location.origin))
      .catch(() => null);
    runCapture(ctx, genericReader(currency));
  },
});

import { runCapture } from '../../utils/capture-main';
import { generic } from '../../utils/sites/generic';

/**
 * The structured-data extractor for shops without an adapter. Not in the manifest: the
 * background registers it at runtime, only on the origins the user turned on from the popup.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  runAt: 'document_idle',
  main(ctx) {
    runCapture(ctx, generic);
  },
});

import { runCapture } from '../../utils/capture-main';
import { adapterFor, contentScriptMatches } from '../../utils/sites';

export default defineContentScript({
  matches: contentScriptMatches,
  runAt: 'document_idle',
  main(ctx) {
    runCapture(ctx, adapterFor);
  },
});

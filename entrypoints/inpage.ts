import { createInPageView } from '../components/inpage/view';
import { VIEW_KEY } from '../utils/inpage/types';

/**
 * The in-page view, built apart from the site content scripts and imported by them only where
 * there is something to show (utils/inpage/client.ts): Preact and the components stay out of the
 * scripts every marketplace page loads. It runs in the content script's world and leaves the view
 * there under VIEW_KEY.
 */
export default defineUnlistedScript(() => {
  const scope = globalThis as { [VIEW_KEY]?: unknown };
  scope[VIEW_KEY] ??= createInPageView(document);
});

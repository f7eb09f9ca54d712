import type { Listing } from '../listing';
import type { CardVerdict, PanelDetail } from '../messages';

/** What the content script asks the in-page view to show after a scan. */
export interface InPageShow {
  site: string;
  kind: 'item' | 'search';
  currency: string;
  /** On an item page, the page's own listing only. */
  cards: { listing: Listing; verdict: CardVerdict }[];
  panel?: PanelDetail;
  /** The panel's "Details". */
  onDetails(): void;
}

/** The in-page view, loaded on demand (entrypoints/inpage.ts, components/inpage/view.tsx). */
export interface InPageView {
  /** Adds what is missing (cards already showing a chip are left alone); returns how many were added. */
  show(request: InPageShow): number;
  /** Removes everything Comps added to the page. */
  clear(): void;
}

/** Where the loaded module leaves the view for the content script (the same isolated world). */
export const VIEW_KEY = Symbol.for('comps.inpage.view');

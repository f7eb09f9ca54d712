import { render } from 'preact';
import { itemHeading, locateCards, locateItemPrice } from '../../utils/inpage/locate';
import type { InPageShow, InPageView } from '../../utils/inpage/types';
import { Chip } from './Chip';
import { allHosts, createHost, HOST_ATTRIBUTE, HOST_TAG, type Placement, placeAll, schemeAt } from './host';
import { Panel } from './Panel';

/**
 * What the content script loads (entrypoints/inpage.ts) where there is something to show: finds
 * the price of each card (or of the item), adds a chip (or the panel) beside it in its own shadow
 * root, and removes all of it at once when asked.
 */
export function createInPageView(doc: Document): InPageView {
  const mounted = new Map<HTMLElement, { root: ShadowRoot; anchor: Element }>();
  const media = doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)');
  const retheme = () => {
    for (const [host, { anchor }] of mounted) host.setAttribute('data-scheme', schemeAt(anchor));
  };
  media?.addEventListener?.('change', retheme);
  // Sites switch their own dark theme with a class or style on <html> or <body>.
  const themeWatch = new MutationObserver(retheme);
  for (const node of [doc.documentElement, doc.body])
    if (node)
      themeWatch.observe(node, {
        attributes: true,
        attributeFilter: ['class', 'style', 'data-theme', 'data-color-scheme'],
      });

  const hostOf = (anchor: Element) => anchor.querySelector(`:scope > ${HOST_TAG}[${HOST_ATTRIBUTE}]`);

  function show(request: InPageShow): number {
    for (const [host] of mounted) if (!host.isConnected) mounted.delete(host);
    const placements: Placement[] = [];
    if (request.kind === 'item') {
      const own = request.cards[0];
      if (!own || allHosts(doc).some((host) => host.getAttribute('data-comps-kind') === 'panel')) return 0;
      const anchor = locateItemPrice(doc, own.listing, request.site) ?? itemHeading(doc, own.listing);
      if (!anchor) return 0;
      const { host, root } = createHost(doc, 'panel', own.verdict.verdict);
      host.setAttribute('data-comps-item', own.listing.itemId);
      render(
        <Panel
          verdict={own.verdict}
          currency={request.currency}
          detail={request.panel}
          onDetails={request.onDetails}
        />,
        root,
      );
      const panel = root.querySelector('.panel');
      const known = own.verdict.verdict !== 'unknown';
      placements.push({
        host,
        anchor,
        levels: known ? 3 : 2,
        shrink: (level) => panel?.setAttribute('data-level', String(known ? level : 2)),
      });
      mounted.set(host, { root, anchor });
    } else {
      const byListing = new Map(request.cards.map((card) => [card.listing, card.verdict]));
      for (const { listing, price } of locateCards(
        doc,
        request.cards.map((card) => card.listing),
        request.site,
      )) {
        const verdict = byListing.get(listing);
        if (!verdict || hostOf(price)) continue;
        const { host, root } = createHost(doc, 'chip', verdict.verdict);
        host.setAttribute('data-comps-item', listing.itemId);
        render(<Chip verdict={verdict} currency={request.currency} />, root);
        placements.push({ host, anchor: price });
        mounted.set(host, { root, anchor: price });
      }
    }
    for (const { host, anchor } of placements) host.setAttribute('data-scheme', schemeAt(anchor));
    placeAll(placements);
    return placements.length;
  }

  function clear(): void {
    for (const [host, { root }] of mounted) {
      render(null, root);
      host.remove();
    }
    mounted.clear();
    // Hosts of an earlier load of the script (the extension was updated): theirs too.
    for (const host of allHosts(doc)) host.remove();
  }

  return { show, clear };
}

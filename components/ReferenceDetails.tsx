/**
 * Everything under the number: the chart, the comps, the groups, what was set aside and the
 * listings of the page. Loaded as its own chunk after the reference is on screen (the popup's
 * App imports it dynamically), so the first paint carries only the card.
 */
import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import type { StoredListing } from '../storage/db';
import type { ReferenceResult } from '../utils/comps/reference';
import { t, tn } from '../utils/i18n';
import { listingKey } from '../utils/listing';
import { CompsList, FIRST_COMPS, GroupList, SetAsideList } from './CompsList';
import { ListingList } from './ListingList';
import { PriceChart } from './PriceChart';

type Choose = (site: string, itemId: string, choice: 'include' | 'exclude' | null) => void;

/**
 * The chart, the comps (with `children`, the export links, under them), the groups and the
 * set-aside list for a result; then the page's listings not already shown as comps.
 */
export function ReferenceDetails({
  result,
  listings,
  onPage,
  pageKeys,
  onChoose,
  children,
}: {
  result: ReferenceResult | null;
  /** The page's listings, or the recently seen ones; null while they load. */
  listings: StoredListing[] | null;
  onPage: boolean;
  /** `listingKey`s of the open page's listings. */
  pageKeys: ReadonlySet<string>;
  onChoose: Choose;
  children?: ComponentChildren;
}) {
  const [all, setAll] = useState(false);
  const showAll = all || (result?.comps.length ?? 0) <= FIRST_COMPS;
  const listed = useMemo(() => shownCompKeys(result, showAll), [result, showAll]);
  const ranges = useMemo(
    () =>
      new Map(
        (listings ?? []).flatMap((listing) =>
          listing.priceMax !== undefined
            ? [[listingKey(listing.site, listing.itemId), listing.priceMax]]
            : [],
        ),
      ),
    [listings],
  );
  return (
    <>
      {result && <PriceChart result={result} />}
      {result && result.comps.length > 0 && (
        <section id="comps">
          <h2>{t('compsHeading')}</h2>
          <CompsList
            comps={result.comps}
            currency={result.currency}
            onChoose={onChoose}
            onPage={pageKeys}
            ranges={ranges}
            all={showAll}
            onShowAll={() => setAll(true)}
          />
          {children}
        </section>
      )}
      {result && (
        <GroupList
          groups={result.groups}
          excluded={result.excluded}
          currency={result.currency}
          onChoose={onChoose}
        />
      )}
      {result && <SetAsideList items={result.excluded} onChoose={onChoose} />}
      {listings ? (
        <PageListings listings={listings} onPage={onPage} listed={listed} open={!result} />
      ) : (
        <section class="page-listings" aria-busy="true">
          <h2>{onPage ? t('onThisPage') : t('recentlySeen')}</h2>
        </section>
      )}
    </>
  );
}

/** The comps the list shows now (the first ones until "Show all"): those are not listed twice. */
export function shownCompKeys(result: ReferenceResult | null, all: boolean): Set<string> {
  const comps = result ? (all ? result.comps : result.comps.slice(0, FIRST_COMPS)) : [];
  return new Set(comps.map((comp) => listingKey(comp.site, comp.itemId)));
}

/**
 * The page's listings (or the recently seen ones), without those already shown as comps:
 * folded when there is a reference above it, open when it is all there is to show.
 */
export function PageListings({
  listings,
  onPage,
  listed,
  open,
}: {
  listings: StoredListing[];
  onPage: boolean;
  /** Keys of the listings already shown as comps. */
  listed: ReadonlySet<string>;
  open: boolean;
}) {
  const rest = useMemo(
    () => listings.filter((listing) => !listed.has(listingKey(listing.site, listing.itemId))),
    [listings, listed],
  );
  const heading = onPage ? t('onThisPage') : t('recentlySeen');
  if (listings.length === 0)
    return (
      <section class="page-listings">
        <h2>{heading}</h2>
        <p class="empty muted" data-empty>
          {t('popupEmpty')}
        </p>
      </section>
    );
  return (
    <details
      class="page-listings"
      open={open}
      data-count={rest.length}
      data-listed={listings.length - rest.length}
    >
      <summary>
        <h2>{heading}</h2>{' '}
        <span class="muted">
          {listed.size > 0 && onPage ? tn('pageListingsRest', rest.length) : tn('listingCount', rest.length)}
        </span>
      </summary>
      <ListingList listings={rest} />
    </details>
  );
}

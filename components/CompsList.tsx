import { useState } from 'preact/hooks';
import type { Comp, Group, SetAside } from '../utils/comps/reference';
import { formatDate, formatMoney } from '../utils/format';
import { enumKey, t, tn } from '../utils/i18n';
import { listingKey } from '../utils/listing';
import { siteName } from '../utils/site-name';
import { conditionLabel, kindLabel, reasonLabel } from './reference-words';

type Choose = (site: string, itemId: string, choice: 'include' | 'exclude' | null) => void;

const keyOf = (item: { site: string; itemId: string }) => listingKey(item.site, item.itemId);

/** Only web addresses are loaded as pictures (a stored value is data from a page, not trusted). */
function isImageUrl(url: string | undefined): url is string {
  return typeof url === 'string' && /^https?:\/\//i.test(url);
}

/**
 * The listing's picture as the site showed it, small, loaded only when scrolled into view. Sent
 * with no referrer: the image host learns nothing of the extension (its id would otherwise be in
 * the Referer header) and hotlink rules that refuse foreign referrers let it through, as they do
 * for a picture opened on its own. A neutral square where there is none or it does not load.
 */
export function Thumb({ url }: { url: string | undefined }) {
  const [failed, setFailed] = useState(false);
  if (!isImageUrl(url) || failed)
    return <span class="thumb thumb-none" data-image={failed ? 'failed' : 'none'} aria-hidden="true" />;
  return (
    <img
      class="thumb"
      src={url}
      alt=""
      width={44}
      height={44}
      loading="lazy"
      decoding="async"
      referrerpolicy="no-referrer"
      onError={() => setFailed(true)}
    />
  );
}

/**
 * "$117.50", then "shown as ¥17,000" when converted (or shipping is added, or the page showed a
 * range, "shown as €234.95 – €269.95"), the shown price in its own element.
 */
function Prices({ comp, currency, priceMax }: { comp: Comp; currency: string; priceMax?: number }) {
  const converted =
    comp.price.currency !== currency || comp.amount !== comp.price.amount || priceMax !== undefined;
  const [before, after] = t('originalPrice', '\u0000').split('\u0000');
  return (
    <>
      <span class="comp-price" data-amount={comp.amount}>
        {formatMoney({ amount: comp.amount, currency })}
      </span>
      {converted && (
        <span class="muted">
          {before}
          <span class="comp-shown">{formatMoney(comp.price)}</span>
          {priceMax !== undefined && (
            <span class="comp-shown-max">
              {' – '}
              {formatMoney({ amount: priceMax, currency: comp.price.currency })}
            </span>
          )}
          {after}
        </span>
      )}
      {comp.shipping === null && <span class="muted">{t('shippingFree')}</span>}
      {comp.shipping && <span class="muted">{t('shippingCost', formatMoney(comp.shipping))}</span>}
    </>
  );
}

/** "Sold Nov 3, 2025", "sold, date unknown", "For sale, seen Nov 5, 2025". */
function When({ comp }: { comp: Comp }) {
  if (comp.status === 'sold' && !comp.dateKnown)
    return (
      <span class="comp-status status-sold" data-date-known="false">
        {t('soldDateUnknown')}
      </span>
    );
  return (
    <span class={`comp-status status-${comp.status}`}>
      {t(enumKey('status', comp.status))}{' '}
      <span class="comp-date">
        {comp.status === 'sold' ? formatDate(comp.date) : t('seenOnDate', formatDate(comp.date))}
      </span>
    </span>
  );
}

/** Comps shown before "Show all": the popup opens fast, and the first ones are the newest sales. */
export const FIRST_COMPS = 30;

/**
 * The evidence: each comp with its picture, title, price, sold date and site, a link, and a way
 * to leave it out. `onPage` marks the comps that are listings of the open page (they are not
 * listed again under "Listings on this page").
 */
export function CompsList({
  comps,
  currency,
  onChoose,
  onPage,
  ranges,
  all,
  onShowAll,
}: {
  comps: Comp[];
  currency: string;
  onChoose: Choose;
  onPage: ReadonlySet<string>;
  /** The upper price of listings the page showed as a range ("€234.95 to €269.95"), by key. */
  ranges: ReadonlyMap<string, number>;
  all: boolean;
  onShowAll: () => void;
}) {
  const shown = all ? comps : comps.slice(0, FIRST_COMPS);
  return (
    <>
      <ul class="comps">
        {shown.map((comp) => {
          const price = formatMoney({ amount: comp.amount, currency });
          return (
            <li
              key={keyOf(comp)}
              class={`comp status-${comp.status}${comp.outlier ? ' comp-outlier' : ''}`}
              data-item-id={comp.itemId}
              data-site={comp.site}
              data-status={comp.status}
              data-on-page={onPage.has(keyOf(comp)) ? 'true' : undefined}
            >
              <Thumb url={comp.imageUrl} />
              <div class="comp-body">
                <a href={comp.url} target="_blank" rel="noreferrer" class="comp-title">
                  {comp.title}
                </a>
                <div class="comp-meta">
                  <Prices comp={comp} currency={currency} priceMax={ranges.get(keyOf(comp))} />
                  <When comp={comp} />
                  {comp.condition && <span class="comp-condition">{comp.condition}</span>}
                  {comp.outlier && <span class="warn">{t('outlierNotCounted')}</span>}
                  <span class="comp-site">{siteName(comp.site, comp.url)}</span>
                  <button
                    type="button"
                    class="link-button comp-action"
                    aria-label={t('excludeNamed', comp.title, price)}
                    onClick={() => onChoose(comp.site, comp.itemId, comp.included ? null : 'exclude')}
                  >
                    {t('exclude')}
                  </button>
                </div>
              </div>
            </li>
          );
        })}
      </ul>
      {shown.length < comps.length && (
        <button type="button" class="link-button show-all" onClick={onShowAll}>
          {t('showAll', comps.length)}
        </button>
      )}
    </>
  );
}

function SetAsideItem({ item, onChoose }: { item: SetAside; onChoose: Choose }) {
  const price = formatMoney(item.price);
  return (
    <li class="comp excluded-comp" data-item-id={item.itemId} data-site={item.site} data-reason={item.reason}>
      <Thumb url={item.imageUrl} />
      <div class="comp-body">
        <a href={item.url} target="_blank" rel="noreferrer" class="comp-title">
          {item.title}
        </a>
        <div class="comp-meta">
          <span class="comp-price">{price}</span>
          {item.date && <span>{formatDate(item.date)}</span>}
          <span class="warn">{reasonLabel(item)}</span>
          <span class="comp-site">{siteName(item.site, item.url)}</span>
          {item.reason !== 'no-rate' && item.reason !== 'outside-period' && (
            <button
              type="button"
              class="link-button comp-action"
              aria-label={t('includeNamed', item.title, price)}
              onClick={() => onChoose(item.site, item.itemId, item.reason === 'manual' ? null : 'include')}
            >
              {t('include')}
            </button>
          )}
        </div>
      </div>
    </li>
  );
}

/** Matching listings of other kinds, models and conditions: one folded group each, with its typical price. */
export function GroupList({
  groups,
  excluded,
  currency,
  onChoose,
}: {
  groups: Group[];
  excluded: SetAside[];
  currency: string;
  onChoose: Choose;
}) {
  if (groups.length === 0) return null;
  const byKey = new Map(excluded.map((item) => [keyOf(item), item]));
  return (
    <section id="groups" class="groups">
      <h2>{t('groupsHeading')}</h2>
      {groups.map((group) => {
        const label =
          group.reason === 'other-condition' && group.condition
            ? conditionLabel(group.condition)
            : kindLabel(group.kind);
        const count = tn('listingCount', group.count);
        const typical =
          group.median !== undefined
            ? ` · ${t('groupTypical', formatMoney({ amount: group.median, currency }))}`
            : '';
        return (
          <details
            key={`${group.reason}:${group.kind.id}:${group.kind.type ?? ''}:${group.condition ?? ''}`}
            class="group"
            data-reason={group.reason}
            data-kind={group.kind.id}
            data-count={group.count}
          >
            <summary>
              {t('groupSummary', label, count)}
              {typical}
            </summary>
            <ul class="comps">
              {group.keys.map((key) => {
                const item = byKey.get(key);
                return item ? <SetAsideItem key={key} item={item} onChoose={onChoose} /> : null;
              })}
            </ul>
          </details>
        );
      })}
    </section>
  );
}

/** What was set aside for other reasons (by hand, unsold, older, not this item…), folded away. */
export function SetAsideList({ items, onChoose }: { items: SetAside[]; onChoose: Choose }) {
  const rest = items.filter(
    (item) =>
      item.reason !== 'other-kind' && item.reason !== 'other-model' && item.reason !== 'other-condition',
  );
  if (rest.length === 0) return null;
  return (
    <details id="set-aside" class="excluded">
      <summary>{t('excludedHeading', rest.length)}</summary>
      <ul class="comps">
        {rest.map((item) => (
          <SetAsideItem key={keyOf(item)} item={item} onChoose={onChoose} />
        ))}
      </ul>
    </details>
  );
}

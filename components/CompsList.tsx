import { useState } from 'preact/hooks';
import type { Comp, Group, SetAside } from '../utils/comps/reference';
import { formatDate, formatMoney } from '../utils/format';
import { enumKey, t, tn } from '../utils/i18n';
import { listingKey } from '../utils/listing';
import { conditionLabel, kindLabel, reasonLabel } from './reference-words';

type Choose = (site: string, itemId: string, choice: 'include' | 'exclude' | null) => void;

function OriginalPrice({ comp, currency }: { comp: Comp; currency: string }) {
  const shown = formatMoney(comp.price);
  return (
    <>
      <span class="comp-price" data-amount={comp.amount}>
        {formatMoney({ amount: comp.amount, currency })}
      </span>
      {comp.price.currency !== currency && <span class="muted">{t('originalPrice', shown)}</span>}
      {comp.shipping === null && <span class="muted">{t('shippingFree')}</span>}
      {comp.shipping && <span class="muted">{t('shippingCost', formatMoney(comp.shipping))}</span>}
    </>
  );
}

/** Comps shown before "Show all": the popup opens fast, and the first ones are the newest sales. */
const FIRST_COMPS = 30;

/** The evidence: each comp with its site, price, date and condition, a link, and a way to leave it out. */
export function CompsList({
  comps,
  currency,
  onChoose,
}: {
  comps: Comp[];
  currency: string;
  onChoose: Choose;
}) {
  const [all, setAll] = useState(false);
  const shown = all ? comps : comps.slice(0, FIRST_COMPS);
  return (
    <>
      <ul class="comps">
        {shown.map((comp) => (
          <li
            key={`${comp.site}:${comp.itemId}`}
            class={`comp status-${comp.status}${comp.outlier ? ' comp-outlier' : ''}`}
            data-item-id={comp.itemId}
            data-site={comp.site}
            data-status={comp.status}
          >
            <a href={comp.url} target="_blank" rel="noreferrer" class="comp-title">
              {comp.title}
            </a>
            <div class="comp-meta">
              <OriginalPrice comp={comp} currency={currency} />
              <span class={`status-${comp.status}`}>{t(enumKey('status', comp.status))}</span>
              <span>{comp.dateKnown ? formatDate(comp.date) : t('soldDateUnknown')}</span>
              {comp.condition && <span>{comp.condition}</span>}
              {comp.outlier && <span class="warn">{t('outlier')}</span>}
              <span class="comp-site">{comp.site}</span>
              <button
                type="button"
                class="link-button"
                onClick={() => onChoose(comp.site, comp.itemId, comp.included ? null : 'exclude')}
              >
                {t('exclude')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {shown.length < comps.length && (
        <button type="button" class="link-button show-all" onClick={() => setAll(true)}>
          {t('showAll', comps.length)}
        </button>
      )}
    </>
  );
}

function SetAsideItem({ item, onChoose }: { item: SetAside; onChoose: Choose }) {
  return (
    <li class="comp excluded-comp" data-item-id={item.itemId} data-site={item.site} data-reason={item.reason}>
      <a href={item.url} target="_blank" rel="noreferrer" class="comp-title">
        {item.title}
      </a>
      <div class="comp-meta">
        <span>{formatMoney(item.price)}</span>
        {item.date && <span>{formatDate(item.date)}</span>}
        <span class="warn">{reasonLabel(item)}</span>
        {item.reason !== 'no-rate' && item.reason !== 'outside-period' && (
          <button
            type="button"
            class="link-button"
            onClick={() => onChoose(item.site, item.itemId, item.reason === 'manual' ? null : 'include')}
          >
            {t('include')}
          </button>
        )}
      </div>
    </li>
  );
}

const keyOf = (item: { site: string; itemId: string }) => listingKey(item.site, item.itemId);

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

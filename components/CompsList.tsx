import { useState } from 'preact/hooks';
import { formatDate, formatMoney } from '../utils/format';
import { enumKey, t } from '../utils/i18n';
import type { Comp, SetAside } from '../utils/comps/reference';

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
              <span>{formatDate(comp.date)}</span>
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

/** What was set aside, folded away, with the reason and a way to bring each back. */
export function SetAsideList({ items, onChoose }: { items: SetAside[]; onChoose: Choose }) {
  if (items.length === 0) return null;
  return (
    <details class="excluded">
      <summary>{t('excludedHeading', items.length)}</summary>
      <ul class="comps">
        {items.map((item) => (
          <li
            key={`${item.site}:${item.itemId}`}
            class="comp excluded-comp"
            data-item-id={item.itemId}
            data-reason={item.reason}
          >
            <a href={item.url} target="_blank" rel="noreferrer" class="comp-title">
              {item.title}
            </a>
            <div class="comp-meta">
              <span>{formatMoney(item.price)}</span>
              <span class="warn">{t(enumKey('reason', item.reason))}</span>
              {item.reason !== 'no-rate' && (
                <button
                  type="button"
                  class="link-button"
                  onClick={() =>
                    onChoose(item.site, item.itemId, item.reason === 'manual' ? null : 'include')
                  }
                >
                  {t('include')}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </details>
  );
}

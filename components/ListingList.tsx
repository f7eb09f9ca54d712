import type { StoredListing } from '../storage/db';
import { formatDate, formatMoney } from '../utils/format';
import { enumKey, t } from '../utils/i18n';
import { siteName } from '../utils/site-name';
import { Thumb } from './CompsList';

/** Listings as recorded: the ones the open page showed, or the most recently seen. */
export function ListingList({ listings }: { listings: StoredListing[] }) {
  return (
    <ul class="listings">
      {listings.map((listing) => (
        <li
          key={`${listing.site}:${listing.itemId}`}
          class="listing"
          data-item-id={listing.itemId}
          data-site={listing.site}
          data-status={listing.status}
        >
          <Thumb url={listing.imageUrl} />
          <div class="comp-body">
            <a href={listing.url} target="_blank" rel="noreferrer" class="listing-title">
              {listing.title}
            </a>
            <div class="listing-meta">
              <span class="listing-price">{formatMoney(listing.price)}</span>
              {listing.priceMax !== undefined && (
                <span class="listing-price-max">
                  {' – '}
                  {formatMoney({ amount: listing.priceMax, currency: listing.price.currency })}
                </span>
              )}
              <span class={`listing-status status-${listing.status}`}>
                {t(enumKey('status', listing.status))}
              </span>
              {listing.soldAt && <span class="listing-date">{formatDate(listing.soldAt)}</span>}
              {listing.condition && <span class="listing-condition">{listing.condition}</span>}
              <span class="listing-site">{siteName(listing.site, listing.url)}</span>
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}

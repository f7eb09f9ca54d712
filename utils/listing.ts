/**
 * The shape every site adapter produces and the content script sends to the background.
 * Kept free of zod and Dexie so the content script stays small; the background validates
 * it with the zod schema in `storage/schema.ts`.
 */

export type PageKind = 'search' | 'item';
export type ListingStatus = 'active' | 'sold' | 'ended' | 'unknown';
export type SaleFormat = 'auction' | 'fixed' | 'offer' | 'classified';

export interface Money {
  /** Major units: 12.34 dollars, 1701 yen. */
  amount: number;
  /** ISO 4217 code, or null when the page does not say and the site does not tell. */
  currency: string | null;
}

export interface Listing {
  /** Adapter id, e.g. 'ebay'. */
  site: string;
  /** The site's own id for the listing (eBay item number, Mercari m-id...). */
  itemId: string;
  url: string;
  title: string;
  price: Money;
  /** Upper end when the page shows a range ("3,858 円 ～ 13,507 円"). */
  priceMax?: number;
  /** null = free shipping; undefined = not shown. */
  shipping?: Money | null;
  status: ListingStatus;
  /** ISO 8601 date-time of the sale, when the page shows one. */
  soldAt?: string;
  /** Condition as the site words it ("Pre-Owned", "目立った傷や汚れなし"). */
  condition?: string;
  format?: SaleFormat;
  bids?: number;
  /** ISO 8601 end of an auction, when shown. */
  endsAt?: string;
  imageUrl?: string;
  /** Set on listings from carousels of other items on an item page ("similar", "sponsored"). */
  related?: boolean;
}

export interface Extraction {
  site: string;
  pageKind: PageKind | null;
  listings: Listing[];
}

/** One string per listing (the site and its own id), for maps and sets. */
export function listingKey(site: string, itemId: string): string {
  return `${site}\u0000${itemId}`;
}

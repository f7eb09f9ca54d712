import type { Listing } from '../listing';
import { parsePriceRange } from '../price';
import { cleanText } from './structured';

/**
 * Search-result cards of the sites written without a saved page (ruten, yahoo-tw-auctions, shopee,
 * goofish, carousell, rakuma, poshmark, offerup, wallapop): the card around an item link, the card's one
 * price, and the search page's loop over item links.
 */

/** Struck-out (original) prices: never the card's price. */
const STRUCK = 's,del,strike,[class*="line-through"],[class*="strike"],[style*="line-through"]';

export type Priced = Pick<Listing, 'price' | 'priceMax'>;

/** How a site's card prices differ from the default reading. */
export interface PriceRule {
  /** The site's own struck-out price selectors, besides STRUCK. */
  struck?: string;
  /** Locale hint for the parser ("es-ES": "1.200 €" is 1200). */
  locale?: string;
  /** Also read the elements inside a price already taken (by default they are part of it: skipped). */
  nested?: boolean;
  /** A price-shaped element without an amount above 0 voids the card (by default it is passed over). */
  strict?: boolean;
}

/**
 * The card's one price: elements whose whole text has the site's price `shape`, struck ones skipped;
 * two different prices → null (no guessing which one the user means).
 */
export function cardPrice(
  card: Element,
  currency: string | null,
  shape: RegExp,
  rule: PriceRule = {},
): Priced | null {
  const struck = rule.struck ? `${STRUCK},${rule.struck}` : STRUCK;
  const hint = { ...(currency ? { currency } : {}), ...(rule.locale ? { locale: rule.locale } : {}) };
  let found: Priced | null = null;
  let taken: Element | null = null;
  for (const el of [card, ...card.querySelectorAll('*')]) {
    if (taken?.contains(el) || el.childElementCount > 4 || (el.textContent ?? '').length > 60) continue;
    const text = cleanText(el.textContent);
    if (!shape.test(text) || el.closest(struck)) continue;
    const range = parsePriceRange(text, hint);
    if (!range || !(range.min.amount > 0)) {
      if (rule.strict) return null;
      continue;
    }
    const { amount, currency: shown } = range.min;
    if (found && (found.price.amount !== amount || found.priceMax !== range.max)) return null;
    found = { price: { amount, currency: shown ?? currency }, ...(range.max ? { priceMax: range.max } : {}) };
    if (!rule.nested) taken = el;
  }
  return found;
}

/** A site's item links and cards. */
export interface CardSite {
  /** Links to items (a selector list is fine). */
  link: string;
  /** The site's card element. */
  card: string;
}

/**
 * The card around a link: the site's card element, else the largest ancestor (≤ 6 up) linking to no
 * other item.
 */
export function cardOf(link: Element, id: string, site: CardSite): Element {
  const known = link.closest(site.card);
  if (known) return known;
  const other = site.link
    .split(',')
    .map((selector) => `${selector}:not([href*="${id}"])`)
    .join(',');
  let card = link;
  for (let up = link.parentElement, i = 0; up && up.tagName !== 'BODY' && i < 6; up = up.parentElement, i++) {
    if (up.querySelector(other)) break;
    card = up;
  }
  return card;
}

/** `{ imageUrl }` when the src is an https URL, else nothing. */
export const httpsImage = (src: string | null | undefined): { imageUrl?: string } =>
  src && /^https:/.test(src) ? { imageUrl: src } : {};

/** A search page's item links. */
export interface LinkedCards {
  link: string;
  /** Matched on a link's href: the item's id is the last group. */
  id: RegExp;
  /** The site's card element (else the largest ancestor linking to no other item); none: the link. */
  card?: string;
  /** The listing's itemId when it is more than that id (shopee: "<shopid>.<itemid>"). */
  itemId?: (match: RegExpExecArray) => string;
}

/** What `linkedCards` hands over of one item link. */
export interface LinkedCard {
  card: Element;
  link: Element;
  /** The listing's itemId. */
  id: string;
  match: RegExpExecArray;
}

/**
 * The search page's listings: `read` makes one of a link's card, or null; once one is made for an
 * itemId, that item's other links are passed over.
 */
export function linkedCards(
  doc: Document,
  spec: LinkedCards,
  read: (found: LinkedCard) => Listing | null,
): Listing[] {
  const listings: Listing[] = [];
  const seen = new Set<string>();
  for (const link of doc.querySelectorAll(spec.link)) {
    const match = spec.id.exec(link.getAttribute('href') ?? '');
    const last = match?.[match.length - 1];
    if (!match || !last) continue;
    const id = spec.itemId?.(match) ?? last;
    if (seen.has(id)) continue;
    const card = spec.card ? cardOf(link, last, { link: spec.link, card: spec.card }) : link;
    const listing = read({ card, link, id, match });
    if (!listing) continue;
    seen.add(id);
    listings.push(listing);
  }
  return listings;
}

/** A card read the plain way: which of its elements is the title, how its price looks, where its item is. */
export interface PlainCard {
  site: string;
  title: string;
  currency: string;
  shape: RegExp;
  url: (id: string) => string;
}

/** `read` of a plain card: title element, else image alt, else link title; the one price; active. */
export const plainCard =
  (spec: PlainCard) =>
  ({ card, link, id }: LinkedCard): Listing | null => {
    const img = card.querySelector('img');
    const title = cleanText(
      card.querySelector(spec.title)?.textContent || img?.getAttribute('alt') || link.getAttribute('title'),
    );
    const priced = cardPrice(card, spec.currency, spec.shape);
    if (!title || !priced) return null;
    const image = httpsImage(img?.getAttribute('src'));
    return { site: spec.site, itemId: id, url: spec.url(id), title, ...priced, status: 'active', ...image };
  };

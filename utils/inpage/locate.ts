/**
 * Where a listing's price is on the page. Adapters return listings, not elements, so the in-page
 * display finds the elements again from what a listing says:
 * - a card: the page's links to the listing (its URL, or its item id in a link), the largest
 *   element around them that holds no other listing's link, then inside it the element whose
 *   own text reads as the listing's price;
 * - an item page: the element whose text reads as the item's price, nearest the item's heading
 *   in the page's structure (outside links: carousel cards are links).
 * A site where that is not enough says where its prices are (SITE_HOOKS); a found element is
 * still checked to show the listing's amount. Nothing found: nothing shown (no guessing).
 */
import type { Listing } from '../listing';
import { currencyForHost, parsePrice } from '../price';

/** Per-site selectors tried first. Each match must still read as the listing's price. */
export interface SiteHooks {
  /** The item page's own price. */
  itemPrice?: string;
  /** The price inside a search card. */
  cardPrice?: string;
}

export const SITE_HOOKS: Record<string, SiteHooks> = {
  // The shown price is the aria-hidden part; .a-offscreen is the same text for screen readers.
  amazon: {
    itemPrice:
      '#corePriceDisplay_desktop_feature_div .a-price:not(.a-text-price) > [aria-hidden="true"], #corePrice_feature_div .a-price:not(.a-text-price) > [aria-hidden="true"], .apex-pricetopay-value > [aria-hidden="true"]',
    cardPrice: '.a-price:not(.a-text-price) > [aria-hidden="true"]',
  },
  // "S/ 1.362": a dot groups thousands here, which the reader cannot know from the text alone.
  mercadolibre: {
    itemPrice: '.ui-pdp-price__second-line .andes-money-amount',
    cardPrice: '.poly-price__current .andes-money-amount, .ui-search-price__second-line .andes-money-amount',
  },
  ebay: {
    itemPrice: '.x-price-primary, #prcIsum, #prcIsum_bidPrice, #mm-saleDscPrc, .x-bin-price__content',
    cardPrice: '.s-card__price, .s-item__price',
  },
};

/** Struck-out prices ("was $40") are never the listing's price. */
const STRUCK = 's, del, strike, [class*="line-through"], [class*="strike"], [style*="line-through"]';
/** Longest text an element may have to be "the price": the amount, its currency and a word or two. */
const MAX_PRICE_TEXT = 40;
/** How far up from a text node a price element may be. */
const MAX_CLIMB = 3;

export interface LocatedCard {
  listing: Listing;
  /** The element the chip goes into (at its end). */
  price: Element;
  /** The card around it. */
  card: Element;
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(0.005, Math.abs(b) * 1e-6);
}

/** Whether the element's own text is the listing's price (and nothing much else). */
function showsPrice(el: Element, listing: Listing, hostCurrency: string | null): boolean {
  const text = squash(el.textContent);
  if (!text || text.length > MAX_PRICE_TEXT) return false;
  // Cheap first: the amount's whole digits must be in the text ("5.100 €" holds 5100).
  if (!text.replace(/\D+/g, '').includes(String(Math.floor(listing.price.amount)))) return false;
  if (el.closest(STRUCK)) return false;
  const currency = listing.price.currency ?? hostCurrency ?? undefined;
  const parsed = parsePrice(text, currency ? { currency } : undefined);
  if (!parsed || !close(parsed.amount, listing.price.amount)) return false;
  return !parsed.currency || !listing.price.currency || parsed.currency === listing.price.currency;
}

/**
 * Whether a person sees the element: laid out, bigger than a pixel, not pushed off the page (the
 * "visually hidden" copies of prices for screen readers are all three). Always true where there is
 * no layout (the unit tests' DOM).
 */
function rendered(el: Element): boolean {
  if (typeof el.getBoundingClientRect !== 'function' || !hasLayout(el.ownerDocument)) return true;
  const box = el.getBoundingClientRect();
  return box.width > 1 && box.height > 1 && box.right > 0;
}

const layoutOf = new WeakMap<Document, boolean>();
function hasLayout(doc: Document): boolean {
  let known = layoutOf.get(doc);
  if (known === undefined) {
    known = (doc.body?.getBoundingClientRect().height ?? 0) > 0;
    layoutOf.set(doc, known);
  }
  return known;
}

/** The smallest elements under `root` showing the listing's price, in page order. */
export function priceElements(root: Element, listing: Listing, hostCurrency: string | null): Element[] {
  const found: Element[] = [];
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 0x4 /* NodeFilter.SHOW_TEXT */);
  const tried = new Set<Element>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!/\d/.test(node.nodeValue ?? '')) continue;
    let el = node.parentElement;
    for (let level = 0; el && level < MAX_CLIMB && root.contains(el); level++, el = el.parentElement) {
      if (tried.has(el)) break;
      tried.add(el);
      // Prettified pages pad a price with whitespace: measure the raw text loosely, the shown strictly.
      if ((el.textContent ?? '').length > MAX_PRICE_TEXT * 20) break;
      if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE' || el.tagName === 'TEMPLATE') break;
      if (showsPrice(el, listing, hostCurrency)) {
        // The smallest wins: a block holding a title and the price gives way to the price itself.
        const element = el;
        if (!found.some((other) => element.contains(other))) {
          for (let i = found.length - 1; i >= 0; i--) if (found[i]?.contains(element)) found.splice(i, 1);
          found.push(element);
        }
        break;
      }
    }
  }
  return found;
}

/** Whether the text's digits are the amount's ("S/ 1.362" and 1362, "1.234,50 €" and 1234.5). */
function sameDigits(text: string, amount: number): boolean {
  const digits = text.replace(/\D+/g, '');
  const forms = [amount.toFixed(2), amount.toFixed(0)].map((form) => form.replace(/\D+/g, ''));
  return digits !== '' && forms.includes(digits);
}

/**
 * The first element a site's hook names that shows the listing's price: its smallest part that
 * reads as the price, else the element itself when its digits are the amount's (the hook vouches
 * that it is a price; the site's number format may be one the reader cannot tell from the text).
 */
function hooked(
  root: ParentNode,
  selector: string | undefined,
  listing: Listing,
  hostCurrency: string | null,
): Element | null {
  if (!selector) return null;
  for (const el of root.querySelectorAll(selector)) {
    if (!rendered(el) || el.closest(STRUCK)) continue;
    const inside = priceElements(el, listing, hostCurrency)[0];
    if (inside) return inside;
    if (sameDigits(squash(el.textContent), listing.price.amount)) return el;
  }
  return null;
}

function pageCurrency(doc: Document): string | null {
  try {
    return currencyForHost(doc.location?.hostname ?? '');
  } catch {
    return null;
  }
}

const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * Links to a listing: its URL (without the fragment), its item id in a link as a whole word, or
 * (click-tracking links that carry neither) a link whose text is the listing's title.
 */
function linkIndex(doc: Document, listings: readonly Listing[]): { anchor: Element; listing: Listing }[] {
  const byUrl = new Map<string, Listing>();
  const byTitle = new Map<string, Listing | null>();
  for (const listing of listings) {
    byUrl.set(listing.url.replace(/#.*$/, ''), listing);
    // A title two cards share names neither.
    byTitle.set(listing.title, byTitle.has(listing.title) ? null : listing);
  }
  const base = doc.baseURI;
  const links: { anchor: Element; listing: Listing }[] = [];
  for (const anchor of doc.querySelectorAll('a[href]')) {
    const raw = anchor.getAttribute('href') ?? '';
    let href = raw;
    try {
      href = new URL(raw, base).href.replace(/#.*$/, '');
    } catch {
      // kept as written: matched by item id only
    }
    let listing = byUrl.get(href);
    if (!listing) listing = listings.find((candidate) => holdsId(href, candidate.itemId));
    if (!listing) listing = byTitle.get(squash(anchor.textContent)) ?? undefined;
    if (listing) links.push({ anchor, listing });
  }
  return links;
}

function holdsId(href: string, id: string): boolean {
  if (id.length < 4) return false;
  let at = href.indexOf(id);
  while (at !== -1) {
    const before = href[at - 1] ?? '';
    const after = href[at + id.length] ?? '';
    if (!/[A-Za-z0-9]/.test(before) && !/[A-Za-z0-9]/.test(after)) return true;
    at = href.indexOf(id, at + 1);
  }
  return false;
}

/**
 * The card of each listing (by `listingKey`-like site + id) and the element of its price. A card
 * is the largest element around the listing's first link that holds no other listing's link:
 * cards are contiguous in the page, so only the nearest other links before and after matter.
 */
export function locateCards(doc: Document, listings: readonly Listing[], site: string): LocatedCard[] {
  const links = linkIndex(doc, listings);
  const hostCurrency = pageCurrency(doc);
  const hooks = SITE_HOOKS[site] ?? {};
  const located: LocatedCard[] = [];
  const done = new Set<Listing>();
  for (let index = 0; index < links.length; index++) {
    const entry = links[index] as { anchor: Element; listing: Listing };
    const { listing } = entry;
    if (done.has(listing)) continue;
    done.add(listing);
    const before = findOther(links, index, -1, listing);
    const after = findOther(links, index, 1, listing);
    let card: Element = entry.anchor;
    for (let parent = card.parentElement; parent && parent !== doc.body; parent = parent.parentElement) {
      if ((before && parent.contains(before)) || (after && parent.contains(after))) break;
      card = parent;
    }
    const price =
      hooked(card, hooks.cardPrice, listing, hostCurrency) ??
      priceElements(card, listing, hostCurrency).find(rendered);
    if (price) located.push({ listing, price, card });
  }
  return located;
}

function findOther(
  links: readonly { anchor: Element; listing: Listing }[],
  from: number,
  step: 1 | -1,
  listing: Listing,
): Element | null {
  for (let index = from + step; index >= 0 && index < links.length; index += step) {
    const entry = links[index];
    if (entry && entry.listing !== listing) return entry.anchor;
  }
  return null;
}

function depth(el: Element): number {
  let count = 0;
  for (let node = el.parentElement; node; node = node.parentElement) count++;
  return count;
}

/** Elements between `el` and the common ancestor with `other`, both ways (tree distance). */
function distance(el: Element, other: Element): number {
  let common: Element | null = el;
  while (common && !common.contains(other)) common = common.parentElement;
  if (!common) return Number.POSITIVE_INFINITY;
  const base = depth(common);
  return depth(el) - base + (depth(other) - base);
}

/** Words shared with the title: picks the item's heading among several h1s (a logo in one). */
function overlap(text: string, title: string): number {
  const words = new Set(title.toLowerCase().split(/\s+/).filter(Boolean));
  return text
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => words.has(word)).length;
}

/** The item's heading: the h1 sharing most words with its title, else the first h1. */
export function itemHeading(doc: Document, listing: Listing): Element | null {
  const headings = [...doc.querySelectorAll('h1')].filter(rendered);
  let best: Element | null = headings[0] ?? null;
  let bestScore = best ? overlap(best.textContent ?? '', listing.title) : 0;
  for (const heading of headings.slice(1)) {
    const score = overlap(heading.textContent ?? '', listing.title);
    if (score > bestScore) {
      best = heading;
      bestScore = score;
    }
  }
  return best;
}

/** Prices in links (carousel cards) and buttons ("2 offers from $71,492") are not the item's own. */
const NOT_THE_PRICE = 'a[href], button, [role="button"]';

/**
 * The item page's own price: a site hook's, else the element showing the price nearest the
 * heading, outside links and buttons. Null when the page shows it nowhere.
 */
export function locateItemPrice(doc: Document, listing: Listing, site: string): Element | null {
  const hostCurrency = pageCurrency(doc);
  const body = doc.body;
  if (!body) return null;
  const fromHook = hooked(doc, SITE_HOOKS[site]?.itemPrice, listing, hostCurrency);
  if (fromHook) return fromHook;
  const candidates = priceElements(body, listing, hostCurrency).filter(
    (el) => !el.closest(NOT_THE_PRICE) && rendered(el),
  );
  const heading = itemHeading(doc, listing);
  if (!heading) return candidates[0] ?? null;
  let best: Element | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const d = distance(candidate, heading);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

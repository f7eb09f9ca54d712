import type { Listing, ListingStatus, Money } from '../listing';
import { parsePrice, parsePriceRange } from '../price';

/**
 * The page's own product from the structured data shops publish: JSON-LD (`Product`,
 * `ProductGroup` + `hasVariant`, `Offer`, `AggregateOffer`, `priceSpecification`, `@graph`,
 * `@id` references), microdata (itemscope/itemprop) and OpenGraph / product meta.
 *
 * Decisions (see also the tests in test/sites/structured.test.ts):
 * - ONE listing per page: the product. A ProductGroup, or a product with several offers, gives
 *   price = lowest offer and priceMax = highest when they differ (variants are not split up: comps
 *   want one record per page, and variant ids would change with the selected option).
 * - Sources, most specific first: JSON-LD offer of the product > microdata > og/product meta.
 *   When they disagree on the price, the one matching a visible price element wins; otherwise
 *   the most specific. Identity (id, title, url) always comes from the most specific source.
 * - Availability → status: InStock / LimitedAvailability / PreOrder / BackOrder... → 'active';
 *   SoldOut → 'sold' (the page says the item sold: the resale meaning); OutOfStock and
 *   Discontinued → 'ended' (no longer for sale, no sale implied: a shop running out of stock is
 *   not a sale at that price); no or unknown availability → 'unknown'.
 * - Prices must be finite and > 0 (0 is a "price on request" placeholder, not a price).
 *   String prices like "1,299.00" go through parsePrice with the declared currency as hint.
 */

type Node = Record<string, unknown>;
type Quote = { min: number; max: number; currency: string | null; status?: ListingStatus };

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (v == null ? [] : Array.isArray(v) ? v : [v]);
/** A text value; of a repeated one (["Name", "Name"]), the first. */
const str = (v: unknown): string | undefined =>
  typeof v === 'string'
    ? v.trim() || undefined
    : typeof v === 'number'
      ? String(v)
      : Array.isArray(v)
        ? str(v[0])
        : undefined;
/** Last segment of a schema.org term: "https://schema.org/InStock" → "InStock". */
const term = (v: unknown): string => (str(v) ?? '').replace(/^.*[/#:]/, '');
const typesOf = (n: Node): string[] => list(n['@type']).map(term);
const PRODUCT = /^(Product|ProductGroup|IndividualProduct|ProductModel|SomeProducts|Vehicle|Car)$/;
const isProduct = (n: Node) => typesOf(n).some((t) => PRODUCT.test(t));
const isGroup = (n: Node) => typesOf(n).includes('ProductGroup');
/** Keys never walked for the page's product: other items, reviews, navigation. */
const SKIP =
  /^(itemListElement|isRelatedTo|isSimilarTo|isAccessoryOrSparePartFor|isConsumableFor|review|reviews|breadcrumb|subjectOf|mentions|relatedLink|significantLink)$/;
const MAX_NODES = 20000;

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' };
/** Names are often HTML-escaped once more inside JSON-LD ("Tom &amp; Jerry"). */
export function cleanText(v: unknown): string {
  return (str(v) ?? '')
    .replace(/&(#x?[\da-f]+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] !== '#') return ENTITIES[e.toLowerCase()] ?? m;
      const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

const validAmount = (n: number) => Number.isFinite(n) && n > 0 && n < 1e12;

/**
 * A structured price: a number, or a string ("45.00", "1,299.00", "€ 97,39 - 128,72") read with its
 * declared currency; `max` when the string is a range.
 */
export function structuredAmount(v: unknown, currency: string | null): (Money & { max?: number }) | null {
  if (typeof v === 'number') return validAmount(v) ? { amount: v, currency } : null;
  if (typeof v !== 'string') return null;
  const s = v.trim();
  if (!/\d/.test(s) || /^-/.test(s)) return null;
  // schema.org prices use '.' as decimal point; "1.299" (3 decimals) is ambiguous: the parser decides
  // with the currency (173.000 COP is 173000).
  if (/^\d+(\.(\d{1,2}|\d{4,}))?$/.test(s)) return structuredAmount(Number(s), currency);
  const parsed = parsePriceRange(s, currency ? { currency } : undefined);
  if (!parsed || !validAmount(parsed.min.amount)) return null;
  const money = { amount: parsed.min.amount, currency: currency ?? parsed.min.currency };
  return parsed.max && validAmount(parsed.max) ? { ...money, max: parsed.max } : money;
}

export function statusOf(v: unknown): ListingStatus | undefined {
  const s = term(v)
    .toLowerCase()
    .replace(/[\s_-]/g, '');
  if (s === 'soldout') return 'sold';
  if (/^(outofstock|oos|discontinued)$/.test(s)) return 'ended';
  if (
    /^(instock|instoreonly|onlineonly|limitedavailability|preorder|presale|backorder|madetoorder|availablefororder|available)$/.test(
      s,
    )
  )
    return 'active';
  return undefined;
}

const CONDITIONS: Record<string, string> = {
  new: 'New',
  used: 'Used',
  refurbished: 'Refurbished',
  damaged: 'For parts',
};
export const conditionOf = (v: unknown): string | undefined =>
  CONDITIONS[
    term(v)
      .toLowerCase()
      .replace(/condition$/, '')
  ];

function absolute(v: unknown, base: URL | string): string | undefined {
  const s = str(v);
  if (!s) return undefined;
  try {
    const u = new URL(s, base);
    return /^https?:$/.test(u.protocol) ? u.href : undefined;
  } catch {
    return undefined;
  }
}

function imageOf(v: unknown, base: URL): string | undefined {
  for (const img of list(v)) {
    const src = isNode(img) ? (img.url ?? img.contentUrl ?? img.contentURL ?? img.thumbnailUrl) : img;
    const abs = absolute(src, base);
    if (abs) return abs;
  }
  return undefined;
}

/** The page URL Comps records: the canonical link, else the page without its fragment. */
export function canonicalUrl(doc: Document, url: URL): string {
  const href = absolute(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), url);
  if (href) return href;
  const u = new URL(url.href);
  u.hash = '';
  return u.href;
}

// ---------------------------------------------------------------- JSON-LD

function jsonLdRoots(doc: Document): unknown[] {
  const roots: unknown[] = [];
  for (const script of doc.querySelectorAll('script[type*="ld+json"]')) {
    const text = (script.textContent ?? '')
      .replace(/^(\s*(<!--|\/\*\s*<!\[CDATA\[\s*\*\/|\/\/\s*<!\[CDATA\[|<!\[CDATA\[))+/, '')
      .replace(/((\/\*\s*\]\]>\s*\*\/|\/\/\s*\]\]>|\]\]>|-->)\s*)+$/, '');
    try {
      roots.push(JSON.parse(text));
    } catch {
      // invalid block: skipped
    }
  }
  return roots;
}

/** Products reachable from the roots (not inside other products), and every node with an @id. */
function collect(roots: unknown[]): { products: Node[]; ids: Map<string, Node> } {
  const products: Node[] = [];
  const ids = new Map<string, Node>();
  let budget = MAX_NODES;
  const walk = (v: unknown, depth: number, inProduct: boolean) => {
    if (--budget < 0 || depth > 12) return;
    if (Array.isArray(v)) {
      for (const x of v) walk(x, depth + 1, inProduct);
      return;
    }
    if (!isNode(v)) return;
    const id = str(v['@id']);
    if (id && Object.keys(v).length > 1 && !ids.has(id)) ids.set(id, v);
    const product = isProduct(v);
    if (product && !inProduct) products.push(v);
    // An Offer published as the root, its product in itemOffered.
    const offered = v.itemOffered;
    if (
      !inProduct &&
      isNode(offered) &&
      isProduct(offered) &&
      !offered.offers &&
      /Offer/.test(typesOf(v).join())
    )
      products.push({ ...offered, offers: v });
    for (const [key, value] of Object.entries(v)) {
      if (typeof value === 'object' && value !== null && !SKIP.test(key))
        walk(value, depth + 1, inProduct || product);
    }
  };
  walk(roots, 0, false);
  return { products, ids };
}

const resolve = (v: unknown, ids: Map<string, Node>): unknown => {
  const id = isNode(v) ? str(v['@id']) : undefined;
  return id && Object.keys(v as Node).length === 1 ? (ids.get(id) ?? v) : v;
};

const NOT_A_PRICE = /strike|list|msrp|srp|was|original|regular|minimum|maximum|install/i;

function quotesOf(offers: unknown, ids: Map<string, Node>, out: Quote[], depth = 0): void {
  if (depth > 3) return;
  for (const raw of list(offers).slice(0, 500)) {
    const o = resolve(raw, ids);
    if (!isNode(o)) continue;
    const currency = str(o.priceCurrency)?.toUpperCase() ?? null;
    const status = statusOf(o.availability);
    const push = (lo: (Money & { max?: number }) | null, hi: Money | null = null) => {
      if (lo) {
        const max = Math.max(lo.amount, lo.max ?? 0, hi?.amount ?? 0);
        out.push({ min: lo.amount, max, currency: lo.currency, status });
      }
      return !!lo;
    };
    if (push(structuredAmount(o.lowPrice, currency), structuredAmount(o.highPrice, currency))) continue;
    if (push(structuredAmount(o.price, currency))) continue;
    let found = false;
    for (const spec of list(o.priceSpecification)) {
      if (!isNode(spec) || NOT_A_PRICE.test(term(spec.priceType))) continue;
      const cur = str(spec.priceCurrency)?.toUpperCase() ?? currency;
      found =
        push(structuredAmount(spec.price ?? spec.minPrice, cur), structuredAmount(spec.maxPrice, cur)) ||
        found;
      if (found) break;
    }
    if (!found && o.offers) quotesOf(o.offers, ids, out, depth + 1);
  }
}

type Draft = Omit<Listing, 'site'> & { idFromPage?: boolean };

/** Lowest..highest of the quotes in the first declared currency; status from all of them. */
function combine(quotes: Quote[]): Pick<Listing, 'price' | 'priceMax' | 'status'> | null {
  const currency = quotes.find((q) => q.currency)?.currency ?? null;
  const same = quotes.filter((q) => !q.currency || q.currency === currency);
  if (!same.length) return null;
  const min = Math.min(...same.map((q) => q.min));
  const max = Math.max(...same.map((q) => q.max));
  const statuses = same.map((q) => q.status);
  const status: ListingStatus = statuses.includes('active')
    ? 'active'
    : statuses.includes(undefined)
      ? 'unknown'
      : statuses.every((s) => s === 'sold')
        ? 'sold'
        : 'ended';
  return { price: { amount: min, currency }, ...(max > min ? { priceMax: max } : {}), status };
}

const BAD_ID = /^(n\/?a|null|undefined|none|-+|0)$/i;

function idOf(n: Node, pageUrl: string): string | undefined {
  for (const key of ['productGroupID', 'sku', 'productID', 'mpn']) {
    const v = str(n[key]);
    if (v && v.length <= 200 && !BAD_ID.test(v)) return v;
  }
  const id = str(n['@id']);
  return id && id.length <= 500 ? absolute(id, pageUrl) : undefined;
}

/** Stable id from a URL: origin + path. */
export const urlId = (href: string): string => {
  const u = new URL(href);
  return u.origin + u.pathname;
};

function draftOf(n: Node, ids: Map<string, Node>, page: string, url: URL): Draft | null {
  const quotes: Quote[] = [];
  quotesOf(n.offers, ids, quotes);
  if (isGroup(n))
    for (const v of list(n.hasVariant).slice(0, 500)) {
      const variant = resolve(v, ids);
      if (isNode(variant)) quotesOf(variant.offers, ids, quotes);
    }
  if (!quotes.length && n.price != null) quotesOf(n, ids, quotes); // sloppy markup: price on the product
  const priced = combine(quotes);
  const title = cleanText(n.name);
  if (!priced || !title) return null;
  const firstOffer = (p: unknown) =>
    isNode(p)
      ? list(p.offers)
          .map((o) => resolve(o, ids))
          .find(isNode)
      : undefined;
  const offer = firstOffer(n) ?? (isGroup(n) ? firstOffer(resolve(list(n.hasVariant)[0], ids)) : undefined);
  const id = idOf(n, page);
  const draft: Draft = {
    itemId: id ?? urlId(page),
    idFromPage: !id,
    url: page,
    title,
    ...priced,
  };
  const condition = conditionOf(offer?.itemCondition ?? n.itemCondition);
  if (condition) draft.condition = condition;
  const image = imageOf(n.image, url);
  if (image) draft.imageUrl = image;
  const shipping = list(offer?.shippingDetails);
  const rate = shipping.length === 1 && isNode(shipping[0]) ? shipping[0].shippingRate : undefined;
  if (isNode(rate)) {
    const value = typeof rate.value === 'number' ? rate.value : Number(str(rate.value) ?? Number.NaN);
    const cur = str(rate.currency)?.toUpperCase() ?? draft.price.currency;
    if (value === 0) draft.shipping = null;
    else if (validAmount(value)) draft.shipping = { amount: value, currency: cur };
  }
  return draft;
}

/** Path of a URL-ish value, to compare a product's url/@id with the page. */
const pathOf = (v: unknown, base: URL): string | undefined => {
  const abs = absolute(v, base);
  return abs ? new URL(abs).pathname.replace(/\/$/, '') : undefined;
};

/** The page's own product among several: a ProductGroup, the one at the page's URL, the one named like the h1. */
function pickDraft(
  products: Node[],
  ids: Map<string, Node>,
  doc: Document,
  url: URL,
  page: string,
): Draft | null {
  const drafts: { node: Node; draft: Draft }[] = [];
  for (const node of products.slice(0, 200)) {
    const draft = draftOf(node, ids, page, url);
    if (draft) drafts.push({ node, draft });
  }
  if (drafts.length <= 1) return drafts[0]?.draft ?? null;
  const groups = drafts.filter((d) => isGroup(d.node));
  const pool = groups.length ? groups : drafts;
  const paths = new Set([url.pathname.replace(/\/$/, ''), new URL(page).pathname.replace(/\/$/, '')]);
  const h1 = cleanText(doc.querySelector('h1')?.textContent);
  const pick =
    pool.find((d) => [d.node.url, d.node['@id']].some((v) => paths.has(pathOf(v, url) ?? '\0'))) ??
    pool.find((d) => h1 && d.draft.title === h1) ??
    pool[0];
  return pick?.draft ?? null;
}

function fromJsonLd(doc: Document, url: URL, page: string): Draft | null {
  const { products, ids } = collect(jsonLdRoots(doc));
  return pickDraft(products, ids, doc, url, page);
}

// ---------------------------------------------------------------- microdata

function microValue(el: Element): string | null {
  const tag = el.tagName.toLowerCase();
  if (el.hasAttribute('content')) return el.getAttribute('content');
  if (tag === 'a' || tag === 'link' || tag === 'area') return el.getAttribute('href');
  if (tag === 'img' || tag === 'source' || tag === 'video' || tag === 'audio') return el.getAttribute('src');
  if (tag === 'data' || tag === 'meter') return el.getAttribute('value');
  if (tag === 'time') return el.getAttribute('datetime') ?? el.textContent;
  return el.textContent;
}

/**
 * A microdata item as a JSON-LD-like node: the properties under `scope` whose nearest itemscope is
 * `owner` (null: properties outside any item).
 */
function microItem(scope: ParentNode, owner: Element | null, type: string, depth: number): Node {
  const node: Node = { '@type': type.split(/\s+/).map(term) };
  if (depth > 4) return node;
  for (const prop of scope.querySelectorAll('[itemprop]')) {
    if ((prop.parentElement?.closest('[itemscope]') ?? null) !== owner) continue;
    const value = prop.hasAttribute('itemscope')
      ? microItem(prop, prop, prop.getAttribute('itemtype') ?? '', depth + 1)
      : microValue(prop);
    for (const name of (prop.getAttribute('itemprop') ?? '').split(/\s+/)) {
      if (!name) continue;
      const key = name === 'offercount' ? 'offerCount' : name;
      node[key] = node[key] === undefined ? value : [...list(node[key]), value];
    }
  }
  return node;
}

function fromMicrodata(doc: Document, url: URL, page: string): Draft | null {
  const nodes: Node[] = [];
  for (const el of doc.querySelectorAll('[itemscope][itemtype*="Product"]')) {
    const prop = el.getAttribute('itemprop');
    if (prop && !/mainEntity|about/.test(prop)) continue; // a related product, an offered item...
    nodes.push(microItem(el, el, el.getAttribute('itemtype') ?? '', 0));
    if (nodes.length >= 20) break;
  }
  // An Offer whose Product lost its itemscope (AliExpress): the properties outside any item
  // (name, url, image...) and that offer make the product.
  const offer = nodes.length ? null : doc.querySelector('[itemscope][itemprop="offers"]');
  if (offer && !offer.parentElement?.closest('[itemscope]')) nodes.push(microItem(doc, null, 'Product', 0));
  return pickDraft(nodes, new Map(), doc, url, page);
}

// ---------------------------------------------------------------- OpenGraph / product meta

function fromMeta(doc: Document, url: URL, page: string): Draft | null {
  const meta = (...names: string[]): string | undefined => {
    for (const name of names) {
      const el = doc.querySelector(`meta[property="${name}"],meta[name="${name}"]`);
      const v = str(el?.getAttribute('content'));
      if (v) return v;
    }
    return undefined;
  };
  const currency = meta('product:price:currency', 'og:price:currency')?.toUpperCase() ?? null;
  const price = structuredMetaAmount(meta('product:price:amount', 'og:price:amount'), currency);
  const title = cleanText(
    meta('og:title') ?? doc.querySelector('h1')?.textContent ?? doc.querySelector('title')?.textContent,
  );
  if (!price || !title) return null;
  const id = meta('product:retailer_item_id');
  const draft: Draft = {
    itemId: id && !BAD_ID.test(id) ? id : urlId(page),
    idFromPage: !id,
    url: page,
    title,
    price,
    status: statusOf(meta('product:availability', 'og:availability')) ?? 'unknown',
  };
  const condition = conditionOf(meta('product:condition', 'og:condition'));
  if (condition) draft.condition = condition;
  const image = absolute(meta('og:image', 'og:image:url'), url);
  if (image) draft.imageUrl = image;
  return draft;
}

/** Meta content is page text ("173.000" for COP 173000): read like a structured string price. */
function structuredMetaAmount(v: string | undefined, currency: string | null): Money | null {
  const money = v ? structuredAmount(v, currency) : null;
  return money ? { amount: money.amount, currency: money.currency } : null;
}

// ---------------------------------------------------------------- all together

const samePrice = (a: Draft, b: Draft) =>
  Math.abs(a.price.amount - b.price.amount) < 0.005 &&
  (!a.price.currency || !b.price.currency || a.price.currency === b.price.currency);

/** Amounts shown in the first price-looking elements of the page (cheap: one query, short texts). */
function visibleAmounts(doc: Document, currency: string | null): number[] {
  const amounts: number[] = [];
  let n = 0;
  for (const el of doc.querySelectorAll(
    '[class*="price"],[class*="Price"],[id*="price"],[itemprop="price"]',
  )) {
    if (++n > 80) break;
    const text = el.textContent ?? '';
    if (text.length > 60 || !/\d/.test(text)) continue;
    const parsed = parsePrice(text, currency ? { currency } : undefined);
    if (parsed) amounts.push(parsed.amount);
  }
  return amounts;
}

export function structuredListings(doc: Document, url: URL, site: string): Listing[] {
  try {
    const page = canonicalUrl(doc, url);
    const sources = [
      fromJsonLd(doc, url, page),
      fromMicrodata(doc, url, page),
      fromMeta(doc, url, page),
    ].filter((d): d is Draft => !!d);
    const first = sources[0];
    if (!first) return [];
    let chosen = first;
    if (sources.some((s) => !samePrice(s, first))) {
      const seen = visibleAmounts(doc, first.price.currency);
      chosen = sources.find((s) => seen.some((a) => Math.abs(a - s.price.amount) < 0.005)) ?? first;
    }
    const { idFromPage: _, ...base } = first;
    const listing: Listing = { site, ...base, price: { ...chosen.price } };
    listing.itemId = sources.find((s) => !s.idFromPage)?.itemId ?? first.itemId;
    if (chosen.priceMax) listing.priceMax = chosen.priceMax;
    else delete listing.priceMax;
    for (const s of sources) {
      if (!listing.price.currency && s.price.currency && samePrice(s, chosen))
        listing.price.currency = s.price.currency;
      if (listing.status === 'unknown') listing.status = s.status;
      listing.condition ??= s.condition;
      listing.imageUrl ??= s.imageUrl;
    }
    if (!listing.condition) delete listing.condition;
    if (!listing.imageUrl) delete listing.imageUrl;
    return [listing];
  } catch {
    return [];
  }
}

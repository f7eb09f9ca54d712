import { type PriceHint, parsePriceRange } from '../price';
import { cleanText } from './structured';
import type { Box, PriceCandidate, VisualPage } from './visual-price';

/**
 * The browser-only half of the visual price reader: finds the prices a live page shows and
 * measures them (getBoundingClientRect, getComputedStyle) into plain PriceCandidate records for
 * the pure decision in visual-price.ts. Returns null where nothing is laid out (a DOMParser
 * document, Node's DOM emulation, a page not rendered yet): the caller then reads no visual price.
 */

/** Enough for any product page; a page with more price-like texts is read in its first ones. */
const MAX_CANDIDATES = 400;
/** A price with its currency and label never needs more text than this; longer texts are blocks. */
const MAX_PRICE_TEXT = 48;
/** Characters of page text kept on each side of a price for its label ("Was:", "+ shipping"). */
const CONTEXT = 40;

const SKIPPED = 'script,style,noscript,template,select,textarea,svg';

/** Class names, ids and labels of blocks holding other products than the page's own. */
const OTHER_PRODUCTS =
  /related|recommend|similar|also[-_ ]?(bought|viewed|like)|you[-_ ]?may|upsell|up-sell|cross[-_]?sell|recent(ly)?[-_ ]?viewed|carousel|slider|swiper|slick|owl-|splide|glide|sponsored|bundle|frequently|compare/i;
/** Class names of old prices, which the (unloaded or unknown) style sheet crosses out. */
const OLD_PRICE_CLASS =
  /(^|[-_ ])(old|was|original|compare|regular|strike|strikethrough|list-?price|rrp|msrp|del|crossed|previous|before)([-_ ]|$)/i;
/** Areas that never hold the product's own price. */
const CHROME_TAGS = new Set(['HEADER', 'FOOTER', 'NAV']);
const CHROME_ROLES = /^(banner|contentinfo|navigation)$/;

const textOf = (el: Element) => cleanText(el.textContent);

/**
 * An element's text without what it holds in `hidden` elements, which the browser does not show
 * whatever the style sheet says (Shopify themes keep an empty, hidden "Unit price / ..." block
 * beside the price: its words are not the price's label).
 */
function shownTextOf(el: Element): string {
  if (!el.querySelector('[hidden]')) return textOf(el);
  let text = '';
  const walker = (el.ownerDocument ?? document).createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const hidden = node.parentElement?.closest('[hidden]');
    if (!hidden || !el.contains(hidden)) text += node.nodeValue ?? '';
  }
  return cleanText(text);
}
const digitsOf = (s: string) => s.replace(/\D/g, '');

function docBox(el: Element, view: Window): Box {
  const rect = el.getBoundingClientRect();
  return { x: rect.left + view.scrollX, y: rect.top + view.scrollY, width: rect.width, height: rect.height };
}

function isShown(el: Element, view: Window): boolean {
  const rect = el.getBoundingClientRect();
  if (rect.width < 1 || rect.height < 1) return false;
  const style = view.getComputedStyle(el);
  return style.visibility !== 'hidden' && Number(style.opacity) > 0.05;
}

/**
 * Crossed out: by markup around the digits, by style on them or an ancestor (text-decoration is
 * not inherited), or by an old-price class name, which is what the style sheet crosses out.
 */
function isStruck(digits: Element, el: Element, view: Window): boolean {
  if (digits.closest('s,del,strike')) return true;
  let node: Element | null = digits;
  for (let depth = 0; node && depth < 6; depth++, node = node.parentElement) {
    if (view.getComputedStyle(node).textDecorationLine.includes('line-through')) return true;
    if (OLD_PRICE_CLASS.test(node.getAttribute('class') ?? '')) return true;
  }
  return el.closest('s,del,strike') !== null;
}

/** The page's chrome or another product's block around an element, if any. */
function areaOf(el: Element): string | undefined {
  let node: Element | null = el;
  for (let depth = 0; node && node.tagName !== 'BODY' && depth < 40; depth++, node = node.parentElement) {
    if (CHROME_TAGS.has(node.tagName)) return node.tagName.toLowerCase();
    const role = node.getAttribute('role');
    if (role && CHROME_ROLES.test(role)) return role;
    const names = `${node.id} ${node.getAttribute('class') ?? ''} ${node.getAttribute('aria-label') ?? ''}`;
    if (names.length > 2 && names.length < 500 && OTHER_PRODUCTS.test(names)) return 'other products';
  }
  return undefined;
}

/** Every number, separators and all: "1,299.00" → "1". */
const NUMBER = /\d(?:[\d.,'’\u00a0\u202f]*\d)?/g;

/**
 * The price a short text shows, only when the text carries a currency sign, code or word of its
 * own: a bare "2023" or "12" is a year or a count, whatever the host's currency.
 */
function readPrice(
  text: string,
  hint: PriceHint,
): { amount: number; max?: number; currency: string | null } | null {
  if (text.length > MAX_PRICE_TEXT || !/\d/.test(text)) return null;
  const range = parsePriceRange(text, hint);
  const price = range?.min;
  if (!price || !(price.amount > 0) || !Number.isFinite(price.amount)) return null;
  // With a made-up hint, a text without a marker of its own comes back in that made-up currency.
  const probe = parsePriceRange(text.replace(NUMBER, '1'), { currency: 'XXX', locale: hint.locale });
  if (!probe || probe.min.currency === 'XXX') return null;
  return range.max ? { ...price, max: range.max } : price;
}

/**
 * The element showing the price around one of its text nodes: the text node's parent, widened
 * to ancestors that add no digit ("<span>$</span><span>349.99</span>") or only the cents set apart
 * ("<span>$239.</span><span>99</span>", "19<sup>99</sup>", read as 239.99 and 19.99).
 */
function priceElement(start: Element): { el: Element; text: string } {
  let el = start;
  let text = textOf(el);
  const own = digitsOf(text);
  for (let depth = 0; depth < 4; depth++) {
    const parent: Element | null = el.parentElement;
    if (!parent || parent.tagName === 'BODY') break;
    const wider = shownTextOf(parent);
    if (wider.length > MAX_PRICE_TEXT) break;
    const digits = digitsOf(wider);
    if (digits === own) {
      el = parent;
      text = wider;
      continue;
    }
    // Cents in their own element right after the whole amount.
    const cents = /^(.*\d)([.,]?)\s*(\d{2})(\D*)$/.exec(wider);
    if (digits.length === own.length + 2 && digits.startsWith(own) && cents && !/[.,]\d{2}$/.test(text)) {
      el = parent;
      text = cents[2] ? wider : `${cents[1]}.${cents[3]}${cents[4]}`;
    }
    break;
  }
  return { el, text };
}

/** A currency written in the element next to a bare number: "294" + "元", "NT$" + "1,290". */
function withSiblingCurrency(el: Element, text: string): string | null {
  const next = el.nextElementSibling;
  const nextText = next ? textOf(next) : '';
  if (nextText && nextText.length <= 6 && !/\d/.test(nextText)) return `${text} ${nextText}`;
  const previous = el.previousElementSibling;
  const previousText = previous ? textOf(previous) : '';
  if (previousText && previousText.length <= 6 && !/\d/.test(previousText)) return `${previousText} ${text}`;
  return null;
}

/** Words of a title, for matching headings to the page title: Latin words and CJK pairs. */
function words(text: string): Set<string> {
  const out = new Set<string>();
  const lower = text.toLowerCase();
  for (const w of lower.match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+$/u.test(w)) {
      for (let i = 0; i + 1 < w.length; i++) out.add(w.slice(i, i + 2));
      if (w.length === 1) out.add(w);
    } else out.add(w);
  }
  return out;
}

/**
 * The product's title element: of the shown h1, h2 and h3 outside the page's chrome, the one
 * sharing most words with og:title / the document title (a logo in an h1 shares none), else the
 * first h1.
 */
function headingOf(doc: Document, view: Window): Element | null {
  const title = doc.querySelector('meta[property="og:title"]')?.getAttribute('content') || doc.title || '';
  const titleWords = words(title);
  const matching: { el: Element; shared: number }[] = [];
  let firstH1: Element | null = null;
  let seen = 0;
  for (const el of doc.querySelectorAll('h1,h2,h3')) {
    if (++seen > 60) break;
    const text = textOf(el);
    if (!text || text.length > 300 || !isShown(el, view) || areaOf(el)) continue;
    if (el.tagName === 'H1') firstH1 ??= el;
    const own = words(text);
    let shared = 0;
    for (const w of own) if (titleWords.has(w)) shared++;
    // Most of the heading's own words must be in the title: the product, not a section name.
    if (shared >= 2 && shared >= own.size / 2) matching.push({ el, shared });
  }
  const h1 = matching.filter((m) => m.el.tagName === 'H1');
  const pool = h1.length ? h1 : matching;
  const best = pool.reduce<{ el: Element; shared: number } | null>(
    (a, m) => (!a || m.shared > a.shared ? m : a),
    null,
  );
  // Several h2 / h3 like the title are a list's cards (search results), not one product's title.
  if (best && best.el.tagName !== 'H1' && matching.filter((m) => m.el.tagName === best.el.tagName).length > 1)
    return firstH1;
  return best?.el ?? firstH1;
}

/** Text nodes in document order with their offsets in the page's collapsed text. */
function pageText(body: Element, doc: Document) {
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest(SKIPPED)) continue;
    const value = (node.nodeValue ?? '').replace(/\s+/g, ' ');
    if (!value.trim()) continue;
    nodes.push(node as Text);
    starts.push(text.length);
    text += text.endsWith(' ') && value.startsWith(' ') ? value.slice(1) : value;
    if (text.length > 2_000_000) break;
  }
  return { nodes, starts, text };
}

/**
 * The page's shown prices, measured. `hint` resolves "$" and "¥" (the currency the page states,
 * page-currency.ts); a text counts as a price only when it carries a currency sign, code or word itself.
 */
export function measurePage(doc: Document, hint: PriceHint): VisualPage | null {
  const view = doc.defaultView;
  const body = doc.body;
  if (!view || !body) return null;
  const bodyRect = body.getBoundingClientRect();
  if (bodyRect.width < 1 || bodyRect.height < 1) return null;

  const heading = headingOf(doc, view);
  const headingDepth = new Map<Element, number>();
  if (heading) {
    const chain: Element[] = [];
    for (let node: Element | null = heading; node; node = node.parentElement) chain.unshift(node);
    chain.forEach((el, depth) => {
      headingDepth.set(el, depth);
    });
  }
  const ringOf = (el: Element) => {
    for (let node: Element | null = el; node; node = node.parentElement) {
      const depth = headingDepth.get(node);
      if (depth !== undefined) return depth;
    }
    return -1;
  };

  const { nodes, starts, text: all } = pageText(body, doc);
  const index = new Map<Text, number>(nodes.map((node, i) => [node, i]));
  /** Offsets of an element's text in the page text. */
  const span = (el: Element): [number, number] | null => {
    const inside = doc.createTreeWalker(el, 4);
    let first = -1;
    let last = -1;
    for (let node = inside.nextNode(); node; node = inside.nextNode()) {
      const i = index.get(node as Text);
      if (i === undefined) continue;
      if (first < 0) first = i;
      last = i;
    }
    if (first < 0) return null;
    return [
      starts[first] ?? 0,
      (starts[last] ?? 0) + ((nodes[last] as Text).nodeValue ?? '').replace(/\s+/g, ' ').length,
    ];
  };

  // Where each heading's text starts: a price's `after` context stops there. A heading opens the
  // next section, and its words are about what follows, not a label of the price before it
  // (fye.com: "$17.99" then a visually hidden <h2>Shipping Promotions</h2>).
  const headingStarts: number[] = [];
  for (const el of [...doc.querySelectorAll('h1,h2,h3,h4,h5,h6')].slice(0, 300)) {
    const at = span(el);
    if (at) headingStarts.push(at[0]);
  }
  const afterText = (end: number) => {
    let stop = end + CONTEXT;
    for (const start of headingStarts) if (start >= end && start < stop) stop = start;
    return all.slice(end, stop);
  };

  const candidates: PriceCandidate[] = [];
  const seen = new Set<Element>();
  for (const node of nodes) {
    if (candidates.length >= MAX_CANDIDATES) break;
    const value = node.nodeValue ?? '';
    const digits = node.parentElement;
    if (!digits || !/\d/.test(value) || value.length > 200) continue;
    const found = priceElement(digits);
    const { el } = found;
    if (seen.has(el)) continue;
    seen.add(el);
    let { text } = found;
    let price = readPrice(text, hint);
    if (!price && /^[\d.,'’ -]+$/.test(text)) {
      const joined = withSiblingCurrency(el, text);
      price = joined ? readPrice(joined, hint) : null;
      if (joined) text = joined;
    }
    if (!price || !isShown(el, view)) continue;
    const at = span(el);
    let area = areaOf(el);
    // The title's own words ("【1,111円〜】Pokémon cards") are not a price label; a price element
    // set inside the heading ("Washing machine - <span>£50</span>") is.
    if (heading?.contains(el) && (el === heading || textOf(el) === textOf(heading) || /\D{25}/.test(text)))
      area = 'title';
    candidates.push({
      text,
      amount: price.amount,
      ...(price.max ? { max: price.max } : {}),
      currency: price.currency,
      fontSize: Number.parseFloat(view.getComputedStyle(digits).fontSize) || 0,
      box: docBox(el, view),
      struck: isStruck(digits, el, view),
      link: el.closest('a[href]') !== null,
      ...(area ? { area } : {}),
      before: at ? all.slice(Math.max(0, at[0] - CONTEXT), at[0]) : '',
      after: at ? afterText(at[1]) : '',
      ring: ringOf(el),
    });
  }
  return {
    viewport: { width: view.innerWidth, height: view.innerHeight },
    heading: heading ? { box: docBox(heading, view), text: textOf(heading) } : null,
    candidates,
  };
}

/**
 * The element Comps adds to a marketplace page, and where it goes. Everything visible lives in
 * its shadow root (styles.ts); the host itself gets its whole style inline with !important, which
 * no style sheet of the page can override, so the page styles nothing of it and it styles nothing
 * of the page. Tests and users' own scripts find hosts by `data-comps-verdict`.
 */
import type { VerdictWord } from '../../utils/messages';
import { INPAGE_CSS } from './styles';

/** The host's tag: a custom element name no page styles by tag. */
export const HOST_TAG = 'comps-verdict';
export const HOST_ATTRIBUTE = 'data-comps-verdict';

const INLINE =
  'all: initial !important; display: inline-block !important; vertical-align: text-bottom !important;';
/** Out of the flow at its own place: the page around it cannot move (see `placeAll`). */
const FLOATING = `${INLINE} position: absolute !important; z-index: 2147483000 !important;`;

export interface Host {
  host: HTMLElement;
  root: ShadowRoot;
}

export function createHost(doc: Document, kind: 'chip' | 'panel', verdict: VerdictWord): Host {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('style', INLINE);
  host.setAttribute(HOST_ATTRIBUTE, verdict);
  host.setAttribute('data-comps-kind', kind);
  // Closed to the page: its scripts cannot reach in (the content script keeps the reference).
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = INPAGE_CSS;
  root.append(style);
  return { host, root };
}

/** Every host Comps added to this document. */
export function allHosts(doc: Document): HTMLElement[] {
  return [...doc.querySelectorAll<HTMLElement>(`${HOST_TAG}[${HOST_ATTRIBUTE}]`)];
}

// ---------------------------------------------------------------------------------------------
// Light or dark, as the page is

function parseColour(value: string): [number, number, number, number] | null {
  const match = /rgba?\(([^)]+)\)/.exec(value);
  if (!match?.[1]) return null;
  const parts = match[1]
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  const [r = 0, g = 0, b = 0, a = 1] = parts;
  return [r, g, b, a];
}

function luminance([r, g, b]: [number, number, number, number]): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/**
 * The scheme the page shows around `el`: the background actually painted behind it when the page
 * paints one (a site's own dark theme), else the page's `color-scheme` (only dark, or light and
 * dark with the system's preference dark), else light: a page that declares nothing is light.
 */
export function schemeAt(el: Element): 'light' | 'dark' {
  const view = el.ownerDocument.defaultView;
  if (!view) return 'light';
  for (let node: Element | null = el; node; node = node.parentElement) {
    const colour = parseColour(view.getComputedStyle(node).backgroundColor);
    if (colour && colour[3] > 0.5) return luminance(colour) < 0.2 ? 'dark' : 'light';
  }
  const declared = view.getComputedStyle(el).colorScheme || 'normal';
  const dark = /\bdark\b/.test(declared);
  const light = /\blight\b/.test(declared);
  if (dark && !light) return 'dark';
  if (dark && light) return view.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  return 'light';
}

// ---------------------------------------------------------------------------------------------
// Placement: next to the price, without moving the price or anything below it

/** Where a host goes: at the end of the price element. */
export interface Placement {
  host: HTMLElement;
  anchor: Element;
  /** Smaller forms to try, in order, when a form moves the page (the panel's levels). */
  shrink?: ((level: number) => void) | undefined;
  levels?: number;
}

interface Geometry {
  text: DOMRect | null;
  block: DOMRect | null;
}

function blockOf(el: Element): Element | null {
  const view = el.ownerDocument.defaultView;
  for (let node = el.parentElement; node; node = node.parentElement) {
    const display = view?.getComputedStyle(node).display ?? 'block';
    if (!display.startsWith('inline') && display !== 'contents') return node;
  }
  return null;
}

function rangeOf(anchor: Element): Range {
  // Made before the host goes in: its end stays before the host (a boundary at the insertion
  // index does not move), so it measures the page's own text of the price.
  const range = anchor.ownerDocument.createRange();
  range.selectNodeContents(anchor);
  return range;
}

function measure(range: Range, block: Element | null): Geometry {
  return { text: range.getBoundingClientRect(), block: block?.getBoundingClientRect() ?? null };
}

function moved(before: Geometry, after: Geometry): boolean {
  const off = (a: number | undefined, b: number | undefined) => Math.abs((a ?? 0) - (b ?? 0)) > 0.5;
  return (
    off(before.text?.left, after.text?.left) ||
    off(before.text?.top, after.text?.top) ||
    off(before.block?.top, after.block?.top) ||
    off(before.block?.height, after.block?.height) ||
    off(before.block?.width, after.block?.width)
  );
}

/**
 * Puts each host at the end of its price element, then checks with the layout that nothing moved:
 * the price's own text (left, top) and the block holding it (top, size; what follows the block,
 * such as a buy button, moves only when it does). A host that moves something takes its smaller
 * forms, and if even the smallest does, leaves the flow (position: absolute at its own place, over
 * the empty space after the price). All reads happen before all writes, in three rounds, so 60
 * cards cost three layouts, not 120.
 */
export function placeAll(placements: readonly Placement[]): void {
  const items = placements.map((placement) => {
    const range = rangeOf(placement.anchor);
    const block = blockOf(placement.anchor);
    return { ...placement, range, block, before: measure(range, block), level: 0 };
  });
  for (const item of items) item.anchor.append(item.host);
  let pending = items;
  for (let round = 0; round < 4 && pending.length > 0; round++) {
    const movedNow = pending.filter((item) => moved(item.before, measure(item.range, item.block)));
    for (const item of movedNow) {
      item.level++;
      if (item.shrink && item.level < (item.levels ?? 1)) item.shrink(item.level);
      else item.host.setAttribute('style', FLOATING);
    }
    pending = movedNow.filter((item) => item.host.getAttribute('style') !== FLOATING);
  }
}

/** Whether a host left the flow (for tests and the README's description). */
export function isFloating(host: HTMLElement): boolean {
  return host.getAttribute('style') === FLOATING;
}

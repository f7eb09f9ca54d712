import type { Listing } from '../listing';
import { parsePriceRange } from '../price';
import type { SiteAdapter } from './types';

const HOST_RE = /(^|\.)(taobao|tmall)\.com$/;
const HINT = { currency: 'CNY', locale: 'zh-CN' };

const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

const shown = (el: Element | null): el is Element =>
  !!el && !el.classList.contains('tb-hidden') && !/display:\s*none/i.test(el.getAttribute('style') ?? '');

const absolute = (src: string | null | undefined): string | undefined =>
  src ? (src.startsWith('//') ? `https:${src}` : /^https?:/.test(src) ? src : undefined) : undefined;

function listing(
  id: string,
  host: string,
  title: string,
  priceText: string,
  imageUrl?: string,
): Listing | null {
  const range = parsePriceRange(priceText, HINT);
  if (!/^\d+$/.test(id) || !range || !(range.min.amount > 0)) return null;
  return {
    site: 'taobao',
    itemId: id,
    url: `https://${host}/item.htm?id=${id}`,
    title,
    price: { amount: range.min.amount, currency: 'CNY' },
    ...(range.max && range.max > range.min.amount ? { priceMax: range.max } : {}),
    status: 'active',
    format: 'fixed',
    ...(imageUrl ? { imageUrl } : {}),
  };
}

function itemPage(doc: Document, url: URL): Listing[] {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
  const id = url.searchParams.get('id') ?? /[?&]id=(\d+)/.exec(canonical)?.[1] ?? '';
  // The price a buyer pays, as the page shows it big: the promotion price when the page shows one
  // (the list price above it is then struck through), otherwise the list price (a range when SKUs differ).
  const promo = doc.getElementById('J_PromoPrice');
  const priceEl =
    (shown(promo) ? promo.querySelector('.tm-price, .tb-rmb-num') : null) ??
    doc.querySelector('.tm-price-cur .tm-price, #J_StrPriceModBox .tm-price, #J_StrPrice .tb-rmb-num');
  const title =
    doc.querySelector('.tb-main-title')?.getAttribute('data-title')?.trim() ||
    text(doc.querySelector('.tb-main-title, .tb-detail-hd h1')) ||
    (doc.title ?? '').replace(/-(淘宝网|tmall\.com天猫)\s*$/, '').trim();
  const host = /tmall/.test(url.hostname) ? 'detail.tmall.com' : 'item.taobao.com';
  const item = listing(
    id,
    host,
    title.replace(/\s+/g, ' '),
    text(priceEl),
    absolute(doc.getElementById('J_ImgBooth')?.getAttribute('src')),
  );
  return item ? [item] : [];
}

/**
 * Search cards as served around 2020 (no saved page: written from the known markup):
 * list.tmall.com `div.product[data-id]` with `.productPrice em[title]`, s.taobao.com
 * `div.item.J_MouserOnverReq` with `a[data-nid]` and `.price strong`.
 */
function searchPage(doc: Document): Listing[] {
  const out: Listing[] = [];
  const seen = new Set<string>();
  for (const card of doc.querySelectorAll('div.product[data-id], div.item.J_MouserOnverReq')) {
    const tmall = card.classList.contains('product');
    const id =
      (tmall ? card.getAttribute('data-id') : card.querySelector('a[data-nid]')?.getAttribute('data-nid')) ??
      '';
    if (seen.has(id)) continue;
    const em = card.querySelector('.productPrice em');
    const price = tmall ? em?.getAttribute('title') || text(em) : text(card.querySelector('.price strong'));
    const link = card.querySelector(tmall ? '.productTitle a' : '.title a');
    const title = (link?.getAttribute('title') || text(link)).replace(/\s+/g, ' ').trim();
    const img = card.querySelector('img');
    const item = listing(
      id,
      tmall ? 'detail.tmall.com' : 'item.taobao.com',
      title,
      price ?? '',
      absolute(img?.getAttribute('src') || img?.getAttribute('data-src')),
    );
    if (item) {
      seen.add(id);
      out.push(item);
    }
  }
  return out;
}

export const taobao: SiteAdapter = {
  id: 'taobao',
  // Search, item and shop front pages; not login., buyertrade., myseller., the help centres...
  matches: [
    ...['www', 's', 'item', 'world'].map((sub) => `https://${sub}.taobao.com/*`),
    ...['www', 'list', 'detail'].map((sub) => `https://${sub}.tmall.com/*`),
  ],
  claims: (url) => HOST_RE.test(url.hostname),
  pageKind(url) {
    const host = url.hostname;
    if (/^(item\.taobao|detail\.tmall)\.com$/.test(host) && url.pathname === '/item.htm') return 'item';
    if (host === 's.taobao.com' && /^\/(search|list)/.test(url.pathname)) return 'search';
    if (host === 'list.tmall.com' && url.pathname.startsWith('/search_product.htm')) return 'search';
    return null;
  },
  extract(doc, url) {
    const kind = taobao.pageKind(url);
    return kind === 'item' ? itemPage(doc, url) : kind === 'search' ? searchPage(doc) : [];
  },
  examples: [
    { url: 'https://item.taobao.com/item.htm?id=562283240178', kind: 'item' },
    { url: 'https://detail.tmall.com/item.htm?id=605258110430', kind: 'item' },
    { url: 'https://s.taobao.com/search?q=%E9%94%AE%E7%9B%98', kind: 'search' },
    { url: 'https://list.tmall.com/search_product.htm?q=iphone', kind: 'search' },
  ],
};

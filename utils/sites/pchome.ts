import type { Listing } from '../listing';
import type { SiteAdapter } from './types';

const HOST_RE = /(^|\.)pcstore\.com\.tw$|^(24h|shopping)\.pchome\.com\.tw$/;
const PCSTORE_ITEM = /^\/[\w-]+\/(M\d{6,})\.htm$/;
const PROD_ITEM = /^\/prod\/([A-Z0-9]{6}-[A-Z0-9]{9})/i;

const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const meta = (doc: Document, key: string): string =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content')?.trim() ?? '';
/** "1,290" / "$294" → 1290 / 294: TWD has no minor unit on these sites. */
const dollars = (raw: unknown): number | null => {
  const m = /^\s*(?:NT)?\$?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.0+)?\s*$/.exec(String(raw ?? ''));
  const n = m?.[1] ? Number(m[1].replace(/,/g, '')) : Number.NaN;
  return n > 0 ? n : null;
};
const image = (src: string | null | undefined) => (src && /^https?:/.test(src) ? { imageUrl: src } : {});

/**
 * pcstore.com.tw item page (2020): no structured data; the price is a bare red span in the row
 * "一次付清特價 7 折 294 元" (the "建議售價 $420" row above it is the struck-through list price).
 */
function pcstoreItem(doc: Document, url: URL, id: string): Listing[] {
  let amount: number | null = null;
  for (const td of (doc.getElementById('inside_content') ?? doc).querySelectorAll('td.t13')) {
    const label = text(td.querySelector('strong'));
    if (!/特價|直購價|優惠價|售價/.test(label) || /建議/.test(label)) continue;
    const span = Array.from(td.querySelectorAll('span')).find((el) => dollars(text(el)));
    amount = span ? dollars(text(span)) : null;
    if (amount) break;
  }
  // Same number in the page's own summary: og:description "直購價：$294。…"
  amount ??= dollars(/直購價[:：]\s*(\$?[\d,]+)/.exec(meta(doc, 'og:description'))?.[1]);
  if (!amount) return [];
  const title =
    text(doc.querySelector('#inside_content h1')) || meta(doc, 'og:title').replace(/[｜|].*$/, '');
  return [
    {
      site: 'pchome',
      itemId: id,
      url: `https://www.pcstore.com.tw${url.pathname}`,
      title: title.trim(),
      price: { amount, currency: 'TWD' },
      status: 'active',
      format: 'fixed',
      ...image(meta(doc, 'og:image')),
    },
  ];
}

type Json = Record<string, unknown>;

/** The Product object of the page's JSON-LD, if any. */
function ldProduct(doc: Document): Json | undefined {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    while (queue.length) {
      const node = queue.shift();
      if (Array.isArray(node)) queue.push(...node);
      else if (node && typeof node === 'object') {
        const obj = node as Json;
        if ([obj['@type']].flat().includes('Product')) return obj;
        if (obj['@graph']) queue.push(obj['@graph']);
      }
    }
  }
  return undefined;
}

/** 24h.pchome.com.tw / shopping.pchome.com.tw /prod/<id>: JSON-LD Product, else og/product meta. */
function prodItem(doc: Document, url: URL, id: string): Listing[] {
  const product = ldProduct(doc);
  const offer = [product?.offers].flat()[0] as Json | undefined;
  if (offer && /OutOfStock|SoldOut|Discontinued/i.test(String(offer.availability ?? ''))) return [];
  const amount =
    dollars(offer?.price ?? offer?.lowPrice) ??
    dollars(meta(doc, 'product:price:amount') || meta(doc, 'og:price:amount'));
  const currency = String(
    offer?.priceCurrency ?? (meta(doc, 'product:price:currency') || meta(doc, 'og:price:currency') || 'TWD'),
  );
  if (!amount || currency !== 'TWD') return [];
  const max = dollars(offer?.highPrice);
  const title =
    (typeof product?.name === 'string' ? product.name : '') ||
    meta(doc, 'og:title').replace(/\s*[-｜|]\s*PChome.*$/i, '');
  const img = [product?.image].flat()[0];
  return [
    {
      site: 'pchome',
      itemId: id,
      url: `https://${url.hostname}/prod/${id}`,
      title: title.replace(/\s+/g, ' ').trim(),
      price: { amount, currency: 'TWD' },
      ...(max && max > amount ? { priceMax: max } : {}),
      status: 'active',
      format: 'fixed',
      ...image(typeof img === 'string' ? img : meta(doc, 'og:image')),
    },
  ];
}

export const pchome: SiteAdapter = {
  id: 'pchome',
  matches: [
    'https://24h.pchome.com.tw/*',
    'https://shopping.pchome.com.tw/*',
    'https://www.pcstore.com.tw/*',
    'https://pcstore.com.tw/*',
  ],
  claims: (url) => HOST_RE.test(url.hostname),
  pageKind(url) {
    if (/pcstore/.test(url.hostname) ? PCSTORE_ITEM.test(url.pathname) : PROD_ITEM.test(url.pathname))
      return 'item';
    return null;
  },
  extract(doc, url) {
    if (/pcstore/.test(url.hostname)) {
      const id = PCSTORE_ITEM.exec(url.pathname)?.[1];
      return id ? pcstoreItem(doc, url, id) : [];
    }
    const id = PROD_ITEM.exec(url.pathname)?.[1]?.toUpperCase();
    return id ? prodItem(doc, url, id) : [];
  },
  examples: [
    { url: 'https://www.pcstore.com.tw/pchome24h/M67296549.htm', kind: 'item' },
    { url: 'https://24h.pchome.com.tw/prod/DYAJ7K-A900GCY0Q', kind: 'item' },
  ],
};

import type { Listing, Money, PageKind } from '../listing';
import { parsePrice } from '../price';
import type { SiteAdapter } from './types';

/** Posting id: the number the posting's path ends with (/mnh/fuo/1082742442.html, /app/d/<slug>/7235216655.html). */
const ID_RE = /\/(\d{6,})\.html$/;
/** 2009 rows: "title - $4499 -" in the link text. */
const OLD_ROW_RE = /^(.*?)\s+-\s+([$£€]\s?\d[\d,.]*)\s*-?$/;
/** Country of the site (?cc=gb in its help links) → its currency; '$' on a page that does not say is US. */
const CC: Record<string, string> = { us: 'USD', gb: 'GBP', ca: 'CAD', au: 'AUD', nz: 'NZD' };

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * Craigslist serves US, UK, Canadian... cities under craigslist.org, all with '$' or '£'. The page
 * tells which: its JSON-LD priceCurrency, else the ?cc= of its links; with neither (2009 pages),
 * '$' is taken as USD: craigslist is US-first and its UK cities write '£'.
 */
function pageCurrency(doc: Document): { code?: string; cc?: string } {
  const ld = doc.querySelector('#ld_posting_data, #ld_searchpage_results')?.textContent ?? '';
  const code = /"priceCurrency"\s*:\s*"([A-Z]{3})"/.exec(ld)?.[1];
  const cc = /[?&]cc=([a-z]{2})\b/.exec(doc.querySelector('a[href*="cc="]')?.getAttribute('href') ?? '')?.[1];
  return { code: code ?? (cc ? CC[cc] : undefined), cc };
}

function priceOf(text: string, page: { code?: string; cc?: string }): Money | null {
  const parsed = parsePrice(text, page.code ? { currency: page.code } : undefined);
  if (!parsed) return null;
  let currency = parsed.currency;
  if (!currency && !page.cc && /^\s*\$/.test(text)) currency = 'USD';
  return { amount: parsed.amount, currency };
}

function itemListing(doc: Document, url: URL, page: { code?: string; cc?: string }): Listing | null {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const href = new URL(canonical ?? url.pathname, url).href;
  const id = ID_RE.exec(new URL(href).pathname)?.[1] ?? ID_RE.exec(url.pathname)?.[1];
  const title = clean(doc.querySelector('#titletextonly')?.textContent);
  if (!id || !title) return null;
  let price: Money | null = null;
  try {
    const offer = JSON.parse(doc.getElementById('ld_posting_data')?.textContent ?? '')?.offers;
    const amount = Number(offer?.price);
    if (offer?.price != null && Number.isFinite(amount) && amount >= 0)
      price = { amount, currency: typeof offer.priceCurrency === 'string' ? offer.priceCurrency : null };
  } catch {
    // no JSON-LD: the visible price below
  }
  price ??= priceOf(doc.querySelector('.postingtitletext .price, .price')?.textContent ?? '', page);
  if (!price) return null;
  let condition: string | undefined;
  for (const span of doc.querySelectorAll('.attrgroup span')) {
    const m = /^condition:\s*(.+)$/i.exec(clean(span.textContent));
    if (m) condition = m[1];
  }
  const image = doc.querySelector('meta[property="og:image"]')?.getAttribute('content');
  return {
    site: 'craigslist',
    itemId: id,
    url: href,
    title,
    price,
    // A removed posting ("deleted by its author", "expired") does not say whether it sold.
    status: doc.querySelector('.removed') ? 'unknown' : 'active',
    format: 'classified',
    ...(condition ? { condition } : {}),
    ...(image ? { imageUrl: image } : {}),
  };
}

/** Current result cards (static li.cl-static-search-result, scripted .cl-search-result[data-pid]). */
function cardListing(card: Element, url: URL, page: { code?: string; cc?: string }): Listing | null {
  const link = card.querySelector('a[href*=".html"]');
  const href = link ? new URL(link.getAttribute('href') ?? '', url).href : '';
  const id = card.getAttribute('data-pid') || ID_RE.exec(href.split(/[?#]/)[0] ?? '')?.[1];
  const title = clean(
    card.querySelector('.title, .posting-title .label, .label, .titlestring')?.textContent ||
      card.getAttribute('title'),
  );
  const price = priceOf(card.querySelector('.price, .priceinfo')?.textContent ?? '', page);
  if (!id || !href || !title || !price) return null;
  const src = card.querySelector('img')?.getAttribute('src');
  return {
    site: 'craigslist',
    itemId: id,
    url: href,
    title,
    price,
    status: 'active',
    format: 'classified',
    ...(src ? { imageUrl: new URL(src, url).href } : {}),
  };
}

/** Old layouts: <p> date - <a href=/mnh/fuo/<id>.html>title - $price -</a>, or p.row with span.itempp. */
function rowListing(link: Element, url: URL, page: { code?: string; cc?: string }): Listing | null {
  const href = new URL(link.getAttribute('href') ?? '', url).href;
  const id = ID_RE.exec(new URL(href).pathname)?.[1];
  const text = clean(link.textContent);
  const m = OLD_ROW_RE.exec(text);
  const priceText = link.parentElement?.querySelector('.itempp, .price')?.textContent ?? m?.[2] ?? '';
  const price = priceOf(priceText, page);
  const title = clean((m?.[1] ?? text).replace(/\s+-$/, ''));
  if (!id || !title || !price) return null;
  return { site: 'craigslist', itemId: id, url: href, title, price, status: 'active', format: 'classified' };
}

function pageKind(url: URL): PageKind | null {
  if (ID_RE.test(url.pathname)) return 'item';
  if (/(^|\/)search(\/|$)/.test(url.pathname) || /^\/[a-z]{3}\/(index\d*\.html)?$/.test(url.pathname))
    return 'search';
  return null;
}

export const craigslist: SiteAdapter = {
  id: 'craigslist',
  matches: ['https://*.craigslist.org/*'],
  claims: (url) => /(^|\.)craigslist\.org$/.test(url.hostname),
  pageKind,
  extract(doc, url) {
    const page = pageCurrency(doc);
    if (pageKind(url) === 'item') {
      const own = itemListing(doc, url, page);
      return own ? [own] : [];
    }
    const listings: Listing[] = [];
    const seen = new Set<string>();
    const add = (listing: Listing | null) => {
      if (listing && !seen.has(listing.itemId)) {
        seen.add(listing.itemId);
        listings.push(listing);
      }
    };
    for (const card of doc.querySelectorAll('li.cl-static-search-result, .cl-search-result[data-pid]'))
      add(cardListing(card, url, page));
    if (!listings.length)
      for (const link of doc.querySelectorAll('p > a[href$=".html"]')) add(rowListing(link, url, page));
    return listings;
  },
  examples: [
    { url: 'https://newyork.craigslist.org/search/fuo?query=Ligne+Roset', kind: 'search' },
    {
      url: 'https://manchester.craigslist.org/app/d/salford-indesit-washing-machine-6kg/7235216655.html',
      kind: 'item',
    },
  ],
};

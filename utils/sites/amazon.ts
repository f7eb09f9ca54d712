import type { Listing, Money } from '../listing';
import { currencyForHost, parsePriceRange } from '../price';
import type { SiteAdapter } from './types';

const TLDS =
  'com|ca|com.mx|com.br|co.uk|de|fr|it|es|nl|se|pl|com.be|com.tr|ae|sa|in|co.jp|com.au|sg|eg'.split('|');
const HOST_RE = new RegExp(`(^|\\.)amazon\\.(${TLDS.join('|').replace(/\./g, '\\.')})$`);
const ASIN_RE = /\/(?:dp|gp\/product|gp\/aw\/d)\/([A-Z0-9]{10})(?=[/?#]|$)/i;
/** 'Currently unavailable' in the languages of the country sites: the page shows no price to pay. */
const UNAVAILABLE_RE =
  /currently unavailable|derzeit nicht verfügbar|no disponible|actuellement indisponible|non disponibile|niet beschikbaar|niedostępny|inte tillgänglig|şu anda mevcut değil|indisponível|現在お取り扱いできません|現在在庫切れ|غير متوفر/i;
/** Amazon Renewed marks the title: "(Renewed)", "(Generalüberholt)", "(整備済み品)"... */
const RENEWED_RE =
  /[(（【](renewed(?: premium)?|refurbished|generalüberholt|reacondicionado|recondicionado|reconditionné|ricondizionato|gereviseerd|odnowiony|förnyad|yenilenmiş|整備済み品)[)）】]/i;
/** Price boxes of the item page's own offer, newest layout first, with where the price to pay sits in them. */
const PAY_PRICE = '.priceToPay, .apexPriceToPay, .a-price:not(.a-text-price)';
const CORE_BOXES: [string, string][] = [
  ['#corePriceDisplay_desktop_feature_div', PAY_PRICE],
  ['#corePrice_desktop', PAY_PRICE],
  ['#corePrice_feature_div', PAY_PRICE],
  // The wider apex box also holds instalment and other prices: only its price-to-pay counts.
  ['#apex_desktop', '.priceToPay, .apexPriceToPay'],
];
const OLD_PRICES =
  '#priceblock_dealprice, #priceblock_saleprice, #priceblock_ourprice, #price_inside_buybox, #newBuyBoxPrice';

const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Text of an `.a-price`: its `.a-offscreen` copy, or the visible symbol + whole + fraction when that is empty. */
function aPrice(el: Element | null): string {
  if (!el) return '';
  if (el.classList.contains('a-price-range'))
    return Array.from(el.querySelectorAll('.a-price'), aPrice).join(' - ');
  const offscreen = text(el.querySelector('.a-offscreen'));
  if (/\d/.test(offscreen)) return offscreen;
  return text(el.querySelector('[aria-hidden="true"]') ?? el).replace(/\s/g, '');
}

/** The price to pay in a box: a range ("19,99 € – 29,99 €") or the first price that is not struck through. */
const payPrice = (box: Element | null, sel = PAY_PRICE): Element | null =>
  box?.querySelector('.a-price-range') ?? box?.querySelector(sel) ?? null;

type Hint = { currency?: string; locale?: string };
type Priced = { price: Money; max?: number };

function priced(raw: string, hint: Hint): Priced | null {
  const range = raw ? parsePriceRange(raw, hint) : null;
  // 0,00 € is the Kindle Unlimited / Prime Reading price, not what the item sells for.
  if (!range || !(range.min.amount > 0)) return null;
  const price = { amount: range.min.amount, currency: range.min.currency ?? hint.currency ?? null };
  return range.max ? { price, max: range.max } : { price };
}

const condition = (title: string): string => RENEWED_RE.exec(title)?.[1] ?? 'New';

function itemPage(doc: Document, url: URL, hint: Hint): Listing[] {
  const asin = (
    ASIN_RE.exec(url.pathname)?.[1] ??
    doc.querySelector<HTMLInputElement>('input#ASIN')?.value ??
    ASIN_RE.exec(doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '')?.[1] ??
    ''
  ).toUpperCase();
  if (!/^[A-Z0-9]{10}$/.test(asin)) return [];
  // An unavailable item shows no price of its own; prices elsewhere (other sellers, carousels) are not its price.
  if (doc.getElementById('outOfStock') || UNAVAILABLE_RE.test(text(doc.getElementById('availability'))))
    return [];
  let found: Priced | null = null;
  let el: Element | null = null;
  for (const [box, sel] of CORE_BOXES) {
    el = payPrice(doc.querySelector(box), sel);
    found = priced(aPrice(el), hint);
    if (found) break;
  }
  if (!found) {
    el = doc.querySelector(OLD_PRICES);
    found = priced(text(el), hint);
  }
  if (!found) return [];
  const title = text(doc.getElementById('productTitle') ?? doc.getElementById('title'));
  const img = doc.querySelector('#landingImage, #imgBlkFront');
  const imageUrl = img?.getAttribute('data-old-hires') || img?.getAttribute('src') || undefined;
  // Only a used offer on sale: its box is the used buy section / accordion row.
  const used = el?.closest('#usedBuySection, #usedAccordionRow, #apex_desktop_usedAccordionRow');
  return [
    {
      site: 'amazon',
      itemId: asin,
      url: `https://${url.hostname}/dp/${asin}`,
      title,
      price: found.price,
      ...(found.max ? { priceMax: found.max } : {}),
      status: 'active',
      format: 'fixed',
      condition: used ? 'Used' : condition(title),
      ...(imageUrl && /^https?:/.test(imageUrl) ? { imageUrl } : {}),
    },
  ];
}

function searchPage(doc: Document, url: URL, hint: Hint): Listing[] {
  const out: Listing[] = [];
  const seen = new Set<string>();
  for (const card of doc.querySelectorAll('div[data-component-type="s-search-result"][data-asin]')) {
    const asin = card.getAttribute('data-asin') ?? '';
    // A sponsored result repeated further down as an organic one is the same listing.
    if (!/^[A-Z0-9]{10}$/.test(asin) || seen.has(asin)) continue;
    // The 2024+ cards keep the main offer in price-recipe; other offers ("more buying choices") sit elsewhere.
    const scope = card.querySelector('[data-cy="price-recipe"]') ?? card;
    const found = priced(aPrice(payPrice(scope)), hint);
    if (!found) continue;
    seen.add(asin);
    const title = Array.from(card.querySelectorAll('h2'), text).filter(Boolean).join(' ');
    const imageUrl = card.querySelector('img.s-image')?.getAttribute('src') ?? undefined;
    out.push({
      site: 'amazon',
      itemId: asin,
      url: `https://${url.hostname}/dp/${asin}`,
      title,
      price: found.price,
      ...(found.max ? { priceMax: found.max } : {}),
      status: 'active',
      format: 'fixed',
      condition: condition(title),
      ...(imageUrl && /^https?:/.test(imageUrl) ? { imageUrl } : {}),
    });
  }
  return out;
}

export const amazon: SiteAdapter = {
  id: 'amazon',
  // The shop only (www., and smile. where it existed), not aws., developer., sellercentral...
  matches: [
    ...TLDS.map((tld) => `https://www.amazon.${tld}/*`),
    ...['com', 'co.uk', 'de'].map((tld) => `https://smile.amazon.${tld}/*`),
  ],
  claims: (url) => HOST_RE.test(url.hostname),
  pageKind(url) {
    if (ASIN_RE.test(url.pathname)) return 'item';
    if (/^\/s(\/|$)/.test(url.pathname)) return 'search';
    return null;
  },
  extract(doc, url) {
    const kind = amazon.pageKind(url);
    if (!kind) return [];
    const hint: Hint = {
      currency: currencyForHost(url.hostname) ?? undefined,
      locale: doc.documentElement?.getAttribute('lang') || undefined,
    };
    return kind === 'item' ? itemPage(doc, url, hint) : searchPage(doc, url, hint);
  },
  examples: [
    { url: 'https://www.amazon.com/dp/B0CD1DZ6RD', kind: 'item' },
    {
      url: 'https://www.amazon.com/Skullcandy-Canceling-Headphones-Microphone-Bluetooth/dp/B0CD1DZ6RD',
      kind: 'item',
    },
    { url: 'https://www.amazon.de/s?k=katzenfutter', kind: 'search' },
    { url: 'https://www.amazon.es/s?k=God+of+War', kind: 'search' },
  ],
};

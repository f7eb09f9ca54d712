import type { Listing, ListingStatus, Money, SaleFormat } from '../listing';
import { currencyForHost, parsePrice, parsePriceRange } from '../price';
import type { SiteAdapter } from './types';

const EBAY_HOSTS = [
  'ebay.com',
  'ebay.co.uk',
  'ebay.de',
  'ebay.fr',
  'ebay.it',
  'ebay.es',
  'ebay.ie',
  'ebay.ca',
  'ebay.com.au',
  'ebay.at',
  'ebay.ch',
  'ebay.nl',
  'ebay.be',
  'ebay.pl',
  'ebay.com.hk',
  'ebay.com.sg',
  'ebay.com.my',
  'ebay.ph',
  'ebay.in',
];
const HOST_RE =
  /(^|\.)ebay\.(com|co\.uk|de|fr|it|es|ie|ca|com\.au|at|ch|nl|be|pl|com\.hk|com\.sg|com\.my|ph|in)$/;

type Hint = { currency?: string; locale?: string };

// Words eBay uses in its own languages (en, de, fr, it, es, nl, pl, ja where cheap).
const SOLD_RE = /^(sold|verkauft|vendu|venduto|vendido|verkocht|sprzedan|販売済|売却済)/i;
const ENDED_RE = /^(ended|beendet|termin|finalizad|beëindigd|zakończon|終了)/i;
const BIDS_RE = /(\d[\d,.]*)\s*(bids?|gebote?|enchères?|offerte|pujas?|biedingen|ofert[ay]?\b|件の入札)/i;
const BIN_RE =
  /buy it now|sofort-kaufen|achat immédiat|compralo subito|cómpralo ya|nu kopen|kup teraz|即決|今すぐ購入|今すぐ買う/i;
const OFFER_RE =
  /best offer|preisvorschlag|offre directe|proposta d'acquisto|mejor oferta|meilleure offre|najlepsza oferta|ベストオファー/i;
const SHIP_RE =
  /shipping|delivery|postage|versand|livraison|spedizione|env[ií]o|送料|配送|verzending|wysyłka|porto/i;
const FREE_RE = /free|kostenlos|gratuit|gratis|darmowa|無料/i;
const NEW_LISTING_RE =
  /^(new listing|neues angebot|nouvelle annonce|nuova inserzione|nuevo anuncio|nieuwe advertentie|nowa oferta)\s*/i;
const SPONSORED_RE = /\s*(sponsored|gesponsert|anzeige|sponsorisé|sponsorizzato|patrocinado)\s*$/i;
const MONTHS = [
  /^(jan|ene|gen|sty)/,
  /^(feb|fév|fev|lut)/,
  /^(mar|mär|mrz)/,
  /^(apr|avr|abr|kwi)/,
  /^(may|mai|mag|maj)/,
  /^(jun|juin|giu|cze)/,
  /^(jul|juil|lug|lip)/,
  /^(aug|aoû|aou|ago|sie)/,
  /^(sep|set|wrz)/,
  /^(oct|okt|ott|paź|paz)/,
  /^(nov|lis)/,
  /^(dec|dez|déc|dic|gru)/,
];

/** Collapsed text, capped: eBay titles are ≤ 80 characters, and short inputs keep every regex cheap. */
const text = (el: Element | null | undefined): string =>
  el?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 500) ?? '';

/** "Sold  Oct 27, 2025", "Verkauft  27. Okt 2025", "2025年10月27日" → midnight UTC ISO; undefined if unsure. */
function parseDay(s: string): string | undefined {
  let y: number;
  let m = 0;
  let d: number;
  const ja = /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(s);
  const dotted = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/.exec(s);
  if (ja) [y, m, d] = [Number(ja[1]), Number(ja[2]), Number(ja[3])];
  else if (dotted) [d, m, y] = [Number(dotted[1]), Number(dotted[2]), Number(dotted[3])];
  else {
    const year = /\b(?:19|20)\d\d\b/.exec(s)?.[0];
    if (!year) return undefined;
    const rest = s.replace(year, ' ');
    [y, d] = [Number(year), Number(/\b(\d{1,2})\b/.exec(rest)?.[1])];
    for (const word of rest.toLowerCase().match(/\p{L}{3,}/gu) ?? []) {
      m = MONTHS.findIndex((re) => re.test(word)) + 1;
      if (m) break;
    }
  }
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31)) return undefined;
  return new Date(Date.UTC(y, m - 1, d)).toISOString();
}

function money(s: string, hint: Hint): Money | undefined {
  const p = s ? parsePrice(s, hint) : null;
  return p && Number.isFinite(p.amount) ? { amount: p.amount, currency: p.currency } : undefined;
}

/** eBay's conversion into the visitor's currency: "(approx US $170.21)", "Approximately US $3,971.45". */
const APPROX_RE = /\(?\s*\b(approx|aprox)|[(（]\s*約/i;

/**
 * Shipping text → null (free), Money, or undefined (not shown / not understood). "EUR 150.00 (approx
 * US $170.21)": the seller's amount, the conversion after it cut off.
 */
function shippingOf(s: string, hint: Hint): Money | null | undefined {
  if (!s) return undefined;
  if (FREE_RE.test(s)) return null;
  const at = s.search(APPROX_RE);
  return money(at > 0 ? s.slice(0, at) : s, hint);
}

function bidsOf(s: string): number | undefined {
  const m = BIDS_RE.exec(s);
  return m ? Number.parseInt((m[1] ?? '').replace(/[,.]/g, ''), 10) : undefined;
}

function itemIdFromHref(href: string | null | undefined): string | undefined {
  return href ? /\/itm\/(?:[^/?#]*\/)?(\d{6,})(?:[/?#]|$)/.exec(href)?.[1] : undefined;
}

function cleanTitle(el: Element | null): string {
  if (!el) return '';
  let t = (el.textContent ?? '').slice(0, 5000);
  // Screen-reader and badge spans inside the title: "Opens in a new window or tab", "Neues Angebot".
  for (const x of el.querySelectorAll('.clipped, .LIGHT_HIGHLIGHT, .s-item__title--tagblock')) {
    const xt = x.textContent ?? '';
    if (xt) t = t.replace(xt, ' ');
  }
  return t
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 500)
    .replace(NEW_LISTING_RE, '')
    .replace(SPONSORED_RE, '')
    .trim();
}

function imageOf(img: Element | null): string | undefined {
  const src = (img?.getAttribute('data-defer-load') || img?.getAttribute('src') || '').replace(
    /^http:/,
    'https:',
  );
  return /^https:\/\/i\.ebayimg\.com\//.test(src) ? src : undefined;
}

/** Canonical listing URL on the page's own country site (mobile m. → www.), no tracking params. */
const itemUrl = (url: URL, id: string) => `https://${url.hostname.replace(/^m\./, 'www.')}/itm/${id}`;

function compact(l: Listing): Listing {
  for (const k of Object.keys(l) as (keyof Listing)[]) if (l[k] === undefined) delete l[k];
  return l;
}

function formatOf(bids: number | undefined, s: string): SaleFormat | undefined {
  if (bids !== undefined) return 'auction';
  if (OFFER_RE.test(s)) return 'offer';
  if (BIN_RE.test(s)) return 'fixed';
  return undefined;
}

/** One search result card (2026 `li.s-card` or 2022-2025 `li.s-item`); undefined for placeholders and cards without id/price. */
function card(el: Element, url: URL, hint: Hint, completed: boolean): Listing | undefined {
  const isCard = el.classList.contains('s-card');
  const q = (sel: string) => el.querySelector(sel);
  const link = q(
    isCard ? 'a.s-card__link[href*="/itm/"], a[href*="/itm/"]' : 'a.s-item__link, a[href*="/itm/"]',
  );
  const hexId = /^item([0-9a-f]{8,})$/.exec(el.id)?.[1];
  const itemId =
    itemIdFromHref(link?.getAttribute('href')) ??
    el.getAttribute('data-listingid') ??
    (hexId ? String(Number.parseInt(hexId, 16)) : undefined);
  const title = cleanTitle(q(isCard ? '.s-card__title' : '.s-item__title'));
  // "Shop on eBay" placeholders link to /itm/123456.
  if (!itemId || itemId === '123456' || !title || /^shop on ebay$/i.test(title)) return undefined;

  const priceEl = q(isCard ? '.s-card__price' : '.s-item__price');
  // A struck-through price is the asking price of a "Best offer accepted" sale: the real price is not shown.
  if (!priceEl || /strikethrough/i.test(priceEl.className) || priceEl.querySelector('.STRIKETHROUGH'))
    return undefined;
  const priceText = isCard
    ? Array.from(priceEl.parentElement?.querySelectorAll('.s-card__price') ?? [priceEl], (p) => text(p)).join(
        ' ',
      )
    : text(priceEl);
  // A results card shows one price, in the visitor's display currency: a US seller's $56 reads
  // "8,916 円" to a visitor whose eBay is set to Japanese and yen, and neither the card nor the page's
  // data holds the seller's own amount (checked on a real sold search seen that way). That shown
  // amount is recorded, in the currency shown, as on every search page (English ones show US $ for a
  // UK seller's GBP listing the same way): it is what the item went for as the page states it, and
  // skipping it would leave such a visitor with no eBay comps at all. The item page, which shows the
  // seller's own price beside the conversion, records the seller's price.
  const range = parsePriceRange(priceText, hint);
  if (!range || !Number.isFinite(range.min.amount)) return undefined;

  let caption: string;
  let timeLeft: string;
  let condition: string;
  let shipping: Money | null | undefined;
  let bids: number | undefined;
  let formatText = '';
  if (isCard) {
    caption = text(q('.s-card__caption'));
    timeLeft = text(q('.s-card__time-left'));
    const sub = q('.s-card__subtitle');
    condition = text(sub?.firstElementChild ?? sub);
    for (const row of el.querySelectorAll('.s-card__attribute-row')) {
      const t = text(row);
      bids ??= bidsOf(t);
      if (BIN_RE.test(t) || OFFER_RE.test(t)) formatText += ` ${t}`;
      if (shipping === undefined && SHIP_RE.test(t)) shipping = shippingOf(t, hint);
    }
  } else {
    // Sold/ended tags moved between these over the years; "TOP ANGEBOT"-style tags share the class.
    caption = '';
    for (const c of el.querySelectorAll('.s-item__caption, .s-item__title--tag, .s-item__ended-date')) {
      const t = text(c);
      if (SOLD_RE.test(t) || ENDED_RE.test(t)) caption ||= t;
    }
    timeLeft = text(q('.s-item__time-left'));
    condition = text(q('.SECONDARY_INFO'));
    // "Gratis 3-Tage-Lieferung" (ebay.de) stands in for the shipping line.
    shipping = shippingOf(
      text(q('.s-item__shipping, .s-item__logisticsCost')) || text(q('.s-item__freeXDays')),
      hint,
    );
    bids = bidsOf(text(q('.s-item__bids, .s-item__bidCount')));
    for (const f of el.querySelectorAll(
      '.s-item__purchase-options, .s-item__purchaseOptions, .s-item__purchaseOptionsWithIcon, .s-item__formatBuyItNow, .s-item__formatBestOfferEnabled',
    ))
      formatText += ` ${text(f)}`;
  }

  let status: ListingStatus = 'active';
  let soldAt: string | undefined;
  let endsAt: string | undefined;
  if (SOLD_RE.test(caption)) {
    status = 'sold';
    soldAt = parseDay(caption);
  } else if (ENDED_RE.test(caption)) {
    status = 'ended';
    endsAt = parseDay(caption);
  } else if (completed) {
    // Completed searches colour sold prices green.
    status = /positive/i.test(priceEl.className) || priceEl.querySelector('.POSITIVE') ? 'sold' : 'ended';
  } else if (ENDED_RE.test(timeLeft)) status = 'ended';

  return compact({
    site: 'ebay',
    itemId,
    url: itemUrl(url, itemId),
    title,
    price: { amount: range.min.amount, currency: range.min.currency },
    priceMax: range.max,
    shipping,
    status,
    soldAt,
    endsAt,
    condition: condition.replace(/\s*[·|]\s*$/, '') || undefined,
    format: formatOf(bids, formatText),
    bids,
    imageUrl: imageOf(q('img')),
  });
}

function searchListings(doc: Document, url: URL, hint: Hint): Listing[] {
  const completed = /[?&](LH_Sold|LH_Complete)=1/.test(url.search);
  const byId = new Map<string, Listing>();
  for (const el of doc.querySelectorAll('li.s-card[data-listingid], li.s-item')) {
    let l: Listing | undefined;
    try {
      l = card(el, url, hint, completed);
    } catch {
      continue;
    }
    if (!l) continue;
    // The same item can show in a promoted carousel and in the results: keep the results card.
    if (!byId.has(l.itemId) || !el.closest('.carousel, .srp-items-carousel__list')) byId.set(l.itemId, l);
  }
  return [...byId.values()];
}

type Json = Record<string, unknown>;

function ldProduct(doc: Document): Json | undefined {
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const j = JSON.parse(s.textContent ?? '');
      for (const o of [j, ...(Array.isArray(j) ? j : []), ...((j?.['@graph'] as unknown[]) ?? [])])
        if (o && /Product/.test(String(o['@type']))) return o as Json;
    } catch {}
  }
  return undefined;
}

function itemListing(doc: Document, url: URL, hint: Hint): Listing | undefined {
  const q = (sel: string) => doc.querySelector(sel);
  const meta = (p: string) => q(`meta[property="${p}"], meta[name="${p}"]`)?.getAttribute('content') ?? '';
  const itemId =
    itemIdFromHref(url.pathname) ??
    /^\d{6,}$/.exec(text(q('#descItemNumber')))?.[0] ??
    itemIdFromHref(q('link[rel="canonical"]')?.getAttribute('href')) ??
    itemIdFromHref(meta('og:url'));
  if (!itemId) return undefined;

  const ld = ldProduct(doc);
  const offerRaw = ld?.offers;
  const offer = (Array.isArray(offerRaw) ? offerRaw[0] : offerRaw) as Json | undefined;

  // The price is the seller's, in the seller's currency: "EUR 3,500.00" in x-price-primary (old View
  // Item: #prcIsum), never eBay's conversion for the visitor shown under it ("Approximately US
  // $3,971.45", x-price-approx / #prcIsumConv). The JSON-LD offer carries that conversion on the
  // current layout (price 3971.45 USD for a EUR 3,500 listing), so it is the last resort.
  // Old View Item: the price node carries the number in `content` and the currency in a sibling itemprop.
  const priceEl = q('#prcIsum, #prcIsum_bidPrice, #mm-saleDscPrc');
  let price: Money | undefined;
  const content = Number(priceEl?.getAttribute('content') || Number.NaN);
  const declared = q('[itemprop="priceCurrency"]')?.getAttribute('content') || undefined;
  const primary = text(q('.x-price-primary, [data-testid="x-price-primary"]'));
  if (priceEl && Number.isFinite(content) && content > 0)
    price = {
      amount: content,
      currency: declared ?? money(text(priceEl), hint)?.currency ?? hint.currency ?? null,
    };
  else if (priceEl) price = money(text(priceEl), { ...hint, currency: declared ?? hint.currency });
  else if (primary) {
    const at = primary.search(APPROX_RE);
    price = money(at > 0 ? primary.slice(0, at) : primary, hint);
  } else if (offer && Number.isFinite(Number(offer.price)) && offer.price !== '')
    price = {
      amount: Number(offer.price),
      currency: (offer.priceCurrency as string) || hint.currency || null,
    };
  if (!price) return undefined;

  const title =
    cleanTitle(q('#itemTitle, .x-item-title__mainTitle, h1[itemprop="name"]'))
      .replace(/^Details about\s*/i, '')
      // The current layout ends the h1 with a lone "-" span that the page's <title> does not have.
      .replace(/\s*-$/, '') ||
    String(ld?.name ?? '').trim() ||
    meta('og:title')
      .replace(/\s*\|\s*eBay\s*$/i, '')
      .trim();
  if (!title) return undefined;

  const bidText = text(q('#qty-test, .x-bid-count, [data-testid="x-bid-count"]'));
  let bids = bidText ? Number.parseInt(bidText.replace(/[,.]/g, ''), 10) : undefined;
  if (!Number.isFinite(bids)) bids = undefined;
  const auction =
    bids !== undefined || !!q('#prcIsum_bidPrice, #bidBtn_btn, .x-bid-action, [data-testid="x-bid-action"]');
  const format: SaleFormat | undefined = auction
    ? 'auction'
    : q('#boBtn_btn, .x-offer-action, [data-testid="x-offer-action"]')
      ? 'offer'
      : q('#prcIsum, #binBtn_btn, .x-bin-action, [data-testid="x-bin-action"]')
        ? 'fixed'
        : undefined;

  const ldCond = String(offer?.itemCondition ?? ld?.itemCondition ?? '')
    .replace(/^.*\//, '')
    .replace(/Condition$/, '');
  const condition =
    text(
      q(
        '#vi-itm-cond, .x-item-condition-text .ux-textspans, [data-testid="x-item-condition-value"] .ux-textspans',
      ),
    ) ||
    ldCond ||
    undefined;

  const shipText = text(
    q(
      '#fshippingCost, .ux-labels-values--shipping .ux-textspans--BOLD, [data-testid="ux-labels-values--shipping"] .ux-textspans--BOLD',
    ),
  );
  const shipping = shippingOf(shipText, hint);

  // Status banner of ended items ("This listing sold on…", "Bidding has ended on this item.").
  const banner = text(q('#msgPanel .msgTextAlign, .d-statusmessage, [data-testid="d-statusmessage"]'));
  const label = text(q('#prcIsum-lbl, #prcIsum_bidPrice-lbl, .x-price-section .ux-textspans--SECONDARY'));
  let status: ListingStatus = 'active';
  if (
    /\bsold\b|verkauft|vendu|venduto|vendido/i.test(banner) ||
    /^(sold for|winning bid|verkauft für)/i.test(label)
  )
    status = 'sold';
  else if (/ended|beendet|terminé|terminat|finalizad|no longer available|nicht mehr verfügbar/i.test(banner))
    status = 'ended';

  const end = auction ? Date.parse(text(q('.vi-tm-left')).replace(/[(),]/g, ' ')) : Number.NaN;
  const image = ld?.image;
  return compact({
    site: 'ebay',
    itemId,
    url: itemUrl(url, itemId),
    title,
    price,
    shipping,
    status,
    condition,
    format,
    bids,
    endsAt: Number.isFinite(end) ? new Date(end).toISOString() : undefined,
    imageUrl:
      (
        meta('og:image') ||
        q('#icImg')?.getAttribute('src') ||
        (typeof image === 'string' ? image : Array.isArray(image) ? String(image[0]) : '')
      ).replace(/^http:/, 'https:') || undefined,
  });
}

export const ebay: SiteAdapter = {
  id: 'ebay',
  // The marketplace hosts only (not developer., pages., community., signin.): www. everywhere, plus
  // the French and Dutch sites of Belgium and the French site of Canada.
  matches: [
    ...EBAY_HOSTS.map((host) => `https://www.${host}/*`),
    ...['befr.ebay.be', 'benl.ebay.be', 'cafr.ebay.ca'].map((host) => `https://${host}/*`),
  ],
  claims: (url) => HOST_RE.test(url.hostname),
  pageKind(url) {
    // Items: /itm/<id>, /itm/<slug>/<id> (else the id is read from the page).
    // Searches: /sch/ (incl. sold/completed and seller _ssn searches), /b/ browse, /str/ stores.
    if (/^\/itm\//.test(url.pathname)) return 'item';
    if (/^\/(sch|b|str)\//.test(url.pathname)) return 'search';
    return null;
  },
  extract(doc: Document, url: URL): Listing[] {
    const hint: Hint = {
      currency: currencyForHost(url.hostname) ?? undefined,
      locale: doc.documentElement?.getAttribute('lang') || undefined,
    };
    if (ebay.pageKind(url) === 'item') {
      try {
        const l = itemListing(doc, url, hint);
        return l ? [l] : [];
      } catch {
        return [];
      }
    }
    return searchListings(doc, url, hint);
  },
  examples: [
    { url: 'https://www.ebay.com/sch/i.html?_nkw=pokemon', kind: 'search' },
    {
      url: 'https://www.ebay.com/sch/i.html?_nkw=navy+champion+reverse+weave&LH_Sold=1&LH_Complete=1',
      kind: 'search',
    },
    {
      url: 'https://www.ebay.com/sch/i.html?_ssn=everything*and*anything*for*sale&LH_Complete=1',
      kind: 'search',
    },
    { url: 'https://www.ebay.com/sch/6000/i.html?_nkw=bmw+e28+parts&_sop=12', kind: 'search' },
    { url: 'https://www.ebay.de/sch/i.html?_nkw=apple', kind: 'search' },
    { url: 'https://www.ebay.com/itm/302474151804', kind: 'item' },
    {
      url: 'https://www.ebay.com/itm/Outdoor-Wicker-Patio-Furniture-Sofa-3-Seater-Luxury-Comfort-Brown-Wicker-Couch-/381228738769',
      kind: 'item',
    },
    { url: 'https://www.ebay.co.uk/itm/143863282131', kind: 'item' },
  ],
};

import type { Listing, Money } from '../listing';
import { cleanText, structuredListings } from './structured';
import type { SiteAdapter } from './types';

/**
 * Mercado Libre (mercadolibre.com.ar/.com.mx/.com.co/.cl/.com.pe/.com.uy/.com.ve) and Mercado Livre
 * (mercadolivre.com.br). Item pages (catalog /p/MCO123 and articulo.* /MCO-123-...): the JSON-LD
 * Product, checked against the main price box; recommendation carousels are left out. Search pages
 * (listado.*): `li.ui-search-layout__item` cards.
 *
 * Prices: an `.andes-money-amount` shows the integer part in `__fraction` ("71.492", "1,299") and the
 * cents apart in `__cents`, so the number is read from the digits, never guessed from separators.
 * Currency: "US$"/"U$S" is USD (cars and property are often priced in dollars); "$" and the rest are
 * the country's currency.
 */

const COUNTRY_CURRENCY: Record<string, string> = {
  'com.ar': 'ARS',
  'com.mx': 'MXN',
  'com.co': 'COP',
  cl: 'CLP',
  'com.pe': 'PEN',
  'com.uy': 'UYU',
  'com.ve': 'VES',
  'com.br': 'BRL',
};
const HOST_RE =
  /(^|\.)(mercadolibre\.(com\.ar|com\.mx|com\.co|cl|com\.pe|com\.uy|com\.ve)|mercadolivre\.com\.br)$/;
/** Catalog product /p/MCO123, user product /up/MCOU123, item /MCO-123-slug-_JM. */
const ID_RE = /\/(?:p|up)\/(M[A-Z]{2}U?)(\d+)|\/(M[A-Z]{2})-(\d+)/;
const ITEM_HOST = /^(articulo|produto)\./;
const SEARCH_HOST = /^(listado|lista)\./;
const PREVIOUS = 's,del,.andes-money-amount--previous';
const INSTALLMENTS =
  '.poly-price__installments,.ui-search-installments,.ui-pdp-price__subtitles,.poly-phrase-price';

const hostCurrency = (url: URL): string | null =>
  COUNTRY_CURRENCY[/\.(com\.\w\w|cl)$/.exec(url.hostname)?.[1] ?? ''] ?? null;

/** "MCO42090990" from the path of a product or item URL. */
function idFrom(path: string): string | undefined {
  const m = ID_RE.exec(path);
  return m ? `${m[1] ?? m[3]}${m[2] ?? m[4]}` : undefined;
}

/** The amount of one `.andes-money-amount`. */
function andesMoney(el: Element | null | undefined, url: URL): Money | null {
  if (!el) return null;
  const fraction = cleanText(el.querySelector('.andes-money-amount__fraction')?.textContent);
  const cents = cleanText(el.querySelector('.andes-money-amount__cents')?.textContent);
  if (!/^\d{1,3}([.,]\d{3})*$|^\d+$/.test(fraction) || (cents && !/^\d\d$/.test(cents))) return null;
  const amount = Number(fraction.replace(/\D/g, '')) + (cents ? Number(cents) / 100 : 0);
  const symbol = cleanText(el.querySelector('.andes-money-amount__currency-symbol')?.textContent);
  const currency = /^(US\$|U\$S|USD)$/i.test(symbol) ? 'USD' : hostCurrency(url);
  return amount > 0 && Number.isFinite(amount) ? { amount, currency } : null;
}

/** The price a card or box charges: the current amount, not the crossed-out one or an installment. */
function currentPrice(root: Element, url: URL): Money | null {
  const preferred = root.querySelector(
    '.poly-price__current .andes-money-amount,.ui-search-price__second-line .andes-money-amount,.ui-pdp-price__second-line .andes-money-amount',
  );
  if (preferred) return andesMoney(preferred, url);
  const first = [...root.querySelectorAll('.andes-money-amount')].find(
    (el) => !el.closest(PREVIOUS) && !el.closest(INSTALLMENTS),
  );
  return andesMoney(first, url);
}

function itemPage(doc: Document, url: URL, id: string): Listing[] {
  const [own] = structuredListings(doc, url, 'mercadolibre');
  if (!own) return [];
  const listing: Listing = { ...own, itemId: id, format: 'fixed' };
  // The JSON-LD shipping rate is a quote for the visitor (often a first-purchase promotion), not
  // something the page shows for the item.
  delete listing.shipping;
  // "Nuevo | +500 vendidos": the condition as the site words it.
  const condition = cleanText(doc.querySelector('.ui-pdp-header__subtitle')?.textContent)
    .split('|')[0]
    ?.trim();
  if (condition && condition.length <= 30 && !/\d/.test(condition)) listing.condition = condition;
  const box = doc.querySelector('.ui-pdp-price__second-line');
  const shown = box ? andesMoney(box.querySelector('.andes-money-amount'), url) : null;
  if (shown && (shown.amount !== listing.price.amount || shown.currency !== listing.price.currency)) {
    // The price box is what the page charges now; JSON-LD can lag behind a price change.
    listing.price = shown;
    delete listing.priceMax;
  }
  return [listing];
}

/**
 * A promoted card ("Ad") links to a click counter (click1.mercadolibre.com.pe/mclics/…?a=<token>), not
 * to the item: its id is in the page's __PRELOADED_STATE__, in the same result's metadata, right
 * before that token ({"metadata":{"id":"MPE790169016",…,"url_params":"?a=<token>…"}). Found by
 * position in the text rather than by parsing the 1.5 MB of JSON on every pass.
 */
function promotedItem(doc: Document, href: string): { id: string; slug: string } | undefined {
  const token = /[?&]a=([^&#]{20,})/.exec(href)?.[1];
  const state = token ? (doc.getElementById('__PRELOADED_STATE__')?.textContent ?? '') : '';
  const at = token ? state.indexOf(`?a=${token}`) : -1;
  if (at < 0) return undefined;
  const meta = state.lastIndexOf('"metadata":{"id":"', at);
  const id =
    meta >= 0 && at - meta < 2000
      ? /^"metadata":\{"id":"(M[A-Z]{2}\d+)"/.exec(state.slice(meta, meta + 40))?.[1]
      : undefined;
  if (!id) return undefined;
  // The slug the item's own URL uses ("-laptop-lenovo-v15-…"), in the same result's pictures.
  const rest = state.slice(at, at + 3000);
  const next = rest.indexOf('"metadata":{');
  const slug = /"sanitized_title":"(-[a-z0-9-]{1,200})"/.exec(next > 0 ? rest.slice(0, next) : rest)?.[1];
  return { id, slug: slug ?? '' };
}

function searchPage(doc: Document, url: URL): Listing[] {
  const listings: Listing[] = [];
  const seen = new Set<string>();
  for (const card of doc.querySelectorAll('li.ui-search-layout__item')) {
    const link = card.querySelector<HTMLAnchorElement>(
      'a.poly-component__title,a.ui-search-link,a.ui-search-item__group__element,h2 a,h3 a',
    );
    const href = link?.getAttribute('href') ?? '';
    let abs: URL;
    try {
      abs = new URL(href, url);
    } catch {
      continue;
    }
    let id = idFrom(abs.pathname);
    if (!id && /(^|\.)click\d*\.mercadoli[bv]re\./.test(abs.hostname)) {
      const promoted = promotedItem(doc, href);
      if (promoted) {
        id = promoted.id;
        const m = /^(M[A-Z]{2})(\d+)$/.exec(promoted.id);
        abs = new URL(
          `https://articulo.${url.hostname.replace(/^[a-z]+\./, '')}/${m?.[1]}-${m?.[2]}${promoted.slug}-_JM`,
        );
      }
    }
    const title = cleanText(
      card.querySelector('.poly-component__title,.ui-search-item__title')?.textContent || link?.textContent,
    );
    const price = currentPrice(card, url);
    if (!id || seen.has(id) || !title || !price) continue;
    seen.add(id);
    abs.search = '';
    abs.hash = '';
    const listing: Listing = {
      site: 'mercadolibre',
      itemId: id,
      url: abs.href,
      title,
      price,
      status: 'active',
      format: 'fixed',
    };
    const shipping = cleanText(
      card.querySelector('.poly-component__shipping,.ui-search-item__shipping')?.textContent,
    );
    if (/env[ií]o gratis|frete gr[áa]tis|llega gratis|chega gr[áa]tis/i.test(shipping))
      listing.shipping = null;
    const condition = cleanText(
      card.querySelector('.poly-component__item-condition,.ui-search-item__condition')?.textContent,
    );
    if (condition) listing.condition = condition;
    const img = card.querySelector('img');
    const src = img?.getAttribute('data-src') || img?.getAttribute('src');
    if (src && /^https:\/\//.test(src)) listing.imageUrl = src;
    listings.push(listing);
  }
  return listings;
}

export const mercadolibre: SiteAdapter = {
  id: 'mercadolibre',
  // The home/catalog (www.), search (listado. / lista.) and item (articulo. / produto.) hosts.
  matches: [
    ...['com.ar', 'com.mx', 'com.co', 'cl', 'com.pe', 'com.uy', 'com.ve'].flatMap((tld) =>
      ['www', 'listado', 'articulo'].map((sub) => `https://${sub}.mercadolibre.${tld}/*`),
    ),
    ...['www', 'lista', 'produto'].map((sub) => `https://${sub}.mercadolivre.com.br/*`),
  ],
  claims: (url) => HOST_RE.test(url.hostname),
  pageKind(url) {
    if (ITEM_HOST.test(url.hostname) || ID_RE.test(url.pathname)) return 'item';
    if (SEARCH_HOST.test(url.hostname) || /^\/(search|ofertas)\b/.test(url.pathname)) return 'search';
    return null;
  },
  extract(doc, url) {
    const id = idFrom(url.pathname);
    if (id) return itemPage(doc, url, id);
    return ITEM_HOST.test(url.hostname) ? [] : searchPage(doc, url);
  },
  examples: [
    {
      url: 'https://www.mercadolibre.com.co/lamparas-tipo-spot-con-riel-de-1m-x-3-unid-de-10w-estructura-negro-luz-blanca/p/MCO42090990',
      kind: 'item',
    },
    {
      url: 'https://articulo.mercadolibre.com.co/MCO-596861936-lampara-riel-1mt-spot-gu10-x3-decoracion-track-light-_JM',
      kind: 'item',
    },
    { url: 'https://listado.mercadolibre.com.co/air-fryer', kind: 'search' },
  ],
};

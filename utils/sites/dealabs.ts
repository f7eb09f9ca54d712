import type { Listing } from '../listing';
import { cleanText } from './structured';
import type { SiteAdapter } from './types';

/**
 * Dealabs (www.dealabs.com): lists of deals (`article#thread_<id>`). The DOM shows skeletons; each
 * article carries its data as Vue props JSON in a `data-vue2` attribute
 * ({"name":"ThreadMainListItemNormalizer","props":{"thread":{"threadId","title","price",...}}}),
 * prices in euros as numbers. A deal is a shop's fixed price, so format 'fixed'; status 'active',
 * or 'ended' once the deal has expired (the offer is gone, nothing was sold through Dealabs).
 * Deals without a price (vouchers, "20 % off a selection", freebies at 0) are skipped.
 * On a deal's own page, deals of other threads come after it as related.
 */

const ITEM_RE = /^\/(bons-plans|codes-promo|discussions)\/[^/]*-(\d+)$/;

type Thread = {
  threadId?: unknown;
  title?: unknown;
  titleSlug?: unknown;
  type?: unknown;
  price?: unknown;
  isExpired?: unknown;
  status?: unknown;
  shipping?: { isFree?: unknown; price?: unknown } | null;
};

function threadOf(article: Element): Thread | null {
  for (const el of article.querySelectorAll('[data-vue2]')) {
    const raw = el.getAttribute('data-vue2') ?? '';
    if (!raw.includes('"thread":{')) continue;
    try {
      const thread = JSON.parse(raw)?.props?.thread;
      if (thread && typeof thread === 'object') return thread as Thread;
    } catch {
      // broken props: try the next one
    }
  }
  return null;
}

const euros = (v: unknown): number | null =>
  typeof v === 'number' && Number.isFinite(v) && v > 0 && v < 1e9 ? v : null;

export const dealabs: SiteAdapter = {
  id: 'dealabs',
  matches: ['https://www.dealabs.com/*', 'https://dealabs.com/*'],
  claims: (url) => /^(www\.)?dealabs\.com$/.test(url.hostname),
  pageKind(url) {
    if (ITEM_RE.test(url.pathname)) return 'item';
    if (/^\/($|groupe\/|bons-plans\/?$|hot|nouveaux|search|commentes|marchands\/)/.test(url.pathname))
      return 'search';
    return null;
  },
  extract(doc, url) {
    const ownId = ITEM_RE.exec(url.pathname)?.[2];
    const own: Listing[] = [];
    const related: Listing[] = [];
    const seen = new Set<string>();
    for (const article of doc.querySelectorAll('article[id^="thread_"]')) {
      const id = article.id.slice('thread_'.length);
      const thread = threadOf(article);
      if (!/^\d+$/.test(id) || seen.has(id) || !thread || String(thread.threadId) !== id) continue;
      const price = euros(thread.price);
      const title = cleanText(thread.title);
      if (thread.type !== 'Deal' || !price || !title) continue;
      seen.add(id);
      const href = article.querySelector('a.thread-link')?.getAttribute('href') ?? '';
      const slug = typeof thread.titleSlug === 'string' ? thread.titleSlug : '';
      const listing: Listing = {
        site: 'dealabs',
        itemId: id,
        url: /^https:\/\/www\.dealabs\.com\//.test(href)
          ? href.replace(/[?#].*$/, '')
          : `https://www.dealabs.com/bons-plans/${slug ? `${slug}-` : ''}${id}`,
        title,
        price: { amount: price, currency: 'EUR' },
        status: thread.isExpired === true || thread.status === 'Expired' ? 'ended' : 'active',
        format: 'fixed',
      };
      // isFree 1: free delivery; isFree 0 with a price: that cost; anything else is not said.
      const shipping = thread.shipping;
      if (shipping?.isFree === 1 || shipping?.isFree === true) listing.shipping = null;
      else if (shipping?.isFree === 0 || shipping?.isFree === false) {
        const cost = euros(shipping.price);
        if (cost) listing.shipping = { amount: cost, currency: 'EUR' };
      }
      if (ownId && id !== ownId) {
        listing.related = true;
        related.push(listing);
      } else own.push(listing);
    }
    return [...own, ...related];
  },
  examples: [
    { url: 'https://www.dealabs.com/groupe/lego', kind: 'search' },
    {
      url: 'https://www.dealabs.com/bons-plans/lego-art-31212-la-voie-lactee-3016236',
      kind: 'item',
    },
  ],
};

import type { Listing } from '../listing';
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

export const ebay: SiteAdapter = {
  id: 'ebay',
  matches: EBAY_HOSTS.map((host) => `https://*.${host}/*`),
  claims: (url) => HOST_RE.test(url.hostname),
  pageKind(url) {
    if (/^\/itm\//.test(url.pathname)) return 'item';
    if (/^\/(sch|b|str)\//.test(url.pathname)) return 'search';
    return null;
  },
  extract(_doc: Document, _url: URL): Listing[] {
    return [];
  },
  examples: [
    { url: 'https://www.ebay.com/sch/i.html?_nkw=pokemon', kind: 'search' },
    { url: 'https://www.ebay.com/itm/302474151804', kind: 'item' },
  ],
};

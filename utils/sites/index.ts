import { aliexpress } from './aliexpress';
import { amazon } from './amazon';
import { carousell } from './carousell';
import { craigslist } from './craigslist';
import { dealabs } from './dealabs';
import { depop } from './depop';
import { ebay } from './ebay';
import { etsy } from './etsy';
import { facebookMarketplace } from './facebook-marketplace';
import { generic } from './generic';
import { goofish } from './goofish';
import { gumtree } from './gumtree';
import { kleinanzeigen } from './kleinanzeigen';
import { leboncoin } from './leboncoin';
import { mercadolibre } from './mercadolibre';
import { mercariJp } from './mercari-jp';
import { mercariUs } from './mercari-us';
import { momo } from './momo';
import { offerup } from './offerup';
import { pchome } from './pchome';
import { poshmark } from './poshmark';
import { rakuma } from './rakuma';
import { ruten } from './ruten';
import { shopee } from './shopee';
import { taobao } from './taobao';
import type { SiteAdapter } from './types';
import { vinted } from './vinted';
import { wallapop } from './wallapop';
import { yahooAuctionsJp } from './yahoo-auctions-jp';
import { yahooFleamarket } from './yahoo-fleamarket';
import { yahooTwAuctions } from './yahoo-tw-auctions';
import { yahooTwShopping } from './yahoo-tw-shopping';

/**
 * Every site adapter, in the order they are tried. Site-specific adapters first;
 * the generic structured-data extractor goes last.
 */
export const adapters: SiteAdapter[] = [
  ebay,
  mercariJp,
  mercariUs,
  yahooAuctionsJp,
  amazon,
  taobao,
  pchome,
  craigslist,
  kleinanzeigen,
  leboncoin,
  facebookMarketplace,
  depop,
  gumtree,
  etsy,
  mercadolibre,
  aliexpress,
  dealabs,
  yahooFleamarket,
  momo,
  yahooTwShopping,
  // No saved page of these yet: hand-written snippets only (see README).
  ruten,
  yahooTwAuctions,
  shopee,
  goofish,
  carousell,
  rakuma,
  vinted,
  poshmark,
  offerup,
  wallapop,
  // Last: it claims every web page. It is not in the manifest; it runs only where the user
  // turned capture on (see entrypoints/generic.content).
  generic,
];

export function adapterFor(url: URL): SiteAdapter | undefined {
  return adapters.find((adapter) => adapter.claims(url));
}

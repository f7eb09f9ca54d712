import { amazon } from './amazon';
import { craigslist } from './craigslist';
import { depop } from './depop';
import { ebay } from './ebay';
import { facebookMarketplace } from './facebook-marketplace';
import { gumtree } from './gumtree';
import { kleinanzeigen } from './kleinanzeigen';
import { leboncoin } from './leboncoin';
import { mercariJp } from './mercari-jp';
import { mercariUs } from './mercari-us';
import { pchome } from './pchome';
import { taobao } from './taobao';
import type { SiteAdapter } from './types';
import { yahooAuctionsJp } from './yahoo-auctions-jp';

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
];

export function adapterFor(url: URL): SiteAdapter | undefined {
  return adapters.find((adapter) => adapter.claims(url));
}

/** Match patterns of every adapter: the content script's `matches`. */
export const contentScriptMatches: string[] = adapters.flatMap((adapter) => adapter.matches);

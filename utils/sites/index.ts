import { amazon } from './amazon';
import { ebay } from './ebay';
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
export const adapters: SiteAdapter[] = [ebay, mercariJp, mercariUs, yahooAuctionsJp, amazon, taobao, pchome];

export function adapterFor(url: URL): SiteAdapter | undefined {
  return adapters.find((adapter) => adapter.claims(url));
}

/** Match patterns of every adapter: the content script's `matches`. */
export const contentScriptMatches: string[] = adapters.flatMap((adapter) => adapter.matches);

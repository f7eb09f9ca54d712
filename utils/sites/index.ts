import { ebay } from './ebay';
import type { SiteAdapter } from './types';

/**
 * Every site adapter, in the order they are tried. Site-specific adapters first;
 * the generic structured-data extractor (when there is one) goes last.
 */
export const adapters: SiteAdapter[] = [ebay];

export function adapterFor(url: URL): SiteAdapter | undefined {
  return adapters.find((adapter) => adapter.claims(url));
}

/** Match patterns of every adapter: the content script's `matches`. */
export const contentScriptMatches: string[] = adapters.flatMap((adapter) => adapter.matches);

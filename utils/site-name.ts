import { catalog, type MessageKey, t } from './i18n';

/** The message key of a site's name (utils/i18n/sites.ts): `site_` + the id, `-` written `_`. */
export function siteNameKey(site: string): MessageKey | undefined {
  const key = `site_${site.replace(/-/g, '_')}`;
  return key in catalog ? (key as MessageKey) : undefined;
}

/** "www.example.com" → "example.com": how a person names a shop by its address. */
function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The name people know a site by, in the UI language ("Mercari Japan", "ヤフオク!"), never the
 * internal id. A listing of a shop the user turned on (the generic reader) is named by its host,
 * "fye.com"; so is a listing of a site this build has no name for (an import from a newer one).
 * Without a listing (`url` absent) the generic reader is "Other shops you turned on".
 */
export function siteName(site: string, url?: string): string {
  const host = hostOf(url);
  if (site === 'generic' && host) return host;
  const key = siteNameKey(site);
  if (key) return t(key);
  return host ?? site;
}

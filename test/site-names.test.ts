import { describe, expect, it } from 'vitest';
import { catalog } from '../utils/i18n';
import { LANGUAGES } from '../utils/i18n/types';
import { siteName, siteNameKey } from '../utils/site-name';
import { adapters } from '../utils/sites';

describe('site names', () => {
  it('name every registered site in the four UI languages, never by its id', () => {
    for (const { id } of adapters) {
      const key = siteNameKey(id);
      expect(key, id).toBeDefined();
      if (!key) continue;
      for (const language of LANGUAGES) {
        const name = catalog[key][language];
        expect(name, `${id} in ${language}`).not.toBe('');
        // "ebay" is not "eBay", "mercari-jp" is not "Mercari Japan"; "momo" is the name itself.
        if (!/[-]/.test(id) && name.includes(id)) continue;
        expect(name, `${id} in ${language}`).not.toContain(id);
      }
    }
  });

  it('have no name for a site that is not registered (a stale row would hide a renamed id)', () => {
    const ids = new Set(adapters.map((adapter) => adapter.id.replace(/-/g, '_')));
    const named = Object.keys(catalog)
      .filter((key) => key.startsWith('site_'))
      .map((key) => key.slice('site_'.length));
    expect(named.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('name a shop of the generic reader, and a site this build does not know, by its host', () => {
    expect(siteName('mercari-jp', 'https://jp.mercari.com/item/m1')).toBe('Mercari Japan');
    expect(siteName('yahoo-auctions-jp')).toBe('Yahoo! Auctions');
    expect(siteName('generic', 'https://www.fye.com/some-item.html')).toBe('fye.com');
    expect(siteName('generic')).toBe('Other shops you turned on');
    expect(siteName('future-site', 'https://shop.future.example/x')).toBe('shop.future.example');
    expect(siteName('future-site', 'not a url')).toBe('future-site');
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleSiteMessage } from '../../entrypoints/background/site-messages';
import { loadSettings } from '../../storage/settings';

afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

/** The browser's answer to "is this origin granted?", and the calls it got. */
function grants(granted: boolean) {
  return vi
    .spyOn(fakeBrowser.permissions, 'contains')
    .mockImplementation(async () => granted) as unknown as ReturnType<typeof vi.fn>;
}

describe('enable-site (the popup turns the shop reader on)', () => {
  it('refuses a plain-http shop the user did not confirm, even with its permission granted', async () => {
    const contains = grants(true);
    const reply = await handleSiteMessage({ type: 'enable-site', url: 'http://shop.example/p/1' });
    expect(reply).toEqual({ ok: false, error: 'insecure site not confirmed' });
    expect(contains).not.toHaveBeenCalled();
    expect((await loadSettings()).enabledOrigins).toEqual([]);
  });

  it('takes a plain-http shop the user confirmed to the permission check', async () => {
    const contains = grants(false);
    const reply = await handleSiteMessage({
      type: 'enable-site',
      url: 'http://shop.example/p/1',
      insecure: true,
    });
    expect(reply).toEqual({ ok: false, error: 'not granted' });
    expect(contains).toHaveBeenCalledWith({ origins: ['http://shop.example/*'] });
  });

  it('takes an https shop without a confirmation', async () => {
    const contains = grants(false);
    expect(await handleSiteMessage({ type: 'enable-site', url: 'https://shop.example/p/1' })).toEqual({
      ok: false,
      error: 'not granted',
    });
    expect(contains).toHaveBeenCalledWith({ origins: ['https://shop.example/*'] });
  });

  it('refuses a confirmation that is not exactly true', async () => {
    grants(true);
    const reply = await handleSiteMessage({
      type: 'enable-site',
      url: 'http://shop.example/',
      insecure: 'yes',
    });
    expect(reply).toEqual({ ok: false, error: 'bad message' });
  });
});

describe("enable-site with the shop's currency", () => {
  it('stores the currency the user picked with the shop, and disable-site drops both', async () => {
    grants(true);
    vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(async () => true);
    const reply = await handleSiteMessage({
      type: 'enable-site',
      url: 'https://www.anyeluz.com/products/kit',
      currency: 'COP',
    });
    expect(reply).toEqual({ ok: true });
    let settings = await loadSettings();
    expect(settings.enabledOrigins).toEqual(['https://www.anyeluz.com']);
    expect(settings.shopCurrencies).toEqual({ 'https://www.anyeluz.com': 'COP' });
    await handleSiteMessage({ type: 'disable-site', url: 'https://www.anyeluz.com' });
    settings = await loadSettings();
    expect(settings.enabledOrigins).toEqual([]);
    expect(settings.shopCurrencies).toEqual({});
  });

  it('"not set" (null) stores no currency, and clears one set before', async () => {
    grants(true);
    await handleSiteMessage({ type: 'enable-site', url: 'https://www.fye.com/p', currency: 'USD' });
    await handleSiteMessage({ type: 'enable-site', url: 'https://www.fye.com/p', currency: null });
    const settings = await loadSettings();
    expect(settings.enabledOrigins).toEqual(['https://www.fye.com']);
    expect(settings.shopCurrencies).toEqual({});
  });

  it.each([['usd'], ['DOLLAR'], [840]])(
    'refuses a malformed currency (%s) and changes nothing',
    async (currency) => {
      grants(true);
      const reply = await handleSiteMessage({ type: 'enable-site', url: 'https://www.fye.com/p', currency });
      expect(reply).toEqual({ ok: false, error: 'bad message' });
      expect((await loadSettings()).enabledOrigins).toEqual([]);
    },
  );
});

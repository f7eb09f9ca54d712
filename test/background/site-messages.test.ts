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

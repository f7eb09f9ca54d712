import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CaptureSiteOffer } from '../../components/CaptureSiteOffer';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

/**
 * The offer on `url`. `page` is what the open tab's page says of its currency (what
 * executeScript returns there); without it the page cannot be read (no grant).
 */
function mount(url: string, page?: { lang?: string; ogLocale?: string; codes?: unknown }) {
  root = document.createElement('div');
  document.body.append(root);
  const request = vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async () => true);
  const send = vi
    .spyOn(fakeBrowser.runtime, 'sendMessage')
    .mockImplementation(async () => ({ ok: true }) as never);
  const read = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async () => {
    if (!page) throw new Error('Cannot access contents of the page');
    return [{ frameId: 0, result: page }];
  }) as never);
  render(<CaptureSiteOffer url={url} tabId={3} enabled={false} />, root);
  return { request, send, read };
}

const select = () => root.querySelector<HTMLSelectElement>('[data-capture=offer] select');
const choose = async (code: string) => {
  const element = select();
  if (!element) throw new Error('no currency select');
  element.value = code;
  element.dispatchEvent(new Event('change', { bubbles: true }));
  await flush();
};

const click = async (selector: string) => {
  root.querySelector<HTMLButtonElement>(selector)?.click();
  await flush();
};
const state = () => root.querySelector('[data-capture]')?.getAttribute('data-capture');

describe('CaptureSiteOffer', () => {
  it('asks for an https shop at the first click', async () => {
    const { request, send } = mount('https://shop.example/p/lamp');
    await choose('');
    await click('[data-capture=offer] button');
    expect(request).toHaveBeenCalledWith({ origins: ['https://shop.example/*'] });
    expect(send).toHaveBeenCalledWith({
      type: 'enable-site',
      url: 'https://shop.example/p/lamp',
      tabId: 3,
      currency: null,
    });
    expect(state()).toBe('on');
  });

  it("suggests the currency the page's price data names, and sends the one the user picks", async () => {
    const { send, read } = mount('https://www.anyeluz.com/products/kit', {
      lang: 'es',
      codes: ['COP', 'COP'],
    });
    await flush();
    await flush();
    expect(read).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId: 3 } }));
    expect(select()?.value).toBe('COP');
    // Labelled for assistive technology by its visible label.
    expect(select()?.labels?.[0]?.textContent).toBe('Prices on this shop are in');
    // "Not set" first, then the suggestion and the common currencies.
    expect([...(select()?.options ?? [])].slice(0, 4).map((o) => o.value)).toEqual(['', 'COP', 'USD', 'EUR']);
    await choose('MXN');
    await click('[data-capture=offer] button');
    expect(send).toHaveBeenCalledWith(expect.objectContaining({ type: 'enable-site', currency: 'MXN' }));
    expect(root.textContent).toContain('Capturing prices on www.anyeluz.com (prices in MXN).');
  });

  it('a page that cannot be read: the browser locale is suggested; a code the page returns malformed is ignored', async () => {
    mount('https://shop.example/p/lamp');
    await flush();
    await flush();
    // happy-dom's navigator.language is en-US.
    expect(select()?.value).toBe('USD');
    render(null, root);
    root.remove();
    vi.restoreAllMocks();
    mount('https://shop.example/p/lamp', { lang: 'en-GB', codes: ['<b>', 42] });
    await flush();
    await flush();
    expect(select()?.value).toBe('GBP');
  });

  it('asks nothing for a plain-http shop until the user confirms it, and nothing if they cancel', async () => {
    const { request, send } = mount('http://shop.example/p/lamp');
    await choose('JPY');
    await click('[data-capture=offer] button');
    expect(state()).toBe('confirm-insecure');
    expect(root.textContent).toContain('shop.example does not use a secure connection (http, not https)');
    expect(request).not.toHaveBeenCalled();
    await click('[data-confirm=no]');
    expect(state()).toBe('offer');
    expect(request).not.toHaveBeenCalled();

    await click('[data-capture=offer] button');
    await click('[data-confirm=yes]');
    expect(request).toHaveBeenCalledWith({ origins: ['http://shop.example/*'] });
    expect(send).toHaveBeenCalledWith({
      type: 'enable-site',
      url: 'http://shop.example/p/lamp',
      tabId: 3,
      currency: 'JPY',
      insecure: true,
    });
    expect(state()).toBe('on');
  });
});

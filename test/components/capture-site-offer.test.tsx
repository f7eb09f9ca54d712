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

function mount(url: string) {
  root = document.createElement('div');
  document.body.append(root);
  const request = vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async () => true);
  const send = vi
    .spyOn(fakeBrowser.runtime, 'sendMessage')
    .mockImplementation(async () => ({ ok: true }) as never);
  render(<CaptureSiteOffer url={url} tabId={3} enabled={false} />, root);
  return { request, send };
}

const click = async (selector: string) => {
  root.querySelector<HTMLButtonElement>(selector)?.click();
  await flush();
};
const state = () => root.querySelector('[data-capture]')?.getAttribute('data-capture');

describe('CaptureSiteOffer', () => {
  it('asks for an https shop at the first click', async () => {
    const { request, send } = mount('https://shop.example/p/lamp');
    await click('[data-capture=offer] button');
    expect(request).toHaveBeenCalledWith({ origins: ['https://shop.example/*'] });
    expect(send).toHaveBeenCalledWith({ type: 'enable-site', url: 'https://shop.example/p/lamp', tabId: 3 });
    expect(state()).toBe('on');
  });

  it('asks nothing for a plain-http shop until the user confirms it, and nothing if they cancel', async () => {
    const { request, send } = mount('http://shop.example/p/lamp');
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
      insecure: true,
    });
    expect(state()).toBe('on');
  });
});

import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { activePage, SidePanel } from '../../entrypoints/sidepanel/SidePanel';

// The popup's view stands in as a component that counts how often it is mounted: the side panel
// mounts it anew for each page it is about, and must not for anything else (typing would be lost).
const mounts = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../entrypoints/popup/App', () => ({
  App: () => {
    useEffect(() => {
      mounts.count++;
    }, []);
    return <p data-view="popup">view</p>;
  },
}));

/** More than the panel's 200 ms wait before it looks again. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

/** Two tabs; `active` is the one the panel's window shows; `pages` what each tab's content script says. */
let active = 1;
const pages = new Map<number, { pageUrl: string; query?: string }>();
let root: HTMLElement;

beforeEach(() => {
  mounts.count = 0;
  active = 1;
  pages.clear();
  pages.set(1, { pageUrl: 'https://www.ebay.com/sch/i.html?_nkw=switch', query: 'switch' });
  pages.set(2, { pageUrl: 'https://jp.mercari.com/item/m1', query: 'Nintendo Switch 本体' });
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async () => [{ id: active } as never]);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tabId: number) => {
    const page = pages.get(tabId);
    if (!page) throw new Error('Could not establish connection. Receiving end does not exist.');
    return { ...page, keys: [] };
  }) as never);
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('the side panel', () => {
  it('is about the active tab: its id, its page and its query as its content script reports them', async () => {
    expect(JSON.parse((await activePage()).key)).toEqual([1, pages.get(1)?.pageUrl, 'switch']);
    active = 3; // a tab where no content script runs (a new tab, a site Comps does not read)
    expect(await activePage()).toEqual({ key: JSON.stringify([3, '', '']), tabId: 3 });
  });

  it('shows the view for the active tab, and a new one when another tab is chosen', async () => {
    render(<SidePanel />, root);
    await settle();
    expect(root.querySelector('[data-view=popup]')).not.toBeNull();
    expect(mounts.count).toBe(1);

    active = 2;
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 2, windowId: 1 });
    await settle();
    expect(mounts.count).toBe(2);
  });

  it('follows a new page in the active tab, but not other tabs nor the same page reporting again', async () => {
    render(<SidePanel />, root);
    await settle();
    const asked = vi.mocked(fakeBrowser.tabs.sendMessage).mock.calls.length;

    // Another tab loading a page: not what the panel shows, not even asked.
    await fakeBrowser.tabs.onUpdated.trigger(2, { status: 'loading' }, { id: 2 } as never);
    await settle();
    expect(vi.mocked(fakeBrowser.tabs.sendMessage).mock.calls.length).toBe(asked);

    // The active tab's page sends a capture (more cards scrolled in): same page, same view.
    await fakeBrowser.runtime.onMessage.trigger({ type: 'capture' }, { tab: { id: 1 } } as never, () => {});
    await settle();
    expect(vi.mocked(fakeBrowser.tabs.sendMessage).mock.calls.length).toBe(asked + 1);
    expect(mounts.count).toBe(1);

    // The active tab goes to another page: a new view.
    pages.set(1, { pageUrl: 'https://www.ebay.com/itm/1', query: 'Nintendo Switch OLED' });
    await fakeBrowser.tabs.onUpdated.trigger(1, { status: 'complete' }, { id: 1 } as never);
    await settle();
    expect(mounts.count).toBe(2);
  });
});

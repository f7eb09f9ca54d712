import type { Runtime } from 'webextension-polyfill';

/**
 * One page view of a shop records at most one product: the page's own. A shop that rewrites its
 * canonical link and JSON-LD again and again without reloading would otherwise turn one visit into
 * dozens of listings. A page view is the sender's tab, document and URL (the browser's, not the
 * page's word): a reload is a new document, a client-side navigation a new URL.
 */
export interface PageViews {
  /** Whether `listing` may be recorded for `view`: the first listing claims the view for good. */
  claim(view: string, listing: string): Promise<boolean>;
}

/** The page view a message came from, from what the browser says about the sender. */
export function pageViewOf(sender: Runtime.MessageSender): string {
  let url = sender.url ?? '';
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    url = parsed.href;
  } catch {
    // kept as given: it is only a key
  }
  return [sender.tab?.id ?? '', sender.frameId ?? 0, sender.documentId ?? '', url].join('\u0000');
}

/** Views remembered; the oldest are forgotten first (a tab stays on a shop page a short while). */
const MAX_VIEWS = 500;
const SESSION_KEY = 'genericPageViews';

interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/**
 * Claims kept in memory and in `storage.session` (cleared when the browser closes) where the browser
 * has it: an MV3 service worker stopped and started again between two messages must not forget.
 */
export function sessionPageViews(area: SessionArea | null = sessionArea() ?? null): PageViews {
  let views: Promise<Map<string, string>> | undefined;
  const load = () => {
    views ??= (async () => {
      const items: Record<string, unknown> = area ? await area.get(SESSION_KEY).catch(() => ({})) : {};
      const stored = items[SESSION_KEY];
      const pairs = Array.isArray(stored)
        ? stored.filter(
            (pair): pair is [string, string] =>
              Array.isArray(pair) && typeof pair[0] === 'string' && typeof pair[1] === 'string',
          )
        : [];
      return new Map(pairs);
    })();
    return views;
  };
  return {
    async claim(view, listing) {
      const map = await load();
      const owner = map.get(view);
      if (owner !== undefined) return owner === listing;
      map.set(view, listing);
      while (map.size > MAX_VIEWS) map.delete(map.keys().next().value as string);
      await area?.set({ [SESSION_KEY]: [...map] }).catch(() => {});
      return true;
    },
  };
}

function sessionArea(): SessionArea | undefined {
  // storage.session: Chrome 102+, Firefox 115+; older ones keep the claims in memory only.
  return (browser.storage as { session?: SessionArea }).session;
}

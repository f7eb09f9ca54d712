import { useState } from 'preact/hooks';
import { t } from '../utils/i18n';

type State = 'offer' | 'on' | 'denied';

/**
 * On a shop Comps has no adapter for: offer the generic extractor for this one origin. The
 * permission prompt must come from the click itself, so it is asked here, not in the background.
 */
export function CaptureSiteOffer({ url, tabId, enabled }: { url: string; tabId: number; enabled: boolean }) {
  const [state, setState] = useState<State>(enabled ? 'on' : 'offer');
  const origin = new URL(url).origin;
  const host = new URL(url).host;

  async function enable() {
    const granted = await browser.permissions.request({ origins: [`${origin}/*`] }).catch(() => false);
    if (!granted) {
      setState('denied');
      return;
    }
    const reply = (await browser.runtime.sendMessage({ type: 'enable-site', url, tabId })) as
      | { ok?: boolean }
      | undefined;
    setState(reply?.ok ? 'on' : 'denied');
  }

  if (state === 'on')
    return (
      <p class="notice" data-capture="on">
        {t('captureSiteOn', host)}
      </p>
    );
  return (
    <div class="notice" data-capture={state}>
      <p>{t('captureSiteHint', host)}</p>
      <button type="button" onClick={enable}>
        {t('captureSite')}
      </button>
      {state === 'denied' && <p role="alert">{t('captureSiteDenied')}</p>}
    </div>
  );
}

import { useState } from 'preact/hooks';
import { t } from '../utils/i18n';

type State = 'offer' | 'confirm-insecure' | 'on' | 'denied';

/**
 * On a shop Comps has no adapter for: offer the generic extractor for this one origin. The
 * permission prompt must come from the click itself, so it is asked here, not in the background.
 * A plain-http shop is offered only after the user confirms it: its pages (prices included) can
 * be altered on the way, so the optional `http://*` permission is never asked for without a yes.
 */
export function CaptureSiteOffer({ url, tabId, enabled }: { url: string; tabId: number; enabled: boolean }) {
  const [state, setState] = useState<State>(enabled ? 'on' : 'offer');
  const { origin, host, protocol } = new URL(url);
  const insecure = protocol === 'http:';

  async function enable() {
    const granted = await browser.permissions.request({ origins: [`${origin}/*`] }).catch(() => false);
    if (!granted) {
      setState('denied');
      return;
    }
    const reply = (await browser.runtime.sendMessage({
      type: 'enable-site',
      url,
      tabId,
      ...(insecure ? { insecure: true } : {}),
    })) as { ok?: boolean } | undefined;
    setState(reply?.ok ? 'on' : 'denied');
  }

  if (state === 'on')
    return (
      <p class="notice" data-capture="on">
        {t('captureSiteOn', host)}
      </p>
    );
  if (state === 'confirm-insecure')
    return (
      <div
        class="notice warn"
        data-capture="confirm-insecure"
        role="alertdialog"
        aria-labelledby="insecure-question"
      >
        <p id="insecure-question">{t('captureSiteInsecure', host)}</p>
        <button type="button" data-confirm="yes" onClick={enable}>
          {t('captureSiteInsecureYes')}
        </button>{' '}
        <button type="button" class="link-button" data-confirm="no" onClick={() => setState('offer')}>
          {t('captureSiteInsecureNo')}
        </button>
      </div>
    );
  return (
    <div class="notice" data-capture={state}>
      <p>{t('captureSiteHint', host)}</p>
      <button type="button" onClick={insecure ? () => setState('confirm-insecure') : enable}>
        {t('captureSite')}
      </button>
      {state === 'denied' && <p role="alert">{t('captureSiteDenied')}</p>}
    </div>
  );
}

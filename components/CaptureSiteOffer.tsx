import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { t } from '../utils/i18n';
import { readShopPageSignals } from '../utils/shop-page-signals';
import { suggestShopCurrency } from '../utils/sites/page-currency';
import { ShopCurrencySelect } from './ShopCurrencySelect';

type State = 'offer' | 'confirm-insecure' | 'on' | 'denied';

/**
 * On a shop Comps has no adapter for: offer the generic extractor for this one origin. The
 * permission prompt must come from the click itself, so it is asked here, not in the background.
 * A plain-http shop is offered only after the user confirms it: its pages (prices included) can
 * be altered on the way, so the optional `http://*` permission is never asked for without a yes.
 * The user also says, once, which currency the shop uses (suggested from the page, else the
 * browser's locale; "not set" keeps a bare "$" unread); changed later in the options.
 */
export function CaptureSiteOffer({
  url,
  tabId,
  enabled,
  currency: stored = null,
}: {
  url: string;
  tabId: number;
  enabled: boolean;
  /** The currency stored for this shop, when it is on. */
  currency?: string | null;
}) {
  const [state, setState] = useState<State>(enabled ? 'on' : 'offer');
  const [currency, setCurrency] = useState(stored ?? '');
  const [suggested, setSuggested] = useState<string | null>(null);
  const chosen = useRef(false);
  const selectId = useId();
  const { origin, host, protocol } = new URL(url);
  const insecure = protocol === 'http:';

  useEffect(() => {
    if (enabled) return;
    let live = true;
    void readShopPageSignals(tabId, url).then((signals) => {
      const suggestion = suggestShopCurrency(signals, navigator.language);
      if (!live) return;
      setSuggested(suggestion);
      // The suggestion is preselected unless the user already picked something.
      if (!chosen.current && suggestion) setCurrency(suggestion);
    });
    return () => {
      live = false;
    };
  }, [tabId, url, enabled]);

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
      currency: currency || null,
      ...(insecure ? { insecure: true } : {}),
    })) as { ok?: boolean } | undefined;
    setState(reply?.ok ? 'on' : 'denied');
  }

  if (state === 'on')
    return (
      <p class="notice" data-capture="on">
        {currency ? t('captureSiteOnCurrency', host, currency) : t('captureSiteOn', host)}
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
      <p class="shop-currency">
        <label for={selectId}>{t('shopCurrencyLabel')}</label>{' '}
        <ShopCurrencySelect
          id={selectId}
          value={currency}
          suggested={suggested}
          onChange={(code) => {
            chosen.current = true;
            setCurrency(code);
          }}
        />
      </p>
      <p class="muted">{t('shopCurrencyHint')}</p>
      <button type="button" onClick={insecure ? () => setState('confirm-insecure') : enable}>
        {t('captureSite')}
      </button>
      {state === 'denied' && <p role="alert">{t('captureSiteDenied')}</p>}
    </div>
  );
}

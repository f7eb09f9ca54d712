import { useState } from 'preact/hooks';
import { disableOrigin } from '../../entrypoints/background/generic-sites';
import { type Settings, shopCurrencyOf, withShopCurrency } from '../../storage/settings';
import { t, uiLocale } from '../../utils/i18n';
import { siteName } from '../../utils/site-name';
import { suggestShopCurrency } from '../../utils/sites/page-currency';
import { ShopCurrencySelect } from '../ShopCurrencySelect';
import { Alert, describe, Section } from './shared';

/** The generic structured-data reader: on per shop (origin), listed apart from the sites. */
const GENERIC = 'generic';

interface Props {
  settings: Settings;
  update: (change: Partial<Settings>) => Promise<void>;
  /** Site adapter ids, in the registry's order. */
  sites: string[];
}

/** Pause all, each site on or off, and the shops turned on for the generic price reader. */
export function CaptureSection({ settings, update, sites }: Props) {
  const [error, setError] = useState<string | null>(null);
  const fail = (reason: unknown) => setError(describe(reason));
  const toggleSite = (site: string, on: boolean) => {
    const others = settings.disabledSites.filter((item) => item !== site);
    update({ disabledSites: on ? others : [...others, site] }).catch(fail);
  };
  const removeOrigin = async (origin: string) => {
    setError(null);
    try {
      const reply = (await browser.runtime.sendMessage({ type: 'disable-site', url: origin })) as
        | { ok?: boolean; error?: string }
        | undefined;
      // No reply: the background did not take the message (it may only accept extension pages
      // that are not in a tab, and this page opens in one). Do the same work from here.
      if (reply === undefined) await disableOrigin(origin);
      else if (!reply.ok) setError(t('optRemoveFailed', origin, reply.error ?? '?'));
    } catch (reason) {
      setError(t('optRemoveFailed', origin, describe(reason)));
    }
  };
  const siteBox = (site: string, label: string) => (
    <label class="check">
      <input
        type="checkbox"
        checked={!settings.disabledSites.includes(site)}
        onChange={(event) => toggleSite(site, event.currentTarget.checked)}
      />
      {label}
    </label>
  );

  return (
    <Section id="capture" title={t('optCaptureHeading')}>
      <label class="check">
        <input
          type="checkbox"
          checked={settings.paused}
          onChange={(event) => update({ paused: event.currentTarget.checked }).catch(fail)}
        />
        {t('optPauseAll')}
      </label>
      {settings.paused && <p class="muted">{t('optPausedNote')}</p>}
      <fieldset disabled={settings.paused}>
        <legend>{t('optSitesLegend')}</legend>
        <ul class="site-grid">
          {sites
            .filter((site) => site !== GENERIC)
            .map((site) => ({ site, name: siteName(site) }))
            .sort((a, b) => a.name.localeCompare(b.name, uiLocale()))
            .map(({ site, name }) => (
              <li key={site}>{siteBox(site, name)}</li>
            ))}
        </ul>
      </fieldset>
      <h3>{t('optShopsHeading')}</h3>
      {sites.includes(GENERIC) && settings.enabledOrigins.length > 0 && (
        <p>{siteBox(GENERIC, t('optShopsOn'))}</p>
      )}
      {settings.enabledOrigins.length > 0 && <p class="muted">{t('shopCurrencyHint')}</p>}
      {settings.enabledOrigins.length === 0 ? (
        <p class="muted">{t('optShopsNone')}</p>
      ) : (
        <ul class="plain">
          {settings.enabledOrigins.map((origin) => (
            <li key={origin} class="row">
              <span class="origin">{origin}</span>
              <ShopCurrencySelect
                id={`shop-currency-${origin}`}
                label={t('shopCurrencyOf', origin)}
                value={shopCurrencyOf(settings, origin) ?? ''}
                suggested={suggestShopCurrency({ host: new URL(origin).hostname }, navigator.language)}
                onChange={(code) =>
                  update({
                    shopCurrencies: withShopCurrency(settings.shopCurrencies, origin, code || null),
                  }).catch(fail)
                }
              />
              <button
                type="button"
                class="secondary"
                aria-label={t('optRemoveShop', origin)}
                onClick={() => void removeOrigin(origin)}
              >
                {t('optRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && <Alert>{error}</Alert>}
    </Section>
  );
}

/** Shown while capture is stopped because the disk was full. */
export function StorageFullBanner({ at, onResume }: { at: string; onResume: () => void }) {
  const date = new Date(at);
  const when = Number.isNaN(date.getTime()) ? at : date.toLocaleString(uiLocale());
  return (
    <div class="notice warn-notice" role="alert">
      <p>{t('optStorageFull', when)}</p>
      <button type="button" onClick={onResume}>
        {t('optResume')}
      </button>
    </div>
  );
}

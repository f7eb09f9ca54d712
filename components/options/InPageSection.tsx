import { useState } from 'preact/hooks';
import type { Settings } from '../../storage/settings';
import { t, uiLocale } from '../../utils/i18n';
import { siteName } from '../../utils/site-name';
import { Alert, describe, Section } from './shared';

interface Props {
  settings: Settings;
  update: (change: Partial<Settings>) => Promise<void>;
  /** Site adapter ids, in the registry's order. */
  sites: string[];
}

/**
 * What Comps shows on the marketplace pages themselves: on or off for all of them, the chips on
 * search results apart, and each site. Pages follow a change at once (storage.onChanged): turned
 * off, everything Comps added disappears. Nothing is shown while recording is paused.
 */
export function InPageSection({ settings, update, sites }: Props) {
  const [error, setError] = useState<string | null>(null);
  const fail = (reason: unknown) => setError(describe(reason));
  const toggleSite = (site: string, on: boolean) => {
    const others = settings.inPageOffSites.filter((item) => item !== site);
    update({ inPageOffSites: on ? others : [...others, site] }).catch(fail);
  };
  const off = !settings.inPage || settings.paused;
  return (
    <Section id="inpage" title={t('optInPageHeading')}>
      <p class="muted">{t('optInPageIntro')}</p>
      {settings.paused && <p class="muted">{t('optInPagePaused')}</p>}
      <label class="check">
        <input
          type="checkbox"
          name="inPage"
          checked={settings.inPage}
          onChange={(event) => update({ inPage: event.currentTarget.checked }).catch(fail)}
        />
        {t('optInPageOn')}
      </label>
      <label class="check">
        <input
          type="checkbox"
          name="inPageChips"
          checked={settings.inPageChips}
          disabled={off}
          onChange={(event) => update({ inPageChips: event.currentTarget.checked }).catch(fail)}
        />
        {t('optInPageChips')}
      </label>
      <fieldset disabled={off}>
        <legend>{t('optInPageSites')}</legend>
        <ul class="site-grid">
          {sites
            .filter((site) => site !== 'generic')
            .map((site) => ({ site, name: siteName(site) }))
            .sort((a, b) => a.name.localeCompare(b.name, uiLocale()))
            .map(({ site, name }) => (
              <li key={site}>
                <label class="check">
                  <input
                    type="checkbox"
                    name={`inPage-${site}`}
                    checked={!settings.inPageOffSites.includes(site)}
                    onChange={(event) => toggleSite(site, event.currentTarget.checked)}
                  />
                  {name}
                </label>
              </li>
            ))}
        </ul>
      </fieldset>
      {error && <Alert>{error}</Alert>}
    </Section>
  );
}

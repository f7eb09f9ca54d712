import { useEffect, useState } from 'preact/hooks';
import { CaptureSiteOffer } from '../../components/CaptureSiteOffer';
import { CompsList, GroupList, SetAsideList } from '../../components/CompsList';
import { OpenSidePanel } from '../../components/inpage/OpenSidePanel';
import { ListingList } from '../../components/ListingList';
import { PriceChart } from '../../components/PriceChart';
import { ReferenceCard } from '../../components/ReferenceCard';
import { periodLabel } from '../../components/reference-words';
import { Tally } from '../../components/Tally';
import { setChoice } from '../../storage/comps';
import type { StoredListing } from '../../storage/db';
import { type ExportFormat, exportFileName, exportListings } from '../../storage/export';
import { loadSettings, type Settings, updateSettings } from '../../storage/settings';
import { queryKey, type ReferenceResult } from '../../utils/comps/reference';
import { downloadBlob } from '../../utils/download';
import { enumKey, t } from '../../utils/i18n';
import { capQuery } from '../../utils/page-query';
import { db, loadReference, type OpenTab, openTab, pageListings, targetOf } from './data';

/** The periods offered, in days; 0 is all time (settings.windowDays). */
const PERIOD_OPTIONS = [30, 90, 365, 0];

function isWebPage(url: string): boolean {
  return /^https?:\/\//.test(url);
}

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [tab, setTab] = useState<OpenTab | null | undefined>(undefined);
  const [query, setQuery] = useState('');
  const [input, setInput] = useState('');
  const [result, setResult] = useState<ReferenceResult | null>(null);
  const [listings, setListings] = useState<StoredListing[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [choicesMade, setChoicesMade] = useState(0);
  const fail = (reason: unknown) => setError(String(reason));

  useEffect(() => {
    Promise.all([loadSettings(), openTab()]).then(([loaded, open]) => {
      setSettings(loaded);
      setTab(open);
      // `?query=` opens the popup on a given query (benchmark, links from the options page). Either
      // may be as long as a URL: cut, or a 1 MB query keeps the popup busy for seconds.
      const initial = capQuery(new URLSearchParams(location.search).get('query') ?? open?.page?.query ?? '');
      setQuery(initial);
      setInput(initial);
    }, fail);
  }, []);

  useEffect(() => {
    if (tab !== undefined) pageListings(tab?.page ?? null).then(setListings, fail);
  }, [tab]);

  useEffect(() => {
    if (!settings || !query.trim()) {
      setResult(null);
      return;
    }
    // The open item is the target only while the query is the page's own.
    const own = query === tab?.page?.query;
    const target = own ? targetOf(tab.page) : undefined;
    // On the page's own query, every listing of the page is accounted for in the tally.
    loadReference(query, settings, target, own ? tab.page?.keys : undefined).then(setResult, fail);
  }, [query, settings, choicesMade]);

  useEffect(() => {
    // The benchmark reads this mark: time from opening to the first reference on screen.
    if (result) performance.mark('comps:reference-rendered');
  }, [result]);

  const choose = (site: string, itemId: string, choice: 'include' | 'exclude' | null) =>
    setChoice(db(), queryKey(query), site, itemId, choice).then(
      () => setChoicesMade((count) => count + 1),
      fail,
    );
  const change = (change: Partial<Settings>) => updateSettings(change).then(setSettings, fail);
  const exportComps = async (format: ExportFormat) => {
    if (!result) return;
    const keys = result.comps.map((comp): [string, string] => [comp.site, comp.itemId]);
    downloadBlob(await exportListings(db(), keys, format), exportFileName(format));
  };

  if (error) {
    return (
      <main>
        <p role="alert">{t('loadError', error)}</p>
      </main>
    );
  }
  if (!settings || tab === undefined || listings === null) return <main aria-busy="true" />;
  const onPage = Boolean(tab?.page && tab.page.keys.length > 0);
  const offerCapture = tab && !tab.page && isWebPage(tab.url);

  return (
    <main data-view={onPage ? 'page' : 'recent'}>
      {settings.storageFullAt && (
        <p role="alert" class="notice warn">
          {t('storageFull')}
        </p>
      )}
      {settings.paused && !settings.storageFullAt && <p class="notice">{t('capturePaused')}</p>}
      {offerCapture && (
        <CaptureSiteOffer
          url={tab.url}
          tabId={tab.id}
          enabled={settings.enabledOrigins.includes(new URL(tab.url).origin)}
        />
      )}

      <form
        class="search"
        onSubmit={(event) => {
          event.preventDefault();
          setQuery(capQuery(input));
        }}
      >
        <label for="query" class="visually-hidden">
          {t('searchLabel')}
        </label>
        <input
          id="query"
          type="search"
          value={input}
          placeholder={t('searchPlaceholder')}
          onInput={(event) => setInput(event.currentTarget.value)}
        />
        <button type="submit">{t('searchButton')}</button>
      </form>

      {result && (
        <>
          <ReferenceCard
            result={result}
            onShowAllTime={() => change({ windowDays: 0, windowChosen: true })}
          />
          <Tally tally={result.tally} />
          <PriceChart result={result} />
          <div class="controls">
            <label>
              {t('windowLabel')}{' '}
              <select
                value={settings.windowDays}
                onChange={(event) =>
                  change({ windowDays: Number(event.currentTarget.value), windowChosen: true })
                }
              >
                {[...new Set([...PERIOD_OPTIONS, settings.windowDays])].map((days) => (
                  <option key={days} value={days}>
                    {PERIOD_OPTIONS.includes(days)
                      ? t(enumKey('periodOption', days === 0 ? 'all' : String(days)))
                      : periodLabel(days)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <input
                type="checkbox"
                checked={settings.includeShipping}
                onChange={(event) => change({ includeShipping: event.currentTarget.checked })}
              />{' '}
              {t('withShipping')}
            </label>
          </div>
          {result.comps.length > 0 && (
            <section id="comps">
              <h2>{t('compsHeading')}</h2>
              <CompsList comps={result.comps} currency={result.currency} onChoose={choose} />
              <p class="export">
                {t('exportComps')}{' '}
                <button type="button" class="link-button" onClick={() => exportComps('csv').catch(fail)}>
                  CSV
                </button>{' '}
                <button type="button" class="link-button" onClick={() => exportComps('json').catch(fail)}>
                  JSON
                </button>
              </p>
            </section>
          )}
          <GroupList
            groups={result.groups}
            excluded={result.excluded}
            currency={result.currency}
            onChoose={choose}
          />
          <SetAsideList items={result.excluded} onChoose={choose} />
        </>
      )}

      <section class="page-listings">
        <h2>{onPage ? t('onThisPage') : t('recentlySeen')}</h2>
        {listings.length === 0 ? (
          <p class="empty muted" data-empty>
            {t('popupEmpty')}
          </p>
        ) : (
          <ListingList listings={listings} />
        )}
      </section>
      <p class="footer">
        <button type="button" class="link-button" onClick={() => browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>{' '}
        <OpenSidePanel />
      </p>
    </main>
  );
}

import type { ComponentType } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { CaptureSiteOffer } from '../../components/CaptureSiteOffer';
import { OpenSidePanel } from '../../components/inpage/OpenSidePanel';
import { ReferenceCard } from '../../components/ReferenceCard';
import { periodLabel } from '../../components/reference-words';
import { Tally } from '../../components/Tally';
import type { ExportFormat } from '../../storage/backup-format';
import { setChoice } from '../../storage/comps';
import type { StoredListing } from '../../storage/db';
import type { Settings } from '../../storage/settings';
import { shopCurrencyOf, updateSettings } from '../../storage/settings';
import { queryKey, type ReferenceResult } from '../../utils/comps/reference';
import { downloadBlob } from '../../utils/download';
import { enumKey, t, uiLocale } from '../../utils/i18n';
import { listingKey } from '../../utils/listing';
import { capQuery } from '../../utils/page-query';
import {
  db,
  initialQuery,
  type OpenTab,
  pageListings,
  QUERY_PARAM,
  referenceOnTab,
  startLoading,
} from './data';
import { lastResultKey, readLastResult, saveLastResult } from './last-result';

/** The periods offered, in days; 0 is all time (settings.windowDays). */
const PERIOD_OPTIONS = [30, 90, 365, 0];
/** After this long without an answer the popup says it is still working. */
const SLOW_ANSWER_MS = 2_000;

function isWebPage(url: string): boolean {
  return /^https?:\/\//.test(url);
}

type Details = typeof import('../../components/ReferenceDetails');
let details: Promise<Details> | undefined;
/**
 * The chart and the long lists are their own chunk, asked for once the number is on screen:
 * the first paint parses and lays out only the card.
 */
function loadDetails(): Promise<Details> {
  details ??= import('../../components/ReferenceDetails');
  return details;
}

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [tab, setTab] = useState<OpenTab | null | undefined>(undefined);
  const [query, setQuery] = useState(QUERY_PARAM ?? '');
  const [input, setInput] = useState(QUERY_PARAM ?? '');
  const [result, setResult] = useState<ReferenceResult | null>(null);
  const [listings, setListings] = useState<StoredListing[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [choicesMade, setChoicesMade] = useState(0);
  const [exported, setExported] = useState<string | null>(null);
  const [Lists, setLists] = useState<ComponentType<Parameters<Details['ReferenceDetails']>[0]> | null>(null);
  const fail = (reason: unknown) => setError(String(reason));

  useEffect(() => {
    // Started by main.tsx before the first render: settings, tab and database in parallel.
    const loading = startLoading();
    loading.settings.then((loaded) => {
      performance.mark('comps:settings-read');
      setSettings(loaded);
    }, fail);
    loading.tab.then((open) => {
      performance.mark('comps:tab-read');
      setTab(open);
      if (QUERY_PARAM === null) {
        const initial = initialQuery(open);
        setQuery(initial);
        setInput(initial);
      }
    }, fail);
  }, []);

  useEffect(() => {
    if (!settings || tab === undefined) return;
    if (!query.trim()) {
      setResult(null);
      return;
    }
    let current = true;
    performance.mark('comps:query-start');
    referenceOnTab(query, settings, tab, choicesMade).then((next) => {
      performance.mark('comps:query-done');
      saveLastResult(lastResultKey(query, settings, tab), next);
      if (current) setResult(next);
    }, fail);
    return () => {
      current = false;
    };
  }, [query, settings, tab, choicesMade]);

  // What opens first is the number; the rest follows once it is there (or when there is none to wait for).
  const answered = settings !== null && tab !== undefined && (result !== null || !query.trim());
  // The last answer for this query, shown marked as such until the fresh one is in.
  const last = useMemo(
    () =>
      settings && tab !== undefined && query.trim()
        ? readLastResult(lastResultKey(query, settings, tab))
        : null,
    [query, settings, tab],
  );
  const fresh = result && result.query === query ? result : null;
  const stale = !fresh && last ? last : null;
  // An answer that takes seconds is said to be coming (the first open after a schema upgrade
  // re-indexes every stored listing: storage/db.ts, version 6), not left as a blank.
  const [slow, setSlow] = useState(false);
  const waiting = Boolean(settings && tab !== undefined && query.trim() && !fresh);
  useEffect(() => {
    setSlow(false);
    if (!waiting) return;
    const timer = setTimeout(() => setSlow(true), SLOW_ANSWER_MS);
    return () => clearTimeout(timer);
  }, [waiting, query]);
  useEffect(() => {
    // The benchmark reads these marks: time from opening to the first reference on screen.
    if (fresh) performance.mark('comps:reference-rendered');
  }, [fresh]);
  useEffect(() => {
    if (stale) performance.mark('comps:last-result-rendered');
  }, [stale]);
  const detailsAsked = useRef(false);
  useEffect(() => {
    if (!answered || detailsAsked.current) return;
    detailsAsked.current = true;
    loadDetails().then((module) => setLists(() => module.ReferenceDetails), fail);
    pageListings(tab?.page ?? null).then(setListings, fail);
  }, [answered]);

  const pageKeys = useMemo(
    () => new Set((tab?.page?.keys ?? []).map(([site, itemId]) => listingKey(site, itemId))),
    [tab],
  );

  const choose = (site: string, itemId: string, choice: 'include' | 'exclude' | null) =>
    setChoice(db(), queryKey(query), site, itemId, choice).then(
      () => setChoicesMade((count) => count + 1),
      fail,
    );
  const change = (change: Partial<Settings>) => updateSettings(change).then(setSettings, fail);
  const exportComps = async (format: ExportFormat) => {
    if (!result) return;
    setExported(null);
    try {
      // Loaded when asked for: the export code stays out of what the popup loads to open.
      const { exportComps: exportOf } = await import('../../storage/export');
      const file = await exportOf(db(), result, format);
      downloadBlob(file.blob, file.fileName);
      setExported(t('exportCompsDone', file.listings.toLocaleString(uiLocale()), file.fileName));
    } catch (reason) {
      setExported(t('exportCompsFailed', String(reason)));
    }
  };

  if (error) {
    return (
      <main>
        <p role="alert">{t('loadError', error)}</p>
      </main>
    );
  }
  if (!settings || tab === undefined) return <main aria-busy="true" />;
  const onPage = Boolean(tab?.page && tab.page.keys.length > 0);
  const offerCapture = tab && !tab.page && isWebPage(tab.url);
  // The card shown is the one for the query in the box, never a previous query's.
  const shown = fresh ?? stale?.result ?? null;

  return (
    <main data-view={onPage ? 'page' : 'recent'}>
      <header class="top">
        <h1 class="app-title">{t('extName')}</h1>
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
        {/* Near the top of the Tab order: three presses from opening, not one per comp. */}
        <button
          type="button"
          class="link-button options-link"
          onClick={() => browser.runtime.openOptionsPage()}
        >
          {t('openOptions')}
        </button>
      </header>
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
          currency={shopCurrencyOf(settings, new URL(tab.url).origin)}
        />
      )}

      {slow && waiting && (
        <p role="status" class="notice">
          {t('stillWorking')}
        </p>
      )}
      {shown && (
        <>
          <ReferenceCard result={shown} onShowAllTime={() => change({ windowDays: 0, windowChosen: true })} />
          <Tally tally={shown.tally} stale={!fresh} />
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
        </>
      )}

      {Lists ? (
        <Lists
          key={fresh?.query ?? ''}
          result={fresh}
          listings={listings}
          onPage={onPage}
          pageKeys={pageKeys}
          onChoose={choose}
        >
          <p class="export">
            {t('exportComps')}{' '}
            <button type="button" class="link-button" onClick={() => exportComps('csv').catch(fail)}>
              CSV
            </button>{' '}
            <button type="button" class="link-button" onClick={() => exportComps('json').catch(fail)}>
              JSON
            </button>
          </p>
          {exported && (
            <p role="status" class="export-status muted">
              {exported}
            </p>
          )}
        </Lists>
      ) : (
        <section class="page-listings" aria-busy="true">
          <h2>{onPage ? t('onThisPage') : t('recentlySeen')}</h2>
        </section>
      )}
      <p class="footer">
        <OpenSidePanel />
      </p>
    </main>
  );
}

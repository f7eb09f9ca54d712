import { useEffect, useMemo, useState } from 'preact/hooks';
import { CaptureSection, StorageFullBanner } from '../../components/options/CaptureSection';
import { CurrencySection } from '../../components/options/CurrencySection';
import { ExportSection } from '../../components/options/ExportSection';
import { ImportSection } from '../../components/options/ImportSection';
import { InPageSection } from '../../components/options/InPageSection';
import { RetentionSection } from '../../components/options/RetentionSection';
import { StorageSection } from '../../components/options/StorageSection';
import { Alert, describe } from '../../components/options/shared';
import { openDatabase } from '../../storage/db';
import { loadSettings, onSettingsChanged, type Settings, updateSettings } from '../../storage/settings';
import { t } from '../../utils/i18n';

/**
 * The sites this build reads, from its manifest (one content script per site, content-scripts/<id>.js):
 * importing the adapters only for their ids would put every adapter in this page.
 */
function siteIds(): string[] {
  const files = (browser.runtime.getManifest().content_scripts ?? []).flatMap((script) => script.js ?? []);
  return files.flatMap((file) => /content-scripts\/([\w-]+)\.js$/.exec(file)?.[1] ?? []);
}

/** The options page: what is captured, export and import, and what is kept. */
export function App() {
  const db = useMemo(() => openDatabase(), []);
  const sites = useMemo(siteIds, []);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** Bumped when listings change on this page, so the counts are read again. */
  const [dataVersion, setDataVersion] = useState(0);
  const dataChanged = () => setDataVersion((version) => version + 1);

  useEffect(() => {
    loadSettings().then(setSettings, (reason) => setError(describe(reason)));
    return onSettingsChanged(setSettings);
  }, []);

  const update = async (change: Partial<Settings>) => {
    setSettings(await updateSettings(change));
  };

  if (error)
    return (
      <main class="options">
        <Alert>{t('optError', error)}</Alert>
      </main>
    );
  if (!settings) return <main class="options" aria-busy="true" />;
  return (
    <main class="options">
      <h1>{t('optTitle')}</h1>
      <p class="muted">{t('optIntro')}</p>
      {settings.storageFullAt && (
        <StorageFullBanner
          at={settings.storageFullAt}
          onResume={() => update({ storageFullAt: null }).catch((reason) => setError(describe(reason)))}
        />
      )}
      <CaptureSection settings={settings} update={update} sites={sites} />
      <InPageSection settings={settings} update={update} sites={sites} />
      <ExportSection db={db} sites={sites} />
      <ImportSection db={db} onImported={dataChanged} />
      <RetentionSection db={db} settings={settings} update={update} onApplied={dataChanged} />
      <CurrencySection settings={settings} update={update} />
      <StorageSection db={db} dataVersion={dataVersion} onDeleted={dataChanged} />
    </main>
  );
}

import { useEffect, useState } from 'preact/hooks';
import type { CompsDatabase } from '../../storage/db';
import {
  countBySite,
  deleteEverything,
  deleteSite,
  estimateStorage,
  isPersisted,
  requestPersistence,
  type SiteCounts,
  type StorageEstimateInfo,
} from '../../storage/usage';
import { t } from '../../utils/i18n';
import { siteName } from '../../utils/site-name';
import { Alert, ConfirmBar, describe, formatBytes, formatCount, Section, Status } from './shared';

interface Props {
  db: CompsDatabase;
  /** Changes when data changed elsewhere on the page (import, retention): counts are read again. */
  dataVersion: number;
  onDeleted: () => void;
}

interface View {
  estimate: StorageEstimateInfo | null;
  persisted: boolean | null;
  sites: SiteCounts[];
}

/** Space used, persistent storage, listings per site, and deleting a site's data or everything. */
export function StorageSection({ db, dataVersion, onDeleted }: Props) {
  const [view, setView] = useState<View | null>(null);
  /** The site about to be deleted ('' = everything), with what will go. */
  const [confirming, setConfirming] = useState<{
    site: string;
    listings: number;
    observations: number;
  } | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [persistDenied, setPersistDenied] = useState(false);

  const load = async () => {
    const [estimate, persisted, sites] = await Promise.all([
      estimateStorage(),
      isPersisted(),
      countBySite(db),
    ]);
    setView({ estimate, persisted, sites });
  };
  useEffect(() => {
    load().catch((reason) => setError(t('optError', describe(reason))));
  }, [dataVersion]);

  const persist = async () => {
    const granted = await requestPersistence();
    setPersistDenied(granted !== true);
    await load();
  };

  const remove = async () => {
    if (!confirming) return;
    setBusy(true);
    setError(null);
    try {
      const result = confirming.site ? await deleteSite(db, confirming.site) : await deleteEverything(db);
      setMessage(t('optDeleted', formatCount(result.listings), formatCount(result.observations)));
      onDeleted();
      await load();
    } catch (reason) {
      setError(t('optError', describe(reason)));
    } finally {
      setBusy(false);
      setConfirming(null);
    }
  };

  if (!view)
    return (
      <Section id="storage" title={t('optStorageHeading')}>
        <p class="muted" aria-busy="true">
          {t('optLoading')}
        </p>
        {error && <Alert>{error}</Alert>}
      </Section>
    );

  const total = view.sites.reduce(
    (sum, site) => ({
      listings: sum.listings + site.listings,
      observations: sum.observations + site.observations,
    }),
    { listings: 0, observations: 0 },
  );
  const { estimate } = view;
  return (
    <Section id="storage" title={t('optStorageHeading')}>
      <p>
        {estimate?.usage != null && estimate.quota != null
          ? t('optUsage', formatBytes(estimate.usage), formatBytes(estimate.quota))
          : t('optUsageUnknown')}
      </p>
      <div class="row">
        <span>{view.persisted ? t('optPersisted') : t('optNotPersisted')}</span>
        {view.persisted === false && (
          <button type="button" class="secondary" onClick={() => void persist()}>
            {t('optPersistButton')}
          </button>
        )}
      </div>
      {persistDenied && !view.persisted && <p class="muted">{t('optPersistDenied')}</p>}
      {view.sites.length === 0 ? (
        <p class="muted">{t('optNoData')}</p>
      ) : (
        <table class="sites">
          <caption class="visually-hidden">{t('optSitesTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('optSiteColumn')}</th>
              <th scope="col" class="num">
                {t('optListingsColumn')}
              </th>
              <th scope="col" class="num">
                {t('optObservationsColumn')}
              </th>
              <th scope="col">
                <span class="visually-hidden">{t('optActionsColumn')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {view.sites.map((site) => (
              <tr key={site.site}>
                <th scope="row">{siteName(site.site)}</th>
                <td class="num">{formatCount(site.listings)}</td>
                <td class="num">{formatCount(site.observations)}</td>
                <td>
                  <button
                    type="button"
                    class="secondary"
                    aria-label={t('optDeleteSiteLabel', siteName(site.site))}
                    disabled={busy || confirming !== null}
                    onClick={() => {
                      setMessage(null);
                      setConfirming(site);
                    }}
                  >
                    {t('optDeleteSite')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('optTotal')}</th>
              <td class="num">{formatCount(total.listings)}</td>
              <td class="num">{formatCount(total.observations)}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      )}
      {confirming ? (
        <ConfirmBar
          message={
            confirming.site
              ? t(
                  'optDeleteSiteConfirm',
                  formatCount(confirming.listings),
                  formatCount(confirming.observations),
                  siteName(confirming.site),
                )
              : t(
                  'optDeleteAllConfirm',
                  formatCount(confirming.listings),
                  formatCount(confirming.observations),
                )
          }
          confirmLabel={t('optConfirmDelete')}
          busy={busy}
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(null)}
        />
      ) : (
        view.sites.length > 0 && (
          <button
            type="button"
            class="danger"
            onClick={() => {
              setMessage(null);
              setConfirming({ site: '', ...total });
            }}
          >
            {t('optDeleteAll')}
          </button>
        )
      )}
      {message && <Status>{message}</Status>}
      {error && <Alert>{error}</Alert>}
    </Section>
  );
}

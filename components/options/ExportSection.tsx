import { useId, useState } from 'preact/hooks';
import type { CompsDatabase } from '../../storage/db';
import { type ExportFormat, exportBlob, exportFileName } from '../../storage/export';
import { downloadBlob } from '../../utils/download';
import { t } from '../../utils/i18n';
import { siteName } from '../../utils/site-name';
import { Alert, describe, formatBytes, formatCount, Section, Status } from './shared';

/** Local midnight of a YYYY-MM-DD day, `days` later, as an ISO date-time. */
function dayStart(day: string, days = 0): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, (date ?? 1) + days).toISOString();
}

/** Export all, one site, or a period, as CSV or JSON, with a progress bar. */
export function ExportSection({ db, sites }: { db: CompsDatabase; sites: string[] }) {
  const id = useId();
  const [site, setSite] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [progress, setProgress] = useState<[number, number] | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async () => {
    setError(null);
    setDone(null);
    if (from && to && from > to) {
      setError(t('optExportBadRange'));
      return;
    }
    setProgress([0, 0]);
    try {
      const blob = await exportBlob(
        db,
        {
          format,
          site: site || undefined,
          from: from ? dayStart(from) : undefined,
          // The end day is included: up to the next day's midnight.
          to: to ? dayStart(to, 1) : undefined,
        },
        (count, total) => setProgress([count, total]),
      );
      const name = exportFileName(format);
      downloadBlob(blob, name);
      setDone(t('optExportDone', name, formatBytes(blob.size)));
    } catch (reason) {
      setError(t('optExportFailed', describe(reason)));
    } finally {
      setProgress(null);
    }
  };

  return (
    <Section id="export" title={t('optExportHeading')}>
      <p class="muted">{t('optExportIntro')}</p>
      <div class="form-grid">
        <label for={`${id}-site`}>{t('optExportSite')}</label>
        <select id={`${id}-site`} value={site} onChange={(event) => setSite(event.currentTarget.value)}>
          <option value="">{t('optAllSites')}</option>
          {sites.map((item) => (
            <option key={item} value={item}>
              {siteName(item)}
            </option>
          ))}
        </select>
        <label for={`${id}-from`}>{t('optExportFrom')}</label>
        <input
          id={`${id}-from`}
          type="date"
          value={from}
          max={to || undefined}
          onInput={(event) => setFrom(event.currentTarget.value)}
        />
        <label for={`${id}-to`}>{t('optExportTo')}</label>
        <input
          id={`${id}-to`}
          type="date"
          value={to}
          min={from || undefined}
          onInput={(event) => setTo(event.currentTarget.value)}
        />
      </div>
      <p class="muted hint">{t('optExportDatesHint')}</p>
      <fieldset>
        <legend>{t('optExportFormat')}</legend>
        {(['csv', 'json'] as const).map((value) => (
          <label key={value} class="check">
            <input
              type="radio"
              name={`${id}-format`}
              value={value}
              checked={format === value}
              onChange={() => setFormat(value)}
            />
            {value === 'csv' ? t('optFormatCsv') : t('optFormatJson')}
          </label>
        ))}
      </fieldset>
      <div class="row">
        <button type="button" onClick={() => void run()} disabled={progress !== null}>
          {t('optExportButton')}
        </button>
        {progress && (
          <>
            <progress
              id={`${id}-progress`}
              value={progress[1] ? progress[0] : undefined}
              max={progress[1] || undefined}
              aria-label={t('optExportHeading')}
            />
            <span class="muted" aria-live="polite">
              {t('optExporting', formatCount(progress[0]), formatCount(progress[1]))}
            </span>
          </>
        )}
      </div>
      {done && <Status>{done}</Status>}
      {error && <Alert>{error}</Alert>}
    </Section>
  );
}

import { useId, useState } from 'preact/hooks';
import type { CompsDatabase } from '../../storage/db';
import { type DateField, type ExportFormat, exportBlob } from '../../storage/export';
import { downloadBlob } from '../../utils/download';
import { t } from '../../utils/i18n';
import { siteName } from '../../utils/site-name';
import { Alert, describe, formatBytes, formatCount, Section, Status } from './shared';

/** Local midnight of a YYYY-MM-DD day, `days` later, as an ISO date-time. */
function dayStart(day: string, days = 0): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, (date ?? 1) + days).toISOString();
}

/** What the last export did: a file saved, or nothing to save. */
type Outcome = { kind: 'saved'; text: string } | { kind: 'empty'; text: string };

/**
 * Export all, one site, or a period (by date seen or date sold), as CSV or JSON, with a progress
 * bar; then say what was saved, how many listings, under which name, or warn that nothing
 * matched (no empty file is saved).
 */
export function ExportSection({ db, sites }: { db: CompsDatabase; sites: string[] }) {
  const id = useId();
  const [site, setSite] = useState('');
  const [dates, setDates] = useState<DateField>('seen');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [progress, setProgress] = useState<[number, number] | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async () => {
    setError(null);
    setOutcome(null);
    if (from && to && from > to) {
      setError(t('optExportBadRange'));
      return;
    }
    setProgress([0, 0]);
    try {
      const result = await exportBlob(
        db,
        {
          format,
          site: site || undefined,
          dates,
          from: from ? dayStart(from) : undefined,
          // The end day is included: up to the next day's midnight.
          to: to ? dayStart(to, 1) : undefined,
        },
        (count, total) => setProgress([count, total]),
      );
      if (result.listings === 0) {
        const period = from !== '' || to !== '';
        setOutcome({
          kind: 'empty',
          text:
            period && dates === 'sold'
              ? t('optExportNothingSold')
              : period || site
                ? t('optExportNothing')
                : t('optExportNothingStored'),
        });
        return;
      }
      downloadBlob(result.blob, result.fileName);
      setOutcome({
        kind: 'saved',
        text: t(
          'optExportDone',
          formatCount(result.listings),
          formatCount(result.observations),
          formatBytes(result.blob.size),
          result.fileName,
        ),
      });
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
        <label for={`${id}-dates`}>{t('optExportDates')}</label>
        <select
          id={`${id}-dates`}
          value={dates}
          onChange={(event) => setDates(event.currentTarget.value as DateField)}
        >
          <option value="seen">{t('optExportDatesSeen')}</option>
          <option value="sold">{t('optExportDatesSold')}</option>
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
      {outcome?.kind === 'saved' && <Status>{outcome.text}</Status>}
      {outcome?.kind === 'empty' && (
        <p role="status" class="warn" data-empty>
          {outcome.text}
        </p>
      )}
      {error && <Alert>{error}</Alert>}
    </Section>
  );
}

import { useEffect, useId, useState } from 'preact/hooks';
import { ImportError } from '../../storage/backup';
import type { CompsDatabase } from '../../storage/db';
import {
  clearStagedImport,
  type ImportProgress,
  type ImportSummary,
  importFile,
  MAX_IMPORT_BYTES,
} from '../../storage/import';
import { t } from '../../utils/i18n';
import { Alert, describe, formatCount, Section, Status } from './shared';

const MAX_MB = MAX_IMPORT_BYTES / 1048576;

/** Where the first bad record is, in the user's language. */
function whereText(error: ImportError): string {
  const { line, record } = error.details;
  if (line !== undefined) return t('optWhereLine', formatCount(line));
  if (record?.list === 'listings')
    return record.key
      ? t('optWhereListingKey', formatCount(record.index), record.key)
      : t('optWhereListing', formatCount(record.index));
  if (record?.list === 'choices') return t('optWhereChoice', formatCount(record.index));
  return error.details.where ?? '';
}

/** A CSV of format version 1: no end line to check it by; the user may import it all the same. */
function isOldCsv(error: unknown): boolean {
  return error instanceof ImportError && error.code === 'noEnd' && error.details.value === 1;
}

/** An import failure, in the user's language (zod's detail stays in English). */
export function importErrorText(error: unknown): string {
  if (!(error instanceof ImportError)) return t('optImportErrOther', describe(error));
  const { reason = '', field = '', value = '' } = error.details;
  switch (error.code) {
    case 'empty':
      return t('optImportErrEmpty');
    case 'tooLarge':
      return t('optImportErrTooLarge', formatCount(Number(value)), formatCount(MAX_MB));
    case 'notOurs':
      return t('optImportErrNotOurs');
    case 'badJson':
      return t('optImportErrBadJson', reason);
    case 'wrongFormat':
      return t('optImportErrWrongFormat', String(value));
    case 'badVersion':
      return t('optImportErrBadVersion');
    case 'futureVersion':
      return t('optImportErrFutureVersion', String(value));
    case 'badCsv':
      return t('optImportErrBadCsv', whereText(error), reason);
    case 'missingColumns':
      return t('optImportErrMissingColumns', reason);
    case 'badRecord':
      return t('optImportErrBadRecord', whereText(error), field || '—', reason);
    case 'noEnd':
      return isOldCsv(error)
        ? t('optImportErrOldCsv')
        : t('optImportErrCut', formatCount(error.details.found ?? 0));
    case 'badEnd':
      return error.details.expected !== undefined
        ? t('optImportErrBadEnd', formatCount(error.details.expected), formatCount(error.details.found ?? 0))
        : t('optImportErrEndLine', whereText(error));
    case 'busy':
      return t('optImportErrBusy');
  }
}

/**
 * Choose a file, import it with one progress bar (reading and checking, then saving: it only
 * moves forward), then say what changed. A version 1 CSV is imported only if the user says so.
 */
export function ImportSection({ db, onImported }: { db: CompsDatabase; onImported: () => void }) {
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [error, setError] = useState<{ text: string; oldCsv: boolean } | null>(null);

  // What an import stopped by a crash left staged is of no use: free the space.
  useEffect(() => {
    clearStagedImport(db).catch(() => undefined);
  }, [db]);

  const run = async (acceptUnchecked = false) => {
    setError(null);
    setSummary(null);
    if (!file) {
      setError({ text: t('optImportNoFile'), oldCsv: false });
      return;
    }
    setProgress({ phase: 'read', listings: 0, fraction: 0 });
    try {
      const result = await importFile(db, file, { onProgress: setProgress, acceptUnchecked });
      setSummary(result);
      onImported();
    } catch (reason) {
      setError({ text: `${t('optImportRefused')} ${importErrorText(reason)}`, oldCsv: isOldCsv(reason) });
    } finally {
      setProgress(null);
    }
  };

  return (
    <Section id="import" title={t('optImportHeading')}>
      <p class="muted">{t('optImportIntro', formatCount(MAX_MB))}</p>
      <div class="row">
        <label for={`${id}-file`}>{t('optImportFile')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,.csv,application/json,text/csv"
          onChange={(event) => {
            setFile(event.currentTarget.files?.[0] ?? null);
            setError(null);
          }}
        />
        <button type="button" onClick={() => void run()} disabled={progress !== null}>
          {t('optImportButton')}
        </button>
      </div>
      {progress && (
        <div class="row">
          <progress value={progress.fraction} max={1} aria-label={t('optImportHeading')} />
          <span class="muted" aria-live="polite">
            {progress.phase === 'read'
              ? t('optImportReading', formatCount(progress.listings))
              : t('optImportWriting', formatCount(progress.listings), formatCount(progress.total ?? 0))}
          </span>
        </div>
      )}
      {summary && (
        <Status>
          {t(
            'optImportSummary',
            formatCount(summary.added),
            formatCount(summary.updated),
            formatCount(summary.unchanged),
            formatCount(summary.observations),
          )}
        </Status>
      )}
      {error && (
        <div class={error.oldCsv ? 'confirm' : undefined}>
          <Alert>{error.text}</Alert>
          {error.oldCsv && (
            <div class="row">
              <button
                type="button"
                class="secondary"
                onClick={() => void run(true)}
                disabled={progress !== null}
              >
                {t('optImportAnyway')}
              </button>
            </div>
          )}
        </div>
      )}
    </Section>
  );
}

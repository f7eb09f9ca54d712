import { useId, useState } from 'preact/hooks';
import { ImportError } from '../../storage/backup';
import type { CompsDatabase } from '../../storage/db';
import {
  type ImportPhase,
  type ImportSummary,
  importFile,
  MAX_CSV_LINES,
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

/** An import failure, in the user's language (zod's detail stays in English). */
export function importErrorText(error: unknown): string {
  if (!(error instanceof ImportError)) return t('optImportErrOther', describe(error));
  const { reason = '', field = '', value = '' } = error.details;
  switch (error.code) {
    case 'empty':
      return t('optImportErrEmpty');
    case 'tooLarge':
      return t('optImportErrTooLarge', formatCount(Number(value)), formatCount(MAX_MB));
    case 'tooManyLines':
      return t('optImportErrTooManyLines', formatCount(MAX_CSV_LINES));
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
  }
}

/** Choose a file, import it with a progress bar, then say what changed. */
export function ImportSection({ db, onImported }: { db: CompsDatabase; onImported: () => void }) {
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<{ phase: ImportPhase; done: number; total: number } | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async () => {
    setError(null);
    setSummary(null);
    if (!file) {
      setError(t('optImportNoFile'));
      return;
    }
    setProgress({ phase: 'read', done: 0, total: 0 });
    try {
      const result = await importFile(db, file, {
        onProgress: (done, total, phase) => setProgress({ phase, done, total }),
      });
      setSummary(result);
      onImported();
    } catch (reason) {
      setError(`${t('optImportRefused')} ${importErrorText(reason)}`);
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
          onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)}
        />
        <button type="button" onClick={() => void run()} disabled={progress !== null}>
          {t('optImportButton')}
        </button>
      </div>
      {progress && (
        <div class="row">
          <progress
            value={progress.total ? progress.done : undefined}
            max={progress.total || undefined}
            aria-label={t('optImportHeading')}
          />
          <span class="muted" aria-live="polite">
            {progress.phase === 'read'
              ? t('optImportReading')
              : t('optImportWriting', formatCount(progress.done), formatCount(progress.total))}
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
      {error && <Alert>{error}</Alert>}
    </Section>
  );
}

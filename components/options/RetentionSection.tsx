import { useEffect, useId, useState } from 'preact/hooks';
import type { CompsDatabase } from '../../storage/db';
import { applyRetention } from '../../storage/retention';
import type { Settings } from '../../storage/settings';
import { t } from '../../utils/i18n';
import { Alert, ConfirmBar, describe, formatCount, Section, Status } from './shared';

interface Props {
  db: CompsDatabase;
  settings: Settings;
  update: (change: Partial<Settings>) => Promise<void>;
  onApplied: () => void;
}

/** Keep everything, or drop observations older than N months (applied at once, after a confirmation). */
export function RetentionSection({ db, settings, update, onApplied }: Props) {
  const id = useId();
  const [keepAll, setKeepAll] = useState(settings.retentionMonths === 0);
  const [months, setMonths] = useState(String(settings.retentionMonths || 12));
  const [confirming, setConfirming] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setKeepAll(settings.retentionMonths === 0);
    if (settings.retentionMonths > 0) setMonths(String(settings.retentionMonths));
  }, [settings.retentionMonths]);

  const save = async () => {
    setError(null);
    setMessage(null);
    if (keepAll) {
      await update({ retentionMonths: 0 }).then(
        () => setMessage(t('optSaved')),
        (reason) => setError(describe(reason)),
      );
      return;
    }
    const value = Number(months);
    if (!Number.isInteger(value) || value < 1 || value > 600) {
      setError(t('optRetentionInvalid'));
      return;
    }
    setConfirming(value);
  };

  const apply = async (value: number) => {
    setBusy(true);
    try {
      await update({ retentionMonths: value });
      setMessage(t('optRetentionApplying'));
      const result = await applyRetention(db, value, new Date());
      setMessage(t('optRetentionDone', formatCount(result.listings), formatCount(result.observations)));
      onApplied();
    } catch (reason) {
      setMessage(null);
      setError(describe(reason));
    } finally {
      setBusy(false);
      setConfirming(null);
    }
  };

  return (
    <Section id="retention" title={t('optRetentionHeading')}>
      <fieldset>
        <legend class="visually-hidden">{t('optRetentionHeading')}</legend>
        <label class="check">
          <input type="radio" name={`${id}-mode`} checked={keepAll} onChange={() => setKeepAll(true)} />
          {t('optKeepAll')}
        </label>
        <div class="row">
          <label class="check">
            <input type="radio" name={`${id}-mode`} checked={!keepAll} onChange={() => setKeepAll(false)} />
            {t('optKeepMonths')}
          </label>
          <input
            id={`${id}-months`}
            class="narrow"
            type="number"
            min={1}
            max={600}
            step={1}
            value={months}
            disabled={keepAll}
            aria-label={t('optRetentionMonthsLabel')}
            onInput={(event) => setMonths(event.currentTarget.value)}
          />
          <span>{t('optMonths')}</span>
        </div>
      </fieldset>
      <p class="muted hint">{t('optRetentionRule')}</p>
      {confirming === null ? (
        <button type="button" onClick={() => void save()} disabled={busy}>
          {t('optSave')}
        </button>
      ) : (
        <ConfirmBar
          message={t('optRetentionConfirm', formatCount(confirming))}
          confirmLabel={t('optConfirmDelete')}
          busy={busy}
          onConfirm={() => void apply(confirming)}
          onCancel={() => setConfirming(null)}
        />
      )}
      {message && <Status>{message}</Status>}
      {error && <Alert>{error}</Alert>}
    </Section>
  );
}

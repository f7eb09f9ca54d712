import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import type { Settings } from '../../storage/settings';
import { t, uiLocale } from '../../utils/i18n';
import { currencyForLocale, DEFAULT_RATES, DEFAULT_RATES_DATE } from '../../utils/rates';
import { Alert, describe, Section, Status } from './shared';

interface Props {
  settings: Settings;
  update: (change: Partial<Settings>) => Promise<void>;
}

const CODES = Object.keys(DEFAULT_RATES).sort();

function currencyName(code: string): string {
  try {
    return new Intl.DisplayNames([uiLocale()], { type: 'currency' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function parseRate(text: string): number | null {
  const value = Number(text.trim().replace(',', '.'));
  return Number.isFinite(value) && value > 0 && value < 1e9 ? value : null;
}

/** The display currency, and the conversion rates (shipped, dated; the user's own on top). */
export function CurrencySection({ settings, update }: Props) {
  const id = useId();
  const names = useMemo(() => new Map(CODES.map((code) => [code, currencyName(code)])), []);
  const effective = (code: string) => String(settings.rates[code] ?? DEFAULT_RATES[code] ?? '');
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(
    () => setDrafts(Object.fromEntries(CODES.map((code) => [code, effective(code)]))),
    [settings.rates],
  );
  const edited = Object.keys(settings.rates).length > 0;

  const save = async () => {
    setMessage(null);
    setError(null);
    const rates: Record<string, number> = {};
    for (const code of CODES) {
      if (code === 'USD') continue;
      const value = parseRate(drafts[code] ?? '');
      if (value === null) {
        setError(t('optRateInvalid', code));
        return;
      }
      if (value !== DEFAULT_RATES[code]) rates[code] = value;
    }
    await update({ rates }).then(
      () => setMessage(t('optRatesSaved')),
      (reason) => setError(describe(reason)),
    );
  };

  const reset = async () => {
    setMessage(null);
    setError(null);
    await update({ rates: {} }).then(
      () => setMessage(t('optRatesSaved')),
      (reason) => setError(describe(reason)),
    );
  };

  return (
    <Section id="currency" title={t('optCurrencyHeading')}>
      <div class="form-grid">
        <label for={`${id}-display`}>{t('optDisplayCurrency')}</label>
        <select
          id={`${id}-display`}
          value={settings.displayCurrency ?? ''}
          onChange={(event) => {
            const value = event.currentTarget.value;
            update({ displayCurrency: value || null }).catch((reason) => setError(describe(reason)));
          }}
        >
          <option value="">{t('optCurrencyAuto', currencyForLocale(uiLocale()))}</option>
          {CODES.map((code) => (
            <option key={code} value={code}>
              {code} — {names.get(code)}
            </option>
          ))}
        </select>
      </div>
      <h3>{t('optRatesHeading')}</h3>
      <p class="muted">{t('optRatesNote')}</p>
      <p class="muted">
        {edited ? t('optRatesEdited', DEFAULT_RATES_DATE) : t('optRatesShipped', DEFAULT_RATES_DATE)}
      </p>
      <details>
        <summary>{t('optRatesShow')}</summary>
        <table class="rates">
          <thead>
            <tr>
              <th scope="col">{t('optRateCurrency')}</th>
              <th scope="col">{t('optRatePerUsd')}</th>
              <th scope="col">{t('optRateDefault')}</th>
            </tr>
          </thead>
          <tbody>
            {CODES.filter((code) => code !== 'USD').map((code) => (
              <tr key={code}>
                <th scope="row">
                  <label for={`${id}-rate-${code}`} title={names.get(code)}>
                    {code}
                  </label>
                </th>
                <td>
                  <input
                    id={`${id}-rate-${code}`}
                    class="narrow"
                    type="text"
                    inputMode="decimal"
                    value={drafts[code] ?? ''}
                    aria-invalid={parseRate(drafts[code] ?? '') === null}
                    onInput={(event) => {
                      const value = event.currentTarget.value;
                      setDrafts((current) => ({ ...current, [code]: value }));
                    }}
                  />
                </td>
                <td class="muted">{DEFAULT_RATES[code]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div class="row">
          <button type="button" onClick={() => void save()}>
            {t('optRatesSave')}
          </button>
          <button type="button" class="secondary" onClick={() => void reset()} disabled={!edited}>
            {t('optRatesReset')}
          </button>
        </div>
      </details>
      {message && <Status>{message}</Status>}
      {error && <Alert>{error}</Alert>}
    </Section>
  );
}

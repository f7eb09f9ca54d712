import { useMemo } from 'preact/hooks';
import { t, uiLocale } from '../utils/i18n';
import { DEFAULT_RATES } from '../utils/rates';

/** Offered first, after the suggestion: the currencies of the shops Comps is most used on. */
const COMMON = ['USD', 'EUR', 'GBP', 'JPY', 'TWD', 'CNY', 'HKD', 'SGD', 'AUD', 'CAD', 'MXN', 'COP'];

/** Every ISO 4217 code the browser knows, else the ones Comps has rates for. */
function allCodes(): string[] {
  try {
    const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.(
      'currency',
    );
    if (supported?.length) return supported;
  } catch {
    // An older engine: the shipped rates' codes below.
  }
  return Object.keys(DEFAULT_RATES).sort();
}

function nameOf(names: Intl.DisplayNames | null, code: string): string {
  try {
    const name = names?.of(code);
    return name && name !== code ? `${code} — ${name}` : code;
  } catch {
    return code;
  }
}

/**
 * The currency a shop uses, by the user's word: the suggestion and the common ones first, then
 * every ISO code; "Not set" keeps a bare "$" unread on that shop (utils/sites/page-currency.ts).
 * `value` '' is "not set".
 */
export function ShopCurrencySelect({
  id,
  value,
  suggested,
  label,
  onChange,
}: {
  id: string;
  value: string;
  suggested: string | null;
  /** The accessible name, when no visible <label for> names the select. */
  label?: string;
  onChange: (code: string) => void;
}) {
  const options = useMemo(() => {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([uiLocale()], { type: 'currency' });
    } catch {
      names = null;
    }
    const first = [...new Set([...(suggested ? [suggested] : []), ...COMMON])];
    const rest = allCodes().filter((code) => !first.includes(code));
    const entry = (code: string) => ({ code, text: nameOf(names, code) });
    return { first: first.map(entry), rest: rest.map(entry) };
  }, [suggested]);
  // A stored code the list lacks (an engine with a shorter list) is still shown and kept.
  const missing = value && ![...options.first, ...options.rest].some((o) => o.code === value);
  return (
    <select
      id={id}
      value={value}
      aria-label={label}
      onChange={(event) => onChange(event.currentTarget.value)}
    >
      <option value="">{t('shopCurrencyUnset')}</option>
      {missing && <option value={value}>{value}</option>}
      <CodeGroup label={t('shopCurrencyCommon')} entries={options.first} />
      <CodeGroup label={t('shopCurrencyAll')} entries={options.rest} />
    </select>
  );
}

function CodeGroup({ label, entries }: { label: string; entries: { code: string; text: string }[] }) {
  return (
    <optgroup label={label}>
      {entries.map(({ code, text }) => (
        <option key={code} value={code}>
          {text}
        </option>
      ))}
    </optgroup>
  );
}

import type { Money } from './listing';

const formatters = new Map<string, Intl.NumberFormat>();

/** "$1,234.56", "¥1,701", or "1,234.56" when the currency is unknown. */
export function formatMoney(money: Money, locale?: string): string {
  const key = `${locale ?? ''}|${money.currency ?? ''}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = money.currency
      ? new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency })
      : new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    formatters.set(key, formatter);
  }
  return formatter.format(money.amount);
}

const dateFormatters = new Map<string, Intl.DateTimeFormat>();

/** "Nov 26, 2026" in the UI language; formatters are cached (making one costs more than using it). */
export function formatDate(iso: string | undefined, locale?: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  let formatter = dateFormatters.get(locale ?? '');
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    dateFormatters.set(locale ?? '', formatter);
  }
  return formatter.format(date);
}

/** Locale-aware formatting through Intl; the language comes from i18next. */
export function formatDateTime(value: string | undefined, language: string): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    date,
  );
}

export function formatDate(value: string | undefined, language: string): string {
  if (!value) return '';
  const date = new Date(value.length === 10 ? `${value}T00:00:00` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(date);
}

export function formatNumber(value: number | undefined, language: string): string {
  return value === undefined ? '' : new Intl.NumberFormat(language).format(value);
}

/**
 * An amount in a currency, per locale (¥12,800.00 / CN¥12,800.00). Amounts are decimal strings;
 * Intl formats them exactly as strings, without a detour through floating point.
 */
export function formatMoney(amount: string | undefined, currency: string, language: string) {
  if (amount === undefined) return '';
  try {
    return new Intl.NumberFormat(language, { style: 'currency', currency }).format(
      amount as unknown as number,
    );
  } catch {
    return `${amount} ${currency}`;
  }
}

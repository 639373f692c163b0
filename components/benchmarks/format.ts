// Numbers as the benchmark screens show them: one decimal for averages and shares, thousands
// separators for totals, in the reader's language.

export function formatDecimal(locale: string, value: number) {
  return value.toLocaleString(locale, { minimumFractionDigits: 0, maximumFractionDigits: 1 });
}

/** A share with exactly one decimal, as the survey reports them ("39,0"). */
export function formatShare(locale: string, value: number) {
  return value.toLocaleString(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

export function formatWhole(locale: string, value: number) {
  return Math.round(value).toLocaleString(locale);
}

/** The label of a figure in the reader's language. */
export function localised(text: { de: string; en: string }, locale: string) {
  return locale === 'en' ? text.en : text.de;
}

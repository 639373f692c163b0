// Numbers as the benchmark screens show them: one decimal for averages and shares, thousands
// separators for totals, in the reader's language. The formatters are built once per language
// and style: `toLocaleString` with options builds a new Intl.NumberFormat on every call, which
// the comparison's tables (a thousand figures) paid for on every request.

const styles = {
  decimal: { minimumFractionDigits: 0, maximumFractionDigits: 1 },
  share: { minimumFractionDigits: 1, maximumFractionDigits: 1 },
  whole: { maximumFractionDigits: 0 },
} satisfies Record<string, Intl.NumberFormatOptions>;

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(locale: string, style: keyof typeof styles) {
  const key = `${locale}:${style}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, styles[style]);
    formatters.set(key, formatter);
  }
  return formatter;
}

export function formatDecimal(locale: string, value: number) {
  return formatterFor(locale, 'decimal').format(value);
}

/** A share with exactly one decimal, as the survey reports them ("39,0"). */
export function formatShare(locale: string, value: number) {
  return formatterFor(locale, 'share').format(value);
}

export function formatWhole(locale: string, value: number) {
  return formatterFor(locale, 'whole').format(Math.round(value));
}

/** The label of a figure in the reader's language. */
export function localised(text: { de: string; en: string }, locale: string) {
  return locale === 'en' ? text.en : text.de;
}

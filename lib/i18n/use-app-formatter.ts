import { useLocale, useTimeZone } from 'next-intl';
import { useMemo } from 'react';
import { createAppFormatter } from './formatting';

/** The formatter for client components, in place of next-intl's useFormatter (see formatting.ts). */
export function useAppFormatter() {
  const locale = useLocale();
  const timeZone = useTimeZone();
  return useMemo(() => createAppFormatter(locale, timeZone), [locale, timeZone]);
}

import { getLocale, getTimeZone } from 'next-intl/server';
import { cache } from 'react';
import { createAppFormatter } from './formatting';

/**
 * The request's formatter for server components, in place of next-intl's getFormatter (which
 * formats with the bare UI locale, so English would read "Dec 6, 2026, 2:05 PM").
 */
export const getAppFormatter = cache(async () => createAppFormatter(await getLocale(), await getTimeZone()));

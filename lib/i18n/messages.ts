// Every UI string, per locale. Each area keeps its namespaces in its own file under
// messages/<locale>/; add a new file to both locales here.
import deApiTokens from '@/messages/de/api-tokens.json';
import deCore from '@/messages/de/core.json';
import deLocations from '@/messages/de/locations.json';
import enApiTokens from '@/messages/en/api-tokens.json';
import enCore from '@/messages/en/core.json';
import enLocations from '@/messages/en/locations.json';
import type { AppLocale } from './locales';

export const messagesByLocale = {
  de: { ...deCore, ...deLocations, ...deApiTokens },
  en: { ...enCore, ...enLocations, ...enApiTokens },
} satisfies Record<AppLocale, object>;

export type Messages = (typeof messagesByLocale)['de'];

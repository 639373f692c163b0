// Every UI string, per locale. Each area keeps its namespaces in its own file under
// messages/<locale>/; add a new file to both locales here.
import deCore from '@/messages/de/core.json';
import deLocations from '@/messages/de/locations.json';
import enCore from '@/messages/en/core.json';
import enLocations from '@/messages/en/locations.json';
import type { AppLocale } from './locales';

export const messagesByLocale = {
  de: { ...deCore, ...deLocations },
  en: { ...enCore, ...enLocations },
} satisfies Record<AppLocale, object>;

export type Messages = (typeof messagesByLocale)['de'];

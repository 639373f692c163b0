import { normaliseCity } from '@/lib/nap/city';

// The gazetteer and the addresses typed into the app meet here: both sides go through the same
// German-aware city normalisation as the NAP comparison ("Frankfurt a. M." = "Frankfurt am Main",
// "St. Moritz" = "Sankt Moritz", ä = ae, ß = ss).

/** The keys a city name is found by: with its qualifier ("frankfurt (main)"), then without it. */
export function placeNameKeys(name: string): string[] {
  const { key, city } = normaliseCity(name);
  return [...new Set([key, city])].filter((candidate) => candidate !== '');
}

/**
 * GeoNames names a few cities of Germany, Austria and Switzerland by their English or French
 * name; the names people write in addresses, by the GeoNames name, per country.
 */
export const localNamesOf: Record<string, Record<string, string[]>> = {
  DE: { Munich: ['München'], Nuremberg: ['Nürnberg'], Cologne: ['Köln'] },
  AT: { Vienna: ['Wien'] },
  CH: { Geneva: ['Genf', 'Genève'], Sitten: ['Sion'], Zurich: ['Zürich'] },
};

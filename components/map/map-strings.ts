import type { HealthBand } from '@/lib/locations/health';

// The map's words, translated on the server and handed to the client components as plain strings
// and templates ("{score}" filled in the browser). The map page's scripts then compile no message
// while they hydrate; only the counted sentences (locations in view, clusters) are formatted in the
// browser, once there is something to count.

export type MapStrings = {
  mapLabel: string;
  mapHint: string;
  loading: string;
  loadFailed: string;
  retry: string;
  tilesUnavailable: string;
  showAll: string;
  listHeading: string;
  nothingInView: string;
  showOnMap: string;
  /** "{name} auf der Karte zeigen" */
  showOnMapLabel: string;
  openLocation: string;
  /** Per band: "Präsenz-Score: Gut ({score} von 100)" */
  presence: Record<HealthBand, string>;
  /** "Stammdaten zu {percent} % vollständig" */
  completeness: string;
  /** Per approximation: "Ungefähre Position: Gemeinde, auf etwa {kilometres} km genau" */
  approximate: Record<'municipality' | 'postcodeRegion', string>;
};

type Translate = (key: string, values?: Record<string, string>) => string;

/** Built on the server with the `locationMap` translations. */
export function mapStrings(t: Translate): MapStrings {
  const band = (key: HealthBand) => t('presence', { band: t(`bands.${key}`), score: '{score}' });
  return {
    mapLabel: t('mapLabel'),
    mapHint: t('mapHint'),
    loading: t('loading'),
    loadFailed: t('loadFailed'),
    retry: t('retry'),
    tilesUnavailable: t('tilesUnavailable'),
    showAll: t('showAll'),
    listHeading: t('listHeading'),
    nothingInView: t('nothingInView'),
    showOnMap: t('showOnMap'),
    showOnMapLabel: t('showOnMapLabel', { name: '{name}' }),
    openLocation: t('openLocation'),
    presence: { good: band('good'), fair: band('fair'), poor: band('poor') },
    completeness: t('completeness', { percent: '{percent}' }),
    approximate: {
      municipality: t('approximate.municipality', { kilometres: '{kilometres}' }),
      postcodeRegion: t('approximate.postcodeRegion', { kilometres: '{kilometres}' }),
    },
  };
}

/** The template with each `{name}` replaced by its value. */
export function fill(template: string, values: Record<string, string | number>) {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

import 'server-only';
import { env } from '@/lib/env';

/** What the location form's pin picker needs from the server's configuration. */
export function pinPickerSettings(organisationSlug: string) {
  const { MAP_TILE_URL, MAP_TILE_ATTRIBUTION, GEOCODER_URL } = env();
  return {
    organisationSlug,
    tileUrl: MAP_TILE_URL,
    tileAttribution: MAP_TILE_ATTRIBUTION,
    geocoderEnabled: Boolean(GEOCODER_URL),
  };
}

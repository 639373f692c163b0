import 'server-only';
import { distanceInMetres } from '@/lib/gazetteer/distance';
import { loadPlaces } from '@/lib/gazetteer/load-places';
import { placesNamed } from '@/lib/gazetteer/locate-address';
import { postcodeRegionOf } from '@/lib/gazetteer/postcode-regions';
import { foldText } from '@/lib/nap/fold';
import type { PublicLocation } from './locator-snapshot';

// The locator's search, over the snapshot in memory (no statement): a postcode finds the
// locations whose postcode starts with it, else the nearest to the postcode's region; a place
// the embedded gazetteer knows ("Bremen", "Frankfurt am Main") orders every located location by
// its distance; other text finds locations by name, street or city. Nothing leaves the server:
// the gazetteer is part of the app (lib/gazetteer).

export type LocatorHit = { location: PublicLocation; distanceKm: number | null };

export type LocatorSearch =
  | { kind: 'all'; hits: LocatorHit[] }
  | { kind: 'postcode'; hits: LocatorHit[] }
  | { kind: 'near'; place: string; hits: LocatorHit[] }
  | { kind: 'text'; hits: LocatorHit[] };

/** Longer queries are cut: nobody types a place of more than this. */
export const maxQueryLength = 80;

const postcodeQuery = /^\d{1,5}$/;

export async function searchLocations(
  locations: readonly PublicLocation[],
  query: string,
): Promise<LocatorSearch> {
  const text = query.replace(/\s+/g, ' ').trim().slice(0, maxQueryLength);
  if (!text) return { kind: 'all', hits: locations.map((location) => ({ location, distanceKm: null })) };

  if (postcodeQuery.test(text)) {
    const matching = locations.filter((location) => location.postalCode.startsWith(text));
    if (matching.length > 0 || text.length < 2)
      return {
        kind: 'postcode',
        hits: [...matching]
          .sort((a, b) => a.postalCode.localeCompare(b.postalCode))
          .map((location) => ({ location, distanceKm: null })),
      };
    const region = postcodeRegionOf(text, 'DE');
    return region
      ? { kind: 'near', place: text, hits: nearest(locations, region) }
      : { kind: 'postcode', hits: [] };
  }

  // The business's own words first ("Langen" is a branch here before it is a town in Hesse), then
  // a place by distance ("Bremen": the nearest, in Bremen or not), then the city as written.
  const folded = foldText(text);
  const matching = (field: keyof FoldedFields) =>
    locations
      .filter((location) => foldedFieldsOf(location)[field].includes(folded))
      .map((location) => ({ location, distanceKm: null }));
  const byName = matching('names');
  if (byName.length > 0) return { kind: 'text', hits: byName };
  const [place] = placesNamed(await loadPlaces(), text, 'DE');
  if (place) return { kind: 'near', place: place.name, hits: nearest(locations, place) };
  return { kind: 'text', hits: matching('city') };
}

type FoldedFields = { names: string; city: string };

// Folding (case, umlauts, accents) costs more than the comparison; the snapshot's locations are
// the same objects from request to request, so each is folded once.
const foldedFields = new WeakMap<PublicLocation, FoldedFields>();

function foldedFieldsOf(location: PublicLocation): FoldedFields {
  let fields = foldedFields.get(location);
  if (!fields) {
    // Joined with a line break, which no query contains (its white space becomes single spaces),
    // so no match spans two fields.
    fields = {
      names: [location.name, location.street, location.storeCode].map(foldText).join('\n'),
      city: foldText(location.city),
    };
    foldedFields.set(location, fields);
  }
  return fields;
}

/** Located locations by distance from the point (unlocated ones cannot be placed and are left out). */
function nearest(locations: readonly PublicLocation[], point: { latitude: number; longitude: number }) {
  return locations
    .flatMap((location) =>
      location.latitude === null || location.longitude === null
        ? []
        : [
            {
              location,
              distanceKm:
                distanceInMetres(point, { latitude: location.latitude, longitude: location.longitude }) /
                1000,
            },
          ],
    )
    .sort((a, b) => a.distanceKm! - b.distanceKm!);
}

import { describe, expect, it } from 'vitest';
import { fixtureLocations } from '@/lib/verification/osm/fixtures';
import type { GooglePlace } from './google-place-schema';
import { pickGooglePlace } from './google-pick-place';
import type { VerifiableLocation } from './source-result';

const meyer: VerifiableLocation = {
  ...fixtureLocations.meyer,
  primaryCategory: null,
  timeZone: 'Europe/Berlin',
};
const result = (id: string, name: string, formattedAddress: string): GooglePlace => ({
  id,
  displayName: { text: name },
  formattedAddress,
});

describe('pickGooglePlace', () => {
  it('takes the place whose name fits at the postcode, past neighbours Google also returns', () => {
    const places = [
      result('apotheke', 'Hafen-Apotheke', 'Hafenstraße 150, 27576 Bremerhaven, Deutschland'),
      result('meyer', 'Bäckerei Meyer GmbH', 'Hafenstraße 145, 27576 Bremerhaven, Deutschland'),
    ];
    expect(pickGooglePlace(meyer, places)).toEqual({ kind: 'found', placeId: 'meyer' });
  });

  it('reads a name by its distinctive words, as the OpenStreetMap match does', () => {
    const places = [result('meyer', 'Meyer – Bäckerei & Café', 'Hafenstraße 145, 27576 Bremerhaven')];
    const branch = { ...meyer, name: 'Bäckerei Meyer Lehe' };
    expect(pickGooglePlace(branch, places)).toEqual({ kind: 'found', placeId: 'meyer' });
    const another = { ...meyer, name: 'Bäckerei Schulze' };
    expect(pickGooglePlace(another, places)).toEqual({ kind: 'not-found' });
  });

  it('does not take the name at another postcode', () => {
    const places = [
      result('meyer-mitte', 'Bäckerei Meyer', 'Bürgermeister-Smidt-Straße 8, 27568 Bremerhaven'),
    ];
    expect(pickGooglePlace(meyer, places)).toEqual({ kind: 'not-found' });
  });

  it('finds a postcode Google writes in two words', () => {
    const amsterdam = { ...meyer, postalCode: '1012 AB', street: 'Damrak 1' };
    const places = [result('nl', 'Bäckerei Meyer', 'Damrak 1, 1012 AB Amsterdam, Nederland')];
    expect(pickGooglePlace(amsterdam, places)).toEqual({ kind: 'found', placeId: 'nl' });
  });

  it('counts a place Google lists twice once', () => {
    const place = result('meyer', 'Bäckerei Meyer', 'Hafenstraße 145, 27576 Bremerhaven');
    expect(pickGooglePlace(meyer, [place, place])).toEqual({ kind: 'found', placeId: 'meyer' });
  });

  it('lets a person choose among at most five, and says how many fitted', () => {
    const places = Array.from({ length: 7 }, (_, index) =>
      result(`m${index}`, 'Bäckerei Meyer', `Lange Straße ${index + 1}, 27576 Bremerhaven`),
    );
    const pick = pickGooglePlace(meyer, places);
    if (pick.kind !== 'ambiguous') throw new Error(pick.kind);
    expect(pick.candidates.map((candidate) => candidate.externalId)).toEqual(['m0', 'm1', 'm2', 'm3', 'm4']);
    expect(pick.candidateCount).toBe(7);
  });
});

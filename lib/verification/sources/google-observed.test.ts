import { describe, expect, it } from 'vitest';
import { googleMapsLink, observedOfGooglePlace } from './google-observed';
import { googlePlaceSchema } from './google-place-schema';

const place = (fields: Record<string, unknown>) => googlePlaceSchema.parse({ id: 'ChIJtest', ...fields });
const part = (longText: string, ...types: string[]) => ({ longText, shortText: longText, types });

describe('observedOfGooglePlace', () => {
  it('writes the street the German way and takes the locality as the city', () => {
    const observed = observedOfGooglePlace(
      place({
        addressComponents: [
          part('12a', 'street_number'),
          part('Hafenstraße', 'route'),
          part('Lehe', 'sublocality_level_1', 'sublocality', 'political'),
          part('Bremerhaven', 'locality', 'political'),
          part('27568', 'postal_code'),
        ],
      }),
    );
    expect(observed).toMatchObject({ street: 'Hafenstraße 12a', city: 'Bremerhaven', postalCode: '27568' });
  });

  it('states nothing Google does not state, and no street without a route', () => {
    const observed = observedOfGooglePlace(place({ addressComponents: [part('12', 'street_number')] }));
    expect(observed).toEqual({
      name: null,
      street: null,
      postalCode: null,
      city: null,
      phone: null,
      website: null,
      openingHours: null,
      latitude: null,
      longitude: null,
      rating: null,
      reviewCount: null,
      businessStatus: null,
    });
  });

  it('keeps values plain text on one line, cut to the master data lengths', () => {
    const observed = observedOfGooglePlace(
      place({ displayName: { text: ' Bäckerei\u202E\n Meyer\u0007 ' }, nationalPhoneNumber: '0'.repeat(80) }),
    );
    expect(observed.name).toBe('Bäckerei Meyer');
    expect(observed.phone).toHaveLength(50);
  });

  it('keeps only http(s) links, and links the place by its id when Google gives no Maps link', () => {
    const odd = place({ websiteUri: 'javascript:alert(1)', googleMapsUri: 'data:text/html,hi' });
    expect(observedOfGooglePlace(odd).website).toBeNull();
    expect(googleMapsLink(odd)).toBe('https://www.google.com/maps/place/?q=place_id:ChIJtest');
  });

  it('leaves out a field in an unexpected shape and reads the rest', () => {
    const observed = observedOfGooglePlace(
      place({ displayName: 'not an object', rating: 'five', nationalPhoneNumber: '0471 1234' }),
    );
    expect(observed).toMatchObject({ name: null, rating: null, phone: '0471 1234' });
  });
});

import { describe, expect, it } from 'vitest';
import type { LocationMasterData } from './master-data';
import type { WebsiteObservation } from './observation';
import { pickEntryForLocation } from './pick-entry';
import { readWebsite } from './read-website';
import { bakeryLocation, websiteFixture } from './test-support';

const chainPage = readWebsite(websiteFixture('chain-stores.html'), 'https://www.backhaus-nord.de/filialen/');
const location = (fields: Partial<LocationMasterData>): LocationMasterData => ({
  ...bakeryLocation,
  name: 'Backhaus Nord',
  phone: null,
  ...fields,
});
const nameOf = (business: WebsiteObservation) => business.name;

describe('pickEntryForLocation', () => {
  it('picks the store at the location’s address from a chain page, however the street is written', () => {
    const choice = pickEntryForLocation(
      chainPage.businesses,
      location({ street: 'Hafenstr. 145', postalCode: '27576' }),
    );
    expect(choice).toMatchObject({ kind: 'found', matchedBy: ['street', 'postcode'] });
    expect(choice.kind === 'found' && choice.business.name).toBe('Backhaus Nord – Filiale Lehe');
  });

  it('picks by postcode when the street differs, and by name when the address does', () => {
    const byPostcode = pickEntryForLocation(
      chainPage.businesses,
      location({ street: 'Georgstr. 41', postalCode: '27570' }),
    );
    expect(byPostcode.kind === 'found' && byPostcode.business.name).toBe(
      'Backhaus Nord – Filiale Geestemünde',
    );
    const byName = pickEntryForLocation(
      chainPage.businesses,
      location({ name: 'Backhaus Nord - Filiale Mitte', street: 'Neue Straße 1', postalCode: '27580' }),
    );
    expect(byName).toMatchObject({ kind: 'found', matchedBy: ['name'] });
    expect(byName.kind === 'found' && byName.business.name).toBe('Backhaus Nord – Filiale Mitte');
  });

  it('lists the candidates when several match equally well or none does', () => {
    const twoInOnePostcode = [
      ...chainPage.businesses,
      { ...chainPage.businesses[1]!, name: 'Backhaus Nord – Filiale Columbus', street: 'Columbusstraße 2' },
    ];
    const ambiguous = pickEntryForLocation(
      twoInOnePostcode,
      location({ street: 'Lloydstraße 4', postalCode: '27568' }),
    );
    expect(ambiguous.kind).toBe('ambiguous');
    expect(ambiguous.kind === 'ambiguous' && ambiguous.candidates.map(nameOf)).toEqual([
      'Backhaus Nord – Filiale Mitte',
      'Backhaus Nord – Filiale Columbus',
    ]);
    const notFound = pickEntryForLocation(
      chainPage.businesses,
      location({
        name: 'Backhaus Nord Cuxhaven',
        street: 'Nordersteinstraße 1',
        postalCode: '27472',
        city: 'Cuxhaven',
      }),
    );
    expect(notFound.kind === 'notFound' && notFound.candidates).toHaveLength(3);
  });

  it('takes the only business on a page, whatever it states', () => {
    const { businesses } = readWebsite(
      websiteFixture('bakery-jsonld.html'),
      'https://www.baeckerei-meyer.de/',
    );
    const elsewhere = location({ name: 'Bäckerei Meyer', street: 'Lange Straße 3', postalCode: '27580' });
    expect(pickEntryForLocation(businesses, elsewhere)).toMatchObject({ kind: 'found', matchedBy: ['name'] });
  });

  it('answers none for a page without a business', () => {
    const { businesses } = readWebsite(websiteFixture('website-only.html'), 'https://blumen-hansen.de/');
    expect(pickEntryForLocation(businesses, bakeryLocation)).toEqual({ kind: 'none' });
  });
});

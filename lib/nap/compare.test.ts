import { describe, expect, it } from 'vitest';
import { compareField, compareNap } from './compare';
import type { NapField } from './schemas';

describe('compareField: as a person comparing two listings would', () => {
  it.each<[NapField, string, string, 'match' | 'format' | 'mismatch']>([
    // name
    ['name', 'Bäckerei Deichbrise', 'Bäckerei Deichbrise', 'match'],
    ['name', 'Bäckerei Deichbrise', '  Bäckerei Deichbrise ', 'match'],
    ['name', 'Bäckerei Deichbrise', 'BÄCKEREI DEICHBRISE', 'format'],
    ['name', 'Bäckerei Deichbrise', 'Baeckerei Deichbrise', 'format'],
    ['name', 'Bäckerei Deichbrise GmbH', 'Bäckerei Deichbrise G.m.b.H.', 'format'],
    ['name', 'Bäckerei Deichbrise GmbH', 'Bäckerei Deichbrise', 'format'],
    ['name', 'Bäckerei Deichbrise', 'Bäckerei Deichbrise GmbH & Co. KG', 'format'],
    ['name', 'Deichbrise GmbH & Co. KG', 'Deichbrise GmbH & Co KG', 'format'],
    ['name', 'Blumen Kruse e.K.', 'Blumen Kruse e. K.', 'format'],
    ['name', 'Blumen Kruse e.K.', 'Blumen Kruse eK', 'format'],
    ['name', 'Deichbrise UG (haftungsbeschränkt)', 'Deichbrise UG haftungsbeschraenkt', 'format'],
    ['name', 'Deichbrise UG (haftungsbeschränkt)', 'Deichbrise UG', 'format'],
    ['name', 'Kruse & Söhne', 'Kruse und Söhne', 'format'],
    ['name', 'Bäckerei Deichbrise – Filiale Lehe', 'Bäckerei Deichbrise Filiale Lehe', 'format'],
    ['name', 'St. Pauli Apotheke', 'Sankt-Pauli-Apotheke', 'format'],
    ['name', 'Bäckerei Deichbrise GmbH', 'Bäckerei Deichbrise AG', 'mismatch'],
    ['name', 'Bäckerei Deichbrise GmbH', 'Bäckerei Deichbrise GmbH & Co. KG', 'mismatch'],
    ['name', 'Bäckerei Deichbrise', 'Bäckerei Nordbrise', 'mismatch'],
    ['name', 'Bäckerei Deichbrise', 'Bäckerei Deichbrise Filiale Lehe', 'mismatch'],
    ['name', 'Müller Bau', 'Muller Bau', 'mismatch'],
    // street
    ['street', 'Bürgermeister-Smidt-Straße 112', 'Buergermeister-Smidt-Str. 112', 'format'],
    ['street', 'Bürgermeister-Smidt-Straße 112', 'Bgm.-Smidt-Str. 112', 'format'],
    ['street', 'Hafenstraße 145', 'Hafenstr. 145', 'format'],
    ['street', 'Große Elbstraße 14', 'Gr. Elbstr. 14', 'format'],
    ['street', 'Hafenstraße 145', 'Hafenstraße 145, 27576 Bremerhaven', 'format'],
    ['street', 'Hafenstraße 145', 'Hafenstrasse 145', 'format'],
    ['street', 'Hafenstraße 145', 'Hafen-Straße 145', 'format'],
    ['street', 'Am Markt 3a', 'Am Markt 3 a', 'format'],
    ['street', 'Am Markt 3a', 'Am Markt 3A', 'format'],
    ['street', 'Lange Str. 12-14', 'Lange Straße 12 – 14', 'format'],
    ['street', 'Schloßstraße 1', 'Schlossstraße 1', 'format'],
    ['street', 'Schloßstraße 1', 'Schlosstraße 1', 'format'],
    ['street', 'Theodor-Heuss-Platz 1', 'Theodor-Heuss-Pl. 1', 'format'],
    ['street', 'Hafenstraße 145', 'Hafenstraße 147', 'mismatch'],
    ['street', 'Am Markt 3a', 'Am Markt 3b', 'mismatch'],
    ['street', 'Am Markt 3a', 'Am Markt 3', 'mismatch'],
    ['street', 'Lange Str. 12-14', 'Lange Str. 12', 'mismatch'],
    ['street', 'Hafenstraße 145', 'Hafenweg 145', 'mismatch'],
    ['street', 'Hafenstraße 145', 'Deichstraße 145', 'mismatch'],
    ['street', 'Hafenstraße 145', 'Hafenstraße', 'mismatch'],
    // postcode
    ['postcode', '27568', '27568', 'match'],
    ['postcode', '27568', '275 68', 'format'],
    ['postcode', '27568', 'D-27568', 'format'],
    ['postcode', '01067', '1067', 'format'],
    ['postcode', '27568', '27586', 'mismatch'],
    ['postcode', '27568', '27570', 'mismatch'],
    // city
    ['city', 'Bremerhaven', 'bremerhaven', 'format'],
    ['city', 'Düsseldorf', 'Duesseldorf', 'format'],
    ['city', 'Frankfurt am Main', 'Frankfurt a. M.', 'format'],
    ['city', 'Frankfurt am Main', 'Frankfurt/Main', 'format'],
    ['city', 'Frankfurt am Main', 'Frankfurt', 'format'],
    ['city', 'Frankfurt (Oder)', 'Frankfurt an der Oder', 'format'],
    ['city', 'Halle (Saale)', 'Halle', 'format'],
    ['city', 'Sankt Augustin', 'St. Augustin', 'format'],
    ['city', 'Frankfurt (Oder)', 'Frankfurt am Main', 'mismatch'],
    ['city', 'Bremerhaven', 'Bremen', 'mismatch'],
    ['city', 'Bremerhaven', 'Bremerhaven-Lehe', 'mismatch'],
    // phone
    ['phone', '+49 471 4829310', '0471/4829310', 'format'],
    ['phone', '+49 471 4829310', '0049 (0)471 48 29-310', 'format'],
    ['phone', '+49 471 4829310', '04714829310', 'format'],
    ['phone', '0471 / 48 29 310', '+49 (0) 471 4829310', 'format'],
    ['phone', '(0471) 4829310', '+494714829310', 'format'],
    ['phone', '0471 4829310', '0471 4829311', 'mismatch'],
    ['phone', '0471 4829310', '0421 4829310', 'mismatch'],
    ['phone', '0471 4829310', '4829310', 'mismatch'],
    ['phone', '0471 4829310', '0171 4829310', 'mismatch'],
    // website
    ['website', 'https://baeckerei.de', 'https://baeckerei.de', 'match'],
    ['website', 'www.baeckerei.de', 'https://baeckerei.de/', 'format'],
    ['website', 'http://baeckerei.de', 'https://www.Baeckerei.de', 'format'],
    ['website', 'baeckerei.de/filiale-lehe', 'https://www.baeckerei.de/filiale-lehe/', 'format'],
    ['website', 'baeckerei.de', 'baeckerei.de/?utm_source=gmb', 'format'],
    ['website', 'baeckerei.de/filiale-lehe', 'baeckerei.de', 'mismatch'],
    ['website', 'baeckerei.de', 'baeckerei.com', 'mismatch'],
    ['website', 'baeckerei.de', 'bäckerei.de', 'mismatch'],
    ['website', 'baeckerei.de', 'facebook.com/baeckerei', 'mismatch'],
  ])('%s: %s vs %s → %s', (field, master, platform, result) => {
    expect(compareField(field, master, platform).result).toBe(result);
  });

  it('returns the normalised values, and why a field is a mismatch', () => {
    expect(compareField('street', 'Hafenstr. 145', 'Hafenstraße 147')).toEqual({
      result: 'mismatch',
      master: 'hafenstrasse 145',
      platform: 'hafenstrasse 147',
      reason: 'different',
    });
    expect(compareField('phone', '0471 4829310', '')).toEqual({
      result: 'mismatch',
      master: '+494714829310',
      platform: null,
      reason: 'missing',
    });
    expect(compareField('website', null, 'www.baeckerei.de')).toMatchObject({
      result: 'mismatch',
      reason: 'missing',
    });
    expect(compareField('phone', undefined, '  ')).toEqual({ result: 'match', master: null, platform: null });
    expect(compareField('phone', '–', '')).toEqual({ result: 'format', master: null, platform: null });
  });
});

describe('compareNap', () => {
  it('compares every field and lists the mismatches', () => {
    const comparison = compareNap(
      {
        name: 'Bäckerei Deichbrise GmbH',
        street: 'Bürgermeister-Smidt-Straße 112',
        postcode: '27568',
        city: 'Bremerhaven',
        phone: '0471 4829310',
        website: 'https://www.baeckerei-deichbrise.de',
      },
      {
        name: 'Bäckerei Deichbrise',
        street: 'Bgm.-Smidt-Str. 114',
        postcode: '27568',
        city: 'BREMERHAVEN',
        website: 'baeckerei-deichbrise.de/',
      },
    );
    expect(comparison.fields).toMatchObject({
      name: { result: 'format', master: 'baeckerei deichbrise gmbh', platform: 'baeckerei deichbrise' },
      street: { result: 'mismatch', reason: 'different' },
      postcode: { result: 'match', master: '27568', platform: '27568' },
      city: { result: 'format' },
      phone: { result: 'mismatch', reason: 'missing', platform: null },
      website: { result: 'format', master: 'baeckerei-deichbrise.de' },
    });
    expect(comparison.mismatches).toEqual(['street', 'phone']);
    expect(comparison.consistent).toBe(false);
  });

  it('is consistent when no field is a mismatch; a value the platform lacks is one', () => {
    const comparison = compareNap({ name: 'Blumen Kruse e.K.', city: 'Geestland' }, { name: 'Blumen Kruse' });
    expect(comparison.mismatches).toEqual(['city']);
    expect(compareNap({ name: 'Blumen Kruse e.K.' }, { name: 'Blumen Kruse' }).consistent).toBe(true);
  });
});

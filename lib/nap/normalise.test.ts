import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastestRunMs, hostileInputBudgetMs } from '@/tests/support/time-budget';
import {
  normaliseCity,
  normaliseName,
  normalisePhone,
  normalisePostcode,
  normaliseStreet,
  normaliseWebsite,
} from './normalise';

describe('normaliseName', () => {
  it.each([
    ['Bäckerei Meyer', 'baeckerei meyer', null],
    ['BÄCKEREI  MEYER', 'baeckerei meyer', null],
    ['Baeckerei Meyer GmbH', 'baeckerei meyer', 'gmbh'],
    ['Bäckerei Meyer G.m.b.H.', 'baeckerei meyer', 'gmbh'],
    ['Meyer Gesellschaft mit beschränkter Haftung', 'meyer', 'gmbh'],
    ['Meyer Backwaren GmbH & Co. KG', 'meyer backwaren', 'gmbh & co. kg'],
    ['Meyer Backwaren GmbH & Co KG', 'meyer backwaren', 'gmbh & co. kg'],
    ['Meyer Backwaren GmbH&Co.KG', 'meyer backwaren', 'gmbh & co. kg'],
    ['Meyer Backwaren GmbH u. Co. KG', 'meyer backwaren', 'gmbh & co. kg'],
    [
      'Meyer Backwaren UG (haftungsbeschränkt) & Co. KG',
      'meyer backwaren',
      'ug (haftungsbeschraenkt) & co. kg',
    ],
    ['Blumen Kruse e.K.', 'blumen kruse', 'e.k.'],
    ['Blumen Kruse e. K.', 'blumen kruse', 'e.k.'],
    ['Blumen Kruse eK', 'blumen kruse', 'e.k.'],
    ['Blumen Kruse e.Kfr.', 'blumen kruse', 'e.k.'],
    ['Blumen Kruse, eingetragene Kauffrau', 'blumen kruse', 'e.k.'],
    ['Deichbrise UG (haftungsbeschränkt)', 'deichbrise', 'ug (haftungsbeschraenkt)'],
    ['Deichbrise UG haftungsbeschränkt', 'deichbrise', 'ug (haftungsbeschraenkt)'],
    ['Deichbrise UG (haftungsbeschr.)', 'deichbrise', 'ug (haftungsbeschraenkt)'],
    ['Deichbrise UG', 'deichbrise', 'ug (haftungsbeschraenkt)'],
    ['Volksbank Bremerhaven-Wesermünde eG', 'volksbank bremerhaven wesermuende', 'eg'],
    ['Sportverein Lehe e.V.', 'sportverein lehe', 'e.v.'],
    ['Nordsee AG', 'nordsee', 'ag'],
    ['Kruse & Söhne OHG', 'kruse und soehne', 'ohg'],
    ['Kruse + Söhne oHG', 'kruse und soehne', 'ohg'],
    ['Praxis Dr. Kruse GbR', 'praxis dr kruse', 'gbr'],
    ["Meyer's Backstube", 'meyers backstube', null],
    ['Café Lüttje Deern', 'cafe luettje deern', null],
    ['Fischhaus „Zur Möwe“', 'fischhaus zur moewe', null],
  ])('%s → %s, %s', (input, name, legalForm) => {
    const normalised = normaliseName(input);
    expect(normalised).toEqual({ key: [name, legalForm].filter(Boolean).join(' '), name, legalForm });
  });

  it('finds the legal form anywhere in the name, as a whole word only', () => {
    expect(normaliseName('Meyer GmbH – Filiale Lehe')).toMatchObject({ name: 'meyer filiale lehe' });
    expect(normaliseName('Agentur Kagel')).toMatchObject({ name: 'agentur kagel', legalForm: null });
    expect(normaliseName('Segelschule Geeste')).toMatchObject({ legalForm: null });
    // Taking out "GmbH" brings "e" and "K" together: found as well, so the key stays stable.
    expect(normaliseName('Kruse e GmbH K')).toEqual({
      key: 'kruse gmbh e.k.',
      name: 'kruse',
      legalForm: 'gmbh e.k.',
    });
  });
});

describe('normaliseStreet', () => {
  it.each([
    ['Hafenstraße 145', 'hafenstrasse', '145'],
    ['Hafenstrasse 145', 'hafenstrasse', '145'],
    ['Hafenstr. 145', 'hafenstrasse', '145'],
    ['Hafenstr 145', 'hafenstrasse', '145'],
    ['Hafenstr.145', 'hafenstrasse', '145'],
    ['HAFENSTRASSE 145', 'hafenstrasse', '145'],
    ['Hafen-Straße 145', 'hafenstrasse', '145'],
    ['Bürgermeister-Smidt-Straße 112', 'buergermeistersmidtstrasse', '112'],
    ['Buergermeister-Smidt-Str. 112', 'buergermeistersmidtstrasse', '112'],
    ['Bürgermeister Smidt Str. 112', 'buergermeistersmidtstrasse', '112'],
    ['Bgm.-Smidt-Str. 112', 'buergermeistersmidtstrasse', '112'],
    ['Lange Str. 12-14', 'langestrasse', '12-14'],
    ['Lange Straße 12 – 14', 'langestrasse', '12-14'],
    ['Lange Straße 12/14', 'langestrasse', '12-14'],
    ['Lange Straße 12 bis 14', 'langestrasse', '12-14'],
    ['Am Markt 3a', 'ammarkt', '3a'],
    ['Am Markt 3 a', 'ammarkt', '3a'],
    ['Am Markt 3 A', 'ammarkt', '3a'],
    ['Am Markt 3a-c', 'ammarkt', '3a-c'],
    ['Am Markt', 'ammarkt', ''],
    ['Marktpl. 1', 'marktplatz', '1'],
    ['Theodor-Heuss-Pl. 1', 'theodorheussplatz', '1'],
    ['St.-Georg-Str. 4', 'sanktgeorgstrasse', '4'],
    ['Sankt-Georg-Straße 4', 'sanktgeorgstrasse', '4'],
    ['Straße des 17. Juni 135', 'strassedes17juni', '135'],
    ['Str. des 17. Juni 135', 'strassedes17juni', '135'],
    ['Hafenstraße Nr. 5', 'hafenstrasse', '5'],
    ['Hafenstraße 5,', 'hafenstrasse', '5'],
    ['Deichweg 7', 'deichweg', '7'],
    ['Große Straße 1', 'grosstrasse', '1'],
    ['Grosse Strasse 1', 'grosstrasse', '1'],
    ['Gr. Elbstraße 14', 'grosselbstrasse', '14'],
    ['Großer Burstah 3', 'grossburstah', '3'],
    ['Kl. Kirchgasse 2', 'kleinkirchgasse', '2'],
    ['Hafenstraße 145, 27576 Bremerhaven', 'hafenstrasse', '145'],
  ])('%s → %s | %s', (input, street, houseNumber) => {
    expect(normaliseStreet(input)).toEqual({
      key: [street, houseNumber].filter(Boolean).join(' '),
      street,
      houseNumber,
    });
  });
});

describe('normalisePostcode', () => {
  it.each([
    ['27568', '27568'],
    [' 27568 ', '27568'],
    ['275 68', '27568'],
    ['D-27568', '27568'],
    ['DE 27568', '27568'],
    ['01067', '01067'],
    ['1012 ab', '1012AB'],
  ])('%s → %s', (input, expected) => expect(normalisePostcode(input)).toBe(expected));
});

describe('normaliseCity', () => {
  it.each([
    ['Bremerhaven', 'bremerhaven'],
    ['BREMERHAVEN', 'bremerhaven'],
    ['27568 Bremerhaven', 'bremerhaven'],
    ['Frankfurt am Main', 'frankfurt (main)'],
    ['Frankfurt a. M.', 'frankfurt (main)'],
    ['Frankfurt a.M.', 'frankfurt (main)'],
    ['Frankfurt/Main', 'frankfurt (main)'],
    ['Frankfurt / M.', 'frankfurt (main)'],
    ['Frankfurt (Main)', 'frankfurt (main)'],
    ['Frankfurt (Oder)', 'frankfurt (oder)'],
    ['Frankfurt an der Oder', 'frankfurt (oder)'],
    ['Frankfurt/Oder', 'frankfurt (oder)'],
    ['Halle (Saale)', 'halle (saale)'],
    ['Halle an der Saale', 'halle (saale)'],
    ['Freiburg im Breisgau', 'freiburg (breisgau)'],
    ['Freiburg i. Br.', 'freiburg (breisgau)'],
    ['Mülheim an der Ruhr', 'muelheim (ruhr)'],
    ['Muelheim a. d. Ruhr', 'muelheim (ruhr)'],
    ['Bad Homburg v. d. Höhe', 'bad homburg (hoehe)'],
    ['Neustadt an der Weinstraße', 'neustadt (weinstrasse)'],
    ['Neustadt a. d. Weinstr.', 'neustadt (weinstrasse)'],
    ['St. Ingbert', 'sankt ingbert'],
    ['Sankt Ingbert', 'sankt ingbert'],
    ['Weil a. Rh.', 'weil (rhein)'],
    ['Castrop-Rauxel', 'castrop rauxel'],
    ['Düsseldorf', 'duesseldorf'],
  ])('%s → %s', (input, expected) => expect(normaliseCity(input).key).toBe(expected));
});

describe('normalisePhone', () => {
  it.each([
    '+49 471 4829310',
    '+49 (0) 471 4829310',
    '+49 (0)471 / 48 29 310',
    '+49-471-4829310',
    '0049 471 4829310',
    '0049 (0)471 48 29-310',
    '0471 4829310',
    '0471/4829310',
    '0471 / 48 29 310',
    '0471-48 29 310',
    '(0471) 4829310',
    '04714829310',
    '0471.4829310',
    'Tel.: 0471 4829310',
  ])('%s → +494714829310', (input) => expect(normalisePhone(input)).toBe('+494714829310'));

  it('keeps other countries, extensions and, for text that is no number, the digits', () => {
    expect(normalisePhone('+43 1 2345678')).toBe('+4312345678');
    expect(normalisePhone('0171 1234567')).toBe('+491711234567');
    expect(normalisePhone('+49 471 4829310 ext. 12')).toBe('+494714829310;ext=12');
    expect(normalisePhone('0471 48293-0')).toBe('+49471482930');
    expect(normalisePhone('siehe Website')).toBe('');
  });
});

describe('normaliseWebsite', () => {
  it.each([
    ['www.baeckerei.de', 'baeckerei.de'],
    ['https://baeckerei.de/', 'baeckerei.de'],
    ['http://www.baeckerei.de', 'baeckerei.de'],
    ['HTTPS://WWW.Baeckerei.DE/', 'baeckerei.de'],
    ['baeckerei.de/index.html', 'baeckerei.de'],
    ['https://baeckerei.de/#kontakt', 'baeckerei.de'],
    ['https://baeckerei.de:443/', 'baeckerei.de'],
    ['baeckerei.de/filiale-lehe/', 'baeckerei.de/filiale-lehe'],
    ['https://www.baeckerei.de/Filiale-Lehe', 'baeckerei.de/filiale-lehe'],
    ['baeckerei.de/filiale-lehe?utm_source=gmb&utm_medium=organic', 'baeckerei.de/filiale-lehe'],
    ['baeckerei.de/?filiale=lehe&lang=de', 'baeckerei.de?filiale=lehe&lang=de'],
    ['baeckerei.de?lang=de&filiale=lehe', 'baeckerei.de?filiale=lehe&lang=de'],
    ['bäckerei.de', 'xn--bckerei-5wa.de'],
    ['keine Website', 'keine website'],
  ])('%s → %s', (input, expected) => expect(normaliseWebsite(input)).toBe(expected));
});

// Text built from the pieces German NAP data is made of, to reach the corners of the rules.
const napLikeText = fc
  .array(
    fc.constantFrom(
      ...['Hafen', 'straße', 'Str.', 'str', 'Strasse', 'St.', 'Pl.', 'Bgm.', 'Nr.', 'Markt', 'Weg', 'Am'],
      ...['12', '3', 'a', 'B', '-', '–', '/', ' ', '  ', '.', ',', '(', ')', 'bis', 'ß', 'Ä', 'ü', 'é'],
      ...['GmbH', 'G.m.b.H.', '&', 'Co.', 'KG', 'e.', 'K.', 'UG', 'haftungsbeschränkt', 'AG', 'mbH'],
      ...['am', 'an der', 'a.', 'M.', 'Main', 'Oder', 'i.', 'Br.', 'Frankfurt', '27568', 'D-'],
      ...['+49', '0049', '(0)', '0471', '4829310', 'https://', 'www.', '.de', '?', '=', '#', 'utm_source'],
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), napLikeText);

describe('normalisation is idempotent: a key normalises to itself', () => {
  const keyOf = {
    name: (value: string) => normaliseName(value).key,
    street: (value: string) => normaliseStreet(value).key,
    postcode: normalisePostcode,
    city: (value: string) => normaliseCity(value).key,
    phone: normalisePhone,
    website: normaliseWebsite,
  };
  it.each(Object.entries(keyOf))('%s', (_field, key) => {
    fc.assert(
      fc.property(anyText, (value) => {
        expect(key(key(value))).toBe(key(value));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('normalisers on hostile input', () => {
  // Each of these once took seconds (exponential or quadratic backtracking) and held the server.
  it('reads a website of many slashes in linear time', () => {
    const website = `https://example.de${'/'.repeat(27)}x`;
    expect(fastestRunMs(() => normaliseWebsite(website))).toBeLessThan(hostileInputBudgetMs);
    expect(normaliseWebsite(website)).toBe(`example.de${'/'.repeat(27)}x`);
    const long = `https://example.de${'/'.repeat(100_000)}x`;
    expect(fastestRunMs(() => normaliseWebsite(long))).toBeLessThan(hostileInputBudgetMs);
    expect(normaliseWebsite(`https://example.de${'/index.html/'.repeat(3)}`)).toBe('example.de');
  });

  it.each([
    ['name', normaliseName],
    ['street', normaliseStreet],
    ['postcode', normalisePostcode],
    ['city', normaliseCity],
    ['phone', normalisePhone],
    ['website', normaliseWebsite],
  ] as const)('normalises a hostile %s in linear time', (_field, normalise) => {
    const units = [
      '/',
      ' ',
      '-',
      '.',
      '1',
      'a',
      ' nr',
      '/index.html',
      'a1',
      ', 12345',
      '()',
      '(a)',
      ' am',
      ' a. d.',
    ];
    for (const unit of units) {
      const text = `${unit.repeat(100_000 / unit.length)}!`;
      expect(
        fastestRunMs(() => normalise(text)),
        JSON.stringify(unit),
      ).toBeLessThan(hostileInputBudgetMs);
    }
  });
});

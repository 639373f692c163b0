import { describe, expect, it } from 'vitest';
import { fixtureLocations, overpassFixtureAnswers } from './fixtures';
import { matchLocation, matchLocations } from './match-location';
import type {
  MatchableLocation,
  OsmMatch,
  OsmMatchAmbiguous,
  OsmMatchFound,
  OsmMatchNotFound,
} from './osm-match-types';
import { parseOverpassAnswer } from './parse-overpass';
import { nameSimilarity } from './score-candidate';

// Four weeks in June 2026 without a public holiday in Bremen or Lower Saxony.
const options = { hoursStart: new Date('2026-06-08T08:00:00Z') };
const candidates = overpassFixtureAnswers.flatMap((answer) => parseOverpassAnswer(answer).candidates);
const match = (location: MatchableLocation, extra: Partial<typeof options & { radiusMetres: number }> = {}) =>
  matchLocation(location, candidates, { ...options, ...extra });

function expectStatus(result: OsmMatch, status: 'consistent' | 'different'): OsmMatchFound;
function expectStatus(result: OsmMatch, status: 'ambiguous'): OsmMatchAmbiguous;
function expectStatus(result: OsmMatch, status: 'not-found'): OsmMatchNotFound;
function expectStatus(result: OsmMatch, status: OsmMatch['status']) {
  expect(result.status).toBe(status);
  return result;
}

describe('matchLocation', () => {
  it('finds the bakery whose tags all match, and links to it and to the editor there', () => {
    const result = expectStatus(match(fixtureLocations.meyer), 'consistent');
    expect(result.element).toMatchObject({
      type: 'node',
      id: 4410762201,
      version: 7,
      name: 'Bäckerei Meyer',
      address: 'Hafenstraße 145, 27576 Bremerhaven',
      distanceMetres: 6,
      url: 'https://www.openstreetmap.org/node/4410762201',
      editUrl: 'https://www.openstreetmap.org/edit?node=4410762201#map=19/53.561036/8.587060',
    });
    expect(result).toMatchObject({ differences: [], missing: [], hours: { result: 'equal' } });
    // The website differs only in "www.": a format difference, not a finding.
    expect(result.nap.fields.website.result).toBe('format');
  });

  it('names a different phone number, with both values', () => {
    const result = expectStatus(match(fixtureLocations.backstube), 'different');
    expect(result.element).toMatchObject({ type: 'node', id: 5120334401, brand: 'Backstube Nord' });
    expect(result.differences).toEqual([
      { field: 'phone', master: '+494213398810', osm: '+49 421 3398811', reason: 'different' },
    ]);
    expect(result.nap.fields.street.result).toBe('format'); // "Sögestr. 12" and "Sögestraße 12"
  });

  it('does not take an element 300 m away, and links to the editor at the location to add it', () => {
    const result = expectStatus(match(fixtureLocations.wattwurm), 'not-found');
    // The beach chair rental beside it is named, but no match.
    expect(result).toEqual({
      status: 'not-found',
      nearby: 1,
      spot: {
        url: 'https://www.openstreetmap.org/#map=19/53.883000/8.660000',
        editUrl: 'https://www.openstreetmap.org/edit#map=19/53.883000/8.660000',
      },
    });
    // With a radius of 350 m it is found; the radius is the caller's to choose.
    expect(match(fixtureLocations.wattwurm, { radiusMetres: 350 }).status).toBe('consistent');
  });

  it('lists two similar bakeries as candidates when neither fits clearly better', () => {
    const result = expectStatus(match(fixtureLocations.kruse), 'ambiguous');
    expect(result.candidates.map(({ type, id, name }) => `${type}/${id} ${name}`)).toEqual([
      'node/7340551101 Bäckerei Kruse',
      'node/7340551102 Kruse Backshop',
    ]);
    expect(result.candidates[0]!.distanceMetres).toBeLessThan(result.candidates[1]!.distanceMetres);
  });

  it('finds a shop mapped as a building (a way with a centre) through contact:phone and contact:website', () => {
    const result = expectStatus(match(fixtureLocations.speiche), 'consistent');
    expect(result.element).toMatchObject({
      type: 'way',
      id: 604412207,
      url: 'https://www.openstreetmap.org/way/604412207',
      editUrl: 'https://www.openstreetmap.org/edit?way=604412207#map=19/52.372108/9.709779',
    });
    expect(result.nap.fields.phone.result).toBe('format');
  });

  it('reports opening hours it cannot read as a difference, and the address fields the element lacks', () => {
    const result = expectStatus(match(fixtureLocations.schnittpunkt), 'different');
    expect(result.differences).toEqual([
      {
        field: 'openingHours',
        master: null,
        osm: 'Di-Fr 09:00-18:00; Sa 09:00-13:00; Mittwochnachmittag geschlossen',
        reason: 'unreadable',
      },
    ]);
    expect(result.hours).toMatchObject({ result: 'unreadable' });
    expect(result.missing).toEqual(['postcode', 'city']);
  });

  it('reports hours that differ by meaning', () => {
    const saturdayLonger = {
      ...fixtureLocations.meyer,
      openingHours: { ...fixtureLocations.meyer.openingHours, sat: [{ opens: '06:30', closes: '14:00' }] },
    };
    const result = expectStatus(match(saturdayLonger), 'different');
    expect(result.differences.map((difference) => difference.field)).toEqual(['openingHours']);
    expect(result.hours?.result === 'different' && result.hours.differences).toHaveLength(4);
  });

  it('matches every location of a cluster against one answer', () => {
    const hannover = [fixtureLocations.speiche, fixtureLocations.schnittpunkt];
    const answer = parseOverpassAnswer(overpassFixtureAnswers[4]).candidates;
    const results = matchLocations(hannover, answer, options);
    expect([...results].map(([id, result]) => [id, result.status])).toEqual([
      ['fixture-speiche', 'consistent'],
      ['fixture-schnittpunkt', 'different'],
    ]);
  });
});

describe('nameSimilarity', () => {
  it.each([
    ['Bäckerei Meyer', 'Bäckerei Meyer GmbH', 1],
    ['Backstube Nord Hamburg Hauptstraße 12', 'Backstube Nord', 1],
    ['Bäckerei Kruse', 'Kruse Backshop', 1],
    ['Bäckerei Meyer', 'Bäckerei Schulz', 0],
    ['Café Wattwurm', 'Strandkorbvermietung Möller', 0],
  ])('%s and %s: %d', (location, osm, similarity) => {
    expect(nameSimilarity(location, osm)).toBe(similarity);
  });
});

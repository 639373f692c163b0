import { describe, expect, it } from 'vitest';
import { boxAround } from './bounding-box';
import { fixtureLocations, overpassFixtureAnswers } from './fixtures';
import { buildOverpassQuery } from './overpass-query';
import { OverpassAnswerError, parseOverpassAnswer } from './parse-overpass';

describe('buildOverpassQuery', () => {
  it('asks for the named shops, amenities, crafts, offices, healthcare and tourism in one box', () => {
    const box = boxAround([fixtureLocations.speiche, fixtureLocations.schnittpunkt], 200);
    expect(buildOverpassQuery(box)).toBe(
      [
        '[out:json][timeout:25][bbox:52.3702034,9.7058571,52.3740966,9.7129429];',
        '(',
        '  nwr["shop"]["name"];',
        '  nwr["amenity"]["name"];',
        '  nwr["craft"]["name"];',
        '  nwr["office"]["name"];',
        '  nwr["healthcare"]["name"];',
        '  nwr["tourism"]["name"];',
        ');',
        'out center meta;',
      ].join('\n'),
    );
  });
});

describe('parseOverpassAnswer', () => {
  it('reads nodes, ways and relations with type, id, version, position and the tags it needs', () => {
    const answer = parseOverpassAnswer(overpassFixtureAnswers[1]);
    expect(answer).toMatchObject({
      skipped: 0,
      remark: null,
      incomplete: false,
      dataTimestamp: '2026-03-02T09:41:17Z',
    });
    expect(answer.candidates.map(({ type, id, version }) => `${type}/${id} v${version}`)).toEqual([
      'node/5120334401 v5',
      'node/5120334402 v9',
      'relation/14012233 v12',
    ]);
    expect(answer.candidates[0]).toEqual({
      type: 'node',
      id: 5120334401,
      version: 5,
      latitude: 53.0774461,
      longitude: 8.8066346,
      category: { key: 'shop', value: 'bakery' },
      tags: {
        name: 'Backstube Nord',
        brand: 'Backstube Nord',
        'addr:street': 'Sögestraße',
        'addr:housenumber': '12',
        'addr:postcode': '28195',
        'addr:city': 'Bremen',
        phone: '+49 421 3398811',
        website: 'https://www.backstube-nord.example/',
        opening_hours: 'Mo-Sa 07:00-19:00',
      },
    });
    // A relation's centre is its position; contributors are not kept.
    expect(answer.candidates[2]).toMatchObject({ latitude: 53.0784881, longitude: 8.8070981 });
    expect(JSON.stringify(answer)).not.toMatch(/weserblick|uid|changeset/);
  });

  it('reads a way by its centre and contact:* tags', () => {
    const [way] = parseOverpassAnswer(overpassFixtureAnswers[4]).candidates;
    expect(way).toMatchObject({
      type: 'way',
      id: 604412207,
      version: 6,
      latitude: 52.3721078,
      longitude: 9.7097793,
      tags: { 'contact:phone': '+49 511 445566', 'contact:website': 'https://speiche.example/' },
    });
  });

  it('skips what is not an Overpass element, and counts it', () => {
    const answer = parseOverpassAnswer({
      elements: [
        { type: 'node', id: 1, lat: 53.5, lon: 8.5, tags: { name: 'Laden', shop: 'kiosk' } },
        { type: 'node', id: 2, lat: 53.5, lon: 8.5, tags: { shop: 'kiosk' } }, // no name
        { type: 'way', id: 3, tags: { name: 'Ohne Mitte' } }, // no centre
        { type: 'area', id: 4, lat: 1, lon: 1, tags: { name: 'Fläche' } },
        { type: 'node', id: -5, lat: 1, lon: 1, tags: { name: 'Negativ' } },
        { type: 'node', id: 6, lat: 91, lon: 1, tags: { name: 'Jenseits' } },
        'node',
        null,
        {
          type: 'node',
          id: 7,
          lat: 53.5,
          lon: 8.5,
          tags: { name: 'Lang', phone: '1'.repeat(256), website: 42 },
        },
      ],
    });
    expect(answer.skipped).toBe(7);
    expect(answer.candidates.map((candidate) => candidate.id)).toEqual([1, 7]);
    // A value longer than OpenStreetMap allows, or no text, is left out.
    expect(answer.candidates[1]!.tags).toEqual({ name: 'Lang' });
    expect(answer.candidates[0]!.version).toBeNull();
  });

  it('marks an answer Overpass cut short with a runtime error as incomplete', () => {
    const answer = parseOverpassAnswer({
      elements: [],
      remark: 'runtime error: Query timed out in "query" at line 3 after 26 seconds.',
    });
    expect(answer).toMatchObject({ incomplete: true, candidates: [] });
  });

  it.each([null, 'text', {}, { elements: 'none' }, []])('refuses %j as no Overpass answer', (json) => {
    expect(() => parseOverpassAnswer(json)).toThrow(OverpassAnswerError);
  });
});

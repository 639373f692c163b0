import { describe, expect, it } from 'vitest';
import { createTeam, insertTestLocation } from '@/tests/support/factories';
import { completenessWeights, listLocationCompleteness } from './completeness';
import { healthBandFor } from './health';

const hours = {
  mon: [{ opens: '07:00', closes: '18:00' }],
  tue: [],
  wed: [],
  thu: [],
  fri: [],
  sat: [],
  sun: [],
};

describe('listLocationCompleteness', () => {
  it('weights add up to 100', () => {
    expect(Object.values(completenessWeights).reduce((sum, weight) => sum + weight, 0)).toBe(100);
  });

  it('scores each field by its weight and bands the score', async () => {
    const { organisation, staff } = await createTeam();
    const complete = await insertTestLocation(organisation.id, 'a complete', {
      phone: '+494714829310',
      website: 'https://example.de',
      email: 'filiale@example.de',
      primaryCategory: 'Bäckerei',
      description: 'Frisches Brot.',
      openingHours: hours,
      latitude: 53.5,
      longitude: 8.5,
    });
    // 20 + 20 + 15 + 15 + 10 = 80: exactly good.
    const eighty = await insertTestLocation(organisation.id, 'b eighty', {
      phone: '+494714829310',
      openingHours: hours,
      website: 'https://example.de',
      latitude: 53.5,
      longitude: 8.5,
      description: 'Brot',
    });
    // 20 + 15 + 15 = 50: exactly fair.
    const fifty = await insertTestLocation(organisation.id, 'c fifty', {
      phone: '+494714829310',
      website: 'https://example.de',
      latitude: 53.5,
      longitude: 8.5,
    });
    // 15 + 15 + 15 = 45: poor.
    const fortyFive = await insertTestLocation(organisation.id, 'd forty-five', {
      website: 'https://example.de',
      primaryCategory: 'Bäckerei',
      latitude: 53.5,
      longitude: 8.5,
    });
    const empty = await insertTestLocation(organisation.id, 'e empty');

    const result = await listLocationCompleteness(staff);
    expect(result).toEqual([
      { id: complete, score: 100, band: 'good', missing: [] },
      { id: eighty, score: 80, band: 'good', missing: ['primaryCategory', 'email'] },
      {
        id: fifty,
        score: 50,
        band: 'fair',
        missing: ['openingHours', 'primaryCategory', 'description', 'email'],
      },
      {
        id: fortyFive,
        score: 45,
        band: 'poor',
        missing: ['phone', 'openingHours', 'description', 'email'],
      },
      {
        id: empty,
        score: 0,
        band: 'poor',
        missing: [
          'phone',
          'openingHours',
          'website',
          'coordinates',
          'primaryCategory',
          'description',
          'email',
        ],
      },
    ]);
    for (const row of result) expect(row.band).toBe(healthBandFor(row.score));
  });

  it('counts an approximate position from the gazetteer as missing coordinates', async () => {
    const { organisation, owner } = await createTeam();
    await insertTestLocation(organisation.id, 'approximate', {
      latitude: 53.55,
      longitude: 8.58,
      positionSource: 'GAZETTEER',
      positionPrecision: 'MUNICIPALITY',
      positionPrecisionM: 5000,
    });
    const [row] = await listLocationCompleteness(owner);
    expect(row?.missing).toContain('coordinates');
  });

  it('counts blank text, hour-less weeks, half coordinates and malformed hours as missing', async () => {
    const { organisation, owner } = await createTeam();
    await insertTestLocation(organisation.id, 'blank', {
      phone: '   ',
      website: '',
      description: ' ',
      openingHours: { ...hours, mon: [] },
      latitude: 53.5,
    });
    await insertTestLocation(organisation.id, 'malformed', { openingHours: ['mon'] });
    await insertTestLocation(organisation.id, 'text hours', { openingHours: 'Mo–Fr 7–18' });
    await insertTestLocation(organisation.id, 'weekend', {
      openingHours: { sun: [{ opens: '08:00', closes: '11:00' }] },
    });
    const scores = Object.fromEntries(
      (await listLocationCompleteness(owner)).map((row) => [row.id, row.score] as const),
    );
    expect(Object.values(scores).sort()).toEqual([0, 0, 0, 20]);
  });

  it("leaves out archived locations and never shows another organisation's", async () => {
    const mine = await createTeam();
    const theirs = await createTeam();
    const kept = await insertTestLocation(mine.organisation.id, 'kept');
    await insertTestLocation(mine.organisation.id, 'archived', { archivedAt: new Date() });
    await insertTestLocation(theirs.organisation.id, 'foreign', { phone: '+494714829310' });
    expect((await listLocationCompleteness(mine.manager)).map((row) => row.id)).toEqual([kept]);
  });
});

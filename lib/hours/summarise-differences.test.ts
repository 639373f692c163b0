import { describe, expect, it } from 'vitest';
import { compareHours } from './compare-hours';
import { formatIntervals, summariseDifferences } from './summarise-differences';

const weekday = [{ opens: '07:00', closes: '18:00' }];
const bakery = {
  mon: weekday,
  tue: weekday,
  wed: weekday,
  thu: weekday,
  fri: weekday,
  sat: [{ opens: '07:00', closes: '13:00' }],
  sun: [],
};

describe('summariseDifferences', () => {
  it('makes the Saturdays one finding and each holiday its own', () => {
    const comparison = compareHours({
      master: { openingHours: bakery, specialHours: [] },
      observed: { kind: 'osm', value: 'Mo-Fr 07:00-18:00; Sa 07:00-12:00; PH off' },
      place: { countryCode: 'DE', region: 'Niedersachsen', latitude: 53.14, longitude: 8.21 },
      start: new Date('2026-03-23T08:00:00Z'),
    });
    if (comparison.result !== 'different') throw new Error(comparison.result);
    const lines = summariseDifferences(comparison.differences).map(
      (summary) =>
        `${summary.holiday ?? summary.weekday} ${summary.dates.length}×: ` +
        `${formatIntervals(summary.master) || 'closed'} ≠ ${formatIntervals(summary.observed) || 'closed'}`,
    );
    expect(lines).toEqual([
      'sat 4×: 07:00–13:00 ≠ 07:00–12:00',
      'Karfreitag 1×: 07:00–18:00 ≠ closed',
      'Ostermontag 1×: 07:00–18:00 ≠ closed',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { createTeam, insertTestLocation, platformIdsByKey } from '@/tests/support/factories';
import { compareWithBenchmark } from './comparison';
import { insertRecords, singleLineCheckIn } from './test-support';

// Band and class boundaries, each in a week of its own: one week has 5 working days, so
// minutes per working day × 5 minutes are recorded in it.
async function oneWeekEach(cases: { week: number; minutes: number; posts: number }[]) {
  const team = await createTeam();
  const { facebook } = await platformIdsByKey(['facebook']);
  const locationId = await insertTestLocation(team.organisation.id, 'Hafen');
  const base = { organisationId: team.organisation.id, locationId, membershipId: team.manager.membershipId };
  await insertRecords(
    cases.map(({ week, minutes, posts }) =>
      singleLineCheckIn(
        base,
        { year: 2026, week },
        { platformId: facebook!, activity: 'POSTING', minutes },
        posts,
      ),
    ),
    [],
  );
  return async (week: number) => {
    const label = `2026-W${String(week).padStart(2, '0')}`;
    return compareWithBenchmark(team.manager, { from: label, to: label });
  };
}

describe('daily time bands', () => {
  it('places minutes per working day with the lower bound inclusive and the upper exclusive', async () => {
    const perDay = [0, 29, 30, 119, 120, 179, 180, 400];
    const weekOf = await oneWeekEach(
      perDay.map((minutes, index) => ({ week: index + 1, minutes: minutes * 5, posts: 0 })),
    );
    const bands: Record<number, string> = {};
    for (const [index, minutes] of perDay.entries()) {
      const result = await weekOf(index + 1);
      expect(result.averages.minutesPerWorkingDay).toBe(minutes);
      bands[minutes] = `${result.dailyTime.band?.key}${result.dailyTime.aboveAllBands ? ' (above)' : ''}`;
    }
    expect(bands).toEqual({
      0: 'up-to-30-min',
      29: 'up-to-30-min',
      30: '30-min-to-2-h',
      119: '30-min-to-2-h',
      120: '2-to-3-h',
      179: '2-to-3-h',
      180: 'not-broken-down (above)',
      400: 'not-broken-down (above)',
    });
  });

  it('carries the honest reading of the first band and the shares of all bands', async () => {
    const weekOf = await oneWeekEach([{ week: 20, minutes: 100, posts: 0 }]);
    const result = await weekOf(20);
    expect(result.dailyTime.band).toMatchObject({ key: 'up-to-30-min', sharePercent: 35.5, current: true });
    expect(result.dailyTime.band?.note?.de).toContain('mindestens 30 Minuten');
    expect(result.dailyTime.bands.map((band) => [band.key, band.sharePercent, band.current])).toEqual([
      ['up-to-30-min', 35.5, true],
      ['30-min-to-2-h', 39, false],
      ['2-to-3-h', 15.1, false],
      ['not-broken-down', 10.4, false],
    ]);
  });
});

describe('posting frequency classes', () => {
  it('counts 5 or more posts a week as daily, 2 or more as several times a week, fewer as less often', async () => {
    const posts = [0, 1, 2, 4, 5, 12];
    const weekOf = await oneWeekEach(
      posts.map((count, index) => ({ week: 30 + index, minutes: 60, posts: count })),
    );
    const classes: Record<number, string | undefined> = {};
    for (const [index, count] of posts.entries())
      classes[count] = (await weekOf(30 + index)).postingFrequency.class?.key;
    expect(classes).toEqual({
      0: 'less-often',
      1: 'less-often',
      2: 'several-times-a-week',
      4: 'several-times-a-week',
      5: 'daily',
      12: 'daily',
    });
    const result = await weekOf(32);
    expect(result.postingFrequency.classes.map((entry) => [entry.key, entry.sharePercent])).toEqual([
      ['daily', 20.7],
      ['several-times-a-week', 41.8],
      ['less-often', 37.5],
    ]);
  });
});

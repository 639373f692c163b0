import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { addTestLocation, createTeam, expectAppError } from '@/tests/support/factories';
import { resolveHistoryPeriod } from './period';
import { locationScoreHistory, organisationScoreHistory } from './read-history';
import { scoreHistoryQuerySchema } from './schemas';

async function withHistory() {
  const team = await createTeam();
  const locationId = await addTestLocation(team.owner);
  const organisationId = team.organisation.id;
  for (const [date, score] of [
    ['2026-10-01', 40],
    ['2026-10-02', 45],
    ['2026-10-03', 50],
  ] as const) {
    const parts = {
      snapshotDate: new Date(date),
      score,
      coverage: score / 100,
      correctness: 0.5,
      freshness: 0.25,
    };
    await db.locationScoreSnapshot.create({ data: { organisationId, locationId, ...parts } });
    await db.organisationScoreSnapshot.create({ data: { organisationId, locations: 1, ...parts } });
  }
  return { ...team, locationId };
}

describe('organisationScoreHistory', () => {
  it('reads the days of the period, oldest first, only of the own organisation', async () => {
    const { owner } = await withHistory();
    await withHistory();
    const points = await organisationScoreHistory(owner, { from: '2026-10-02', to: '2026-10-31' });
    expect(points).toEqual([
      { date: '2026-10-02', score: 45, coverage: 0.45, correctness: 0.5, freshness: 0.25, locations: 1 },
      { date: '2026-10-03', score: 50, coverage: 0.5, correctness: 0.5, freshness: 0.25, locations: 1 },
    ]);
  });
});

describe('locationScoreHistory', () => {
  it("reads the location's days, and nothing for a period without snapshots", async () => {
    const { owner, locationId } = await withHistory();
    const points = await locationScoreHistory(owner, locationId, { from: '2026-09-01', to: '2026-10-01' });
    expect(points).toEqual([
      { date: '2026-10-01', score: 40, coverage: 0.4, correctness: 0.5, freshness: 0.25 },
    ]);
    expect(await locationScoreHistory(owner, locationId, { from: '2025-01-01', to: '2025-02-01' })).toEqual(
      [],
    );
  });

  it("answers NOT_FOUND for another organisation's location or a malformed id", async () => {
    const { owner } = await withHistory();
    const other = await withHistory();
    const period = { from: '2026-10-01', to: '2026-10-31' };
    await expectAppError(locationScoreHistory(owner, other.locationId, period), 'NOT_FOUND');
    await expectAppError(locationScoreHistory(owner, 'not-a-uuid', period), 'NOT_FOUND');
  });
});

describe('the period of a history read', () => {
  const now = new Date('2026-12-06T10:00:00Z');
  it('defaults to the 90 days up to today in the time zone', () => {
    expect(resolveHistoryPeriod({}, 'Europe/Berlin', now)).toEqual({ from: '2026-09-08', to: '2026-12-06' });
    expect(resolveHistoryPeriod({ to: '2026-01-31' }, 'Europe/Berlin', now)).toEqual({
      from: '2025-11-03',
      to: '2026-01-31',
    });
    expect(resolveHistoryPeriod({ from: '2026-12-01' }, 'Europe/Berlin', now)).toEqual({
      from: '2026-12-01',
      to: '2026-12-06',
    });
    expect(resolveHistoryPeriod({ from: '2020-01-01' }, 'Europe/Berlin', now).to).toBe('2021-12-31');
  });

  it('refuses a reversed or too long period and a date that does not exist', () => {
    expect(scoreHistoryQuerySchema.safeParse({ from: '2026-10-02', to: '2026-10-01' }).success).toBe(false);
    expect(scoreHistoryQuerySchema.safeParse({ from: '2024-01-01', to: '2026-01-01' }).success).toBe(false);
    expect(scoreHistoryQuerySchema.safeParse({ from: '2026-02-30' }).success).toBe(false);
    expect(scoreHistoryQuerySchema.parse({ from: '2025-01-01', to: '2026-12-31', locationId: '' })).toEqual({
      from: '2025-01-01',
      to: '2026-12-31',
    });
  });
});

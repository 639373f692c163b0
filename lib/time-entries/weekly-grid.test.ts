import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { logTime, teamWithLocations } from './test-support';
import { weeklyGrid } from './weekly-grid';

const afterNewYear = new Date('2027-01-10T12:00:00Z');

describe('weeklyGrid', () => {
  it('sums each member per day in SQL and splits at the week boundary (Sunday → Monday)', async () => {
    const team = await teamWithLocations();
    const entry = { locationId: team.locationId, platformId: team.google };
    await logTime(team.staff, { ...entry, date: '2026-11-29', minutes: 30 }, afterNewYear);
    await logTime(team.staff, { ...entry, date: '2026-11-29', minutes: 15 }, afterNewYear);
    await logTime(team.staff, { ...entry, date: '2026-11-23', minutes: 60 }, afterNewYear);
    await logTime(team.manager, { ...entry, date: '2026-11-25', minutes: 20 }, afterNewYear);
    await logTime(team.staff, { ...entry, date: '2026-11-30', minutes: 90 }, afterNewYear);

    const week48 = await weeklyGrid(team.manager, { year: 2026, week: 48 });
    expect(week48.dates).toEqual([
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
    ]);
    const rowOf = (grid: typeof week48, membershipId: string) =>
      grid.rows.find((row) => row.membershipId === membershipId);
    expect(rowOf(week48, team.staff.membershipId)).toMatchObject({
      days: [60, 0, 0, 0, 0, 0, 45],
      total: 105,
    });
    expect(rowOf(week48, team.manager.membershipId)).toMatchObject({
      days: [0, 0, 20, 0, 0, 0, 0],
      total: 20,
    });
    // Every member has a row, also without time.
    expect(rowOf(week48, team.owner.membershipId)).toMatchObject({ total: 0 });
    expect(week48.dayTotals).toEqual([60, 0, 20, 0, 0, 0, 45]);
    expect(week48.total).toBe(125);

    const week49 = await weeklyGrid(team.manager, { year: 2026, week: 49 });
    expect(week49.total).toBe(90);
    expect(rowOf(week49, team.staff.membershipId)?.days[0]).toBe(90);
  });

  it('covers 2026-W53 from 28 December to 3 January, and 4 January is 2027-W01', async () => {
    const team = await teamWithLocations();
    const entry = { locationId: team.locationId, platformId: team.google };
    await logTime(team.staff, { ...entry, date: '2026-12-27', minutes: 5 }, afterNewYear);
    await logTime(team.staff, { ...entry, date: '2026-12-28', minutes: 10 }, afterNewYear);
    await logTime(team.staff, { ...entry, date: '2026-12-31', minutes: 20 }, afterNewYear);
    await logTime(team.staff, { ...entry, date: '2027-01-03', minutes: 40 }, afterNewYear);
    await logTime(team.staff, { ...entry, date: '2027-01-04', minutes: 80 }, afterNewYear);

    const week53 = await weeklyGrid(team.staff, { year: 2026, week: 53 });
    expect(week53.dates[0]).toBe('2026-12-28');
    expect(week53.dates[6]).toBe('2027-01-03');
    expect(week53.rows).toEqual([
      expect.objectContaining({
        membershipId: team.staff.membershipId,
        days: [10, 0, 0, 20, 0, 0, 40],
        total: 70,
      }),
    ]);
    expect((await weeklyGrid(team.staff, { year: 2027, week: 1 })).total).toBe(80);
    expect((await weeklyGrid(team.staff, { year: 2026, week: 52 })).total).toBe(5);
  });

  it("shows staff only their own row; keeps other organisations' time out", async () => {
    const team = await teamWithLocations();
    const other = await teamWithLocations();
    await logTime(team.manager, { locationId: team.locationId, platformId: team.google, minutes: 30 });
    await logTime(other.staff, { locationId: other.locationId, platformId: other.google, minutes: 45 });

    const staffGrid = await weeklyGrid(team.staff, { year: 2026, week: 48 });
    expect(staffGrid.rows.map((row) => row.membershipId)).toEqual([team.staff.membershipId]);
    expect(staffGrid.total).toBe(0);
    const managerGrid = await weeklyGrid(team.manager, { year: 2026, week: 48 });
    expect(managerGrid.rows).toHaveLength(3);
    expect(managerGrid.total).toBe(30);
  });

  it('keeps the time of members who left, in a row of its own', async () => {
    const team = await teamWithLocations();
    await logTime(team.staff, { locationId: team.locationId, platformId: team.google, minutes: 25 });
    await db.membership.delete({ where: { id: team.staff.membershipId } });
    const grid = await weeklyGrid(team.owner, { year: 2026, week: 48 });
    expect(grid.rows.at(-1)).toMatchObject({ membershipId: null, name: null, total: 25 });
    expect(grid.total).toBe(25);
  });
});

import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { createTeam, expectAppError, memberContextOf } from '@/tests/support/factories';
import { monthlyReport } from './monthly-report';
import { reportNow, seedReportMonth } from './test-support';

async function enabledPlatformCount() {
  const [row] = await db.$queryRaw<
    { count: number }[]
  >`SELECT count(*)::int AS count FROM platforms WHERE organisation_id IS NULL`;
  return row!.count;
}

describe('monthlyReport', () => {
  it('reads the figures of a seeded month for the organisation', async () => {
    const { owner, north, south } = await seedReportMonth();
    const report = await monthlyReport(owner, { month: '2026-11' }, { now: reportNow });
    expect(report.month).toBe('2026-11');
    expect(report.period).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(report.partial).toBe(false);
    expect(report.score.atMonthEnd).toMatchObject({ date: '2026-11-30', score: 70, locations: 2 });
    expect(report.score.previousMonthEnd).toMatchObject({ date: '2026-10-31', score: 35 });
    expect(report.score.change).toBe(35);
    expect(report.score.daily.map((point) => point.date)).toEqual(['2026-11-01', '2026-11-15', '2026-11-30']);
    expect(report.score.monthEnds.map((point) => [point.date, point.score])).toEqual([
      ['2026-09-30', 30],
      ['2026-10-31', 35],
    ]);
    expect(report.listings.movements).toEqual({ gained: 1, lost: 1, corrected: 1 });

    const platforms = await enabledPlatformCount();
    const actions = report.listings.needsAction;
    expect(actions.byStatus).toEqual({ NEEDS_UPDATE: 1, CLAIM_REQUESTED: 1, NOT_STARTED: 2 * platforms - 4 });
    expect(actions.total).toBe(2 + 2 * platforms - 4);
    expect(actions.items).toHaveLength(20);
    expect(actions.items[0]).toMatchObject({ status: 'NEEDS_UPDATE', location: { id: north } });
    expect(actions.items[1]).toMatchObject({ status: 'CLAIM_REQUESTED', location: { id: south } });
    expect(actions.items[2]!.status).toBe('NOT_STARTED');
    expect(actions.byPlatform.reduce((sum, platform) => sum + platform.total, 0)).toBe(actions.total);

    expect(report.checkIns.weeks.map((week) => week.week)).toEqual([
      '2026-W45',
      '2026-W46',
      '2026-W47',
      '2026-W48',
    ]);
    expect(report.checkIns.totals).toEqual({ due: 8, onTime: 3, late: 1, missing: 4, onTimePercent: 38 });
    expect(report.checkIns.weeks[0]).toMatchObject({ due: 2, onTime: 2, late: 0, missing: 0 });
    expect(report.checkIns.locationsBehind).toBe(2);
    expect(report.checkIns.behind.map((row) => [row.name, row.missing, row.late])).toEqual([
      ['Filiale Süd', 3, 0],
      ['Filiale Nord', 1, 1],
    ]);

    expect(report.hours.totalMinutes).toBe(300);
    expect(report.hours.weeks[0]).toMatchObject({
      minutes: 300,
      locationsWithData: 1,
      minutesPerWorkingDayPerLocation: 60,
    });
    expect(report.hours.minutesPerWorkingDayPerLocation).toBe(60);
    expect(report.hours.bandKey).not.toBeNull();
    expect(report.hours.survey.year).toBe(2012);

    expect(report.verification.checks).toEqual([{ source: 'WEBSITE', outcome: 'DONE', count: 1 }]);
    expect(report.verification.observations).toEqual([{ source: 'WEBSITE', outcome: 'DIFFERENT', count: 1 }]);
    expect(report.verification.statusChanges).toEqual([{ source: 'WEBSITE', count: 1 }]);
  });

  it('narrows every figure to a group, and a limited manager to their groups', async () => {
    const { owner, manager, users, organisation, north, groupId } = await seedReportMonth();
    const report = await monthlyReport(owner, { month: '2026-11', groupId }, { now: reportNow });
    expect(report.group).toEqual({ id: groupId, name: 'Nord' });
    expect(report.score.atMonthEnd).toMatchObject({ score: 80, locations: 1 });
    expect(report.score.previousMonthEnd).toMatchObject({ score: 40 });
    expect(report.listings.movements).toEqual({ gained: 1, lost: 1, corrected: 0 });
    expect(report.listings.needsAction.byStatus.CLAIM_REQUESTED).toBe(0);
    expect(report.checkIns.totals).toEqual({ due: 4, onTime: 2, late: 1, missing: 1, onTimePercent: 50 });
    expect(report.checkIns.behind.map((row) => row.id)).toEqual([north]);

    await db.membershipGroupLimit.create({
      data: { membershipId: manager.membershipId!, groupId, organisationId: organisation.id },
    });
    const limited = await memberContextOf(users.manager, organisation.slug);
    const limitedReport = await monthlyReport(limited, { month: '2026-11' }, { now: reportNow });
    expect(limitedReport.limitedToGroups).toBe(true);
    expect(limitedReport.score.atMonthEnd).toMatchObject({ score: 80, locations: 1 });
    expect(limitedReport.checkIns.totals.due).toBe(4);
  });

  it('refuses staff, another organisation’s group and months outside the organisation’s life', async () => {
    const { owner, staff } = await seedReportMonth();
    const other = await createTeam();
    const foreign = await db.locationGroup.create({
      data: { organisationId: other.organisation.id, name: 'Fremd' },
      select: { id: true },
    });
    await expectAppError(monthlyReport(staff, { month: '2026-11' }, { now: reportNow }), 'FORBIDDEN');
    await expectAppError(
      monthlyReport(owner, { month: '2026-11', groupId: foreign.id }, { now: reportNow }),
      'NOT_FOUND',
    );
    await expect(monthlyReport(owner, { month: '2027-01' }, { now: reportNow })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ['month'], message: 'reports.errors.monthInFuture' })],
    });
    await expect(monthlyReport(owner, { month: '2025-12' }, { now: reportNow })).rejects.toMatchObject({
      issues: [
        expect.objectContaining({ path: ['month'], message: 'reports.errors.monthBeforeOrganisation' }),
      ],
    });
  });

  it('defaults to last month and says so when the month has no data yet', async () => {
    const { owner } = await createTeam();
    const report = await monthlyReport(owner, {}, { now: new Date() });
    // A new organisation's first month is its own current month.
    expect(report.partial).toBe(true);
    expect(report.score.atMonthEnd).toBeNull();
    expect(report.listings.needsAction.total).toBe(0);
    expect(report.checkIns.totals.onTimePercent).toBeNull();
    expect(report.hours.minutesPerWorkingDayPerLocation).toBeNull();
  });
});

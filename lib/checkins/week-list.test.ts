import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { createTeam } from '@/tests/support/factories';
import { listCheckInsForApi } from './api-list';
import { overdueCheckInsByOwner } from './overdue';
import { addLocation, draft, logTime, platformId } from './test-support';
import { listWeekCheckIns } from './week-list';
import { saveCheckInDraft, submitCheckIn } from './write';

const w48 = { year: 2026, week: 48 };
// The default check-in day is Friday: week 48 is due by the end of Friday 27 November in Berlin.
const thursday = new Date('2026-11-26T19:00:00Z');
const saturday = new Date('2026-11-28T09:00:00Z');

/** Four locations: the staff member's submitted one and draft, the manager's untouched one, an unassigned one. */
async function weekWithFourLocations() {
  const team = await createTeam();
  const instagram = await platformId('instagram');
  const staffDone = await addLocation(team, {
    name: 'A Deich',
    assignedMembershipId: team.staff.membershipId,
  });
  const staffDraft = await addLocation(team, {
    name: 'B Hafen',
    assignedMembershipId: team.staff.membershipId,
  });
  const managers = await addLocation(team, {
    name: 'C Markt',
    assignedMembershipId: team.manager.membershipId,
  });
  const nobodys = await addLocation(team, { name: 'D Lehe' });
  const archived = await addLocation(team, { name: 'E Alt' });
  await db.location.update({ where: { id: archived }, data: { archivedAt: new Date() } });
  const done = await saveCheckInDraft(
    team.staff,
    staffDone,
    w48,
    draft({ minutes: [{ platformId: instagram, activity: 'POSTING', minutes: 40 }] }),
    thursday,
  );
  await submitCheckIn(team.staff, staffDone, w48, done.version, thursday);
  await saveCheckInDraft(team.staff, staffDraft, w48, draft({}), thursday);
  await logTime(team.organisation.id, staffDone, '2026-11-24', '2026-11-23', 15, instagram);
  return { team, staffDone, staffDraft, managers, nobodys };
}

describe('the week’s check-ins', () => {
  it('lists every active location with status, assignee and minutes, with counts per status and tab', async () => {
    const { team, staffDone } = await weekWithFourLocations();
    const list = await listWeekCheckIns(team.manager, w48, { page: 1, filter: 'all', now: thursday });
    expect(list.rows.map((row) => [row.locationName, row.status, row.overdue])).toEqual([
      ['A Deich', 'SUBMITTED', false],
      ['B Hafen', 'DRAFT', false],
      ['C Markt', 'NOT_STARTED', false],
      ['D Lehe', 'NOT_STARTED', false],
    ]);
    const done = list.rows.find((row) => row.locationId === staffDone)!;
    expect(done).toMatchObject({ totalMinutes: 55, assigneeName: team.users.staff.name });
    expect(list.counts).toEqual({ NOT_STARTED: 2, DRAFT: 1, SUBMITTED: 1 });
    expect(list.tabs).toEqual({ all: 4, mine: 1, open: 3, overdue: 0 });
    expect(list.total).toBe(4);
    expect(list.weekOverdue).toBe(false);
  });

  it('shows staff only their own locations, and finds locations by name', async () => {
    const { team } = await weekWithFourLocations();
    const staffList = await listWeekCheckIns(team.staff, w48, { page: 1, filter: 'all', now: thursday });
    expect(staffList.rows.map((row) => row.locationName)).toEqual(['A Deich', 'B Hafen']);
    expect(staffList.tabs).toEqual({ all: 2, mine: 2, open: 1, overdue: 0 });
    const found = await listWeekCheckIns(team.manager, w48, {
      page: 1,
      filter: 'all',
      query: 'Markt',
      now: thursday,
    });
    expect(found.rows.map((row) => row.locationName)).toEqual(['C Markt']);
  });

  it('marks unsubmitted locations overdue after the check-in day, and counts them per owner', async () => {
    const { team } = await weekWithFourLocations();
    const overdue = await listWeekCheckIns(team.manager, w48, { page: 1, filter: 'overdue', now: saturday });
    expect(overdue.rows.map((row) => [row.locationName, row.overdue])).toEqual([
      ['B Hafen', true],
      ['C Markt', true],
      ['D Lehe', true],
    ]);
    expect(overdue.counts).toEqual({ NOT_STARTED: 2, DRAFT: 1, SUBMITTED: 0 });
    expect(
      (await listWeekCheckIns(team.manager, w48, { page: 1, filter: 'open', now: saturday })).total,
    ).toBe(3);

    expect(await overdueCheckInsByOwner(team.manager, w48, thursday)).toEqual({ owners: [], total: 0 });
    const owners = await overdueCheckInsByOwner(team.manager, w48, saturday);
    expect(owners.total).toBe(3);
    expect(owners.owners).toEqual(
      expect.arrayContaining([
        { membershipId: team.staff.membershipId, name: team.users.staff.name, overdue: 1 },
        { membershipId: team.manager.membershipId, name: team.users.manager.name, overdue: 1 },
        { membershipId: null, name: null, overdue: 1 },
      ]),
    );
    expect(await overdueCheckInsByOwner(team.staff, w48, saturday)).toEqual({
      owners: [{ membershipId: team.staff.membershipId, name: team.users.staff.name, overdue: 1 }],
      total: 1,
    });
  });

  it('lists stored check-ins for the API, one location or all the member sees', async () => {
    const { team, staffDone, managers } = await weekWithFourLocations();
    const all = await listCheckInsForApi(team.manager, w48);
    expect(all.records.map((record) => record.status)).toEqual(['SUBMITTED', 'DRAFT']);
    const one = await listCheckInsForApi(team.staff, w48, staffDone);
    expect(one.records).toHaveLength(1);
    expect(one.records[0]).toMatchObject({ locationId: staffDone, totalMinutes: 40 });
    await expect(listCheckInsForApi(team.staff, w48, managers)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const other = await createTeam();
    expect((await listCheckInsForApi(other.owner, w48)).records).toEqual([]);
  });
});

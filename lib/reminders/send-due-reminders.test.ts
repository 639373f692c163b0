import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { createTeam, insertTestCheckIn, insertTestLocation } from '@/tests/support/factories';
import { sendDueReminders } from './send-due-reminders';
import { insertLongStandingLocation, setTestSchedule } from './test-support';

// sendDueReminders looks at every organisation in the database; each test reads only the
// notifications of its own fresh organisations. Their locations exist since 2020, so the week
// before the one under test is overdue too: tests about one week read only that week's rows.

async function notificationsOf(organisationId: string, weekStart?: string) {
  const rows = await db.notification.findMany({
    where: { organisationId, ...(weekStart ? { weekStart: new Date(weekStart) } : {}) },
    select: { membershipId: true, kind: true, weekStart: true, data: true },
    orderBy: [{ weekStart: 'asc' }, { kind: 'asc' }, { membershipId: 'asc' }],
  });
  return rows.map((row) => ({ ...row, weekStart: row.weekStart.toISOString().slice(0, 10) }));
}

/** A team in Berlin with the default schedule (Friday 09:00): staff has two open locations, the manager one. */
async function teamWithLocations() {
  const team = await createTeam();
  const organisationId = team.organisation.id;
  const staffLocations = [
    await insertLongStandingLocation(organisationId, team.staff.membershipId, { name: 'Bäckerei Hafen' }),
    await insertLongStandingLocation(organisationId, team.staff.membershipId, { name: 'Bäckerei Altstadt' }),
  ];
  const managerLocation = await insertLongStandingLocation(organisationId, team.manager.membershipId, {
    name: 'Bäckerei Lehe',
  });
  return { team, organisationId, staffLocations, managerLocation };
}

// 2026-W48: Monday 23 November; check-in day Friday 27 November, 09:00 in Berlin = 08:00 UTC.
const week48 = '2026-11-23';

describe('sendDueReminders', () => {
  it('reminds nobody before the reminder time and each assigned member once from then on', async () => {
    const { team, organisationId, staffLocations } = await teamWithLocations();

    await sendDueReminders(new Date('2026-11-27T07:59:59Z'));
    expect(await notificationsOf(organisationId, week48)).toEqual([]);

    const created = await sendDueReminders(new Date('2026-11-27T08:00:00Z'));
    expect(
      created.filter((row) => row.organisationId === organisationId && row.weekStart === week48),
    ).toHaveLength(2);
    const notifications = await notificationsOf(organisationId, week48);
    expect(notifications).toHaveLength(2);
    const forStaff = notifications.find((row) => row.membershipId === team.staff.membershipId);
    expect(forStaff).toMatchObject({ kind: 'CHECKIN_DUE', weekStart: week48 });
    expect(forStaff?.data).toEqual({
      locationCount: 2,
      locations: [
        { id: staffLocations[1]!.id, name: 'Bäckerei Altstadt' },
        { id: staffLocations[0]!.id, name: 'Bäckerei Hafen' },
      ],
    });
    expect(notifications.find((row) => row.membershipId === team.manager.membershipId)).toMatchObject({
      kind: 'CHECKIN_DUE',
      data: { locationCount: 1 },
    });
    // The owner has no locations.
    expect(notifications.some((row) => row.membershipId === team.owner.membershipId)).toBe(false);
  });

  it('creates nothing twice, also when runs overlap', async () => {
    const { organisationId } = await teamWithLocations();
    const now = new Date('2026-11-27T09:00:00Z');
    const [first, second] = await Promise.all([sendDueReminders(now), sendDueReminders(now)]);
    const ours = (rows: typeof first) => rows.filter((row) => row.organisationId === organisationId);
    // Due for week 48, overdue for week 47, for the staff member and the manager.
    expect(ours(first).length + ours(second).length).toBe(4);
    expect(ours(await sendDueReminders(now))).toEqual([]);
    expect(await notificationsOf(organisationId)).toHaveLength(4);
  });

  it('sends the overdue reminder the next day for the locations still open', async () => {
    const { team, organisationId, staffLocations, managerLocation } = await teamWithLocations();
    await sendDueReminders(new Date('2026-11-27T08:00:00Z'));
    await insertTestCheckIn(organisationId, staffLocations[0]!.id, week48);
    await insertTestCheckIn(organisationId, managerLocation.id, week48);

    await sendDueReminders(new Date('2026-11-28T07:59:00Z'));
    expect((await notificationsOf(organisationId, week48)).map((row) => row.kind)).toEqual([
      'CHECKIN_DUE',
      'CHECKIN_DUE',
    ]);

    await sendDueReminders(new Date('2026-11-28T08:00:00Z'));
    const overdue = (await notificationsOf(organisationId, week48)).filter(
      (row) => row.kind === 'CHECKIN_OVERDUE',
    );
    expect(overdue).toEqual([
      {
        membershipId: team.staff.membershipId,
        kind: 'CHECKIN_OVERDUE',
        weekStart: week48,
        data: { locationCount: 1, locations: [{ id: staffLocations[1]!.id, name: 'Bäckerei Altstadt' }] },
      },
    ]);
  });

  it('sends only the overdue reminder when the run comes after the overdue time', async () => {
    const { organisationId } = await teamWithLocations();
    await sendDueReminders(new Date('2026-11-30T10:00:00Z'));
    const kinds = (await notificationsOf(organisationId)).map((row) => `${row.kind} ${row.weekStart}`);
    expect(kinds).toEqual(['CHECKIN_OVERDUE 2026-11-23', 'CHECKIN_OVERDUE 2026-11-23']);
  });

  it('asks nothing of members whose locations are all submitted, nor about archived, closed or unassigned ones', async () => {
    const team = await createTeam();
    const organisationId = team.organisation.id;
    const submitted = await insertLongStandingLocation(organisationId, team.staff.membershipId);
    await insertTestCheckIn(organisationId, submitted.id, week48);
    const draft = await insertLongStandingLocation(organisationId, team.manager.membershipId);
    await insertTestCheckIn(organisationId, draft.id, week48, { status: 'DRAFT' });
    await insertLongStandingLocation(organisationId, team.staff.membershipId, { archived: true });
    await insertLongStandingLocation(organisationId, team.staff.membershipId, { status: 'CLOSED' });
    await insertLongStandingLocation(organisationId, null);

    await sendDueReminders(new Date('2026-11-27T12:00:00Z'));
    const notifications = await notificationsOf(organisationId, week48);
    // A draft is not a check-in: the manager is still reminded.
    expect(notifications.map((row) => row.membershipId)).toEqual([team.manager.membershipId]);
  });

  it('counts every open location but names the first twenty', async () => {
    const team = await createTeam();
    for (let index = 0; index < 22; index++) {
      await insertLongStandingLocation(team.organisation.id, team.staff.membershipId, {
        name: `Filiale ${String(index).padStart(2, '0')}`,
      });
    }
    await sendDueReminders(new Date('2026-11-27T12:00:00Z'));
    const [notification] = await notificationsOf(team.organisation.id, week48);
    const data = notification?.data as { locationCount: number; locations: { name: string }[] };
    expect(data.locationCount).toBe(22);
    expect(data.locations).toHaveLength(20);
    expect(data.locations[0]?.name).toBe('Filiale 00');
  });

  it("follows each organisation's own schedule and never touches another organisation's members", async () => {
    const berlin = await teamWithLocations();
    const other = await teamWithLocations();
    // Saturday 10:00 in New York, and last week is done there.
    await setTestSchedule(other.organisationId, {
      checkinWeekday: 6,
      reminderHour: 10,
      timeZone: 'America/New_York',
    });
    for (const location of [...other.staffLocations, other.managerLocation]) {
      await insertTestCheckIn(other.organisationId, location.id, '2026-11-16');
    }

    await sendDueReminders(new Date('2026-11-27T12:00:00Z'));
    expect(await notificationsOf(berlin.organisationId, week48)).toHaveLength(2);
    expect(await notificationsOf(other.organisationId)).toEqual([]);
    const otherMembers = [other.team.staff.membershipId, other.team.manager.membershipId];
    expect(await db.notification.count({ where: { membershipId: { in: otherMembers } } })).toBe(0);

    // Saturday 28 November 10:00 in New York is 15:00 UTC.
    await sendDueReminders(new Date('2026-11-28T14:59:00Z'));
    expect(await notificationsOf(other.organisationId)).toEqual([]);
    await sendDueReminders(new Date('2026-11-28T15:00:00Z'));
    const reminded = await notificationsOf(other.organisationId);
    expect(reminded.map((row) => `${row.kind} ${row.weekStart}`)).toEqual([
      'CHECKIN_DUE 2026-11-23',
      'CHECKIN_DUE 2026-11-23',
    ]);
    expect(reminded.map((row) => row.membershipId).sort()).toEqual([...otherMembers].sort());
  });

  it('keeps the local reminder hour in the weeks the clocks change', async () => {
    const spring = await teamWithLocations();
    const autumn = await teamWithLocations();
    const sunday9 = { checkinWeekday: 7, reminderHour: 9 };
    await setTestSchedule(spring.organisationId, sunday9);
    await setTestSchedule(autumn.organisationId, sunday9);

    // Sunday 29 March 2026: summer time from 02:00, so 09:00 in Berlin is 07:00 UTC.
    await sendDueReminders(new Date('2026-03-29T06:59:59Z'));
    expect(await notificationsOf(spring.organisationId, '2026-03-23')).toEqual([]);
    await sendDueReminders(new Date('2026-03-29T07:00:00Z'));
    expect((await notificationsOf(spring.organisationId, '2026-03-23')).map((row) => row.kind)).toEqual([
      'CHECKIN_DUE',
      'CHECKIN_DUE',
    ]);

    // Sunday 25 October 2026: back to winter time at 03:00, so 09:00 in Berlin is 08:00 UTC.
    await sendDueReminders(new Date('2026-10-25T07:59:59Z'));
    expect(await notificationsOf(autumn.organisationId, '2026-10-19')).toEqual([]);
    await sendDueReminders(new Date('2026-10-25T08:00:00Z'));
    expect((await notificationsOf(autumn.organisationId, '2026-10-19')).map((row) => row.kind)).toEqual([
      'CHECKIN_DUE',
      'CHECKIN_DUE',
    ]);
  });

  it('sends the overdue reminder of a Sunday check-in in week 53 on Monday of the next year', async () => {
    const { organisationId } = await teamWithLocations();
    await setTestSchedule(organisationId, { checkinWeekday: 7, reminderHour: 9 });

    // Sunday 3 January 2027 09:00 in Berlin is still 2026-W53 (Monday 28 December 2026).
    await sendDueReminders(new Date('2027-01-03T08:00:00Z'));
    // Monday 4 January 2027 (2027-W01) 09:00: the overdue reminder for 2026-W53.
    await sendDueReminders(new Date('2027-01-04T07:59:59Z'));
    const week53 = async () =>
      (await notificationsOf(organisationId, '2026-12-28')).map((row) => `${row.kind} ${row.weekStart}`);
    expect(await week53()).toEqual(['CHECKIN_DUE 2026-12-28', 'CHECKIN_DUE 2026-12-28']);
    await sendDueReminders(new Date('2027-01-04T08:00:00Z'));
    expect(await week53()).toEqual([
      'CHECKIN_DUE 2026-12-28',
      'CHECKIN_DUE 2026-12-28',
      'CHECKIN_OVERDUE 2026-12-28',
      'CHECKIN_OVERDUE 2026-12-28',
    ]);
  });

  it('does not ask about weeks that ended before a location existed', async () => {
    const team = await createTeam();
    await insertTestLocation(team.organisation.id, 'Neue Filiale', {
      assignedMembershipId: team.staff.membershipId,
      createdAt: new Date('2026-11-30T06:00:00Z'),
    });
    // Monday 30 November: week 48 is overdue, but the location was opened this week.
    await sendDueReminders(new Date('2026-11-30T10:00:00Z'));
    expect(await notificationsOf(team.organisation.id)).toEqual([]);
  });
});

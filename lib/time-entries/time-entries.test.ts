import { describe, expect, it } from 'vitest';
import { authenticateApiToken } from '@/lib/api-tokens/authenticate';
import { db } from '@/lib/db/prisma';
import { createCustomPlatform, setPlatformEnabled } from '@/lib/listings/platforms';
import { customPlatformSchema } from '@/lib/listings/schemas';
import { setLocationArchived } from '@/lib/locations/locations';
import { createTeam, expectAppError, insertTestCheckIn } from '@/tests/support/factories';
import { tokenFor } from '@/tests/support/api-requests';
import { timeEntryCreateSchema } from './schemas';
import { countEntries, expectFieldError, logTime, teamWithLocations } from './test-support';
import { deleteTimeEntry, listRecentTimeEntries, oldestLoggableDate } from './time-entries';

describe('createTimeEntry', () => {
  it("logs the staff member's own time on their location, in the date's ISO week", async () => {
    const team = await teamWithLocations();
    const entry = await logTime(
      team.staff,
      {
        locationId: team.locationId,
        platformId: team.google,
        date: '2026-11-29',
        minutes: 45,
        activity: 'REVIEW_REPLIES',
        note: 'Drei Bewertungen beantwortet',
      },
      new Date('2026-12-01T09:00:00Z'),
    );
    expect(entry).toMatchObject({
      date: '2026-11-29',
      weekStart: '2026-11-23',
      minutes: 45,
      activity: 'REVIEW_REPLIES',
      note: 'Drei Bewertungen beantwortet',
      location: { id: team.locationId, name: 'Filiale Lehe' },
      platform: { id: team.google, name: 'Google Business Profile' },
      member: { id: team.staff.membershipId, email: team.users.staff.email },
      locked: false,
    });
    const minutes = await db.$queryRaw<{ minutes: number; source: string }[]>`
      SELECT minutes, source FROM community_minutes WHERE location_id = ${team.locationId}::uuid`;
    expect(minutes).toEqual([{ minutes: 45, source: 'TIME_ENTRY' }]);
  });

  it('keeps staff to their own locations and their own time; nothing is written', async () => {
    const team = await teamWithLocations();
    await expectAppError(
      logTime(team.staff, { locationId: team.otherLocationId, platformId: team.google }),
      'NOT_FOUND',
    );
    await expectAppError(
      logTime(team.staff, {
        locationId: team.locationId,
        platformId: team.google,
        membershipId: team.manager.membershipId,
      }),
      'FORBIDDEN',
    );
    expect(await countEntries(team.organisation.id)).toBe(0);
    // Naming themselves is fine.
    await logTime(team.staff, {
      locationId: team.locationId,
      platformId: team.google,
      membershipId: team.staff.membershipId,
    });
    expect(await countEntries(team.organisation.id)).toBe(1);
  });

  it('lets managers log for any member of the organisation, on any location, but not for outsiders', async () => {
    const team = await teamWithLocations();
    const other = await createTeam();
    const entry = await logTime(team.manager, {
      locationId: team.otherLocationId,
      platformId: team.google,
      membershipId: team.staff.membershipId,
    });
    expect(entry.member?.id).toBe(team.staff.membershipId);
    expect(
      (await logTime(team.owner, { locationId: team.locationId, platformId: team.google })).member?.id,
    ).toBe(team.owner.membershipId);
    await expect(
      logTime(team.manager, {
        locationId: team.locationId,
        platformId: team.google,
        membershipId: other.staff.membershipId,
      }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
      field: 'membershipId',
      messageKey: 'timeEntries.errors.memberInvalid',
    });
    expect(await countEntries(team.organisation.id)).toBe(2);
    expect(await countEntries(other.organisation.id)).toBe(0);
  });

  it("answers NOT_FOUND for another organisation's location and for archived ones", async () => {
    const team = await teamWithLocations();
    const other = await teamWithLocations();
    await expectAppError(
      logTime(team.owner, { locationId: other.locationId, platformId: team.google }),
      'NOT_FOUND',
    );
    await setLocationArchived(team.owner, team.otherLocationId, true);
    await expectAppError(
      logTime(team.owner, { locationId: team.otherLocationId, platformId: team.google }),
      'NOT_FOUND',
    );
    expect(await countEntries(team.organisation.id)).toBe(0);
    expect(await countEntries(other.organisation.id)).toBe(0);
  });

  it("refuses a platform the organisation switched off, and another organisation's own platform", async () => {
    const team = await teamWithLocations();
    const other = await createTeam();
    await setPlatformEnabled(team.owner, team.google, false);
    await expectFieldError(
      logTime(team.staff, { locationId: team.locationId, platformId: team.google }),
      'platformId',
      'platformNotEnabled',
    );
    const foreign = await createCustomPlatform(other.owner, timeEntryPlatform());
    await expectFieldError(
      logTime(team.staff, { locationId: team.locationId, platformId: foreign.id }),
      'platformId',
      'platformNotEnabled',
    );
    const own = await createCustomPlatform(team.owner, timeEntryPlatform());
    await logTime(team.staff, { locationId: team.locationId, platformId: own.id });
    expect(await countEntries(team.organisation.id)).toBe(1);
  });

  it("refuses days that have not begun in the organisation's time zone and days more than two years back", async () => {
    const team = await teamWithLocations();
    const entry = { locationId: team.locationId, platformId: team.google };
    // 23:30 UTC on Thursday is already Friday in Berlin.
    const lateThursdayUtc = new Date('2026-11-26T23:30:00Z');
    await logTime(team.staff, { ...entry, date: '2026-11-27' }, lateThursdayUtc);
    await expectFieldError(
      logTime(team.staff, { ...entry, date: '2026-11-28' }, lateThursdayUtc),
      'date',
      'dateInFuture',
    );
    await expectFieldError(logTime(team.staff, { ...entry, date: '2026-11-27' }), 'date', 'dateInFuture');
    expect(oldestLoggableDate('2026-11-26')).toBe('2024-11-26');
    expect(oldestLoggableDate('2028-02-29')).toBe('2026-02-28');
    await logTime(team.staff, { ...entry, date: '2024-11-26' });
    await expectFieldError(logTime(team.staff, { ...entry, date: '2024-11-25' }), 'date', 'dateTooOld');
    expect(await countEntries(team.organisation.id)).toBe(2);
  });

  it('refuses negative, zero, fractional and absurd minutes in the shared schema', () => {
    const base = {
      locationId: crypto.randomUUID(),
      platformId: crypto.randomUUID(),
      activity: 'POSTING',
      date: '2026-11-26',
    };
    const messageFor = (minutes: unknown) =>
      timeEntryCreateSchema.safeParse({ ...base, minutes }).error?.issues.map((issue) => issue.message);
    expect(messageFor(-5)).toEqual(['timeEntries.errors.minutesTooFew']);
    expect(messageFor(0)).toEqual(['timeEntries.errors.minutesTooFew']);
    expect(messageFor('12.5')).toEqual(['timeEntries.errors.minutesInvalid']);
    expect(messageFor('viel')).toEqual(['timeEntries.errors.minutesInvalid']);
    expect(messageFor(1501)).toEqual(['timeEntries.errors.minutesTooMany']);
    expect(messageFor('1500')).toBeUndefined();
    expect(
      timeEntryCreateSchema.safeParse({ ...base, minutes: 5, date: '2026-02-30' }).error?.issues[0]?.message,
    ).toBe('timeEntries.errors.dateInvalid');
  });

  it("caps a member's day at the length of the day on the clock, 25 hours when the clocks go back", async () => {
    const team = await teamWithLocations();
    const entry = { locationId: team.locationId, platformId: team.google };
    await logTime(team.staff, { ...entry, date: '2026-11-24', minutes: 1000 });
    await logTime(team.manager, { ...entry, date: '2026-11-24', minutes: 1000 });
    await logTime(team.staff, { ...entry, locationId: team.locationId, date: '2026-11-24', minutes: 440 });
    await expectFieldError(
      logTime(team.staff, { ...entry, date: '2026-11-24', minutes: 1 }),
      'minutes',
      'dayFull',
    );
    // 25 October 2026: 25 hours in Berlin; 29 March 2026: 23 hours.
    await logTime(team.staff, { ...entry, date: '2026-10-25', minutes: 1500 });
    await logTime(team.staff, { ...entry, date: '2026-03-29', minutes: 1380 });
    await expectFieldError(
      logTime(team.staff, { ...entry, date: '2026-03-29', minutes: 1 }),
      'minutes',
      'dayFull',
    );
    expect(await countEntries(team.organisation.id)).toBe(5);
  });

  it("caps a location's week, check-in lines and entries together, at the hours in the week", async () => {
    const team = await teamWithLocations();
    await insertTestCheckIn(team.organisation.id, team.locationId, '2026-11-23', {
      status: 'DRAFT',
      minutes: 10_000,
      platformId: team.google,
    });
    const entry = { locationId: team.locationId, platformId: team.google, date: '2026-11-25' };
    await logTime(team.staff, { ...entry, minutes: 80 });
    await expectFieldError(logTime(team.manager, { ...entry, minutes: 1 }), 'minutes', 'weekFull');
    // The other location's week is its own.
    await logTime(team.manager, { ...entry, locationId: team.otherLocationId, minutes: 60 });
    expect(await countEntries(team.organisation.id)).toBe(2);
  });

  it('refuses to change a week whose check-in was submitted, until it is reopened', async () => {
    const team = await teamWithLocations();
    const entry = { locationId: team.locationId, platformId: team.google, date: '2026-11-24' };
    const logged = await logTime(team.staff, entry);
    const checkInId = await insertTestCheckIn(team.organisation.id, team.locationId, '2026-11-23', {
      status: 'SUBMITTED',
    });
    await expect(logTime(team.staff, entry)).rejects.toMatchObject({
      code: 'CONFLICT',
      messageKey: 'timeEntries.errors.weekLocked',
      field: 'date',
    });
    await expectAppError(deleteTimeEntry(team.staff, logged.id), 'CONFLICT');
    expect((await listRecentTimeEntries(team.staff, { limit: 5 }))[0]?.locked).toBe(true);
    // The week before and after stay open.
    await logTime(team.staff, { ...entry, date: '2026-11-22' });
    await db.checkIn.update({ where: { id: checkInId }, data: { status: 'DRAFT' } });
    await deleteTimeEntry(team.staff, logged.id);
    expect(await countEntries(team.organisation.id)).toBe(1);
  });

  it("attributes an API token's entry to the location's assignee, and asks who when there is none", async () => {
    const team = await teamWithLocations();
    const token = await authenticateApiToken(await tokenFor(team.owner));
    const entry = await logTime(token!, { locationId: team.locationId, platformId: team.google });
    expect(entry.member?.id).toBe(team.staff.membershipId);
    await expectFieldError(
      logTime(token!, { locationId: team.otherLocationId, platformId: team.google }),
      'membershipId',
      'memberRequired',
    );
    const named = await logTime(token!, {
      locationId: team.otherLocationId,
      platformId: team.google,
      membershipId: team.manager.membershipId,
    });
    expect(named.member?.id).toBe(team.manager.membershipId);
  });
});

describe('deleteTimeEntry and listRecentTimeEntries', () => {
  it("lets staff delete and see only their own entries; managers everyone's; other organisations nothing", async () => {
    const team = await teamWithLocations();
    const other = await teamWithLocations();
    const mine = await logTime(team.staff, {
      locationId: team.locationId,
      platformId: team.google,
      minutes: 10,
    });
    const managers = await logTime(team.manager, {
      locationId: team.locationId,
      platformId: team.google,
      minutes: 20,
    });
    const staffList = await listRecentTimeEntries(team.staff, { limit: 10 });
    expect(staffList.map((entry) => entry.id)).toEqual([mine.id]);
    expect(
      (await listRecentTimeEntries(team.manager, { limit: 10 })).map((entry) => entry.id).sort(),
    ).toEqual([mine.id, managers.id].sort());
    expect(
      (await listRecentTimeEntries(team.manager, { limit: 10, membershipId: team.manager.membershipId })).map(
        (entry) => entry.id,
      ),
    ).toEqual([managers.id]);
    expect(await listRecentTimeEntries(other.owner, { limit: 10 })).toEqual([]);

    await expectAppError(deleteTimeEntry(team.staff, managers.id), 'NOT_FOUND');
    await expectAppError(deleteTimeEntry(other.owner, mine.id), 'NOT_FOUND');
    await expectAppError(deleteTimeEntry(team.owner, 'not-a-uuid'), 'NOT_FOUND');
    expect(await countEntries(team.organisation.id)).toBe(2);
    await deleteTimeEntry(team.staff, mine.id);
    await deleteTimeEntry(team.owner, managers.id);
    expect(await countEntries(team.organisation.id)).toBe(0);
  });

  it('lists the newest first and keeps to the limit', async () => {
    const team = await teamWithLocations();
    for (const date of ['2026-11-20', '2026-11-26', '2026-11-23'])
      await logTime(team.staff, { locationId: team.locationId, platformId: team.google, date });
    const recent = await listRecentTimeEntries(team.staff, { limit: 2 });
    expect(recent.map((entry) => entry.date)).toEqual(['2026-11-26', '2026-11-23']);
  });
});

function timeEntryPlatform() {
  return customPlatformSchema.parse({
    name: `Stadtportal ${crypto.randomUUID().slice(0, 6)}`,
    kind: 'DIRECTORY',
  });
}

import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import type { NotificationKind } from '@/lib/generated/prisma/enums';
import { reopenCheckIn, submitCheckIn } from '@/lib/checkins/write';
import { sendDueReminders } from '@/lib/reminders/send-due-reminders';
import { insertLongStandingLocation } from '@/lib/reminders/test-support';
import { createTeam, expectAppError } from '@/tests/support/factories';
import {
  countUnread,
  listNotifications,
  markAllRead,
  markRead,
  notificationsPageSize,
} from './notifications';

async function notify(
  member: { membershipId: string; organisation: { id: string } },
  weekStart: string,
  kind: NotificationKind = 'CHECKIN_DUE',
  createdAt = new Date(`${weekStart}T12:00:00Z`),
) {
  return db.notification.create({
    data: {
      organisationId: member.organisation.id,
      membershipId: member.membershipId,
      kind,
      weekStart: new Date(weekStart),
      data: { locationCount: 3, locations: [{ id: 'a', name: 'Bäckerei Hafen' }] },
      createdAt,
    },
    select: { id: true },
  });
}

describe('notifications', () => {
  it("lists only the member's own notifications, newest first, with week and open locations", async () => {
    const team = await createTeam();
    await notify(team.staff, '2026-11-16', 'CHECKIN_OVERDUE');
    await notify(team.staff, '2026-11-23');
    await notify(team.manager, '2026-11-23');

    const { items, total, page, pageCount } = await listNotifications(team.staff);
    expect({ total, page, pageCount }).toEqual({ total: 2, page: 1, pageCount: 1 });
    expect(items.map((item) => `${item.kind} ${item.weekStart}`)).toEqual([
      'CHECKIN_DUE 2026-11-23',
      'CHECKIN_OVERDUE 2026-11-16',
    ]);
    // The locations are read now, not taken from when the reminder was made: staff has none.
    expect(items[0]).toMatchObject({
      week: { year: 2026, week: 48 },
      data: { locationCount: 0, locations: [] },
      readAt: null,
    });
    expect(await countUnread(team.staff)).toBe(2);
    expect(await countUnread(team.owner)).toBe(0);
    expect((await listNotifications(team.owner)).items).toEqual([]);
  });

  it('carries what a listing alert found, beside the reminders', async () => {
    const team = await createTeam();
    await notify(team.manager, '2026-11-23');
    const alert = {
      alert: { kind: 'becameDifferent', fields: ['phone'] },
      source: 'OPENSTREETMAP',
      locationId: '7f2a4c1e-5b3d-4e8f-9a0b-1c2d3e4f5a6b',
      locationName: 'Backstube Nord',
    };
    await db.notification.create({
      data: {
        organisationId: team.organisation.id,
        membershipId: team.manager.membershipId,
        kind: 'LISTING_ALERT',
        weekStart: new Date('2026-11-23'),
        data: alert,
        subjectKey: 'OPENSTREETMAP:alert',
        createdAt: new Date('2026-11-24T07:14:00Z'),
      },
    });

    const { items } = await listNotifications(team.manager);
    expect(items.map((item) => [item.kind, item.listingAlert])).toEqual([
      ['LISTING_ALERT', alert],
      ['CHECKIN_DUE', null],
    ]);
    expect(items[0]!.data).toEqual({ locationCount: 0, locations: [] });
  });

  it('pages through many notifications and clamps pages out of range', async () => {
    const team = await createTeam();
    const weeks = Array.from({ length: notificationsPageSize + 2 }, (_, index) =>
      new Date(Date.UTC(2026, 0, 5 + 7 * index)).toISOString().slice(0, 10),
    );
    for (const week of weeks) await notify(team.staff, week);
    const second = await listNotifications(team.staff, { page: 2 });
    expect(second).toMatchObject({ page: 2, pageCount: 2, total: notificationsPageSize + 2 });
    expect(second.items.map((item) => item.weekStart)).toEqual([weeks[1], weeks[0]]);
    expect((await listNotifications(team.staff, { page: 99 })).page).toBe(2);
    expect((await listNotifications(team.staff, { page: -1 })).page).toBe(1);
  });

  it('marks one or all read, keeping the time first read', async () => {
    const team = await createTeam();
    const first = await notify(team.staff, '2026-11-16');
    await notify(team.staff, '2026-11-23');
    await markRead(team.staff, first.id);
    const readAt = (await db.notification.findUniqueOrThrow({ where: { id: first.id } })).readAt;
    expect(readAt).not.toBeNull();
    expect(await countUnread(team.staff)).toBe(1);
    await markRead(team.staff, first.id);
    expect((await db.notification.findUniqueOrThrow({ where: { id: first.id } })).readAt).toEqual(readAt);

    expect(await markAllRead(team.staff)).toBe(1);
    expect(await countUnread(team.staff)).toBe(0);
    expect(await markAllRead(team.staff)).toBe(0);
  });

  it("answers NOT_FOUND for someone else's or an unknown notification and changes nothing", async () => {
    const team = await createTeam();
    const other = await createTeam();
    const managers = await notify(team.manager, '2026-11-23');
    const foreign = await notify(other.staff, '2026-11-23');
    await expectAppError(markRead(team.staff, managers.id), 'NOT_FOUND');
    await expectAppError(markRead(team.staff, foreign.id), 'NOT_FOUND');
    await expectAppError(markRead(team.staff, 'not-a-uuid'), 'NOT_FOUND');
    await expectAppError(markRead(team.staff, '00000000-0000-4000-8000-000000000000'), 'NOT_FOUND');
    await markAllRead(team.staff);
    expect(await countUnread(team.manager)).toBe(1);
    expect(await countUnread(other.staff)).toBe(1);
  });

  it('names only the locations still open: a week submitted since drops out, a reopened one comes back', async () => {
    const team = await createTeam();
    const organisationId = team.organisation.id;
    const hafen = await insertLongStandingLocation(organisationId, team.staff.membershipId, {
      name: 'Bäckerei Hafen',
    });
    const altstadt = await insertLongStandingLocation(organisationId, team.staff.membershipId, {
      name: 'Bäckerei Altstadt',
    });
    // 2026-W48's check-in day was Friday 27 November; the overdue reminder comes the day after.
    const week48 = { year: 2026, week: 48 };
    await sendDueReminders(new Date('2026-11-28T09:00:00Z'));
    const overdueReminder = async () =>
      (await listNotifications(team.staff)).items.find(
        (item) => item.kind === 'CHECKIN_OVERDUE' && item.weekStart === '2026-11-23',
      )?.data;
    expect(await overdueReminder()).toEqual({ locationCount: 2, locations: [altstadt, hafen] });

    await submitCheckIn(team.staff, hafen.id, week48, 0);
    expect(await overdueReminder()).toEqual({ locationCount: 1, locations: [altstadt] });

    const reopened = await reopenCheckIn(team.manager, hafen.id, week48);
    expect(await overdueReminder()).toEqual({ locationCount: 2, locations: [altstadt, hafen] });

    await submitCheckIn(team.staff, hafen.id, week48, reopened.version);
    await submitCheckIn(team.staff, altstadt.id, week48, 0);
    expect(await overdueReminder()).toEqual({ locationCount: 0, locations: [] });
    // Another member's locations never appear in the staff member's reminders.
    await insertLongStandingLocation(organisationId, team.manager.membershipId, { name: 'Bäckerei Lehe' });
    expect(await overdueReminder()).toEqual({ locationCount: 0, locations: [] });
  });
});

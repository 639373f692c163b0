import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { createTeam } from '@/tests/support/factories';
import { loadAppShellData } from './app-shell-data';

describe('loadAppShellData', () => {
  it("lists the member's organisations and counts only their own unread notifications", async () => {
    const { staff, manager } = await createTeam();
    const week = new Date('2026-11-23T00:00:00Z');
    await db.notification.createMany({
      data: [
        {
          organisationId: staff.organisation.id,
          membershipId: staff.membershipId,
          kind: 'CHECKIN_DUE',
          weekStart: week,
        },
        {
          organisationId: staff.organisation.id,
          membershipId: staff.membershipId,
          kind: 'CHECKIN_OVERDUE',
          weekStart: week,
          readAt: new Date(),
        },
        {
          organisationId: staff.organisation.id,
          membershipId: manager.membershipId,
          kind: 'CHECKIN_DUE',
          weekStart: week,
        },
      ],
    });

    const shell = await loadAppShellData(staff);
    expect(shell.unreadNotifications).toBe(1);
    expect(shell.memberCount).toBe(3);
    expect(shell.organisations).toEqual([
      {
        id: staff.organisation.id,
        name: staff.organisation.name,
        slug: staff.organisation.slug,
        role: 'STAFF',
      },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { createTeam } from '@/tests/support/factories';
import { createGroupedTeam } from '@/tests/support/group-scope';
import type { SessionMemberContext } from '@/lib/access/member-context';
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

  it('brings the groups a member may filter by: all with their sizes, a limited manager their own, staff none', async () => {
    const team = await createGroupedTeam();
    const [owner, limited, staff] = await Promise.all([
      loadAppShellData(team.owner),
      // createGroupedTeam types it as any member context; it is a signed-in member's.
      loadAppShellData(team.limited as SessionMemberContext),
      loadAppShellData(team.staff),
    ]);
    expect(owner.groupOptions).toEqual([
      { id: team.groups.mine, name: 'Nord', kind: 'OTHER', locationCount: 1 },
      { id: team.groups.other, name: 'Süd', kind: 'OTHER', locationCount: 1 },
    ]);
    expect(limited.groupOptions.map((group) => group.id)).toEqual([team.groups.mine]);
    expect(staff.groupOptions).toEqual([]);
  });
});

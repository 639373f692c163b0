import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { createTeam } from '@/tests/support/factories';
import { insertTestGroup, limitToGroups } from '@/tests/support/group-scope';
import { sendDueReminders } from './send-due-reminders';
import { insertLongStandingLocation } from './test-support';

// 2026-W48: Monday 23 November; the default check-in day Friday 27 November, 09:00 in Berlin.
const week48 = '2026-11-23';

describe('reminders of a manager limited to a location group', () => {
  it("name only their groups' assigned locations; an unlimited manager's name all of theirs", async () => {
    const team = await createTeam();
    const organisationId = team.organisation.id;
    const manager = team.manager.membershipId;
    const inside = await insertLongStandingLocation(organisationId, manager, { name: 'Nord Lehe' });
    const outside = await insertLongStandingLocation(organisationId, manager, { name: 'Süd Wulsdorf' });
    const reminded = async () => {
      await sendDueReminders(new Date('2026-11-27T09:00:00Z'));
      const row = await db.notification.findFirst({
        where: { organisationId, membershipId: manager, weekStart: new Date(week48), kind: 'CHECKIN_DUE' },
        select: { data: true },
      });
      return row?.data;
    };
    const group = await insertTestGroup(organisationId, 'Nord', [inside.id]);
    await insertTestGroup(organisationId, 'Süd', [outside.id]);
    await limitToGroups(organisationId, manager, [group]);
    expect(await reminded()).toEqual({ locationCount: 1, locations: [{ id: inside.id, name: 'Nord Lehe' }] });

    // Without the limit (the next week's reminder), both.
    await db.membershipGroupLimit.deleteMany({ where: { membershipId: manager } });
    await sendDueReminders(new Date('2026-12-04T09:00:00Z'));
    const next = await db.notification.findFirst({
      where: {
        organisationId,
        membershipId: manager,
        weekStart: new Date('2026-11-30'),
        kind: 'CHECKIN_DUE',
      },
      select: { data: true },
    });
    expect(next?.data).toMatchObject({ locationCount: 2 });
  });
});

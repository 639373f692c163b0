import { describe, expect, it } from 'vitest';
import type { SessionMemberContext } from '@/lib/access/member-context';
import { db } from '@/lib/db/prisma';
import { createGroupedTeam } from '@/tests/support/group-scope';
import { calendarFeedFor, createCalendarFeed } from './calendar-feeds';

const tokenOf = (url: string) => /\/calendar\/([A-Za-z0-9_-]{43})\.ics$/.exec(url)![1]!;

describe('the calendar feed of a manager limited to a location group', () => {
  it('names only the assigned locations of their groups', async () => {
    const team = await createGroupedTeam();
    const limited = team.limited as SessionMemberContext;
    await db.location.updateMany({
      where: { id: { in: [team.locations.inside, team.locations.outside] } },
      data: { assignedMembershipId: limited.membershipId },
    });
    const ics = (await calendarFeedFor(tokenOf((await createCalendarFeed(limited)).url)))!;
    const text = ics.replace(/\r\n[ \t]/g, '');
    expect(text).toContain('Nord Lehe');
    expect(text).not.toContain('Süd Wulsdorf');
  });
});

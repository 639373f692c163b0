import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { expectAppError, platformIdByKey } from '@/tests/support/factories';
import { createGroupedTeam } from '@/tests/support/group-scope';
import { loggableLocations } from './log-options';
import { logTime } from './test-support';
import { deleteTimeEntry, listRecentTimeEntries, listTimeEntriesBetween } from './time-entries';
import { weeklyGrid } from './weekly-grid';

describe('time entries of a manager limited to a location group', () => {
  it("logs, lists and deletes time at their groups' locations only", async () => {
    const team = await createGroupedTeam();
    const google = await platformIdByKey('google-business-profile');
    const outsideEntry = await logTime(team.owner, {
      locationId: team.locations.outside,
      platformId: google,
    });
    await logTime(team.limited, { locationId: team.locations.inside, platformId: google });

    await expectAppError(
      logTime(team.limited, { locationId: team.locations.outside, platformId: google }),
      'NOT_FOUND',
    );
    await expectAppError(deleteTimeEntry(team.limited, outsideEntry.id), 'NOT_FOUND');
    expect(await db.timeEntry.count({ where: { locationId: team.locations.outside } })).toBe(1);

    const recent = await listRecentTimeEntries(team.limited, { limit: 10 });
    expect(recent.map((entry) => entry.location.id)).toEqual([team.locations.inside]);
    const between = await listTimeEntriesBetween(team.limited, { from: '2026-11-23', to: '2026-11-29' });
    expect(between).toHaveLength(1);
    expect(await listTimeEntriesBetween(team.owner, { from: '2026-11-23', to: '2026-11-29' })).toHaveLength(
      2,
    );
    const grid = await weeklyGrid(team.limited, { year: 2026, week: 48 });
    expect(grid.total).toBe(30);
    const options = await loggableLocations(team.limited, 50);
    expect(options.locations.map((location) => location.id)).toEqual([team.locations.inside]);
  });
});

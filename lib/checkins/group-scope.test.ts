import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { expectAppError, insertTestCheckIn } from '@/tests/support/factories';
import { createGroupedTeam } from '@/tests/support/group-scope';
import { listCheckInsForApi } from './api-list';
import { getCheckInForm } from './form';
import { overdueCheckInsByOwner } from './overdue';
import { draft, platformId } from './test-support';
import { listWeekCheckIns } from './week-list';
import { saveCheckInDraft, submitCheckIn } from './write';

const w48 = { year: 2026, week: 48 };
const lateNovember = new Date('2026-11-26T19:00:00Z');
const afterTheWeek = new Date('2026-12-02T12:00:00Z');

describe('check-ins of a manager limited to a location group', () => {
  it("lists, counts and writes their groups' weeks; another group's location is NOT_FOUND", async () => {
    const team = await createGroupedTeam();
    const instagram = await platformId('instagram');
    const week = await listWeekCheckIns(team.limited, w48, { page: 1, filter: 'all', now: lateNovember });
    expect(week.rows.map((row) => row.locationName)).toEqual(['Nord Lehe']);
    expect(week.tabs.all).toBe(1);

    const overdue = await overdueCheckInsByOwner(team.limited, w48, afterTheWeek);
    expect(overdue.total).toBe(1);
    expect((await overdueCheckInsByOwner(team.owner, w48, afterTheWeek)).total).toBe(2);

    const input = draft({ minutes: [{ platformId: instagram, activity: 'POSTING', minutes: 30 }] });
    await saveCheckInDraft(team.limited, team.locations.inside, w48, input, lateNovember);
    await expectAppError(getCheckInForm(team.limited, team.locations.outside, w48), 'NOT_FOUND');
    await expectAppError(
      saveCheckInDraft(team.limited, team.locations.outside, w48, input, lateNovember),
      'NOT_FOUND',
    );
    await expectAppError(
      submitCheckIn(team.limited, team.locations.outside, w48, 0, lateNovember),
      'NOT_FOUND',
    );
    expect(await db.checkIn.count({ where: { locationId: team.locations.outside } })).toBe(0);

    await insertTestCheckIn(team.organisation.id, team.locations.outside, '2026-11-23');
    const api = await listCheckInsForApi(team.limited, w48);
    expect(api.records.map((record) => record.locationId)).toEqual([team.locations.inside]);
    await expectAppError(listCheckInsForApi(team.limited, w48, team.locations.outside), 'NOT_FOUND');
    expect((await listCheckInsForApi(team.owner, w48)).records).toHaveLength(2);
  });
});

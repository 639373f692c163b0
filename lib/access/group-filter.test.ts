import { describe, expect, it } from 'vitest';
import { createApiToken } from '@/lib/api-tokens/api-tokens';
import { createBenchmarkSet } from '@/lib/benchmarks/benchmark-sets';
import { benchmarkSetCreateSchema } from '@/lib/benchmarks/schemas';
import { db } from '@/lib/db/prisma';
import { setFreshnessDays, setPlatformEnabled } from '@/lib/listings/platforms';
import { updateCheckInSchedule } from '@/lib/reminders/check-in-schedule';
import { checkInScheduleSchema } from '@/lib/reminders/schemas';
import { expectAppError, platformIdByKey } from '@/tests/support/factories';
import { createGroupedTeam } from '@/tests/support/group-scope';
import { assertNotGroupLimited, resolveGroupFilter } from './group-filter';

describe('resolveGroupFilter', () => {
  it("answers the member's group, nothing for no group, NOT_FOUND for anything else", async () => {
    const team = await createGroupedTeam();
    const stranger = await createGroupedTeam();
    expect(await resolveGroupFilter(team.owner, team.groups.other)).toBe(team.groups.other);
    expect(await resolveGroupFilter(team.owner, undefined)).toBeNull();
    expect(await resolveGroupFilter(team.owner, '')).toBeNull();
    expect(await resolveGroupFilter(team.limited, team.groups.mine)).toBe(team.groups.mine);
    await expectAppError(resolveGroupFilter(team.limited, team.groups.other), 'NOT_FOUND');
    await expectAppError(resolveGroupFilter(team.owner, stranger.groups.mine), 'NOT_FOUND');
    await expectAppError(resolveGroupFilter(team.owner, 'nord'), 'NOT_FOUND');
    // Checked against the options a page has loaded anyway: no statement, the same answers.
    const known = [{ id: team.groups.mine }];
    expect(await resolveGroupFilter(team.limited, team.groups.mine, known)).toBe(team.groups.mine);
    await expectAppError(resolveGroupFilter(team.limited, team.groups.other, known), 'NOT_FOUND');
  });
});

describe('what a manager limited to location groups may not do', () => {
  it("changes none of the organisation's settings and makes no API token (which no limit binds)", async () => {
    const team = await createGroupedTeam();
    expect(() => assertNotGroupLimited(team.manager)).not.toThrow();
    expect(() => assertNotGroupLimited(team.owner)).not.toThrow();
    await expectAppError(createApiToken(team.limited, { name: 'Integration' }), 'FORBIDDEN');
    await expectAppError(
      setPlatformEnabled(team.limited, await platformIdByKey('instagram'), false),
      'FORBIDDEN',
    );
    await expectAppError(setFreshnessDays(team.limited, 30), 'FORBIDDEN');
    await expectAppError(
      updateCheckInSchedule(
        team.limited,
        checkInScheduleSchema.parse({ checkinWeekday: '3', reminderHour: '8', timeZone: 'UTC' }),
      ),
      'FORBIDDEN',
    );
    await expectAppError(
      createBenchmarkSet(
        team.limited,
        benchmarkSetCreateSchema.parse({
          name: 'Eigene Umfrage',
          source: 'Verband',
          year: 2025,
          sampleSize: 80,
          figures: [
            { metric: 'DAILY_TIME', label: 'bis 1 Stunde', sharePercent: 60, minMinutes: 0, maxMinutes: 60 },
          ],
        }),
      ),
      'FORBIDDEN',
    );
    const organisation = await db.organisation.findUniqueOrThrow({ where: { id: team.organisation.id } });
    expect(organisation.checkinWeekday).not.toBe(3);
    expect(await db.apiToken.count({ where: { organisationId: team.organisation.id } })).toBe(0);
    expect(await db.benchmarkSet.count({ where: { organisationId: team.organisation.id } })).toBe(0);
  });
});

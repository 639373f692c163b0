import type { PgBoss } from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/prisma';
import { readyJobSender, stopJobSender } from '@/lib/jobs/test-support';
import { expectAppError } from '@/tests/support/factories';
import { createGroupedTeam } from '@/tests/support/group-scope';
import { acceptSuggestedStatus, listLocationObservations } from './observations';
import { enqueueWith } from './runs/enqueue';
import { getVerificationRun, startVerification } from './verification-runs';

// Jobs go into pg-boss through the send-only instance (JOBS=off: nothing works them, so the tasks
// stay as the run wrote them).
vi.hoisted(() => {
  process.env.JOBS = 'off';
  delete process.env.GOOGLE_PLACES_API_KEY;
});

let boss: PgBoss;
beforeAll(async () => {
  boss = await readyJobSender();
});
afterAll(stopJobSender);

async function setUp() {
  const team = await createGroupedTeam();
  await db.organisation.update({
    where: { id: team.organisation.id },
    data: { verificationSources: ['OPENSTREETMAP'] },
  });
  return team;
}

describe('verification for a manager limited to a location group', () => {
  it("checks only their groups' locations when they check all, and counts only those", async () => {
    const team = await setUp();
    const run = await startVerification(team.limited, { locationId: null }, 'MANUAL', enqueueWith(boss));
    const tasks = await db.verificationTask.findMany({
      where: { runId: run.id },
      select: { locationId: true },
    });
    expect(tasks.map((task) => task.locationId)).toEqual([team.locations.inside]);
    expect(run.sources[0]).toMatchObject({ source: 'OPENSTREETMAP', total: 1 });

    // An owner's run of every location: the limited manager sees it, counted over their locations.
    await db.verificationTask.updateMany({ where: { runId: run.id }, data: { status: 'DONE' } });
    const all = await startVerification(team.owner, { locationId: null }, 'MANUAL', enqueueWith(boss));
    expect(all.sources[0]!.total).toBe(2);
    expect((await getVerificationRun(team.limited, all.id)).sources[0]!.total).toBe(1);
  });

  it("refuses another group's location, its run, observations and suggestions", async () => {
    const team = await setUp();
    const runs = () => db.verificationRun.count({ where: { organisationId: team.organisation.id } });
    await expectAppError(
      startVerification(team.limited, { locationId: team.locations.outside }, 'MANUAL', enqueueWith(boss)),
      'NOT_FOUND',
    );
    expect(await runs()).toBe(0);
    const own = await startVerification(
      team.owner,
      { locationId: team.locations.outside },
      'MANUAL',
      enqueueWith(boss),
    );
    await expectAppError(getVerificationRun(team.limited, own.id), 'NOT_FOUND');
    await expectAppError(listLocationObservations(team.limited, team.locations.outside), 'NOT_FOUND');
    await expectAppError(
      acceptSuggestedStatus(team.limited, team.locations.outside, 'OPENSTREETMAP'),
      'NOT_FOUND',
    );
  });
});

import type { PgBoss } from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pool } from '@/lib/db/pool';
import { db } from '@/lib/db/prisma';
import { createJobQueue } from '@/lib/jobs/queue';
import { addTestLocation, createTeam } from '@/tests/support/factories';
import { createTestDatabase } from '@/tests/support/test-database';
import { until } from '@/tests/support/until';
import { scoreSnapshotQueue } from './snapshot-job';

// The snapshot job as the server runs it: pg-boss on a database of its own with the real workers.

const database = await createTestDatabase(process.env.TEST_POSTGRES_SERVER_URL!, {
  migrateIn: 'child-process',
});
process.env.DATABASE_URL = database.url;

let boss: PgBoss;
beforeAll(async () => {
  boss = await createJobQueue({ connectionString: database.url });
});
afterAll(async () => {
  await boss?.stop({ graceful: true, timeout: 5_000 });
  await pool().end();
  await database.drop();
});

describe('score snapshot job', () => {
  it(
    'is scheduled hourly and snapshots the organisations due when it runs',
    { timeout: 30_000 },
    async () => {
      const schedules = await boss.getSchedules();
      expect(schedules.map((schedule) => schedule.name)).toContain(scoreSnapshotQueue);

      const { owner } = await createTeam();
      await addTestLocation(owner);
      await boss.send(scoreSnapshotQueue, null);
      await until(
        async () =>
          (await db.organisationScoreSnapshot.count({ where: { organisationId: owner.organisation.id } })) ===
          1,
      );
      expect(await db.locationScoreSnapshot.count({ where: { organisationId: owner.organisation.id } })).toBe(
        1,
      );
    },
  );
});

import 'server-only';
import type { PgBoss } from 'pg-boss';
import { takeDueScoreSnapshots } from './take-snapshot';

// The score snapshot as a background job: an hourly singleton (once at a time across all app
// instances) that snapshots every organisation whose local date has no snapshot yet. Hourly
// rather than daily, so each organisation gets its day's snapshot soon after its local midnight
// whatever its time zone, and a missed hour (a deploy, an outage) is made up at the next one.

export const scoreSnapshotQueue = 'score-snapshots';

/** Hourly, at a minute the other hourly jobs do not use. */
export const scoreSnapshotCron = '23 * * * *';

/** Creates the queue, schedules it and works it (called with the other workers, lib/jobs/workers.ts). */
export async function registerScoreSnapshotJob(boss: PgBoss) {
  await boss.createQueue(scoreSnapshotQueue, { policy: 'singleton', retryLimit: 0, expireInSeconds: 1_800 });
  await boss.schedule(scoreSnapshotQueue, scoreSnapshotCron, null, { tz: 'UTC' });
  await boss.work(scoreSnapshotQueue, async () => {
    await takeDueScoreSnapshots();
  });
}

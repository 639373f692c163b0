import 'server-only';
import type { PgBoss } from 'pg-boss';
import { emitOverdueCheckInEvents } from './overdue-events';

// checkin.overdue as a background job: an hourly singleton (once at a time across all app
// instances), so an organisation's endpoints hear of its overdue check-ins within the hour after
// its check-in day ends, whatever its time zone; a missed hour is made up at the next one.

export const checkInOverdueQueue = 'checkin-overdue-webhooks';

/** Hourly, at a minute the other hourly jobs do not use. */
export const checkInOverdueCron = '41 * * * *';

/** Creates the queue, schedules it and works it (lib/jobs/queue.ts, with the webhook workers). */
export async function registerCheckInOverdueJob(boss: PgBoss) {
  await boss.createQueue(checkInOverdueQueue, { policy: 'singleton', retryLimit: 0, expireInSeconds: 600 });
  await boss.schedule(checkInOverdueQueue, checkInOverdueCron, null, { tz: 'UTC' });
  await boss.work(checkInOverdueQueue, async () => {
    await emitOverdueCheckInEvents();
  });
}

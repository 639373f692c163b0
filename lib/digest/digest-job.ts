import 'server-only';
import type { PgBoss } from 'pg-boss';
import { env } from '@/lib/env';
import { sendWeeklyDigests } from './send-weekly-digests';

// The weekly digest as a background job: an hourly singleton (one run at a time across all app
// instances) that mails the digests due (Monday from each organisation's reminder hour). Without
// SMTP_URL it does nothing: a digest is only worth sending by mail.

export const weeklyDigestQueue = 'weekly-digest';

/** Hourly, at a minute the other hourly jobs do not use. */
export const weeklyDigestCron = '2 * * * *';

/** A run's data: `at`, an instant to run as (tests); the scheduled runs carry none and use the clock. */
type WeeklyDigestJob = { at?: string } | null;

/** Creates the queue, schedules it and works it (called with the other workers, lib/jobs/workers.ts). */
export async function registerWeeklyDigestJob(boss: PgBoss) {
  await boss.createQueue(weeklyDigestQueue, { policy: 'singleton', retryLimit: 0, expireInSeconds: 1_800 });
  await boss.schedule(weeklyDigestQueue, weeklyDigestCron, null, { tz: 'UTC' });
  await boss.work<WeeklyDigestJob>(weeklyDigestQueue, async (jobs) => {
    if (!env().SMTP_URL) return;
    for (const job of jobs) {
      const at = job.data?.at ? new Date(job.data.at) : new Date();
      await sendWeeklyDigests(Number.isNaN(at.getTime()) ? new Date() : at);
    }
  });
}

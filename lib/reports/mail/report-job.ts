import 'server-only';
import type { PgBoss } from 'pg-boss';
import { env } from '@/lib/env';
import { sendMonthlyReports } from './send-monthly-reports';

// The monthly report mail as a background job: an hourly singleton (one run at a time across all
// app instances) that mails the reports due (the first working day of the month from each
// organisation's reminder hour). Without SMTP_URL it does nothing: the mail is all it does.

export const monthlyReportQueue = 'monthly-report';

/** Hourly, at a minute the other hourly jobs do not use. */
export const monthlyReportCron = '4 * * * *';

/** A run's data: `at`, an instant to run as (tests); the scheduled runs carry none and use the clock. */
type MonthlyReportJob = { at?: string } | null;

/** Creates the queue, schedules it and works it (called with the other workers, lib/jobs/workers.ts). */
export async function registerMonthlyReportJob(boss: PgBoss) {
  await boss.createQueue(monthlyReportQueue, { policy: 'singleton', retryLimit: 0, expireInSeconds: 3_600 });
  await boss.schedule(monthlyReportQueue, monthlyReportCron, null, { tz: 'UTC' });
  await boss.work<MonthlyReportJob>(monthlyReportQueue, async (jobs) => {
    if (!env().SMTP_URL) return;
    for (const job of jobs) {
      const at = job.data?.at ? new Date(job.data.at) : new Date();
      await sendMonthlyReports(Number.isNaN(at.getTime()) ? new Date() : at);
    }
  });
}

import 'server-only';
import { PgBoss, type ConstructorOptions } from 'pg-boss';
import { registerCheckInOverdueJob } from '@/lib/checkin-overdue/overdue-job';
import { reportDatabaseError } from '@/lib/db/availability';
import { env } from '@/lib/env';
import { createVerificationQueues } from '@/lib/verification/runs/verification-workers';
import {
  verificationSettingsFromEnv,
  type VerificationWorkerSettings,
} from '@/lib/verification/runs/worker-settings';
import { registerWebhookJobSender } from '@/lib/webhooks/job-sender';
import { registerWebhookSweepJob } from '@/lib/webhooks/stuck-deliveries';
import { createWebhookQueue } from '@/lib/webhooks/webhook-queue';
import { registerWebhookWorkers } from '@/lib/webhooks/webhook-workers';
import { webhookSettingsFromEnv, type WebhookWorkerSettings } from '@/lib/webhooks/worker-settings';
import { jobQueues } from './job-queues';
import { registerWorkers } from './workers';

// The background job queue: pg-boss on the app's own PostgreSQL (schema "pgboss"), so reminders
// need no extra server. Every app instance runs one and works the queues; pg-boss hands each job
// to one worker only, and its scheduler sends each scheduled run once across all instances.

/** Every five minutes; each run is idempotent, so a missed or repeated run does no harm. */
export const checkinReminderCron = '*/5 * * * *';

/** Hourly: starts the verification runs whose daily or weekly schedule is due. */
export const verificationScheduleCron = '7 * * * *';

export type JobQueueOptions = {
  connectionString: string;
  /** Another cron expression for the reminder run (tests use one that is due at once). */
  reminderCron?: string;
  /** pg-boss timings, e.g. a shorter cron monitor interval in tests. */
  timings?: Pick<ConstructorOptions, 'cronMonitorIntervalSeconds' | 'cronWorkerIntervalSeconds'>;
  /** Sources, limits and retries of the verification jobs (tests: local servers); the environment's by default. */
  verification?: VerificationWorkerSettings;
  /** The webhook deliveries' client, retries and switching off (tests: local receivers, seconds); the defaults otherwise. */
  webhooks?: WebhookWorkerSettings;
};

/** Starts a pg-boss instance, creates the queues and the schedule, and starts working the queues. */
export async function createJobQueue({
  connectionString,
  reminderCron = checkinReminderCron,
  timings,
  verification,
  webhooks,
}: JobQueueOptions): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString,
    schema: 'pgboss',
    max: 4,
    application_name: 'ortsbild-jobs',
    ...timings,
  });
  // Also a database outage: pg-boss keeps polling and resumes by itself once the server is back;
  // the outage is logged once (lib/db/availability.ts) instead of on every poll.
  boss.on('error', (error) => {
    if (!reportDatabaseError(error)) console.error(`Job queue: ${error.message}`);
  });
  await boss.start();
  try {
    await setUpQueues(boss, reminderCron, verification ?? verificationSettingsFromEnv());
    await setUpWebhooks(boss, webhooks ?? webhookSettingsFromEnv());
  } catch (error) {
    await boss.stop({ graceful: false }).catch(() => {});
    throw error;
  }
  return boss;
}

async function setUpQueues(boss: PgBoss, reminderCron: string, verification: VerificationWorkerSettings) {
  // A singleton queue: at most one reminder run at a time, whatever the number of instances.
  await boss.createQueue(jobQueues.checkinReminders, {
    policy: 'singleton',
    retryLimit: 0,
    expireInSeconds: 240,
  });
  // Exclusive per singletonKey: one mail job per notification, queued or running.
  await boss.createQueue(jobQueues.reminderEmail, {
    policy: 'exclusive',
    retryLimit: 8,
    retryDelay: 60,
    retryBackoff: true,
    retryDelayMax: 3_600,
    expireInSeconds: 120,
  });
  await boss.createQueue(jobQueues.verificationSchedule, {
    policy: 'singleton',
    retryLimit: 0,
    expireInSeconds: 600,
  });
  await createVerificationQueues(boss);
  await boss.schedule(jobQueues.checkinReminders, reminderCron, null, { tz: 'UTC' });
  await boss.schedule(jobQueues.verificationSchedule, verificationScheduleCron, null, { tz: 'UTC' });
  await registerWorkers(boss, verification);
}

/**
 * Delivery jobs: the queue, its workers, the sweep of stuck jobs, the hourly checkin.overdue
 * events, and this queue as where the data layer inserts them.
 */
async function setUpWebhooks(boss: PgBoss, settings: WebhookWorkerSettings) {
  await createWebhookQueue(boss, settings);
  await registerWebhookWorkers(boss, settings);
  await registerWebhookSweepJob(boss);
  await registerCheckInOverdueJob(boss);
  registerWebhookJobSender(boss);
}

const globalForJobs = globalThis as unknown as { jobQueue?: Promise<PgBoss> };

/** The queue of this server process, started once (the dev server re-evaluates modules). */
export function startJobQueue(): Promise<PgBoss> {
  globalForJobs.jobQueue ??= createJobQueue({ connectionString: env().DATABASE_URL }).catch(
    (error: unknown) => {
      globalForJobs.jobQueue = undefined;
      throw error;
    },
  );
  return globalForJobs.jobQueue;
}

/** Stops fetching jobs and lets running ones finish (up to `timeoutMs`), then closes the pool. */
export async function stopJobQueue(timeoutMs = 10_000) {
  const running = globalForJobs.jobQueue;
  globalForJobs.jobQueue = undefined;
  if (!running) return;
  const boss = await running.catch(() => null);
  await boss?.stop({ graceful: true, timeout: timeoutMs });
}

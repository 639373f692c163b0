import type { PgBoss } from 'pg-boss';
import { env } from '@/lib/env';
import { createVerificationQueues } from '@/lib/verification/runs/verification-workers';
import { registerWebhookJobSender } from '@/lib/webhooks/job-sender';
import { createWebhookQueue } from '@/lib/webhooks/webhook-queue';
import { webhookSettingsFromEnv } from '@/lib/webhooks/worker-settings';
import { jobSender } from './job-sender';

// For tests that start verification runs through verificationEnqueue() (API routes, actions): the
// send-only pg-boss instance of job-sender.ts, which puts jobs into the test's database and works
// none, so no source is ever asked. With JOBS=on (the default) verificationEnqueue() would start
// the whole job queue with its workers instead, so a test file sets JOBS=off before lib/env is
// first read, e.g. `vi.hoisted(() => { process.env.JOBS = 'off'; })`.

/** The send-only instance, with the verification queues its jobs go into (created by the workers in production). */
export async function readyJobSender(): Promise<PgBoss> {
  if (env().JOBS !== 'off') {
    throw new Error('Set JOBS=off before lib/env is first read: JOBS=on starts the workers in the test');
  }
  const boss = await jobSender();
  await createVerificationQueues(boss);
  return boss;
}

/** Stops the send-only instance, if one was started (afterAll), so no pool outlives the test file. */
export async function stopJobSender() {
  const holder = globalThis as unknown as { jobSender?: Promise<PgBoss> };
  const running = holder.jobSender;
  holder.jobSender = undefined;
  const boss = await running?.catch(() => null);
  await boss?.stop({ graceful: true, timeout: 5_000 });
}

/**
 * The send-only instance with the webhook delivery queue too, for tests that queue deliveries
 * through actions or API routes: nothing is ever delivered and no second pool is left open.
 */
export async function readyWebhookJobSender(): Promise<PgBoss> {
  const boss = await readyJobSender();
  await createWebhookQueue(boss, webhookSettingsFromEnv());
  registerWebhookJobSender(boss);
  return boss;
}

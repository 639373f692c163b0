import 'server-only';
import type { PgBoss } from 'pg-boss';
import { db } from '@/lib/db/prisma';
import { webhookQueue } from './webhook-queue';

// What holds an endpoint's deliveries back, and what lets them go again. The delivery queue is
// key_strict_fifo with the endpoint's id as key (webhook-queue.ts). pg-boss 12 hands out a key's
// next job only while no other job of that key is active, waiting for its retry or failed: the
// fetch refuses a job when such a sibling exists (NOT EXISTS … state IN ('active', 'retry',
// 'failed')), and the unique index job_i8 allows one job per key in those three states. A job
// that pg-boss itself ends as failed (its handler threw on the last attempt, or its last attempt
// expired because its worker died) therefore blocks the endpoint until the queue's retention
// deletes it: seven days (deleteAfterSeconds), during which every later event of the endpoint
// waits unsent, also after the endpoint is switched on again.
//
// So a job is not left to fail: the worker records its delivery's last attempt as failed and
// completes the job (attemptDelivery for the outcomes it knows, giveUpDelivery for an unexpected
// error), and the sweep below removes the failed jobs that remain (an expired last attempt),
// recording their deliveries as failed first.

export const webhookSweepQueue = 'sweep-webhook-deliveries';

/** Every ten minutes; a run with nothing stuck costs one indexed query. */
export const webhookSweepCron = '*/10 * * * *';

/** The last attempt ended in an error the delivery did not expect: recorded as failed (once). */
export async function giveUpDelivery(deliveryId: string, reason: string) {
  await db.webhookDelivery.updateMany({
    where: { id: deliveryId, status: 'PENDING' },
    data: { status: 'FAILED', lastError: `gave up: ${reason}`.slice(0, 500) },
  });
}

/**
 * Removes the delivery jobs pg-boss ended as failed, which would hold their endpoint's later
 * deliveries back, after recording their deliveries (still pending) as failed. Answers how many.
 */
export async function sweepStuckDeliveries(boss: PgBoss): Promise<number> {
  const keys = await boss.getBlockedKeys(webhookQueue, { limit: 1_000 });
  if (keys.length === 0) return 0;
  // A job's id is its delivery's (emit.ts); pgboss.job is the root of the job tables.
  const stuck = await db.$queryRaw<{ id: string; output: { message?: string } | null }[]>`
    SELECT id::text, output FROM pgboss.job
    WHERE name = ${webhookQueue} AND state = 'failed' AND singleton_key = ANY(${keys}::text[])`;
  if (stuck.length === 0) return 0;
  for (const job of stuck) {
    await giveUpDelivery(job.id, job.output?.message ?? 'the job failed without recording why');
  }
  await boss.deleteJob(
    webhookQueue,
    stuck.map((job) => job.id),
  );
  return stuck.length;
}

/** Creates the sweep's queue, schedules it and works it (lib/jobs/queue.ts, with the webhook workers). */
export async function registerWebhookSweepJob(boss: PgBoss) {
  await boss.createQueue(webhookSweepQueue, { policy: 'singleton', retryLimit: 0, expireInSeconds: 300 });
  await boss.schedule(webhookSweepQueue, webhookSweepCron, null, { tz: 'UTC' });
  await boss.work(webhookSweepQueue, async () => {
    const swept = await sweepStuckDeliveries(boss);
    if (swept > 0) console.info(`Webhooks: ${swept} stuck delivery job(s) removed, their endpoints go on`);
  });
}

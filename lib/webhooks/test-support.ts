import type { PgBoss } from 'pg-boss';
import { readyJobSender } from '@/lib/jobs/test-support';
import { registerWebhookJobSender } from './job-sender';
import { createWebhookQueue } from './webhook-queue';
import { webhookSettingsFromEnv } from './worker-settings';

// For tests that queue deliveries through actions or API routes with JOBS=off: the send-only
// instance of lib/jobs/test-support.ts (stopped by its stopJobSender) with the delivery queue,
// taking the webhook jobs too, so nothing is ever delivered and no second pool is left open.

export async function readyWebhookJobSender(): Promise<PgBoss> {
  const boss = await readyJobSender();
  await createWebhookQueue(boss, webhookSettingsFromEnv());
  registerWebhookJobSender(boss);
  return boss;
}

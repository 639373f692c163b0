import 'server-only';
import type { PgBoss } from 'pg-boss';
import { attemptDelivery } from './deliver';
import { giveUpDelivery } from './stuck-deliveries';
import { sendWebhookDisabledMail, webhookDisabledMailQueue } from './switch-off-mail';
import { webhookQueue, type WebhookJob } from './webhook-queue';
import type { WebhookWorkerSettings } from './worker-settings';

/**
 * Works the deliveries: one job per fetch, up to `localConcurrency` endpoints at once. An error on
 * the last attempt does not fail the job, which would hold the endpoint's later deliveries back
 * (stuck-deliveries.ts): the delivery is recorded as failed and the job completes.
 */
export async function registerWebhookWorkers(boss: PgBoss, settings: WebhookWorkerSettings) {
  const polling =
    settings.pollingIntervalSeconds === undefined
      ? {}
      : { pollingIntervalSeconds: settings.pollingIntervalSeconds };
  await boss.work<WebhookJob>(
    webhookQueue,
    { localConcurrency: settings.localConcurrency, batchSize: 1, ...polling },
    async ([job]) => {
      const { deliveryId } = job!.data;
      try {
        await attemptDelivery(deliveryId, job!.retryCount, settings);
      } catch (error) {
        if (job!.retryCount < settings.retry.retryLimit) throw error;
        await giveUpDelivery(deliveryId, error instanceof Error ? error.message : String(error));
      }
    },
  );
  await boss.work<{ notificationId: string }>(webhookDisabledMailQueue, async (jobs) => {
    for (const job of jobs) await sendWebhookDisabledMail(job.data.notificationId);
  });
}

import 'server-only';
import type { PgBoss } from 'pg-boss';
import { attemptDelivery } from './deliver';
import { webhookQueue, type WebhookJob } from './webhook-queue';
import type { WebhookWorkerSettings } from './worker-settings';

/** Works the deliveries: one job per fetch, up to `localConcurrency` endpoints at once. */
export async function registerWebhookWorkers(boss: PgBoss, settings: WebhookWorkerSettings) {
  const polling =
    settings.pollingIntervalSeconds === undefined
      ? {}
      : { pollingIntervalSeconds: settings.pollingIntervalSeconds };
  await boss.work<WebhookJob>(
    webhookQueue,
    { localConcurrency: settings.localConcurrency, batchSize: 1, ...polling },
    async ([job]) => {
      await attemptDelivery(job!.data.deliveryId, job!.retryCount, settings);
    },
  );
}

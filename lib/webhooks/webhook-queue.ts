import 'server-only';
import type { PgBoss } from 'pg-boss';
import type { WebhookWorkerSettings } from './worker-settings';

// One queue for every endpoint's deliveries, key_strict_fifo with the endpoint's id as the
// singletonKey: per endpoint one delivery at a time, in the order the events happened, and a
// delivery waiting for its retry holds back the endpoint's later ones (they are not overtaken).
// Other endpoints' keys stay fetchable, so a receiver that hangs delays only itself.

export const webhookQueue = 'deliver-webhook';

export type WebhookJob = { deliveryId: string };

export async function createWebhookQueue(boss: PgBoss, settings: WebhookWorkerSettings) {
  await boss.createQueue(webhookQueue, {
    policy: 'key_strict_fifo',
    ...settings.retry,
    // The outbound client gives up after 15 s; a job still active after a minute died with its worker.
    expireInSeconds: 60,
  });
}

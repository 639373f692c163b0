import 'server-only';
import type { PgBoss } from 'pg-boss';
import { webhookDisabledMailQueue } from './switch-off-mail';
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
  // The owners' mails when an endpoint is switched off: one job per notice, retried like reminders.
  await boss.createQueue(webhookDisabledMailQueue, {
    policy: 'exclusive',
    retryLimit: 8,
    retryDelay: 60,
    retryBackoff: true,
    retryDelayMax: 3_600,
    expireInSeconds: 120,
  });
}

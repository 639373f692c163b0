import 'server-only';
import { Webhook } from 'standardwebhooks';
import { db } from '@/lib/db/prisma';
import type { WebhookFormat } from '@/lib/generated/prisma/enums';
import type { OutboundOutcome } from '@/lib/outbound/outcome';
import { readChatContext } from './chat/chat-context';
import { chatBody } from './chat/chat-formats';
import { chatMessageOf } from './chat/chat-message';
import type { WebhookPayload } from './events';
import { switchOffFailingEndpoint } from './switch-off';
import type { WebhookWorkerSettings } from './worker-settings';

// One attempt of one delivery: signed per the Standard Webhooks specification (webhook-id stays
// the message's across retries, webhook-timestamp is the attempt's), POSTed through the outbound
// client, its status code and response time recorded. A 2xx answer delivers it. Anything else
// throws, so pg-boss retries it with its backoff while the endpoint's later deliveries wait;
// the last attempt, and a refusal (the address is not allowed: it will not become allowed by
// waiting), mark it failed and let the next one go. An endpoint of a chat format (Slack, Teams,
// Mattermost) gets the same event as a readable message instead, unsigned: those incoming
// webhooks check no signature, their URL is the secret.

export type AttemptResult = 'delivered' | 'retry' | 'failed' | 'skipped';

export class DeliveryFailed extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DeliveryFailed';
  }
}

export async function attemptDelivery(
  deliveryId: string,
  retryCount: number,
  settings: WebhookWorkerSettings,
): Promise<AttemptResult> {
  const delivery = await db.webhookDelivery.findUnique({
    where: { id: deliveryId },
    select: {
      organisationId: true,
      messageId: true,
      payload: true,
      status: true,
      endpoint: { select: { id: true, url: true, secret: true, enabled: true, format: true } },
    },
  });
  // Deleted with its endpoint, or already settled (a job run twice after a worker died).
  if (!delivery || delivery.status !== 'PENDING') return 'skipped';
  if (!delivery.endpoint.enabled) {
    await db.webhookDelivery.update({
      where: { id: deliveryId },
      data: { status: 'FAILED', lastError: 'endpoint switched off' },
    });
    return 'skipped';
  }

  const sentAt = new Date();
  const request = await requestOf(delivery, sentAt);
  const started = performance.now();
  const outcome = await settings.client(delivery.endpoint.url, {
    purpose: 'webhook',
    method: 'POST',
    ...request,
    // The answer is not read; a receiver that answers with a large page is cut short.
    maxBytes: 64 * 1024,
  });
  const responseMs = Math.round(performance.now() - started);
  const delivered = outcome.kind === 'answer' && outcome.status >= 200 && outcome.status < 300;
  const lastAttempt = retryCount >= settings.retry.retryLimit || outcome.kind === 'refused';
  const status = await db.$transaction(async (tx) => {
    let switchedOff = false;
    if (delivered) {
      await tx.webhookEndpoint.update({ where: { id: delivery.endpoint.id }, data: { failingSince: null } });
    } else {
      await tx.$executeRaw`
        UPDATE webhook_endpoints SET failing_since = COALESCE(failing_since, ${sentAt})
        WHERE id = ${delivery.endpoint.id}::uuid`;
      switchedOff = await switchOffFailingEndpoint(tx, delivery.endpoint.id, settings.disableAfterFailingMs);
    }
    const settled = delivered ? 'SUCCEEDED' : lastAttempt || switchedOff ? 'FAILED' : 'PENDING';
    await tx.webhookDelivery.update({
      where: { id: deliveryId },
      data: {
        status: settled,
        attempts: { increment: 1 },
        lastStatusCode: outcome.kind === 'answer' ? outcome.status : null,
        lastResponseMs: outcome.kind === 'refused' ? null : responseMs,
        lastError: delivered ? null : errorOf(outcome),
        deliveredAt: delivered ? new Date() : null,
      },
    });
    return settled;
  });
  if (delivered) return 'delivered';
  if (status === 'FAILED') return 'failed';
  throw new DeliveryFailed(errorOf(outcome));
}

type DeliveryToSend = {
  organisationId: string;
  messageId: string;
  payload: unknown;
  endpoint: { secret: string; format: WebhookFormat };
};

/** The headers and body of an attempt: signed Standard Webhooks JSON, or a chat message. */
async function requestOf(
  delivery: DeliveryToSend,
  sentAt: Date,
): Promise<{ headers: Record<string, string>; body: string }> {
  const payload = delivery.payload as WebhookPayload;
  const { format } = delivery.endpoint;
  if (format !== 'standard') {
    const message = chatMessageOf(payload, await readChatContext(delivery.organisationId, payload));
    return {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(chatBody(format, message)),
    };
  }
  const body = JSON.stringify(payload);
  const signature = new Webhook(delivery.endpoint.secret).sign(delivery.messageId, sentAt, body);
  return {
    headers: {
      'content-type': 'application/json',
      'webhook-id': delivery.messageId,
      'webhook-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
      'webhook-signature': signature,
    },
    body,
  };
}

/** The reason in a few words, as the delivery log shows it. */
function errorOf(outcome: OutboundOutcome): string {
  if (outcome.kind === 'answer') return `status ${outcome.status}`;
  return `${outcome.kind}-${outcome.code}: ${outcome.reason}`.slice(0, 500);
}

import 'server-only';
import { fromPrisma } from 'pg-boss';
import type { Transaction } from '@/lib/db/prisma';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { WebhookEventType, WebhookPayload } from './events';
import { webhookJobSender } from './job-sender';
import { orderedUuid } from './ordered-id';
import { webhookQueue, type WebhookJob } from './webhook-queue';

// The outbox: an event is written in the transaction of the change it reports, as one delivery
// row per enabled endpoint of the organisation that wants it and a pg-boss job for each. Both
// commit with the change or not at all, so a receiver hears of every change at least once and
// never of one that was rolled back. Without such an endpoint it costs one indexed query.

type EventData = Record<string, unknown>;

/** Queues `type` with `data` for every enabled endpoint of the organisation that wants it. */
export async function emitWebhookEvent(
  tx: Transaction,
  organisationId: string,
  type: WebhookEventType,
  data: EventData | ((tx: Transaction) => Promise<EventData | null>),
) {
  const list =
    typeof data === 'function'
      ? async (inTx: Transaction) => {
          const one = await data(inTx);
          return one ? [one] : [];
        }
      : [data];
  await emitWebhookEvents(tx, organisationId, type, list);
}

/**
 * Several events of one type in their order (a bulk change or an import), in two statements and
 * one insert of jobs; none at all for an empty list. A function as `data` is called only when an
 * endpoint listens.
 */
export async function emitWebhookEvents(
  tx: Transaction,
  organisationId: string,
  type: WebhookEventType,
  data: EventData[] | ((tx: Transaction) => Promise<EventData[]>),
) {
  if (Array.isArray(data) && data.length === 0) return;
  const endpoints = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM webhook_endpoints
    WHERE organisation_id = ${organisationId}::uuid AND enabled AND ${type} = ANY(events)
    ORDER BY created_at, id`;
  if (endpoints.length === 0) return;
  const list = Array.isArray(data) ? data : await data(tx);
  const timestamp = new Date().toISOString();
  await queueDeliveries(
    tx,
    organisationId,
    endpoints.map((endpoint) => endpoint.id),
    list.map((item): WebhookPayload => ({ type, timestamp, data: item })),
  );
}

/**
 * Inserts the deliveries of `payloads` (in their order) for each endpoint and their jobs. The
 * test event of the settings uses it directly.
 */
export async function queueDeliveries(
  tx: Transaction,
  organisationId: string,
  endpointIds: string[],
  payloads: WebhookPayload[],
) {
  const rows = payloads.flatMap((payload) =>
    endpointIds.map((endpointId) => {
      const id = orderedUuid();
      return {
        id,
        organisationId,
        endpointId,
        messageId: `msg_${id}`,
        eventType: payload.type,
        // Dates become ISO strings, as the receiver reads them.
        payload: JSON.parse(JSON.stringify(payload)) as Prisma.InputJsonValue,
      };
    }),
  );
  if (rows.length === 0) return [];
  await tx.webhookDelivery.createMany({ data: rows });
  const boss = await webhookJobSender();
  await boss.insert(
    webhookQueue,
    rows.map((row) => ({
      id: row.id,
      data: { deliveryId: row.id } satisfies WebhookJob,
      singletonKey: row.endpointId,
    })),
    { db: fromPrisma(tx) },
  );
  return rows.map((row) => row.id);
}

/** An event sent once per subject: `key` is unique per endpoint (e.g. `checkin.overdue:<location>:<week>`). */
export type KeyedEvent = { key: string; data: EventData };

/**
 * Queues each of `events` for every enabled endpoint of the organisation that wants `type`,
 * except where the endpoint already had the event's key: the unique key (endpoint, event key)
 * makes a scheduled job that runs twice, or on two instances at once, queue it once (a second
 * transaction waits for the first and then inserts nothing). Three statements; answers how many
 * deliveries it queued.
 */
export async function emitKeyedWebhookEvents(
  tx: Transaction,
  organisationId: string,
  type: WebhookEventType,
  events: KeyedEvent[],
): Promise<number> {
  if (events.length === 0) return 0;
  const endpoints = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM webhook_endpoints
    WHERE organisation_id = ${organisationId}::uuid AND enabled AND ${type} = ANY(events)
    ORDER BY created_at, id`;
  if (endpoints.length === 0) return 0;
  const timestamp = new Date().toISOString();
  const rows = events.flatMap((event) => {
    const payload = JSON.stringify({ type, timestamp, data: event.data } satisfies WebhookPayload);
    return endpoints.map((endpoint) => ({
      id: orderedUuid(),
      endpointId: endpoint.id,
      key: event.key,
      payload,
    }));
  });
  const inserted = await tx.$queryRaw<{ id: string; endpointId: string }[]>`
    INSERT INTO webhook_deliveries (id, organisation_id, endpoint_id, message_id, event_type, payload, event_key)
    SELECT r.id, ${organisationId}::uuid, r.endpoint_id, 'msg_' || r.id::text, ${type}, r.payload, r.key
    FROM unnest(
      ${rows.map((row) => row.id)}::uuid[],
      ${rows.map((row) => row.endpointId)}::uuid[],
      ${rows.map((row) => row.key)}::text[],
      ${rows.map((row) => row.payload)}::jsonb[]
    ) AS r(id, endpoint_id, key, payload)
    ON CONFLICT (endpoint_id, event_key) DO NOTHING
    RETURNING id, endpoint_id AS "endpointId"`;
  if (inserted.length === 0) return 0;
  const boss = await webhookJobSender();
  await boss.insert(
    webhookQueue,
    // In the order the ids were made: the events' order per endpoint (ordered-id.ts).
    inserted
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((row) => ({
        id: row.id,
        data: { deliveryId: row.id } satisfies WebhookJob,
        singletonKey: row.endpointId,
      })),
    { db: fromPrisma(tx) },
  );
  return inserted.length;
}

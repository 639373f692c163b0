import 'server-only';
import { z } from 'zod';
import { assertRole, type MemberContext } from '@/lib/access/member-context';
import { recordMemberEvent } from '@/lib/audit/audit-log';
import { db, type Transaction } from '@/lib/db/prisma';
import { AppError } from '@/lib/errors';
import { queueDeliveries } from './emit';
import { webhookTestEventType } from './events';
import type { WebhookEndpointInput, WebhookEndpointUpdate } from './schemas';
import { generateWebhookSecret } from './secret';

// The organisation's webhook endpoints, for owners in the app (they decide what leaves it) and
// for API tokens, which managers and owners make for integrations that subscribe themselves. Every
// query is scoped to the member's organisation; another organisation's endpoint is "not found".
// The secret is answered only when it is made (creation, rotation), never when listed.

const endpointColumns = {
  id: true,
  url: true,
  description: true,
  events: true,
  format: true,
  enabled: true,
  disabledAt: true,
  disabledReason: true,
  failingSince: true,
  createdAt: true,
} as const;

export type WebhookEndpointView = Awaited<ReturnType<typeof listWebhookEndpoints>>[number];

function assertMayManage(member: MemberContext) {
  if (member.actor.kind !== 'apiToken') assertRole(member, 'OWNER');
}

function assertOwnerAndId(member: MemberContext, endpointId: string) {
  assertMayManage(member);
  if (!z.uuid().safeParse(endpointId).success) throw new AppError('NOT_FOUND');
}

/** Who added, changed, rotated or deleted an endpoint: the audit log, in the change's transaction. */
function recordWebhookEvent(
  tx: Transaction,
  member: MemberContext,
  action: 'webhook.created' | 'webhook.updated' | 'webhook.secret_rotated' | 'webhook.deleted',
  endpoint: { id: string; url: string },
) {
  const target = { type: 'webhook_endpoint', id: endpoint.id };
  return recordMemberEvent(member, { action, target, details: { url: endpoint.url } }, tx);
}

const inOrganisation = (member: MemberContext, endpointId: string) => ({
  id: endpointId,
  organisationId: member.organisation.id,
});

export async function listWebhookEndpoints(member: MemberContext) {
  assertMayManage(member);
  return db.webhookEndpoint.findMany({
    where: { organisationId: member.organisation.id },
    select: endpointColumns,
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
}

export async function getWebhookEndpoint(member: MemberContext, endpointId: string) {
  assertOwnerAndId(member, endpointId);
  const endpoint = await db.webhookEndpoint.findFirst({
    where: inOrganisation(member, endpointId),
    select: endpointColumns,
  });
  if (!endpoint) throw new AppError('NOT_FOUND');
  return endpoint;
}

/** Creates an endpoint with a fresh secret, answered this once. */
export async function createWebhookEndpoint(
  member: MemberContext,
  input: Omit<WebhookEndpointInput, 'format'> & Partial<Pick<WebhookEndpointInput, 'format'>>,
) {
  assertMayManage(member);
  const secret = generateWebhookSecret();
  const endpoint = await db.$transaction(async (tx) => {
    const created = await tx.webhookEndpoint.create({
      data: { ...input, secret, organisationId: member.organisation.id },
      select: endpointColumns,
    });
    await recordWebhookEvent(tx, member, 'webhook.created', created);
    return created;
  });
  return { endpoint, secret };
}

/** Changes what is given; switching on again clears why it was switched off and the failures. */
export async function updateWebhookEndpoint(
  member: MemberContext,
  endpointId: string,
  input: WebhookEndpointUpdate,
) {
  assertOwnerAndId(member, endpointId);
  const switching =
    input.enabled === undefined
      ? {}
      : input.enabled
        ? { enabled: true, disabledAt: null, disabledReason: null, failingSince: null }
        : { enabled: false, disabledAt: new Date(), disabledReason: 'by-member' };
  return db.$transaction(async (tx) => {
    const [endpoint] = await tx.webhookEndpoint.updateManyAndReturn({
      where: inOrganisation(member, endpointId),
      data: {
        ...(input.url === undefined ? {} : { url: input.url }),
        ...(input.description === undefined ? {} : { description: input.description }),
        ...(input.events === undefined ? {} : { events: input.events }),
        ...(input.format === undefined ? {} : { format: input.format }),
        ...switching,
      },
      select: endpointColumns,
    });
    if (!endpoint) throw new AppError('NOT_FOUND');
    await recordWebhookEvent(tx, member, 'webhook.updated', endpoint);
    return endpoint;
  });
}

/** Deletes the endpoint with its delivery log; its queued jobs find nothing to send. */
export async function deleteWebhookEndpoint(member: MemberContext, endpointId: string) {
  assertOwnerAndId(member, endpointId);
  await db.$transaction(async (tx) => {
    const [endpoint] = await tx.webhookEndpoint.findMany({
      where: inOrganisation(member, endpointId),
      select: { id: true, url: true },
    });
    if (!endpoint) throw new AppError('NOT_FOUND');
    await tx.webhookEndpoint.delete({ where: { id: endpoint.id } });
    await recordWebhookEvent(tx, member, 'webhook.deleted', endpoint);
  });
}

/** A new secret at once (deliveries from now on are signed with it), answered this once. */
export async function rotateWebhookSecret(member: MemberContext, endpointId: string) {
  assertOwnerAndId(member, endpointId);
  const secret = generateWebhookSecret();
  await db.$transaction(async (tx) => {
    const [endpoint] = await tx.webhookEndpoint.updateManyAndReturn({
      where: inOrganisation(member, endpointId),
      data: { secret },
      select: { id: true, url: true },
    });
    if (!endpoint) throw new AppError('NOT_FOUND');
    await recordWebhookEvent(tx, member, 'webhook.secret_rotated', endpoint);
  });
  return { secret };
}

/** Queues a `webhook.test` event for this endpoint alone (an endpoint switched off is refused: CONFLICT). */
export async function sendWebhookTestEvent(member: MemberContext, endpointId: string) {
  const endpoint = await getWebhookEndpoint(member, endpointId);
  if (!endpoint.enabled) throw new AppError('CONFLICT', { messageKey: 'webhooks.errors.endpointDisabled' });
  const [deliveryId] = await db.$transaction((tx) =>
    queueDeliveries(
      tx,
      member.organisation.id,
      [endpoint.id],
      [
        {
          type: webhookTestEventType,
          timestamp: new Date().toISOString(),
          data: { organisation: { slug: member.organisation.slug }, endpoint: { id: endpoint.id } },
        },
      ],
    ),
  );
  return { deliveryId: deliveryId! };
}

/** The endpoint's latest deliveries, newest first (the log shows 50). */
export async function listWebhookDeliveries(member: MemberContext, endpointId: string, limit = 50) {
  await getWebhookEndpoint(member, endpointId);
  return db.webhookDelivery.findMany({
    where: { endpointId, organisationId: member.organisation.id },
    select: {
      id: true,
      messageId: true,
      eventType: true,
      status: true,
      attempts: true,
      lastStatusCode: true,
      lastResponseMs: true,
      lastError: true,
      createdAt: true,
      deliveredAt: true,
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: Math.min(Math.max(limit, 1), 100),
  });
}

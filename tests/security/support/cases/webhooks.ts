// Registry: the webhook settings' actions (owners only) and /api/v1/webhook-endpoints. The test
// event goes into pg-boss through the send-only sender (entry-points.test.ts runs with JOBS=off):
// nothing is ever delivered.
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db/prisma';
import { readyWebhookJobSender } from '@/lib/jobs/test-support';
import { apiCase, memberFormCase, type EntryPointCase } from '../entry-point-case';
import type { World } from '../world';

const o = 'app/(app)/o/[slug]';
const actions = `${o}/settings/webhooks/_actions/webhook-actions.ts`;
const saved = { kind: 'form' } as const;
const v1 = 'app/api/v1/webhook-endpoints';
const status = (code: number) => ({ kind: 'status', status: code }) as const;

/** An endpoint of the victim organisation named by the world's marker, with one delivery in its log. */
async function victimEndpoint(world: World) {
  await readyWebhookJobSender();
  const organisationId = world.victim.organisation.id;
  const endpoint = await db.webhookEndpoint.create({
    data: {
      organisationId,
      url: `https://erp.example/${world.marker}`,
      description: world.marker,
      events: ['location.created'],
      secret: `whsec_${Buffer.alloc(32, 1).toString('base64')}`,
    },
  });
  const deliveryId = randomUUID();
  await db.webhookDelivery.create({
    data: {
      id: deliveryId,
      organisationId,
      endpointId: endpoint.id,
      messageId: `msg_${deliveryId}`,
      eventType: 'location.created',
      payload: {},
      status: 'FAILED',
      attempts: 1,
      lastError: `refused-address_not_allowed: ${world.marker}`,
    },
  });
  return { endpointId: endpoint.id };
}

const onEndpoint = (name: string, fields: (target: { endpointId: string }) => Record<string, string>) =>
  memberFormCase(
    `${actions}#${name}`,
    { minimumRole: 'OWNER', namesRecords: true },
    { prepare: victimEndpoint, form: fields, success: saved, writes: true },
  );

export const webhookCases: EntryPointCase[] = [
  memberFormCase(
    `${actions}#createWebhookEndpointAction`,
    { minimumRole: 'OWNER', namesRecords: false },
    {
      form: () => ({ url: 'https://erp.example/new', description: 'ERP', events: ['location.created'] }),
      success: saved,
      writes: true,
    },
  ),
  onEndpoint('rotateWebhookSecretAction', ({ endpointId }) => ({ endpointId })),
  onEndpoint('sendWebhookTestEventAction', ({ endpointId }) => ({ endpointId })),
  onEndpoint('switchWebhookEndpointAction', ({ endpointId }) => ({ endpointId, enabled: 'off' })),
  onEndpoint('deleteWebhookEndpointAction', ({ endpointId }) => ({ endpointId })),
  apiCase(
    `GET ${v1}/route.ts`,
    { namesRecords: false },
    {
      prepare: victimEndpoint,
      request: () => ({ path: '/api/v1/webhook-endpoints' }),
      success: status(200),
      writes: false,
      reveals: true,
    },
  ),
  apiCase(
    `POST ${v1}/route.ts`,
    { namesRecords: false },
    {
      request: () => ({
        path: '/api/v1/webhook-endpoints',
        method: 'POST',
        json: { url: 'https://erp.example/new', events: ['location.created'] },
      }),
      success: status(201),
      writes: true,
    },
  ),
  onEndpointApi('GET', '', 200, false),
  onEndpointApi('PATCH', '', 200, true, { enabled: false }),
  onEndpointApi('DELETE', '', 204, true),
  onEndpointApi('POST', '/rotate-secret', 200, true),
  onEndpointApi('GET', '/deliveries', 200, false),
];

/** A route under /api/v1/webhook-endpoints/{id} aimed at the victim's endpoint. */
function onEndpointApi(method: string, suffix: string, code: number, writes: boolean, json?: unknown) {
  return apiCase(
    `${method} ${v1}/[id]${suffix}/route.ts`,
    { namesRecords: true },
    {
      prepare: victimEndpoint,
      request: ({ endpointId }) => ({
        path: `/api/v1/webhook-endpoints/${endpointId}${suffix}`,
        method,
        params: { id: endpointId },
        ...(json === undefined ? {} : { json }),
      }),
      success: status(code),
      writes,
      reveals: !writes,
    },
  );
}

// Registry: the webhook settings' actions (owners only; the API's are in api-routes.ts). The test
// event goes into pg-boss through the send-only sender (entry-points.test.ts runs with JOBS=off):
// nothing is ever delivered.
import { db } from '@/lib/db/prisma';
import { readyWebhookJobSender } from '@/lib/webhooks/test-support';
import { memberFormCase, type EntryPointCase } from '../entry-point-case';
import type { World } from '../world';

const o = 'app/(app)/o/[slug]';
const actions = `${o}/settings/webhooks/_actions/webhook-actions.ts`;
const saved = { kind: 'form' } as const;

/** An endpoint of the victim organisation. */
async function victimEndpoint(world: World) {
  await readyWebhookJobSender();
  const endpoint = await db.webhookEndpoint.create({
    data: {
      organisationId: world.victim.organisation.id,
      url: 'https://erp.example/hooks',
      events: ['location.created'],
      secret: `whsec_${Buffer.alloc(32, 1).toString('base64')}`,
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
];

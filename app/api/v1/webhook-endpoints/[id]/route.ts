import { apiRoute } from '@/lib/api/api-route';
import { readJsonObject } from '@/lib/api/request-body';
import { apiJson } from '@/lib/api/responses';
import { toWebhookEndpointJson } from '@/lib/api/webhooks/representation';
import { deleteWebhookEndpoint, getWebhookEndpoint, updateWebhookEndpoint } from '@/lib/webhooks/endpoints';
import { webhookEndpointUpdateSchema } from '@/lib/webhooks/schemas';

export const dynamic = 'force-dynamic';

/** GET /api/v1/webhook-endpoints/{id} */
export const GET = apiRoute<{ id: string }>(async (_request, { member, params }) =>
  apiJson(toWebhookEndpointJson(await getWebhookEndpoint(member, params.id))),
);

/** PATCH /api/v1/webhook-endpoints/{id}: changes the fields given; `enabled: true` also clears the failures. */
export const PATCH = apiRoute<{ id: string }>(async (request, { member, params }) => {
  const input = webhookEndpointUpdateSchema.parse(await readJsonObject(request));
  return apiJson(toWebhookEndpointJson(await updateWebhookEndpoint(member, params.id, input)));
});

/** DELETE /api/v1/webhook-endpoints/{id}: 204, with its delivery log. */
export const DELETE = apiRoute<{ id: string }>(async (_request, { member, params }) => {
  await deleteWebhookEndpoint(member, params.id);
  return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
});

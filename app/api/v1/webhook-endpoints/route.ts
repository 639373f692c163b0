import { apiRoute } from '@/lib/api/api-route';
import { readJsonObject } from '@/lib/api/request-body';
import { apiJson } from '@/lib/api/responses';
import { toWebhookEndpointJson } from '@/lib/api/webhooks/representation';
import { createWebhookEndpoint, listWebhookEndpoints } from '@/lib/webhooks/endpoints';
import { webhookEndpointInputSchema } from '@/lib/webhooks/schemas';

export const dynamic = 'force-dynamic';

/** GET /api/v1/webhook-endpoints: the organisation's endpoints, oldest first (never their secrets). */
export const GET = apiRoute(async (_request, { member }) => {
  const endpoints = await listWebhookEndpoints(member);
  return apiJson({ data: endpoints.map(toWebhookEndpointJson) });
});

/** POST /api/v1/webhook-endpoints: 201 with the endpoint and its secret, shown this once. */
export const POST = apiRoute(async (request, { member }) => {
  const input = webhookEndpointInputSchema.parse(await readJsonObject(request));
  const { endpoint, secret } = await createWebhookEndpoint(member, input);
  return apiJson({ ...toWebhookEndpointJson(endpoint), secret }, { status: 201 });
});

import { apiRoute } from '@/lib/api/api-route';
import { apiJson } from '@/lib/api/responses';
import { toWebhookEndpointJson } from '@/lib/api/webhooks/representation';
import { getWebhookEndpoint, rotateWebhookSecret } from '@/lib/webhooks/endpoints';

export const dynamic = 'force-dynamic';

/** POST /api/v1/webhook-endpoints/{id}/rotate-secret: the endpoint with its new secret, shown this once. */
export const POST = apiRoute<{ id: string }>(async (_request, { member, params }) => {
  const { secret } = await rotateWebhookSecret(member, params.id);
  return apiJson({ ...toWebhookEndpointJson(await getWebhookEndpoint(member, params.id)), secret });
});

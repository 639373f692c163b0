import { apiRoute } from '@/lib/api/api-route';
import { apiJson } from '@/lib/api/responses';
import { toWebhookDeliveryJson } from '@/lib/api/webhooks/representation';
import { listWebhookDeliveries } from '@/lib/webhooks/endpoints';

export const dynamic = 'force-dynamic';

/** GET /api/v1/webhook-endpoints/{id}/deliveries: the latest 50 deliveries, newest first. */
export const GET = apiRoute<{ id: string }>(async (_request, { member, params }) => {
  const deliveries = await listWebhookDeliveries(member, params.id, 50);
  return apiJson({ data: deliveries.map(toWebhookDeliveryJson) });
});

import { apiRoute } from '@/lib/api/api-route';
import { deleteTimeEntry } from '@/lib/time-entries/time-entries';

export const dynamic = 'force-dynamic';

/** DELETE /api/v1/time-entries/{id}: 204; 409 when the entry's week is locked. */
export const DELETE = apiRoute<{ id: string }>(async (_request, { member, params }) => {
  await deleteTimeEntry(member, params.id);
  return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
});

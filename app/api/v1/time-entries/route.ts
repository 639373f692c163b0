import { apiRoute } from '@/lib/api/api-route';
import { readJsonObject } from '@/lib/api/request-body';
import { apiJson } from '@/lib/api/responses';
import { toTimeEntryJson } from '@/lib/api/time-entries/representation';
import { timeEntryCreateSchema, timeEntryRangeSchema } from '@/lib/time-entries/schemas';
import { createTimeEntry, listTimeEntriesBetween } from '@/lib/time-entries/time-entries';

export const dynamic = 'force-dynamic';

/** GET /api/v1/time-entries?from=&to=: the entries dated in the period, oldest first. */
export const GET = apiRoute(async (request, { member }) => {
  const range = timeEntryRangeSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const entries = await listTimeEntriesBetween(member, range);
  return apiJson({ data: entries.map(toTimeEntryJson) });
});

/** POST /api/v1/time-entries: logs time; answers 201 with the entry. */
export const POST = apiRoute(async (request, { member }) => {
  const input = await timeEntryCreateSchema.parseAsync(await readJsonObject(request));
  return apiJson(toTimeEntryJson(await createTimeEntry(member, input)), { status: 201 });
});

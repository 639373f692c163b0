import { privateJson, readManagerJsonRequest } from '@/lib/api/manager-json-request';
import { loadPlaces } from '@/lib/gazetteer/load-places';
import { locateInIndex } from '@/lib/gazetteer/locate-address';
import { checkPlausibilityInIndex } from '@/lib/gazetteer/plausibility';
import { approximatePositionQuerySchema } from '@/lib/locations/placement/schemas';

// POST { postalCode, city, countryCode, latitude?, longitude? } → { position, warnings }, for the
// location form while an address is typed: where the embedded gazetteer places it (null when
// nowhere) and its plausibility warnings. Reads no organisation data. Errors: 401, 403 (staff),
// 404 (no member), 413 (body over 1 MB), 422 (invalid input).
export const dynamic = 'force-dynamic';

export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const read = await readManagerJsonRequest(request, (await params).slug);
  if ('refusal' in read) return read.refusal;
  const input = approximatePositionQuerySchema.safeParse(read.body);
  if (!input.success) return privateJson({ error: 'invalid' }, 422);

  const { latitude, longitude, ...address } = input.data;
  const places = await loadPlaces();
  const pin = latitude !== null && longitude !== null ? { latitude, longitude } : null;
  return privateJson({
    position: locateInIndex(places, address),
    warnings: checkPlausibilityInIndex(places, address, pin),
  });
}

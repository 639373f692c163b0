import { privateJson, readManagerJsonRequest } from '@/lib/api/manager-json-request';
import { geocodeAddress } from '@/lib/geocoding/geocode';
import { geocodeAddressSchema } from '@/lib/geocoding/schemas';

// POST { street, postalCode, city, countryCode } → { latitude, longitude, displayName }, for the
// pin picker of the location form. Errors: 401, 403 (staff), 404 (no member / address not
// found), 413 (body over 1 MB), 422 (incomplete address), 503 (no geocoder configured, or it failed).
export const dynamic = 'force-dynamic';

export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  // Only those who edit locations use the geocoder (its quota is shared by the whole deployment).
  const read = await readManagerJsonRequest(request, (await params).slug);
  if ('refusal' in read) return read.refusal;
  const input = geocodeAddressSchema.safeParse(read.body);
  if (!input.success) return privateJson({ error: 'address_incomplete' }, 422);

  const outcome = await geocodeAddress(input.data);
  switch (outcome.status) {
    case 'found':
      return privateJson({
        latitude: outcome.latitude,
        longitude: outcome.longitude,
        displayName: outcome.displayName,
      });
    case 'not_found':
      return privateJson({ error: 'address_not_found' }, 404);
    case 'not_configured':
      return privateJson({ error: 'geocoder_not_configured' }, 503);
    case 'unavailable':
      console.error(`Geocoding failed: ${outcome.reason}`);
      return privateJson({ error: 'geocoder_unavailable' }, 503);
  }
}

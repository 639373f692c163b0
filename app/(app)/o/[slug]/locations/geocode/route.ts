import { messageResponse } from '@/lib/api/error-response';
import { memberRoute } from '@/lib/api/member-route';
import { readJsonObject } from '@/lib/api/request-body';
import { geocodeAddress } from '@/lib/geocoding/geocode';
import { geocodeAddressSchema } from '@/lib/geocoding/schemas';

// POST { street, postalCode, city, countryCode } → { latitude, longitude, displayName }, for the
// pin picker of the location form. Only those who edit locations use the geocoder (its quota is
// shared by the whole deployment). Errors in the one JSON format, with a message the picker shows:
// 401, 403, 404 (no member; ADDRESS_NOT_FOUND), 400/413 (body), 422 (ADDRESS_INCOMPLETE),
// 503 (GEOCODER_NOT_CONFIGURED, GEOCODER_UNAVAILABLE).
export const dynamic = 'force-dynamic';

const picker = 'locationMap.picker.errors';

export const POST = memberRoute(
  async (request, { locale }) => {
    const input = geocodeAddressSchema.safeParse(await readJsonObject(request));
    if (!input.success) {
      return messageResponse(422, 'ADDRESS_INCOMPLETE', `${picker}.address_incomplete`, locale);
    }
    const outcome = await geocodeAddress(input.data);
    switch (outcome.status) {
      case 'found':
        return Response.json(
          { latitude: outcome.latitude, longitude: outcome.longitude, displayName: outcome.displayName },
          { headers: { 'cache-control': 'private, no-store' } },
        );
      case 'not_found':
        return messageResponse(404, 'ADDRESS_NOT_FOUND', `${picker}.address_not_found`, locale);
      case 'not_configured':
        return messageResponse(503, 'GEOCODER_NOT_CONFIGURED', `${picker}.geocoder_not_configured`, locale);
      case 'unavailable':
        console.error(`Geocoding failed: ${outcome.reason}`);
        return messageResponse(503, 'GEOCODER_UNAVAILABLE', `${picker}.geocoder_unavailable`, locale);
    }
  },
  { role: 'MANAGER' },
);

import 'server-only';
import { db } from '@/lib/db/prisma';
import { verifyGoogle } from '@/lib/verification/sources/google-source';
import { verifyOverpassCluster } from '@/lib/verification/sources/openstreetmap-source';
import type { SourceResult } from '@/lib/verification/sources/source-result';
import { verifyWebsites } from '@/lib/verification/sources/website-source';
import { waitForTurn } from './source-rate-limits';
import type { AskSource } from './work-tasks';
import type { VerificationWorkerSettings } from './worker-settings';

// How each source is asked for a job's locations, within its rate limit.

/** Each page once for the locations that name it, within the per-host limit. */
export function askWebsite(settings: VerificationWorkerSettings): AskSource {
  return (locations) =>
    verifyWebsites(locations, settings.client, {
      beforeRequest: (url) => waitForTurn('website', hostOf(url), settings.rateLimits.website),
    });
}

/** One Overpass request for the whole cluster, one at a time across instances (queue group). */
export function askOpenStreetMap(settings: VerificationWorkerSettings): AskSource {
  return async (locations) => {
    await waitForTurn('overpass', 'all', settings.rateLimits.overpass);
    return verifyOverpassCluster(locations, settings.client, { overpassUrl: settings.overpassUrl });
  };
}

/** With the place id seen last time, Google is asked once per location instead of twice. */
export function askGoogle(settings: VerificationWorkerSettings): AskSource {
  return async (locations) => {
    const results = new Map<string, SourceResult>();
    const { google } = settings;
    if (!google) {
      for (const location of locations) {
        results.set(location.id, { outcome: 'unavailable', retryable: false, reason: 'not-configured' });
      }
      return results;
    }
    const known = await knownPlaceIds(locations.map((location) => location.id));
    for (const location of locations) {
      await waitForTurn('google', 'all', settings.rateLimits.google);
      results.set(
        location.id,
        await verifyGoogle(location, settings.client, { ...google, knownPlaceId: known.get(location.id) }),
      );
    }
    return results;
  };
}

async function knownPlaceIds(locationIds: string[]) {
  const rows = await db.$queryRaw<{ locationId: string; placeId: string }[]>`
    SELECT location_id AS "locationId", external_id AS "placeId" FROM location_observations
    WHERE source = 'GOOGLE' AND location_id = ANY(${locationIds}::uuid[]) AND external_id IS NOT NULL`;
  return new Map(rows.map((row) => [row.locationId, row.placeId]));
}

function hostOf(website: string) {
  try {
    return new URL(/^https?:\/\//i.test(website) ? website : `https://${website}`).host;
  } catch {
    return 'invalid';
  }
}

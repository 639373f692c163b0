import 'server-only';
import { locationScopeWhere } from '@/lib/access/location-scope';
import { actingUserId, hasRole, type MemberContext } from '@/lib/access/member-context';
import { db } from '@/lib/db/prisma';
import { AppError } from '@/lib/errors';
import { emitWebhookEvent } from '@/lib/webhooks/emit';
import { listingStatusChangedData } from '@/lib/webhooks/listing-data';
import type { ListingStatus, ObservationOutcome, VerificationSource } from '@/lib/generated/prisma/enums';
import { getLocation } from '@/lib/locations/locations';
import type { ObservedValues } from './sources/source-result';
import { platformKeyOfSource } from './runs/source-names';

// What the sources last observed of a location, and accepting a status one of them suggests.

export type LocationObservationView = {
  source: VerificationSource;
  outcome: ObservationOutcome;
  observedAt: Date;
  observed: ObservedValues | null;
  differingFields: string[];
  /** Source-specific (see lib/verification/sources/*): findings, candidates, links, snippet, hours. */
  details: Record<string, unknown>;
  sourceUrl: string | null;
  externalId: string | null;
  externalVersion: number | null;
  suggestedStatus: ListingStatus | null;
  /** The checklist platform the source observes ("openstreetmap"); null for the website. */
  platformKey: string | null;
};

const observationColumns = {
  source: true,
  outcome: true,
  observedAt: true,
  observed: true,
  differingFields: true,
  details: true,
  sourceUrl: true,
  externalId: true,
  externalVersion: true,
  suggestedStatus: true,
} as const;

export async function listLocationObservations(
  member: MemberContext,
  locationId: string,
): Promise<LocationObservationView[]> {
  const location = await getLocation(member, locationId);
  const rows = await db.locationObservation.findMany({
    where: { locationId: location.id, organisationId: member.organisation.id },
    select: observationColumns,
    orderBy: { source: 'asc' },
  });
  return rows.map(toView);
}

/** The latest observations of many locations (API lists), by location id, in one statement. */
export async function observationsOfLocations(member: MemberContext, locationIds: readonly string[]) {
  const rows = await db.locationObservation.findMany({
    where: {
      locationId: { in: [...locationIds] },
      organisationId: member.organisation.id,
      location: locationScopeWhere(member),
    },
    select: { ...observationColumns, locationId: true },
  });
  const byLocation = new Map<string, LocationObservationView[]>();
  for (const { locationId, ...row } of rows) {
    byLocation.set(locationId, [...(byLocation.get(locationId) ?? []), toView(row)]);
  }
  return byLocation;
}

function toView(
  row: Omit<LocationObservationView, 'platformKey' | 'observed' | 'details'> & {
    observed: unknown;
    details: unknown;
  },
): LocationObservationView {
  return {
    ...row,
    observed: (row.observed as ObservedValues | null) ?? null,
    details: (row.details as Record<string, unknown> | null) ?? {},
    platformKey: platformKeyOfSource[row.source],
  };
}

/**
 * Sets the checklist item of the source's platform to the status its observation suggests, as the
 * member's own change (history names them), and clears the suggestion. Whoever may edit the
 * location's checklist may accept; a suggestion that is gone (accepted in another tab, replaced by
 * a newer observation) is a conflict.
 */
export async function acceptSuggestedStatus(
  member: MemberContext,
  locationId: string,
  source: 'OPENSTREETMAP' | 'GOOGLE',
) {
  const location = await getLocation(member, locationId);
  if (!hasRole(member, 'MANAGER') && location.assignedMembershipId !== member.membershipId) {
    throw new AppError('FORBIDDEN');
  }
  const userId = actingUserId(member);
  return db.$transaction(async (tx) => {
    const [suggestion] = await tx.$queryRaw<{ status: ListingStatus }[]>`
      SELECT suggested_status AS status FROM location_observations
      WHERE location_id = ${location.id}::uuid AND organisation_id = ${member.organisation.id}::uuid
        AND source = ${source}::"VerificationSource" AND suggested_status IS NOT NULL
      FOR UPDATE`;
    if (!suggestion) throw new AppError('CONFLICT', { messageKey: 'verification.errors.suggestionGone' });
    const [item] = await tx.$queryRaw<{ id: string; platformId: string; from: ListingStatus }[]>`
      WITH before AS (
        SELECT p.id AS platform_id, COALESCE(li.status, 'NOT_STARTED') AS status
        FROM platforms p
        LEFT JOIN listing_items li ON li.platform_id = p.id AND li.location_id = ${location.id}::uuid
        WHERE p.key = ${platformKeyOfSource[source]} AND p.organisation_id IS NULL
      )
      INSERT INTO listing_items (id, organisation_id, location_id, platform_id, status, version, updated_at,
                                 last_checked_at, last_checked_by_id)
      SELECT gen_random_uuid(), ${member.organisation.id}::uuid, ${location.id}::uuid, platform_id,
             ${suggestion.status}::"ListingStatus", 1, now(), now(), ${userId}::uuid
      FROM before
      ON CONFLICT (location_id, platform_id) DO UPDATE SET
        status = EXCLUDED.status, version = listing_items.version + 1, updated_at = now(),
        last_checked_at = now(), last_checked_by_id = EXCLUDED.last_checked_by_id
      RETURNING id, platform_id AS "platformId", (SELECT status FROM before) AS "from"`;
    await tx.listingChange.create({
      data: {
        listingItemId: item!.id,
        changedById: userId,
        changedByName: member.actor.name,
        changes: { status: { from: item!.from, to: suggestion.status } },
      },
    });
    const data = listingStatusChangedData(location.id, item!.platformId, item!.from, suggestion.status);
    await emitWebhookEvent(tx, member.organisation.id, 'listing.status_changed', data);
    await tx.$executeRaw`
      UPDATE location_observations SET suggested_status = NULL
      WHERE location_id = ${location.id}::uuid AND source = ${source}::"VerificationSource"`;
    return { status: suggestion.status };
  });
}

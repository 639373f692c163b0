import 'server-only';
import { db } from '@/lib/db/prisma';
import { mapInSlices } from '@/lib/event-loop/slices';
import { loadPlaces } from '@/lib/gazetteer/load-places';
import { assertRole, type MemberContext } from '@/lib/access/member-context';
import { locationScopeSql, locationScopeWhere } from '@/lib/access/location-scope';
import { placeInIndex } from './place-location';

/**
 * Places the organisation's active locations (a limited manager's: their groups') that have no position (saved before positions came
 * from the address, or whose address the gazetteer does not know) from the gazetteer, in one
 * statement. A location that got a position meanwhile keeps it: only rows still without one are
 * written. Returns how many were placed and how many still have no position.
 */
export async function placeUnplacedLocations(member: MemberContext) {
  assertRole(member, 'MANAGER');
  const unplaced = await db.location.findMany({
    where: { ...locationScopeWhere(member), archivedAt: null, OR: [{ latitude: null }, { longitude: null }] },
    select: { id: true, street: true, postalCode: true, city: true, countryCode: true },
  });
  if (unplaced.length === 0) return { placed: 0, remaining: 0 };
  const places = await loadPlaces();
  const placed = (
    await mapInSlices(unplaced, ({ id, ...address }) => ({
      id,
      ...placeInIndex(places, { ...address, latitude: undefined, longitude: undefined }),
    }))
  ).filter((row) => row.latitude !== null);
  if (placed.length === 0) return { placed: 0, remaining: unplaced.length };
  const written = await db.$executeRaw`
    UPDATE locations AS l SET
      latitude = v."latitude", longitude = v."longitude", position_source = v."positionSource",
      position_precision = v."positionPrecision", position_precision_m = v."positionPrecisionM",
      updated_at = now() AT TIME ZONE 'UTC'
    FROM jsonb_to_recordset(${JSON.stringify(placed)}::jsonb) AS v(
      "id" uuid, "latitude" double precision, "longitude" double precision,
      "positionSource" "PositionSource", "positionPrecision" "PositionPrecision", "positionPrecisionM" integer)
    WHERE l.id = v."id" AND ${locationScopeSql(member, 'l')}
      AND (l.latitude IS NULL OR l.longitude IS NULL)`;
  return { placed: written, remaining: unplaced.length - written };
}

import 'server-only';
import { containsPattern } from '@/lib/db/like-pattern';
import { db } from '@/lib/db/prisma';
import { Prisma } from '@/lib/generated/prisma/client';
import { hasRole, type MemberContext } from '@/lib/access/member-context';
import { locationScopeSql } from '@/lib/access/location-scope';

// Choosing a location for the comparison without sending thousands of options to the browser:
// the form offers the first few hundred as suggestions and accepts any store code or name.

/** How many locations the form suggests; any other is found by typing its code or name. */
export const locationSuggestionLimit = 200;

function visibleLocations(member: MemberContext) {
  return Prisma.sql`${locationScopeSql(member, 'l')}
    AND ${hasRole(member, 'MANAGER') ? Prisma.sql`true` : Prisma.sql`l.assigned_membership_id = ${member.membershipId}::uuid`}`;
}

export type LocationOption = { id: string; storeCode: string; name: string; city: string };

/** Active locations the member may compare (staff: those assigned to them), by name. */
export async function listLocationSuggestions(member: MemberContext): Promise<LocationOption[]> {
  return db.$queryRaw<LocationOption[]>`
    SELECT l.id, l.store_code AS "storeCode", l.name, l.city
    FROM locations l
    WHERE ${visibleLocations(member)} AND l.archived_at IS NULL
    ORDER BY l.name, l.store_code
    LIMIT ${locationSuggestionLimit}`;
}

/**
 * The location a typed text means: its store code or its name (case-insensitive), else the one
 * location whose name, code, street or city contains the text. Null when none or several match.
 */
export async function findLocationByText(member: MemberContext, text: string): Promise<string | null> {
  const needle = text.trim().toLowerCase();
  if (!needle) return null;
  const pattern = containsPattern(needle);
  const rows = await db.$queryRaw<{ id: string; exact: boolean }[]>`
    SELECT l.id, (lower(l.store_code) = ${needle} OR lower(l.name) = ${needle}) AS exact
    FROM locations l
    WHERE ${visibleLocations(member)}
      AND (lower(l.store_code) = ${needle} OR lower(l.name) = ${needle} OR l.search_text LIKE ${pattern})
    ORDER BY exact DESC, l.archived_at IS NOT NULL, l.name
    LIMIT 2`;
  const [first, second] = rows;
  if (!first) return null;
  if (first.exact && !second?.exact) return first.id;
  return second ? null : first.id;
}

import 'server-only';
import { db } from '@/lib/db/prisma';
import type { MemberContext } from './member-context';

/** The dashboard's counts in one query, whatever the size of the organisation. */
export async function getOrganisationSummary(member: MemberContext) {
  const [row] = await db.$queryRaw<{ locations: bigint; members: bigint }[]>`
    SELECT
      (SELECT count(*) FROM locations WHERE organisation_id = ${member.organisation.id}::uuid) AS locations,
      (SELECT count(*) FROM memberships WHERE organisation_id = ${member.organisation.id}::uuid) AS members`;
  return { locations: Number(row?.locations ?? 0), members: Number(row?.members ?? 0) };
}

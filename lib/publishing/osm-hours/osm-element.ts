import 'server-only';
import type { MemberContext } from '@/lib/access/member-context';
import { db } from '@/lib/db/prisma';

// The OpenStreetMap element the automatic check matched to a location (its observation's
// external id, "node/123"), and where to edit it. Only a match counts: when the last check found
// no element or several, nothing is linked.

export type OsmElementType = 'node' | 'way' | 'relation';

export type OsmElement = { type: OsmElementType; id: number; url: string; editUrl: string };

const site = 'https://www.openstreetmap.org';
const externalIdPattern = /^(node|way|relation)\/([1-9]\d{0,15})$/;

export function osmElementOf(externalId: string | null | undefined): OsmElement | null {
  const match = externalId ? externalIdPattern.exec(externalId) : null;
  if (!match) return null;
  const type = match[1] as OsmElementType;
  const id = Number(match[2]);
  return { type, id, url: `${site}/${type}/${id}`, editUrl: `${site}/edit?${type}=${id}` };
}

/** One statement; the caller has read the location within the member's scope already. */
export async function findOsmElement(member: MemberContext, locationId: string): Promise<OsmElement | null> {
  const observation = await db.locationObservation.findFirst({
    where: {
      organisationId: member.organisation.id,
      locationId,
      source: 'OPENSTREETMAP',
      outcome: { in: ['CONSISTENT', 'DIFFERENT'] },
    },
    select: { externalId: true },
  });
  return osmElementOf(observation?.externalId);
}

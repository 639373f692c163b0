import 'server-only';
import { db } from '@/lib/db/prisma';
import type { MemberContext } from '@/lib/organisations/member-context';

const pageSize = 100;

/** A page of the organisation's locations, by name. (Search, sorting and editing: issue #3.) */
export async function listLocations(member: MemberContext) {
  return db.location.findMany({
    where: { organisationId: member.organisation.id },
    select: {
      id: true,
      storeCode: true,
      name: true,
      street: true,
      postalCode: true,
      city: true,
      phone: true,
      status: true,
    },
    orderBy: { name: 'asc' },
    take: pageSize,
  });
}

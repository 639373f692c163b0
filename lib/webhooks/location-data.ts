import 'server-only';
import type { Transaction } from '@/lib/db/prisma';

// What a location event says about the location: its master data as the API shows it, read in
// the transaction of the change (before a deletion, after anything else).

export function locationEventData(organisationId: string, locationId: string) {
  return async (tx: Transaction) => {
    const location = await tx.location.findFirst({
      where: { id: locationId, organisationId },
      select: {
        id: true,
        storeCode: true,
        name: true,
        street: true,
        addressExtra: true,
        postalCode: true,
        city: true,
        region: true,
        countryCode: true,
        phone: true,
        website: true,
        email: true,
        status: true,
        archivedAt: true,
        updatedAt: true,
      },
    });
    return location ? { location } : null;
  };
}

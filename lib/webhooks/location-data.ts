import 'server-only';
import type { Transaction } from '@/lib/db/prisma';

// What a location event says about the location: its master data as the API shows it, read in
// the transaction of the change (before a deletion, after anything else).

const eventColumns = {
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
} as const;

export function locationEventData(organisationId: string, locationId: string) {
  return async (tx: Transaction) => {
    const location = await tx.location.findFirst({
      where: { id: locationId, organisationId },
      select: eventColumns,
    });
    return location ? { location } : null;
  };
}

/** The same for many locations, by store code, in the order given (an import's rows). */
export function locationsEventData(organisationId: string, storeCodes: string[]) {
  return async (tx: Transaction) => {
    const locations = await tx.location.findMany({
      where: { organisationId, storeCode: { in: storeCodes } },
      select: eventColumns,
    });
    const byCode = new Map(locations.map((location) => [location.storeCode, location]));
    return storeCodes.flatMap((code) => {
      const location = byCode.get(code);
      return location ? [{ location }] : [];
    });
  };
}

// What a listing.status_changed event says: which item (location and platform), from and to.
// The checklist, the matrix' bulk change, an automatic check and an accepted suggestion all send it.

export function listingStatusChangedData(locationId: string, platformId: string, from: unknown, to: unknown) {
  return {
    location: { id: locationId },
    platform: { id: platformId },
    previousStatus: from ?? 'NOT_STARTED',
    status: to,
  };
}

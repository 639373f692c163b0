// The listing statuses, without zod: client components (checklist form, matrix filters) import
// them from here and ship none of the validation library; ./schemas builds the schemas from them.

export const listingStatuses = [
  'NOT_STARTED',
  'CLAIM_REQUESTED',
  'CLAIMED',
  'LIVE',
  'NEEDS_UPDATE',
  'NOT_APPLICABLE',
] as const;
export type ListingStatusValue = (typeof listingStatuses)[number];
/** Statuses in which the business is findable on the platform. */
export const listedStatuses: readonly ListingStatusValue[] = ['CLAIMED', 'LIVE', 'NEEDS_UPDATE'];

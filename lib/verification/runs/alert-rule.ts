import type { ObservationOutcome } from '@/lib/generated/prisma/enums';

// The changes between two observations of a location by one source that someone should hear
// about: a consistent listing that now differs, a listing that is gone, a rating that dropped by
// 0.3 or more. A first observation has nothing to compare with and alerts nothing.

export const ratingDropThreshold = 0.3;

export type ObservationState = { outcome: ObservationOutcome; rating: number | null };

export type ListingAlert =
  | { kind: 'becameDifferent'; fields: string[] }
  | { kind: 'listingGone' }
  | { kind: 'ratingDropped'; from: number; to: number };

export function alertsBetween(
  previous: ObservationState | null,
  next: ObservationState & { differingFields: string[] },
): ListingAlert[] {
  if (!previous) return [];
  const alerts: ListingAlert[] = [];
  if (previous.outcome === 'CONSISTENT' && next.outcome === 'DIFFERENT') {
    alerts.push({ kind: 'becameDifferent', fields: next.differingFields });
  }
  const wasFound = previous.outcome === 'CONSISTENT' || previous.outcome === 'DIFFERENT';
  if (wasFound && next.outcome === 'NOT_FOUND') alerts.push({ kind: 'listingGone' });
  if (
    previous.rating !== null &&
    next.rating !== null &&
    // Ratings have one decimal; compare in tenths so 4.5 → 4.2 counts as the 0.3 it is.
    Math.round(previous.rating * 10) - Math.round(next.rating * 10) >= Math.round(ratingDropThreshold * 10)
  ) {
    alerts.push({ kind: 'ratingDropped', from: previous.rating, to: next.rating });
  }
  return alerts;
}

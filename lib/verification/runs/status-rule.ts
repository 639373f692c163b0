import type { ListingStatus, ObservationOutcome } from '@/lib/generated/prisma/enums';

// How an observation moves a checklist item: found and consistent → live, found with differences
// → needs update, not found → not started (missing). Ambiguous answers and pages without data say
// nothing about the listing. An item someone set by hand within the last 30 days keeps its
// status and gets the observation's as a suggestion to accept; "not applicable" is a person's
// decision that no observation overrides.

export const manualStatusGraceDays = 30;

export function statusOfOutcome(outcome: ObservationOutcome): ListingStatus | null {
  switch (outcome) {
    case 'CONSISTENT':
      return 'LIVE';
    case 'DIFFERENT':
      return 'NEEDS_UPDATE';
    case 'NOT_FOUND':
      return 'NOT_STARTED';
    default:
      return null;
  }
}

export type StatusDecision = {
  /** The status to write now; null: the item's status stays. */
  apply: ListingStatus | null;
  /** The status to offer for acceptance; null: nothing to offer. */
  suggest: ListingStatus | null;
};

export function decideStatus(input: {
  current: ListingStatus;
  outcome: ObservationOutcome;
  setByHandRecently: boolean;
}): StatusDecision {
  const target = statusOfOutcome(input.outcome);
  if (target === null || target === input.current || input.current === 'NOT_APPLICABLE') {
    return { apply: null, suggest: null };
  }
  return input.setByHandRecently ? { apply: null, suggest: target } : { apply: target, suggest: null };
}

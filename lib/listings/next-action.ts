import type { ListingStatusValue } from './schemas';

export type NextAction =
  'fixData' | 'create' | 'finishClaim' | 'verifyAndPublish' | 'recheck' | 'none' | 'notApplicable';

type ItemState = { status: ListingStatusValue; mismatchedFields: string[]; fresh: boolean };

const priority: Record<NextAction, number> = {
  fixData: 1,
  create: 2,
  finishClaim: 3,
  verifyAndPublish: 4,
  recheck: 5,
  none: 9,
  notApplicable: 10,
};

/** What to do next with one checklist item: the checklist leads with the most urgent. */
export function nextActionFor(item: ItemState): NextAction {
  if (item.status === 'NOT_APPLICABLE') return 'notApplicable';
  if (
    item.status === 'NEEDS_UPDATE' ||
    ((item.status === 'LIVE' || item.status === 'CLAIMED') && item.mismatchedFields.length > 0)
  ) {
    return 'fixData';
  }
  if (item.status === 'NOT_STARTED') return 'create';
  if (item.status === 'CLAIM_REQUESTED') return 'finishClaim';
  if (item.status === 'CLAIMED') return 'verifyAndPublish';
  return item.fresh ? 'none' : 'recheck';
}

/** Most urgent first; within the same action the platform that weighs more first. */
export function compareByUrgency(
  a: { nextAction: NextAction; weight: number },
  b: { nextAction: NextAction; weight: number },
) {
  return priority[a.nextAction] - priority[b.nextAction] || b.weight - a.weight;
}

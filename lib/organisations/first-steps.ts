// What the dashboard leads with. Until anyone has recorded a checklist item, a presence score
// would only say "0 of 100" about work not yet begun: the dashboard shows the first steps in the
// order that gets a business to a first real picture fastest instead. Pure, so it is tested alone.

export const firstStepKeys = ['locations', 'listings', 'invite', 'checkins'] as const;
export type FirstStepKey = (typeof firstStepKeys)[number];

export type DashboardStartFacts = {
  /** Active locations. */
  locations: number;
  members: number;
  /** Whether any checklist item of the organisation has been recorded. */
  recordedItems: boolean;
  /** Whether any time or check-in has been recorded in the weeks the dashboard looks at. */
  timeRecorded: boolean;
};

export type DashboardStart = {
  /** False while there is nothing to score: the first steps take the score's place. */
  showScore: boolean;
  /** In order; `current` marks the first one not done. */
  steps: { key: FirstStepKey; done: boolean; current: boolean }[];
  allDone: boolean;
};

export function dashboardStart(facts: DashboardStartFacts): DashboardStart {
  const done: Record<FirstStepKey, boolean> = {
    locations: facts.locations > 0,
    listings: facts.recordedItems,
    invite: facts.members > 1,
    checkins: facts.timeRecorded,
  };
  const current = firstStepKeys.find((key) => !done[key]) ?? null;
  return {
    showScore: facts.locations > 0 && facts.recordedItems,
    steps: firstStepKeys.map((key) => ({ key, done: done[key], current: key === current })),
    allDone: current === null,
  };
}

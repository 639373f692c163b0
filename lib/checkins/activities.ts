// The activity list has no zod in it: client forms import it, and the schema lives in ./schemas.

/** What community-management time goes into, in the order the forms show them. */
export const activities = ['POSTING', 'DIALOGUE', 'REVIEW_REPLIES', 'MONITORING', 'LISTING_UPKEEP'] as const;
export type ActivityValue = (typeof activities)[number];

/** The longest week (clocks go back in it) has 169 hours; the exact bound depends on week and time zone. */
export const maxMinutesInAnyWeek = 169 * 60;
/** The longest day (clocks go back on it) has 25 hours. */
export const maxMinutesInAnyDay = 25 * 60;

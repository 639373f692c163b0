import { z } from 'zod';
import { isoWeekSchema } from './schemas';

// The check-in form posts one platform, activity and minutes field per line (in order) and the
// ticked platforms as repeated fields; this turns them into the input checkInSaveSchema parses.
// Its actions read the form with it (memberAction's `read`), which refuses text no field could
// accept before the schema reads it, as for every form.
export function checkInInputFromForm(formData: FormData) {
  const texts = (name: string) =>
    formData.getAll(name).map((value) => (typeof value === 'string' ? value : ''));
  const activities = texts('activity');
  const minutes = texts('minutes');
  return {
    version: formData.get('version'),
    minutes: texts('platformId').map((platformId, index) => ({
      platformId,
      activity: activities[index],
      minutes: minutes[index]?.trim() || '0',
    })),
    postsPublished: formData.get('postsPublished') ?? undefined,
    reviewsAnswered: formData.get('reviewsAnswered') ?? undefined,
    recheckedPlatformIds: texts('recheckedPlatformIds'),
    notes: formData.get('notes') ?? undefined,
    blockers: formData.get('blockers') ?? undefined,
  };
}

/**
 * What the page binds to each of the form's actions after the slug: the location's id (checked
 * by the data layer, like any id) and the week ("2026-W48"; a week that does not exist is not found).
 */
export const checkInActionBound = [z.string(), isoWeekSchema] as const;

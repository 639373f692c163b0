import { assertTextsWithinCeiling } from '@/lib/validation/input-ceiling';

// The check-in form posts one platform, activity and minutes field per line (in order) and the
// ticked platforms as repeated fields; this turns them into the input checkInSaveSchema parses.
// Text no field could accept is refused here (a validation error), before the schema reads it.
export function checkInInputFromForm(formData: FormData) {
  const texts = (name: string) =>
    formData.getAll(name).map((value) => (typeof value === 'string' ? value : ''));
  const activities = texts('activity');
  const minutes = texts('minutes');
  const input = {
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
  assertTextsWithinCeiling(input);
  return input;
}

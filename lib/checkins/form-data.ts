// The check-in form posts one platform, activity and minutes field per line (in order) and the
// ticked platforms as repeated fields; this turns them into the input checkInSaveSchema parses.
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

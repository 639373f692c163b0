// Minutes as people say them: "45 min", "2 h", "1 h 30 min".
type Translate = (key: string, values: Record<string, number>) => string;

/** `t` is a translator of the "timeEntries" namespace. */
export function formatDuration(minutes: number, t: Translate) {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t('duration.minutes', { minutes: rest });
  if (rest === 0) return t('duration.hours', { hours });
  return t('duration.hoursMinutes', { hours, minutes: rest });
}

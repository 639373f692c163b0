import { z } from 'zod';

// What a reminder notification's `data` column holds: how many of the member's locations still
// miss the week's check-in, and the first of them by name (written by ./send-due-reminders.ts).
const notificationDataSchema = z.object({
  locationCount: z.number().int().min(0).catch(0),
  locations: z
    .array(z.object({ id: z.string(), name: z.string() }))
    .nullable()
    .catch([])
    .transform((locations) => locations ?? []),
});

export type NotificationData = z.output<typeof notificationDataSchema>;

export function readNotificationData(value: unknown): NotificationData {
  const parsed = notificationDataSchema.safeParse(value);
  return parsed.success ? parsed.data : { locationCount: 0, locations: [] };
}

import { verificationQueues } from '@/lib/verification/runs/verification-queues';

// The names of the background job queues (see queue.ts for their settings).
export const jobQueues = {
  /** Scheduled: creates the reminders that are due (lib/reminders/send-due-reminders.ts). */
  checkinReminders: 'checkin-reminders',
  /** One per fresh notification when SMTP is configured (reminders, listing alerts); singletonKey = notification id. */
  reminderEmail: 'send-reminder-email',
  /** Scheduled hourly: starts the verification runs that are due and expires Google's content. */
  verificationSchedule: 'verification-schedule',
  ...verificationQueues,
} as const;

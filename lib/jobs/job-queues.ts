// The names of the background job queues (see queue.ts for their settings).
export const jobQueues = {
  /** Scheduled: creates the reminders that are due (lib/reminders/send-due-reminders.ts). */
  checkinReminders: 'checkin-reminders',
  /** One per fresh reminder when SMTP is configured; singletonKey = notification id. */
  reminderEmail: 'send-reminder-email',
} as const;

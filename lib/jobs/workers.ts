import 'server-only';
import { fromPrisma, type PgBoss } from 'pg-boss';
import { env } from '@/lib/env';
import { sendReminderEmail } from '@/lib/reminders/reminder-email';
import { sendDueReminders, type ReminderMailQueue } from '@/lib/reminders/send-due-reminders';
import { jobQueues } from './job-queues';

// What each queue's jobs do. Handlers receive a batch (pg-boss 12); a handler that throws fails the
// whole batch, which the queue retries as configured in queue.ts.

type ReminderEmailJob = { notificationId: string };

export async function registerWorkers(boss: PgBoss) {
  await boss.work(jobQueues.checkinReminders, async () => {
    await sendDueReminders(new Date(), env().SMTP_URL ? queueReminderMails(boss) : undefined);
  });
  await boss.work<ReminderEmailJob>(jobQueues.reminderEmail, async (jobs) => {
    for (const job of jobs) await sendReminderEmail(job.data.notificationId);
  });
}

/** Mail jobs join the transaction that inserts the notifications: both happen or neither. */
function queueReminderMails(boss: PgBoss): ReminderMailQueue {
  return async (reminders, tx) => {
    await boss.insert(
      jobQueues.reminderEmail,
      reminders.map((reminder) => ({
        data: { notificationId: reminder.id } satisfies ReminderEmailJob,
        singletonKey: reminder.id,
      })),
      { db: fromPrisma(tx) },
    );
  };
}

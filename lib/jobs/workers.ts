import 'server-only';
import { fromPrisma, type PgBoss } from 'pg-boss';
import { registerWeeklyDigestJob } from '@/lib/digest/digest-job';
import { env } from '@/lib/env';
import { sendReminderEmail } from '@/lib/reminders/reminder-email';
import { registerMonthlyReportJob } from '@/lib/reports/mail/report-job';
import { sendDueReminders, type ReminderMailQueue } from '@/lib/reminders/send-due-reminders';
import { registerScoreSnapshotJob } from '@/lib/score-history/snapshot-job';
import { sendListingAlertEmail } from '@/lib/verification/alerts/alert-email';
import { enqueueWith } from '@/lib/verification/runs/enqueue';
import { expireGoogleContent, startDueVerificationRuns } from '@/lib/verification/runs/scheduled-runs';
import type { QueueNotificationMails } from '@/lib/verification/runs/notify-alerts';
import { registerVerificationWorkers } from '@/lib/verification/runs/verification-workers';
import type { VerificationWorkerSettings } from '@/lib/verification/runs/worker-settings';
import { jobQueues } from './job-queues';

// What each queue's jobs do. Handlers receive a batch (pg-boss 12); a handler that throws fails the
// whole batch, which the queue retries as configured in queue.ts.

type ReminderEmailJob = { notificationId: string };

export async function registerWorkers(boss: PgBoss, verification: VerificationWorkerSettings) {
  await boss.work(jobQueues.checkinReminders, async () => {
    await sendDueReminders(new Date(), env().SMTP_URL ? queueReminderMails(boss) : undefined);
  });
  await boss.work<ReminderEmailJob>(jobQueues.reminderEmail, async (jobs) => {
    for (const job of jobs) {
      // One mail queue for every notification; a listing alert has its own text.
      if ((await sendListingAlertEmail(job.data.notificationId)) === 'not-an-alert') {
        await sendReminderEmail(job.data.notificationId);
      }
    }
  });
  await boss.work(jobQueues.verificationSchedule, async () => {
    await startDueVerificationRuns(enqueueWith(boss), verification.google !== null);
    await expireGoogleContent();
  });
  await registerScoreSnapshotJob(boss);
  await registerWeeklyDigestJob(boss);
  await registerMonthlyReportJob(boss);
  await registerVerificationWorkers(
    boss,
    verification,
    env().SMTP_URL ? queueNotificationMails(boss) : undefined,
  );
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

/** Mail jobs for fresh listing alerts, in the transaction that inserted them. */
function queueNotificationMails(boss: PgBoss): QueueNotificationMails {
  return async (tx, notificationIds) => {
    await boss.insert(
      jobQueues.reminderEmail,
      notificationIds.map((id) => ({
        data: { notificationId: id } satisfies ReminderEmailJob,
        singletonKey: id,
      })),
      { db: fromPrisma(tx) },
    );
  };
}

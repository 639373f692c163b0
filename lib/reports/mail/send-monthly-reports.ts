import 'server-only';
import { z } from 'zod';
import { Prisma } from '@/lib/generated/prisma/client';
import { absoluteUrl } from '@/lib/mail/absolute-url';
import { sendMail } from '@/lib/mail/mailer';
import {
  dueRecipients,
  recipientContext,
  sendOnce,
  type ScheduledMailRecipient,
} from '@/lib/mail/scheduled-mails';
import { monthlyReport } from '../monthly-report';
import { renderMonthlyReportPdf, reportPdfFileName } from '../pdf/report-pdf';
import { reportDueMonth } from './first-working-day';
import { composeReportMail } from './report-mail';

// The monthly report run (hourly, from the job queue): for every organisation whose first working
// day's reminder hour has come, each owner and manager who switched the report on and has not had
// last month's gets it in their language, their scope (a limited manager: their groups), with the
// PDF attached: one report a month however many instances run the job (lib/mail/scheduled-mails.ts;
// the period is "YYYY-MM", claimed before the report is read). An organisation created in the
// current month has no last month to report on.

export type ReportRunResult = { sent: number; skipped: number; failed: number };

export async function sendMonthlyReports(now: Date): Promise<ReportRunResult> {
  const recipients = await dueRecipients({
    kind: 'MONTHLY_REPORT',
    now,
    periodOf: reportDueMonth,
    wanted: Prisma.sql`m.monthly_report_mail AND m.role IN ('OWNER', 'MANAGER')
      AND to_char(o.created_at AT TIME ZONE o.time_zone, 'YYYY-MM') <= due.period`,
  });
  const result: ReportRunResult = { sent: 0, skipped: 0, failed: 0 };
  for (const recipient of recipients) {
    try {
      const outcome = await sendReportTo(recipient, now);
      if (outcome === 'sent') result.sent += 1;
      else result.skipped += 1;
    } catch (error) {
      result.failed += 1;
      console.error(`Monthly report for membership ${recipient.membershipId}: ${(error as Error).message}`);
    }
  }
  return result;
}

async function sendReportTo(row: ScheduledMailRecipient, now: Date): Promise<'sent' | 'taken'> {
  try {
    return await sendOnce(row, 'MONTHLY_REPORT', async () => {
      const report = await monthlyReport(recipientContext(row), { month: row.period }, { now });
      const base = `/o/${row.organisation.slug}`;
      const mail = composeReportMail(
        report,
        { name: row.name, locale: row.locale },
        {
          report: await absoluteUrl(`${base}/reports?month=${row.period}`),
          preferences: await absoluteUrl(`${base}/notifications/mail`),
        },
      );
      const pdf = await renderMonthlyReportPdf(report, row.locale);
      return sendMail({
        to: row.email,
        ...mail,
        attachments: [{ filename: reportPdfFileName(report), content: pdf, contentType: 'application/pdf' }],
      });
    });
  } catch (error) {
    // A month the report refuses (the organisation's first, say): nothing to send.
    if (error instanceof z.core.$ZodError) return 'taken';
    throw error;
  }
}

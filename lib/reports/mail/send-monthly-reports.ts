import 'server-only';
import { z } from 'zod';
import type { SessionMemberContext } from '@/lib/access/member-context';
import { db } from '@/lib/db/prisma';
import type { Locale, Role } from '@/lib/generated/prisma/enums';
import { absoluteUrl } from '@/lib/mail/absolute-url';
import { sendMail } from '@/lib/mail/mailer';
import { monthlyReport } from '../monthly-report';
import { renderMonthlyReportPdf, reportPdfFileName } from '../pdf/report-pdf';
import { reportDueMonth } from './first-working-day';
import { composeReportMail } from './report-mail';

// The monthly report run (hourly, from the job queue): for every organisation whose first working
// day's reminder hour has come, each owner and manager who switched the report on and has not had
// last month's gets it in their language, their scope (a limited manager: their groups), with the
// PDF attached. A row in scheduled_mail_deliveries (member, MONTHLY_REPORT, "YYYY-MM") is inserted
// before the report is read and sent: whichever run inserts it sends, any other skips, so a member
// gets one report a month however many instances run the job. A failed delivery gives the row
// back, so the next run that day tries again. An organisation created in the current month has no
// last month to report on.

export type ReportRunResult = { sent: number; skipped: number; failed: number };

type DueMember = {
  membershipId: string;
  role: Role;
  groupLimit: string[] | null;
  period: string;
  userId: string;
  email: string;
  name: string;
  locale: Locale;
  organisation: { id: string; name: string; slug: string; timeZone: string };
};

export async function sendMonthlyReports(now: Date): Promise<ReportRunResult> {
  const members = await dueMembers(now);
  const result: ReportRunResult = { sent: 0, skipped: 0, failed: 0 };
  for (const member of members) {
    try {
      const outcome = await sendReportTo(member, now);
      if (outcome === 'sent') result.sent += 1;
      else result.skipped += 1;
    } catch (error) {
      result.failed += 1;
      console.error(`Monthly report for membership ${member.membershipId}: ${(error as Error).message}`);
    }
  }
  return result;
}

/** Owners and managers of the organisations due now who want the report and have none for the month yet. Two statements. */
async function dueMembers(now: Date): Promise<DueMember[]> {
  const organisations = await db.organisation.findMany({
    select: { id: true, timeZone: true, reminderHour: true },
  });
  const due = organisations.flatMap((organisation) => {
    const period = reportDueMonth(organisation, now);
    return period ? [{ organisationId: organisation.id, period }] : [];
  });
  if (due.length === 0) return [];
  return db.$queryRaw<DueMember[]>`
    WITH due AS (
      SELECT * FROM unnest(${due.map((row) => row.organisationId)}::uuid[], ${due.map((row) => row.period)}::text[])
        AS due(organisation_id, period)
    )
    SELECT m.id AS "membershipId", m.role::text AS role, due.period,
           CASE WHEN m.role = 'MANAGER' THEN
             (SELECT array_agg(gl.group_id::text ORDER BY gl.group_id) FROM membership_group_limits gl
              WHERE gl.membership_id = m.id)
           END AS "groupLimit",
           u.id AS "userId", u.email, u.name, u.locale::text AS locale,
           json_build_object('id', o.id, 'name', o.name, 'slug', o.slug, 'timeZone', o.time_zone) AS organisation
    FROM due
    JOIN organisations o ON o.id = due.organisation_id
    JOIN memberships m ON m.organisation_id = o.id AND m.monthly_report_mail AND m.role IN ('OWNER', 'MANAGER')
    JOIN users u ON u.id = m.user_id AND u.disabled_at IS NULL
    WHERE to_char(o.created_at AT TIME ZONE o.time_zone, 'YYYY-MM') <= due.period
      AND NOT EXISTS (
        SELECT 1 FROM scheduled_mail_deliveries d
        WHERE d.membership_id = m.id AND d.kind = 'MONTHLY_REPORT' AND d.period = due.period
      )
    ORDER BY o.id, m.id`;
}

async function sendReportTo(row: DueMember, now: Date): Promise<'sent' | 'taken'> {
  const claimed = await db.$executeRaw`
    INSERT INTO scheduled_mail_deliveries (membership_id, kind, period)
    VALUES (${row.membershipId}::uuid, 'MONTHLY_REPORT', ${row.period})
    ON CONFLICT DO NOTHING`;
  if (claimed === 0) return 'taken';
  const key = { membershipId: row.membershipId, kind: 'MONTHLY_REPORT', period: row.period } as const;
  try {
    const member: SessionMemberContext = {
      actor: { kind: 'member', userId: row.userId, name: row.name, email: row.email, locale: row.locale },
      membershipId: row.membershipId,
      role: row.role,
      organisation: row.organisation,
      groupLimit: row.groupLimit,
    };
    const report = await monthlyReport(member, { month: row.period }, { now });
    const locale = row.locale;
    const base = `/o/${row.organisation.slug}`;
    const mail = composeReportMail(
      report,
      { name: row.name, locale },
      {
        report: await absoluteUrl(`${base}/reports?month=${row.period}`),
        preferences: await absoluteUrl(`${base}/notifications/mail`),
      },
    );
    const pdf = await renderMonthlyReportPdf(report, locale);
    const { delivered } = await sendMail({
      to: row.email,
      ...mail,
      attachments: [{ filename: reportPdfFileName(report), content: pdf, contentType: 'application/pdf' }],
    });
    if (delivered) {
      await db.scheduledMailDelivery.update({
        where: { membershipId_kind_period: key },
        data: { sentAt: new Date() },
      });
    }
  } catch (error) {
    // Not delivered: the next run may try again.
    await db.scheduledMailDelivery.delete({ where: { membershipId_kind_period: key } }).catch(() => {});
    if (error instanceof z.core.$ZodError) return 'taken';
    throw error;
  }
  return 'sent';
}

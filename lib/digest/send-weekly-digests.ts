import 'server-only';
import { locationGroupLimit } from '@/lib/access/location-scope';
import { Prisma } from '@/lib/generated/prisma/client';
import { absoluteUrl } from '@/lib/mail/absolute-url';
import { sendMail } from '@/lib/mail/mailer';
import {
  dueRecipients,
  recipientContext,
  sendOnce,
  type ScheduledMailRecipient,
} from '@/lib/mail/scheduled-mails';
import { formatIsoWeek } from '@/lib/weeks/iso-week';
import { composeDigestMail } from './digest-mail';
import { digestDueWeek } from './due-week';
import { isEmptyDigest, readWeeklyDigest, type WeeklyDigest } from './read-digest';

// The weekly digest run (hourly, from the job queue): for every organisation whose Monday reminder
// hour has come, each member who wants the digest and has not had this week's gets a mail with
// what needs their attention, when there is anything: one digest a week however many instances run
// the job (lib/mail/scheduled-mails.ts; the period is the week's Monday). An empty digest claims
// nothing, so it is worked out again at the next run that day.

export type DigestRunResult = { sent: number; empty: number; failed: number };

export async function sendWeeklyDigests(now: Date): Promise<DigestRunResult> {
  const recipients = await dueRecipients({
    kind: 'WEEKLY_DIGEST',
    now,
    periodOf: digestDueWeek,
    wanted: Prisma.sql`m.weekly_digest_mail`,
  });
  const result: DigestRunResult = { sent: 0, empty: 0, failed: 0 };
  for (const recipient of recipients) {
    try {
      const outcome = await sendDigestTo(recipient, now);
      if (outcome === 'sent') result.sent += 1;
      if (outcome === 'empty') result.empty += 1;
    } catch (error) {
      result.failed += 1;
      console.error(`Weekly digest for membership ${recipient.membershipId}: ${(error as Error).message}`);
    }
  }
  return result;
}

async function sendDigestTo(row: ScheduledMailRecipient, now: Date): Promise<'sent' | 'empty' | 'taken'> {
  const member = recipientContext(row);
  const digest = await readWeeklyDigest(member, now);
  if (isEmptyDigest(digest)) return 'empty';

  const base = `/o/${row.organisation.slug}`;
  const preferences = await absoluteUrl(`${base}/notifications/mail`);
  const mail = composeDigestMail(
    digest,
    {
      name: row.name,
      locale: row.locale,
      organisationName: row.organisation.name,
      checkinWeekday: row.settings.checkinWeekday,
      groupLimited: locationGroupLimit(member) !== null,
    },
    {
      // Last week's check-ins while any the member sees are overdue, else this week's.
      checkIns: await absoluteUrl(
        `${base}/checkins?week=${encodeURIComponent(formatIsoWeek(overdueShown(digest) ? digest.lastWeek : digest.thisWeek))}`,
      ),
      listings: await absoluteUrl(
        digest.oversees ? `${base}/listings` : `${base}/listings?assignee=${row.membershipId}`,
      ),
      changes: await absoluteUrl(digest.oversees ? base : `${base}/listings?assignee=${row.membershipId}`),
      preferences,
    },
  );
  return sendOnce(row, 'WEEKLY_DIGEST', () =>
    sendMail({ to: row.email, ...mail, unsubscribeUrl: preferences }),
  );
}

function overdueShown(digest: WeeklyDigest) {
  return digest.checkIns.myOverdue > 0 || (digest.oversees && digest.checkIns.overseenOverdue > 0);
}

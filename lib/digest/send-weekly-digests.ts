import 'server-only';
import type { SessionMemberContext } from '@/lib/access/member-context';
import { locationGroupLimit } from '@/lib/access/location-scope';
import { db } from '@/lib/db/prisma';
import type { Locale, Role } from '@/lib/generated/prisma/enums';
import { absoluteUrl } from '@/lib/mail/absolute-url';
import { sendMail } from '@/lib/mail/mailer';
import { formatIsoWeek } from '@/lib/weeks/iso-week';
import { composeDigestMail } from './digest-mail';
import { digestDueWeek } from './due-week';
import { isEmptyDigest, readWeeklyDigest, type WeeklyDigest } from './read-digest';

// The weekly digest run (hourly, from the job queue): for every organisation whose Monday reminder
// hour has come, each member who wants the digest and has not had this week's gets a mail with
// what needs their attention, when there is anything. A row in scheduled_mail_deliveries (member,
// WEEKLY_DIGEST, the week's Monday) is inserted before sending: whichever run inserts it sends,
// any other skips, so a member gets one digest a week however many instances run the job. A failed
// delivery gives the row back, so the next run tries again.

export type DigestRunResult = { sent: number; empty: number; failed: number };

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
  settings: { timeZone: string; checkinWeekday: number; reminderHour: number; freshnessDays: number };
};

export async function sendWeeklyDigests(now: Date): Promise<DigestRunResult> {
  const members = await dueMembers(now);
  const result: DigestRunResult = { sent: 0, empty: 0, failed: 0 };
  for (const member of members) {
    try {
      const outcome = await sendDigestTo(member, now);
      if (outcome === 'sent') result.sent += 1;
      if (outcome === 'empty') result.empty += 1;
    } catch (error) {
      result.failed += 1;
      console.error(`Weekly digest for membership ${member.membershipId}: ${(error as Error).message}`);
    }
  }
  return result;
}

/** Members of the organisations due now who want the digest and have none for the week yet. Two statements. */
async function dueMembers(now: Date): Promise<DueMember[]> {
  const organisations = await db.organisation.findMany({
    select: { id: true, timeZone: true, reminderHour: true },
  });
  const due = organisations.flatMap((organisation) => {
    const period = digestDueWeek(organisation, now);
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
           json_build_object('id', o.id, 'name', o.name, 'slug', o.slug, 'timeZone', o.time_zone) AS organisation,
           json_build_object('timeZone', o.time_zone, 'checkinWeekday', o.checkin_weekday,
                             'reminderHour', o.reminder_hour, 'freshnessDays', o.freshness_days) AS settings
    FROM due
    JOIN organisations o ON o.id = due.organisation_id
    JOIN memberships m ON m.organisation_id = o.id AND m.weekly_digest_mail
    JOIN users u ON u.id = m.user_id AND u.disabled_at IS NULL
    WHERE NOT EXISTS (
      SELECT 1 FROM scheduled_mail_deliveries d
      WHERE d.membership_id = m.id AND d.kind = 'WEEKLY_DIGEST' AND d.period = due.period
    )
    ORDER BY o.id, m.id`;
}

async function sendDigestTo(row: DueMember, now: Date): Promise<'sent' | 'empty' | 'taken'> {
  const member: SessionMemberContext & { settings: DueMember['settings'] } = {
    actor: { kind: 'member', userId: row.userId, name: row.name, email: row.email, locale: row.locale },
    membershipId: row.membershipId,
    role: row.role,
    organisation: row.organisation,
    groupLimit: row.groupLimit,
    settings: row.settings,
  };
  const digest = await readWeeklyDigest(member, now);
  if (isEmptyDigest(digest)) return 'empty';

  const claimed = await db.$executeRaw`
    INSERT INTO scheduled_mail_deliveries (membership_id, kind, period)
    VALUES (${row.membershipId}::uuid, 'WEEKLY_DIGEST', ${row.period})
    ON CONFLICT DO NOTHING`;
  if (claimed === 0) return 'taken';

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
  const key = { membershipId: row.membershipId, kind: 'WEEKLY_DIGEST', period: row.period } as const;
  try {
    const { delivered } = await sendMail({ to: row.email, ...mail, unsubscribeUrl: preferences });
    if (delivered) {
      await db.scheduledMailDelivery.update({
        where: { membershipId_kind_period: key },
        data: { sentAt: new Date() },
      });
    }
  } catch (error) {
    // Not delivered: the next run may try again.
    await db.scheduledMailDelivery.delete({ where: { membershipId_kind_period: key } }).catch(() => {});
    throw error;
  }
  return 'sent';
}

function overdueShown(digest: WeeklyDigest) {
  return digest.checkIns.myOverdue > 0 || (digest.oversees && digest.checkIns.overseenOverdue > 0);
}

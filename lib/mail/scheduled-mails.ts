import 'server-only';
import type { SessionMemberContext } from '@/lib/access/member-context';
import { db } from '@/lib/db/prisma';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Locale, Role, ScheduledMailKind } from '@/lib/generated/prisma/enums';

// Mails that go out on a schedule to each member who wants them (the weekly digest, the monthly
// report): who is due, and sending each one once. A row in scheduled_mail_deliveries (member, kind,
// period) is inserted before sending: whichever run inserts it sends, any other skips, so a member
// gets one mail per period however many instances run the job. A failed delivery gives the row
// back, so the next run tries again.

/** A member due a scheduled mail, with what it takes to act as them. */
export type ScheduledMailRecipient = {
  membershipId: string;
  role: Role;
  groupLimit: string[] | null;
  /** The period the mail covers, as periodOf said for the organisation. */
  period: string;
  userId: string;
  email: string;
  name: string;
  locale: Locale;
  organisation: { id: string; name: string; slug: string; timeZone: string };
  settings: { timeZone: string; checkinWeekday: number; reminderHour: number; freshnessDays: number };
};

type DueRecipientsQuery = {
  kind: ScheduledMailKind;
  now: Date;
  /** The period an organisation is due for now (its own clock and reminder hour), or null. */
  periodOf: (organisation: { timeZone: string; reminderHour: number }, now: Date) => string | null;
  /** Which members want the mail (over `m` memberships, `o` organisations, `due.period`). */
  wanted: Prisma.Sql;
};

/**
 * The members of the organisations due now whom `wanted` selects and who have no mail of the kind
 * for the period yet (active accounts only). Two statements, whatever the number of organisations.
 */
export async function dueRecipients({
  kind,
  now,
  periodOf,
  wanted,
}: DueRecipientsQuery): Promise<ScheduledMailRecipient[]> {
  const organisations = await db.organisation.findMany({
    select: { id: true, timeZone: true, reminderHour: true },
  });
  const due = organisations.flatMap((organisation) => {
    const period = periodOf(organisation, now);
    return period ? [{ organisationId: organisation.id, period }] : [];
  });
  if (due.length === 0) return [];
  return db.$queryRaw<ScheduledMailRecipient[]>`
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
    JOIN memberships m ON m.organisation_id = o.id
    JOIN users u ON u.id = m.user_id AND u.disabled_at IS NULL
    WHERE ${wanted}
      AND NOT EXISTS (
        SELECT 1 FROM scheduled_mail_deliveries d
        WHERE d.membership_id = m.id AND d.kind = ${kind}::"ScheduledMailKind" AND d.period = due.period
      )
    ORDER BY o.id, m.id`;
}

/** The recipient as the signed-in member they are, for the data layer's reads in their scope. */
export function recipientContext(
  recipient: ScheduledMailRecipient,
): SessionMemberContext & { settings: ScheduledMailRecipient['settings'] } {
  return {
    actor: {
      kind: 'member',
      userId: recipient.userId,
      name: recipient.name,
      email: recipient.email,
      locale: recipient.locale,
    },
    membershipId: recipient.membershipId,
    role: recipient.role,
    organisation: recipient.organisation,
    groupLimit: recipient.groupLimit,
    settings: recipient.settings,
  };
}

/**
 * Claims the recipient's mail of `kind` for the period and sends it with `send`: 'taken' when
 * another run claimed it first. The claim is marked sent when the mail server took the mail, and
 * given back when `send` throws (the error is passed on).
 */
export async function sendOnce(
  recipient: Pick<ScheduledMailRecipient, 'membershipId' | 'period'>,
  kind: ScheduledMailKind,
  send: () => Promise<{ delivered: boolean }>,
): Promise<'sent' | 'taken'> {
  const key = { membershipId: recipient.membershipId, kind, period: recipient.period };
  const claimed = await db.$executeRaw`
    INSERT INTO scheduled_mail_deliveries (membership_id, kind, period)
    VALUES (${key.membershipId}::uuid, ${kind}::"ScheduledMailKind", ${key.period})
    ON CONFLICT DO NOTHING`;
  if (claimed === 0) return 'taken';
  try {
    const { delivered } = await send();
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

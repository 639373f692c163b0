import 'server-only';
import { membershipSeesLocationSql } from '@/lib/access/group-filter';
import { db, type Transaction } from '@/lib/db/prisma';
import { Prisma } from '@/lib/generated/prisma/client';
import type { NotificationKind } from '@/lib/generated/prisma/enums';
import { toPlainDate, weekInterval, type PlainDate } from '@/lib/weeks/iso-week';
import { dueReminderStages } from './due-stages';
import { owesCheckInSql } from './open-locations';

// The reminder run (every few minutes, from the job queue): for every organisation whose schedule
// calls for a reminder now, one in-app notification per member who is responsible for at least one
// active location without a submitted check-in for that week. Two queries in all, whatever the
// number of organisations and locations; the unique key (member, kind, week) makes repeated and
// concurrent runs harmless, and only rows this run inserted are handed on for mailing.

/** How many of the member's open locations a notification names (the count covers all). */
export const namedLocationsLimit = 20;

export type CreatedReminder = {
  id: string;
  organisationId: string;
  membershipId: string;
  kind: NotificationKind;
  weekStart: PlainDate;
};

/** Queues mails for fresh notifications inside the transaction that inserted them. */
export type ReminderMailQueue = (reminders: CreatedReminder[], tx: Transaction) => Promise<void>;

type DueRow = { organisationId: string; weekStart: PlainDate; weekEnd: string; kind: NotificationKind };

export async function sendDueReminders(
  now: Date,
  queueMails?: ReminderMailQueue,
): Promise<CreatedReminder[]> {
  const due = await dueRows(now);
  if (due.length === 0) return [];
  return db.$transaction(
    async (tx) => {
      const created = await insertNotifications(tx, due);
      if (created.length > 0 && queueMails) await queueMails(created, tx);
      return created;
    },
    { timeout: 60_000 },
  );
}

async function dueRows(now: Date): Promise<DueRow[]> {
  const organisations = await db.organisation.findMany({
    select: { id: true, timeZone: true, checkinWeekday: true, reminderHour: true },
  });
  return organisations.flatMap((organisation) =>
    dueReminderStages(organisation, now).map((stage) => ({
      organisationId: organisation.id,
      weekStart: stage.weekStart,
      // Locations created after the week ended are not asked about it.
      weekEnd: weekInterval(stage.week, organisation.timeZone).end.toISOString(),
      kind: stage.kind,
    })),
  );
}

async function insertNotifications(tx: Transaction, due: DueRow[]): Promise<CreatedReminder[]> {
  const rows = await tx.$queryRaw<
    { id: string; organisationId: string; membershipId: string; kind: NotificationKind; weekStart: Date }[]
  >`
    WITH due AS (
      SELECT * FROM unnest(
        ${due.map((row) => row.organisationId)}::uuid[],
        ${due.map((row) => row.weekStart)}::date[],
        ${due.map((row) => row.weekEnd)}::timestamp[],
        ${due.map((row) => row.kind)}::text[]
      ) AS due(organisation_id, week_start, week_end, kind)
    ),
    open_locations AS (
      SELECT due.organisation_id, due.week_start, due.kind, l.assigned_membership_id AS membership_id,
             count(*)::int AS location_count,
             (array_agg(l.id ORDER BY l.name, l.id))[1:${namedLocationsLimit}] AS location_ids,
             (array_agg(l.name ORDER BY l.name, l.id))[1:${namedLocationsLimit}] AS location_names
      FROM due
      JOIN locations l
        ON l.organisation_id = due.organisation_id
       AND l.assigned_membership_id IS NOT NULL
      JOIN memberships m ON m.id = l.assigned_membership_id AND m.organisation_id = l.organisation_id
      JOIN users u ON u.id = m.user_id AND u.disabled_at IS NULL
      WHERE ${owesCheckInSql(Prisma.raw('due.week_start'), Prisma.raw('due.week_end'))}
        -- A manager limited to location groups is reminded of their groups' locations only.
        AND ${membershipSeesLocationSql('m', 'l')}
      GROUP BY due.organisation_id, due.week_start, due.kind, l.assigned_membership_id
    )
    INSERT INTO notifications (id, organisation_id, membership_id, kind, week_start, data)
    SELECT gen_random_uuid(), o.organisation_id, o.membership_id, o.kind::"NotificationKind", o.week_start,
           jsonb_build_object(
             'locationCount', o.location_count,
             'locations', (
               SELECT jsonb_agg(jsonb_build_object('id', named.id, 'name', named.name) ORDER BY named.position)
               FROM unnest(o.location_ids, o.location_names) WITH ORDINALITY AS named(id, name, position)
             )
           )
    FROM open_locations o
    ON CONFLICT (membership_id, kind, week_start, subject_key) DO NOTHING
    RETURNING id, organisation_id AS "organisationId", membership_id AS "membershipId", kind::text AS kind,
              week_start AS "weekStart"`;
  return rows.map((row) => ({ ...row, weekStart: toPlainDate(row.weekStart) }));
}

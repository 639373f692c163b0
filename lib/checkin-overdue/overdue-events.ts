import 'server-only';
import { dueAt, isOverdue, type CheckInSchedule } from '@/lib/checkins/deadlines';
import { db } from '@/lib/db/prisma';
import { Prisma } from '@/lib/generated/prisma/client';
import { owesCheckInSql } from '@/lib/reminders/open-locations';
import { addIsoWeeks, currentIsoWeek, formatIsoWeek, weekStartOf, type IsoWeek } from '@/lib/weeks/iso-week';
import { emitKeyedWebhookEvents } from '@/lib/webhooks/emit';

// checkin.overdue: once a week's check-in is overdue (the end of the organisation's check-in day,
// lib/checkins/deadlines.ts), every endpoint that wants the event hears of each location that
// still owes it, once per location and week. Run hourly by a scheduled job (overdue-job.ts); the
// deliveries' unique event key makes a second run, or one on another instance, queue nothing new.
// Only organisations with such an endpoint are read; of each, the latest week whose deadline has
// passed (the current one from its check-in day's end on, else the one before).

type OrganisationDue = { organisationId: string; week: IsoWeek; deadline: Date };

type OverdueRow = {
  organisationId: string;
  locationId: string;
  name: string;
  storeCode: string;
  assigneeId: string | null;
  assigneeName: string | null;
};

/** The data of one checkin.overdue event (README "Webhooks"). */
export type CheckInOverdueData = {
  location: { id: string; name: string; storeCode: string };
  week: string;
  deadline: string;
  assignee: { membershipId: string; name: string } | null;
};

/** Unique per endpoint (webhook_deliveries); the query below builds the same text in SQL. */
const overdueEventKey = (locationId: string, week: string) => `checkin.overdue:${locationId}:${week}`;

/** Queues the events of the weeks that became overdue; answers how many deliveries it queued. */
export async function emitOverdueCheckInEvents(now: Date = new Date()): Promise<number> {
  const organisations = await db.$queryRaw<(CheckInSchedule & { id: string })[]>`
    SELECT o.id, o.time_zone AS "timeZone", o.checkin_weekday AS "checkinWeekday", o.reminder_hour AS "reminderHour"
    FROM organisations o
    WHERE EXISTS (
      SELECT 1 FROM webhook_endpoints e
      WHERE e.organisation_id = o.id AND e.enabled AND 'checkin.overdue' = ANY(e.events)
    )`;
  if (organisations.length === 0) return 0;
  const due = organisations.map((organisation): OrganisationDue => {
    const current = currentIsoWeek(organisation.timeZone, now);
    const week = isOverdue(current, organisation, now) ? current : addIsoWeeks(current, -1);
    return { organisationId: organisation.id, week, deadline: dueAt(week, organisation) };
  });
  return db.$transaction(
    async (tx) => {
      // Locations that existed at the deadline and still owe the week's check-in, with who is assigned.
      const rows = await tx.$queryRaw<OverdueRow[]>`
        WITH due AS (
          SELECT * FROM unnest(
            ${due.map((row) => row.organisationId)}::uuid[],
            ${due.map((row) => weekStartOf(row.week))}::date[],
            ${due.map((row) => row.deadline.toISOString())}::timestamp[],
            ${due.map((row) => formatIsoWeek(row.week))}::text[]
          ) AS due(organisation_id, week_start, deadline, week)
        )
        SELECT l.organisation_id AS "organisationId", l.id AS "locationId", l.name, l.store_code AS "storeCode",
               m.id AS "assigneeId", u.name AS "assigneeName"
        FROM due
        JOIN locations l ON l.organisation_id = due.organisation_id
        LEFT JOIN memberships m ON m.id = l.assigned_membership_id AND m.organisation_id = l.organisation_id
        LEFT JOIN users u ON u.id = m.user_id
        WHERE ${owesCheckInSql(Prisma.raw('due.week_start'), Prisma.raw('due.deadline'))}
          -- Skips what every endpoint that wants it has had (the hourly runs after the first).
          AND EXISTS (
            SELECT 1 FROM webhook_endpoints e
            WHERE e.organisation_id = l.organisation_id AND e.enabled AND 'checkin.overdue' = ANY(e.events)
              AND NOT EXISTS (
                SELECT 1 FROM webhook_deliveries d
                WHERE d.endpoint_id = e.id AND d.event_key = 'checkin.overdue:' || l.id || ':' || due.week))
        ORDER BY l.organisation_id, l.name, l.id`;
      let queued = 0;
      for (const organisation of due) {
        const week = formatIsoWeek(organisation.week);
        const events = rows
          .filter((row) => row.organisationId === organisation.organisationId)
          .map((row) => ({
            key: overdueEventKey(row.locationId, week),
            data: {
              location: { id: row.locationId, name: row.name, storeCode: row.storeCode },
              week,
              deadline: organisation.deadline.toISOString(),
              assignee: row.assigneeId
                ? { membershipId: row.assigneeId, name: row.assigneeName ?? '' }
                : null,
            } satisfies CheckInOverdueData,
          }));
        queued += await emitKeyedWebhookEvents(tx, organisation.organisationId, 'checkin.overdue', events);
      }
      return queued;
    },
    { timeout: 60_000 },
  );
}

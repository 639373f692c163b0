import 'server-only';
import { locationScopeSql } from '@/lib/access/location-scope';
import { db } from '@/lib/db/prisma';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import type { NotificationKind } from '@/lib/generated/prisma/enums';
import type { SessionMemberContext } from '@/lib/access/member-context';
import type { NotificationData } from '@/lib/reminders/notification-data';
import { owesCheckInSql } from '@/lib/reminders/open-locations';
import { readListingAlertData, type ListingAlertData } from '@/lib/verification/alerts/alert-text';
import { namedLocationsLimit } from '@/lib/reminders/send-due-reminders';
import {
  isoWeekOfMonday,
  toPlainDate,
  weekInterval,
  type IsoWeek,
  type PlainDate,
} from '@/lib/weeks/iso-week';

// The in-app notifications of the signed-in member: only their own, in the organisation of the
// URL. Anyone else's notification (another member's, another organisation's) is "not found".

export const notificationsPageSize = 25;

export type NotificationItem = {
  id: string;
  kind: NotificationKind;
  week: IsoWeek;
  weekStart: PlainDate;
  /** Reminders: the locations that still owe the week's check-in (none for a listing alert). */
  data: NotificationData;
  /** LISTING_ALERT: what a verification found (null for reminders or data that cannot be read). */
  listingAlert: ListingAlertData | null;
  /** WEBHOOK_DISABLED: the endpoint switched off after 24 hours of failed deliveries. */
  webhook: { endpointId: string; url: string } | null;
  createdAt: Date;
  readAt: Date | null;
};

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function ownNotifications(member: SessionMemberContext) {
  return { organisationId: member.organisation.id, membershipId: member.membershipId };
}

/**
 * The member's locations that still owe each week's check-in, now (not when the reminder was
 * made): a week submitted since drops out of its reminder, a reopened one comes back. One query.
 */
async function openLocationsNow(member: SessionMemberContext, weeks: { id: string; weekStart: PlainDate }[]) {
  if (weeks.length === 0) return new Map<string, NotificationData>();
  const timeZone = member.organisation.timeZone;
  const weekEnds = weeks.map((week) =>
    weekInterval(isoWeekOfMonday(week.weekStart), timeZone).end.toISOString(),
  );
  const rows = await db.$queryRaw<{ id: string; count: number; ids: string[]; names: string[] }[]>`
    WITH n AS (
      SELECT * FROM unnest(
        ${weeks.map((week) => week.id)}::uuid[],
        ${weeks.map((week) => week.weekStart)}::date[],
        ${weekEnds}::timestamp[]
      ) AS n(id, week_start, week_end)
    )
    SELECT n.id::text AS id, count(l.id)::int AS count,
           coalesce((array_agg(l.id::text ORDER BY l.name, l.id) FILTER (WHERE l.id IS NOT NULL))[1:${namedLocationsLimit}], '{}') AS ids,
           coalesce((array_agg(l.name ORDER BY l.name, l.id) FILTER (WHERE l.id IS NOT NULL))[1:${namedLocationsLimit}], '{}') AS names
    FROM n
    LEFT JOIN locations l
      ON ${locationScopeSql(member, 'l')}
     AND l.assigned_membership_id = ${member.membershipId}::uuid
     AND ${owesCheckInSql(Prisma.raw('n.week_start'), Prisma.raw('n.week_end'))}
    GROUP BY n.id`;
  return new Map(
    rows.map((row) => [
      row.id,
      {
        locationCount: row.count,
        locations: row.ids.map((id, index) => ({ id, name: row.names[index] ?? '' })),
      },
    ]),
  );
}

/**
 * Newest first, a page at a time; each reminder lists the locations that are still open, each
 * listing alert carries what the verification found.
 */
export async function listNotifications(member: SessionMemberContext, { page = 1 }: { page?: number } = {}) {
  const where = ownNotifications(member);
  const total = await db.notification.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / notificationsPageSize));
  const currentPage = Math.min(Math.max(1, Math.trunc(page) || 1), pageCount);
  const rows = await db.notification.findMany({
    where,
    select: { id: true, kind: true, weekStart: true, createdAt: true, readAt: true, data: true },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: (currentPage - 1) * notificationsPageSize,
    take: notificationsPageSize,
  });
  const weeks = rows.map((row) => ({ id: row.id, weekStart: toPlainDate(row.weekStart) }));
  const open = await openLocationsNow(
    member,
    weeks.filter((_, index) => rows[index]!.kind.startsWith('CHECKIN_')),
  );
  const items: NotificationItem[] = rows.map(({ data: stored, ...row }, index) => {
    const weekStart = weeks[index]!.weekStart;
    const data = open.get(row.id) ?? { locationCount: 0, locations: [] };
    const listingAlert = row.kind === 'LISTING_ALERT' ? readListingAlertData(stored) : null;
    const webhook = row.kind === 'WEBHOOK_DISABLED' ? readWebhookData(stored) : null;
    return { ...row, weekStart, week: isoWeekOfMonday(weekStart), data, listingAlert, webhook };
  });
  return { items, total, page: currentPage, pageCount };
}

function readWebhookData(stored: Prisma.JsonValue): NotificationItem['webhook'] {
  const data = stored as { endpointId?: unknown; url?: unknown } | null;
  return typeof data?.endpointId === 'string' && typeof data.url === 'string'
    ? { endpointId: data.endpointId, url: data.url }
    : null;
}

export function countUnread(member: SessionMemberContext) {
  return db.notification.count({ where: { ...ownNotifications(member), readAt: null } });
}

/** Marks one of the member's notifications read (a read one keeps the time it was first read). */
export async function markRead(member: SessionMemberContext, notificationId: string) {
  if (!uuidPattern.test(notificationId)) throw new AppError('NOT_FOUND');
  const where = { ...ownNotifications(member), id: notificationId };
  const { count } = await db.notification.updateMany({
    where: { ...where, readAt: null },
    data: { readAt: new Date() },
  });
  if (count === 0 && !(await db.notification.findFirst({ where, select: { id: true } }))) {
    throw new AppError('NOT_FOUND');
  }
}

/** Marks every unread notification of the member read; returns how many. */
export async function markAllRead(member: SessionMemberContext) {
  const { count } = await db.notification.updateMany({
    where: { ...ownNotifications(member), readAt: null },
    data: { readAt: new Date() },
  });
  return count;
}

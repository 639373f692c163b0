import 'server-only';
import { db } from '@/lib/db/prisma';
import { AppError } from '@/lib/errors';
import type { NotificationKind } from '@/lib/generated/prisma/enums';
import type { MemberContext } from '@/lib/organisations/member-context';
import { isoWeekOfMonday, toPlainDate, type IsoWeek, type PlainDate } from '@/lib/weeks/iso-week';
import { readNotificationData, type NotificationData } from './notification-data';

// The in-app notifications of the signed-in member: only their own, in the organisation of the
// URL. Anyone else's notification (another member's, another organisation's) is "not found".

export const notificationsPageSize = 25;

export type NotificationItem = {
  id: string;
  kind: NotificationKind;
  week: IsoWeek;
  weekStart: PlainDate;
  data: NotificationData;
  createdAt: Date;
  readAt: Date | null;
};

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function ownNotifications(member: MemberContext) {
  return { organisationId: member.organisation.id, membershipId: member.membershipId };
}

/** Newest first, a page at a time. */
export async function listNotifications(member: MemberContext, { page = 1 }: { page?: number } = {}) {
  const where = ownNotifications(member);
  const total = await db.notification.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / notificationsPageSize));
  const currentPage = Math.min(Math.max(1, Math.trunc(page) || 1), pageCount);
  const rows = await db.notification.findMany({
    where,
    select: { id: true, kind: true, weekStart: true, data: true, createdAt: true, readAt: true },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: (currentPage - 1) * notificationsPageSize,
    take: notificationsPageSize,
  });
  const items: NotificationItem[] = rows.map((row) => {
    const weekStart = toPlainDate(row.weekStart);
    return { ...row, weekStart, week: isoWeekOfMonday(weekStart), data: readNotificationData(row.data) };
  });
  return { items, total, page: currentPage, pageCount };
}

export function countUnread(member: MemberContext) {
  return db.notification.count({ where: { ...ownNotifications(member), readAt: null } });
}

/** Marks one of the member's notifications read (a read one keeps the time it was first read). */
export async function markRead(member: MemberContext, notificationId: string) {
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
export async function markAllRead(member: MemberContext) {
  const { count } = await db.notification.updateMany({
    where: { ...ownNotifications(member), readAt: null },
    data: { readAt: new Date() },
  });
  return count;
}

import 'server-only';
import { locationScopeWhere } from '@/lib/access/location-scope';
import { recordMemberEvent } from '@/lib/audit/audit-log';
import { db } from '@/lib/db/prisma';
import { AppError } from '@/lib/errors';
import { translatorFor } from '@/lib/i18n/translator';
import { absoluteUrl } from '@/lib/mail/absolute-url';
import type { SessionMemberContext } from '@/lib/access/member-context';
import { createLinkToken, hashLinkToken } from '@/lib/security/tokens';
import { isoWeekOfDate, todayIn } from '@/lib/weeks/iso-week';
import { checkInCalendar } from './check-in-calendar';

// Each member's personal calendar feed: a secret URL (256 random bits) of which only the SHA-256
// is stored, like API tokens. The URL is shown once; creating a new one replaces it (the old one
// stops working) and revoking removes it. The feed itself is public: the secret is the access.

const feedTokenPattern = /^[A-Za-z0-9_-]{43}$/;
const namedLocationsLimit = 20;

async function feedUrl(token: string) {
  return absoluteUrl(`/calendar/${token}.ics`);
}

/** Creates or replaces the member's feed; the URL is in this answer only. */
export async function createCalendarFeed(member: SessionMemberContext): Promise<{ url: string }> {
  const { token, tokenHash } = createLinkToken();
  await setOwnCalendarToken(member, { calendarTokenHash: tokenHash }, 'calendar_feed.created');
  return { url: await feedUrl(token) };
}

export async function revokeCalendarFeed(member: SessionMemberContext) {
  await setOwnCalendarToken(member, { calendarTokenHash: null }, 'calendar_feed.revoked');
}

export async function hasCalendarFeed(member: SessionMemberContext): Promise<boolean> {
  const membership = await db.membership.findFirst({
    where: { id: member.membershipId, organisationId: member.organisation.id },
    select: { calendarTokenHash: true },
  });
  return Boolean(membership?.calendarTokenHash);
}

async function setOwnCalendarToken(
  member: SessionMemberContext,
  data: { calendarTokenHash: string | null },
  action: 'calendar_feed.created' | 'calendar_feed.revoked',
) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.membership.updateMany({
      where: { id: member.membershipId, organisationId: member.organisation.id },
      data,
    });
    if (count === 0) throw new AppError('NOT_FOUND');
    await recordMemberEvent(member, { action, target: { type: 'membership', id: member.membershipId } }, tx);
  });
}

/** The iCalendar text for a feed URL's token; null for an unknown or revoked token. */
export async function calendarFeedFor(token: string, now: Date = new Date()): Promise<string | null> {
  if (!feedTokenPattern.test(token)) return null;
  const membership = await db.membership.findUnique({
    where: { calendarTokenHash: hashLinkToken(token) },
    select: {
      id: true,
      createdAt: true,
      role: true,
      groupLimits: { select: { groupId: true } },
      user: { select: { locale: true, disabledAt: true } },
      organisation: {
        select: {
          id: true,
          name: true,
          slug: true,
          timeZone: true,
          checkinWeekday: true,
          reminderHour: true,
        },
      },
    },
  });
  if (!membership || membership.user.disabledAt) return null;
  const { organisation } = membership;
  // A manager limited to location groups counts only their groups' locations, as everywhere.
  const scope = locationScopeWhere({
    role: membership.role,
    groupLimit: membership.groupLimits.map((limit) => limit.groupId),
    organisation,
  });
  const locationWhere = {
    ...scope,
    assignedMembershipId: membership.id,
    archivedAt: null,
    status: 'ACTIVE' as const,
  };
  const [locationCount, named] = await Promise.all([
    db.location.count({ where: locationWhere }),
    db.location.findMany({
      where: locationWhere,
      select: { name: true },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      take: namedLocationsLimit,
    }),
  ]);

  const t = translatorFor(membership.user.locale, 'notifications.calendar');
  const names =
    named.map((location) => location.name).join(', ') + (locationCount > named.length ? ', …' : '');
  const checkinsUrl = await absoluteUrl(`/o/${organisation.slug}/checkins`);
  return checkInCalendar({
    uid: `checkin-${membership.id}@${new URL(checkinsUrl).host}`,
    schedule: organisation,
    firstWeek: isoWeekOfDate(todayIn(organisation.timeZone, membership.createdAt)),
    calendarName: t('calendarName', { organisation: organisation.name }),
    summary: t('eventSummary', { count: locationCount }),
    description: [
      t('eventDescription', { organisation: organisation.name }),
      ...(named.length > 0 ? [t('eventLocations', { names })] : []),
      checkinsUrl,
    ].join('\n\n'),
    url: checkinsUrl,
    now,
  });
}

import 'server-only';
import { db } from '@/lib/db/prisma';
import { formattingLocale } from '@/lib/i18n/formatting';
import { isLocale, type AppLocale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';
import { absoluteUrl } from '@/lib/mail/absolute-url';
import type { WebhookPayload } from '../events';
import type { ChatContext } from './chat-message';

// What a chat message needs beside its payload, in one query when it is delivered: the
// organisation (name, slug, time zone), its language and the names of the location and platform
// an event names only by id. The organisation's language is its first owner's (organisations have
// none of their own; the owner chose the app's language, and owners set up the endpoints).

const idOf = (value: unknown, key: string) => {
  const id = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id) ? id : null;
};

export async function readChatContext(organisationId: string, payload: WebhookPayload): Promise<ChatContext> {
  const locationId = idOf(payload.data.location, 'id') ?? idOf(payload.data.checkIn, 'locationId');
  const platformId = idOf(payload.data.platform, 'id');
  const [row] = await db.$queryRaw<
    {
      name: string;
      slug: string;
      timeZone: string;
      locale: string | null;
      locationName: string | null;
      platformName: string | null;
    }[]
  >`
    SELECT o.name, o.slug, o.time_zone AS "timeZone",
      (SELECT u.locale::text FROM memberships m JOIN users u ON u.id = m.user_id
       WHERE m.organisation_id = o.id AND m.role = 'OWNER' ORDER BY m.created_at, m.id LIMIT 1) AS locale,
      (SELECT l.name FROM locations l WHERE l.id = ${locationId}::uuid AND l.organisation_id = o.id) AS "locationName",
      (SELECT p.name FROM platforms p WHERE p.id = ${platformId}::uuid
         AND (p.organisation_id IS NULL OR p.organisation_id = o.id)) AS "platformName"
    FROM organisations o WHERE o.id = ${organisationId}::uuid`;
  if (!row) throw new Error('The delivery has no organisation');
  const locale: AppLocale = isLocale(row.locale) ? row.locale : 'de';
  const dateTime = new Intl.DateTimeFormat(formattingLocale(locale), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: row.timeZone,
  });
  const origin = new URL(await absoluteUrl('/'));
  return {
    organisation: { name: row.name, slug: row.slug },
    locationName: row.locationName,
    platformName: row.platformName,
    t: translatorFor(locale, 'webhooks.chat'),
    status: translatorFor(locale, 'listings.status'),
    source: translatorFor(locale, 'verification.sources'),
    formatDateTime: (iso) => (iso ? dateTime.format(new Date(iso)) : ''),
    absoluteUrl: (path) => new URL(path, origin).toString(),
  };
}

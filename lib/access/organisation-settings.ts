import 'server-only';
import { cache } from 'react';
import type { OrganisationSettings } from './member-context';
import { db } from '@/lib/db/prisma';

const loadOrganisationSettings = cache((organisationId: string): Promise<OrganisationSettings> =>
  db.organisation.findUniqueOrThrow({
    where: { id: organisationId },
    select: { timeZone: true, checkinWeekday: true, reminderHour: true, freshnessDays: true },
  }),
);

/**
 * The organisation's check-in schedule, time zone and freshness period. Member contexts of pages,
 * actions and the API carry them (read with the membership, no statement of their own); other
 * callers read them once per request. Writes go through their own data-layer functions; within a
 * transaction read the row there instead.
 */
export function organisationSettings(member: {
  organisation: { id: string };
  settings?: OrganisationSettings;
}): Promise<OrganisationSettings> {
  return member.settings
    ? Promise.resolve(member.settings)
    : loadOrganisationSettings(member.organisation.id);
}

import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db/prisma';

/**
 * The organisation's settings that pages read in several places (check-in schedule, time zone,
 * freshness period), in one statement per request. Writes go through their own data-layer
 * functions; within a transaction read the row there instead.
 */
export const organisationSettings = cache((organisationId: string) =>
  db.organisation.findUniqueOrThrow({
    where: { id: organisationId },
    select: { timeZone: true, checkinWeekday: true, reminderHour: true, freshnessDays: true },
  }),
);

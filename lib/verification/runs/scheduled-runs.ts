import 'server-only';
import { db } from '@/lib/db/prisma';
import type { VerificationSource } from '@/lib/generated/prisma/enums';
import { createVerificationRun } from './create-run';
import type { EnqueueVerificationJobs } from './enqueue';

// The hourly pass of the verification schedule (a singleton job, so once across instances):
// every organisation whose schedule is due gets a run of its switched-on sources — daily ones
// when the last scheduled run is 23 hours old, weekly ones after 167 hours, so the time of day
// stays put. Google counts only with a key. Then Google's content past its 30 days is removed.

export async function startDueVerificationRuns(enqueue: EnqueueVerificationJobs, googleConfigured: boolean) {
  const due = await db.$queryRaw<{ id: string; sources: VerificationSource[] }[]>`
    SELECT o.id, o.verification_sources::text[] AS sources FROM organisations o
    WHERE o.verification_schedule <> 'OFF' AND cardinality(o.verification_sources) > 0
      AND NOT EXISTS (
        SELECT 1 FROM verification_runs r
        WHERE r.organisation_id = o.id AND r.trigger = 'SCHEDULE'
          AND r.created_at > now() - CASE o.verification_schedule WHEN 'DAILY' THEN interval '23 hours'
                                                                  ELSE interval '167 hours' END)`;
  let started = 0;
  for (const organisation of due) {
    const sources = organisation.sources.filter((source) => source !== 'GOOGLE' || googleConfigured);
    if (sources.length === 0) continue;
    await createVerificationRun(
      {
        organisationId: organisation.id,
        locationId: null,
        trigger: 'SCHEDULE',
        requestedById: null,
        sources,
      },
      enqueue,
    );
    started += 1;
  }
  return started;
}

/** Google allows its content to be kept 30 days; the place id may stay (it finds the place again). */
export const googleContentDays = 30;

export async function expireGoogleContent(now = new Date()) {
  const observations = await db.$executeRaw`
    UPDATE location_observations SET observed = NULL, details = '{}', source_url = NULL
    WHERE source = 'GOOGLE' AND observed IS NOT NULL
      AND observed_at < ${now}::timestamptz - make_interval(days => ${googleContentDays})`;
  const snapshots = await db.$executeRaw`
    DELETE FROM listing_rating_snapshots
    WHERE source = 'GOOGLE' AND recorded_at < ${now}::timestamptz - make_interval(days => ${googleContentDays})`;
  return { observations, snapshots };
}

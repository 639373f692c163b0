import 'server-only';
import { z } from 'zod';
import { actingUserId, hasRole, assertRole, type MemberContext } from '@/lib/access/member-context';
import {
  isGroupLimited,
  locationGroupLimit,
  locationScopeSql,
  locationScopeWhere,
} from '@/lib/access/location-scope';
import { Prisma } from '@/lib/generated/prisma/client';
import { db } from '@/lib/db/prisma';
import { AppError } from '@/lib/errors';
import type {
  ObservationOutcome,
  VerificationSource,
  VerificationTaskStatus,
  VerificationTrigger,
} from '@/lib/generated/prisma/enums';
import { getLocation } from '@/lib/locations/locations';
import { createVerificationRun } from './runs/create-run';
import type { EnqueueVerificationJobs } from './runs/enqueue';
import { activeSources } from './verification-settings';

// "Jetzt prüfen" for one location or the whole organisation, and a run's progress and results.
// One location: whoever may edit its checklist (a manager, or the member it is assigned to); the
// whole organisation: managers and owners. Another organisation's run or location is "not found".

export type SourceProgress = {
  source: VerificationSource;
  total: number;
  done: number;
  failed: number;
  skipped: number;
  queued: number;
  running: number;
  /** Queued again after the source could not be asked (timeouts, 429, 5xx): waiting for a retry. */
  retrying: number;
  /** Why tasks failed or were skipped, most frequent first: [{ reason: "status-503", count: 12 }]. */
  reasons: { reason: string; count: number }[];
  /** What the finished tasks found. */
  outcomes: Partial<Record<ObservationOutcome, number>>;
};

export type VerificationRunView = {
  id: string;
  locationId: string | null;
  trigger: VerificationTrigger;
  createdAt: Date;
  finishedAt: Date | null;
  sources: SourceProgress[];
};

export async function startVerification(
  member: MemberContext,
  scope: { locationId: string | null },
  trigger: VerificationTrigger,
  enqueue: EnqueueVerificationJobs,
): Promise<VerificationRunView> {
  if (scope.locationId) {
    const location = await getLocation(member, scope.locationId);
    if (!hasRole(member, 'MANAGER') && location.assignedMembershipId !== member.membershipId) {
      throw new AppError('FORBIDDEN');
    }
    if (location.archivedAt) throw new AppError('CONFLICT', { messageKey: 'verification.errors.archived' });
  } else {
    assertRole(member, 'MANAGER');
  }
  const organisation = await db.organisation.findUniqueOrThrow({
    where: { id: member.organisation.id },
    select: { verificationSources: true },
  });
  const sources = activeSources(organisation.verificationSources);
  if (sources.length === 0) {
    throw new AppError('CONFLICT', { messageKey: 'verification.errors.noSources' });
  }
  const runId = await createVerificationRun(
    {
      organisationId: member.organisation.id,
      locationId: scope.locationId,
      trigger,
      requestedById: actingUserId(member),
      sources,
      groupLimit: locationGroupLimit(member),
    },
    enqueue,
  );
  return getVerificationRun(member, runId);
}

export async function getVerificationRun(member: MemberContext, runId: string): Promise<VerificationRunView> {
  if (!z.uuid().safeParse(runId).success) throw new AppError('NOT_FOUND');
  const run = await db.verificationRun.findFirst({
    where: {
      id: runId,
      organisationId: member.organisation.id,
      // A limited manager sees the organisation's runs and their own locations' runs.
      ...(isGroupLimited(member)
        ? { OR: [{ locationId: null }, { location: locationScopeWhere(member) }] }
        : {}),
    },
    select: { id: true, locationId: true, trigger: true, createdAt: true, finishedAt: true, sources: true },
  });
  if (!run) throw new AppError('NOT_FOUND');
  return { ...run, sources: await progressOf(run.id, run.sources, visibleTasksSql(member)) };
}

/** The newest run covering a location (its own or the organisation's), or the newest organisation-wide run. */
export async function latestVerificationRun(
  member: MemberContext,
  scope: { locationId: string | null },
): Promise<VerificationRunView | null> {
  const [latest] = await db.$queryRaw<{ id: string }[]>`
    SELECT r.id FROM verification_runs r
    WHERE r.organisation_id = ${member.organisation.id}::uuid
      AND (r.location_id IS NULL OR r.location_id = ${scope.locationId}::uuid)
    ORDER BY r.created_at DESC LIMIT 1`;
  return latest ? getVerificationRun(member, latest.id) : null;
}

type CountRow = {
  source: VerificationSource;
  status: VerificationTaskStatus;
  retrying: boolean;
  count: number;
};

/**
 * The tasks (and observations) of a run the member sees, on a table with a location_id column:
 * all, or for a limited manager those of their groups' locations, so an organisation-wide run
 * counts only theirs.
 */
export function visibleTasksSql(member: MemberContext) {
  if (!isGroupLimited(member)) return Prisma.sql`true`;
  return Prisma.sql`EXISTS (SELECT 1 FROM locations task_l
    WHERE task_l.id = location_id AND ${locationScopeSql(member, 'task_l')})`;
}

async function progressOf(
  runId: string,
  sources: VerificationSource[],
  visible: Prisma.Sql,
): Promise<SourceProgress[]> {
  const [counts, reasons, outcomes] = await Promise.all([
    db.$queryRaw<CountRow[]>`
      SELECT source, status, (status = 'QUEUED' AND reason IS NOT NULL) AS retrying, count(*)::int AS count
      FROM verification_tasks WHERE run_id = ${runId}::uuid AND ${visible} GROUP BY 1, 2, 3`,
    db.$queryRaw<{ source: VerificationSource; reason: string; count: number }[]>`
      SELECT source, reason, count(*)::int AS count FROM verification_tasks
      WHERE run_id = ${runId}::uuid AND ${visible} AND status IN ('FAILED', 'SKIPPED') AND reason IS NOT NULL
      GROUP BY 1, 2 ORDER BY count DESC, reason`,
    db.$queryRaw<{ source: VerificationSource; outcome: ObservationOutcome; count: number }[]>`
      SELECT source, outcome, count(*)::int AS count FROM location_observations
      WHERE run_id = ${runId}::uuid AND ${visible} GROUP BY 1, 2`,
  ]);
  return sources.map((source) => {
    const of = (status: VerificationTaskStatus) =>
      counts
        .filter((row) => row.source === source && row.status === status)
        .reduce((sum, row) => sum + row.count, 0);
    return {
      source,
      total: counts.filter((row) => row.source === source).reduce((sum, row) => sum + row.count, 0),
      done: of('DONE'),
      failed: of('FAILED'),
      skipped: of('SKIPPED'),
      queued: of('QUEUED'),
      running: of('RUNNING'),
      retrying: counts
        .filter((row) => row.source === source && row.retrying)
        .reduce((sum, row) => sum + row.count, 0),
      reasons: reasons.filter((row) => row.source === source).map(({ reason, count }) => ({ reason, count })),
      outcomes: Object.fromEntries(
        outcomes.filter((row) => row.source === source).map((row) => [row.outcome, row.count]),
      ),
    };
  });
}

import 'server-only';
import { db, type Transaction } from '@/lib/db/prisma';
import { Prisma } from '@/lib/generated/prisma/client';
import type { VerificationSource, VerificationTrigger } from '@/lib/generated/prisma/enums';
import { verificationQueues as jobQueues } from './verification-queues';
import { clusterLocations } from '@/lib/verification/osm/clusters';
import type { EnqueueVerificationJobs, VerificationJob } from './enqueue';
import { finishRunIfDone } from './finish-run';

// A verification run: a task per location and source, written in one transaction with the jobs
// that work them. A location that another run is verifying with a source right now is recorded as
// skipped ("already-running") — the partial unique index verification_tasks_one_active holds this
// across every instance. Locations without a position are skipped for OpenStreetMap (it is
// queried by area). Archived and closed locations are not verified.

export type RunRequest = {
  organisationId: string;
  /** Null: every location of the organisation. */
  locationId: string | null;
  trigger: VerificationTrigger;
  requestedById: string | null;
  sources: readonly VerificationSource[];
  /**
   * The location groups of a limited manager who asked for every location: only their locations
   * are checked. Null or absent: every location.
   */
  groupLimit?: string[] | null;
};

type QueuedTask = {
  id: string;
  source: VerificationSource;
  latitude: number | null;
  longitude: number | null;
  website: string | null;
};

export async function createVerificationRun(request: RunRequest, enqueue: EnqueueVerificationJobs) {
  return db.$transaction(
    async (tx) => {
      const [run] = await tx.$queryRaw<{ id: string }[]>`
        INSERT INTO verification_runs (id, organisation_id, location_id, trigger, requested_by_id, sources)
        VALUES (gen_random_uuid(), ${request.organisationId}::uuid, ${request.locationId}::uuid,
                ${request.trigger}::"VerificationTrigger", ${request.requestedById}::uuid,
                ${request.sources}::"VerificationSource"[])
        RETURNING id`;
      const runId = run!.id;
      await insertTasks(tx, runId, request);
      const queued = await queuedTasks(tx, runId, request.organisationId);
      await enqueue(tx, jobsFor(queued));
      await finishRunIfDone(tx, runId);
      return runId;
    },
    { timeout: 60_000 },
  );
}

async function insertTasks(tx: Transaction, runId: string, request: RunRequest) {
  const scope = { org: request.organisationId, location: request.locationId, sources: request.sources };
  const inGroups = request.groupLimit?.length
    ? Prisma.sql`AND EXISTS (SELECT 1 FROM location_group_members gm
        WHERE gm.location_id = l.id AND gm.group_id = ANY(${request.groupLimit}::uuid[]))`
    : Prisma.empty;
  // Pairs in scope; OpenStreetMap needs a position. The partial unique index refuses a second
  // queued or running task of a location and source; ON CONFLICT names its predicate.
  await tx.$executeRaw`
    INSERT INTO verification_tasks (id, run_id, organisation_id, location_id, source, status, reason, finished_at)
    SELECT gen_random_uuid(), ${runId}::uuid, l.organisation_id, l.id, s.source,
           CASE WHEN s.source = 'OPENSTREETMAP' AND l.latitude IS NULL THEN 'SKIPPED' ELSE 'QUEUED' END::"VerificationTaskStatus",
           CASE WHEN s.source = 'OPENSTREETMAP' AND l.latitude IS NULL THEN 'no-position' END,
           CASE WHEN s.source = 'OPENSTREETMAP' AND l.latitude IS NULL THEN now() END
    FROM locations l
    CROSS JOIN unnest(${scope.sources}::"VerificationSource"[]) AS s(source)
    WHERE l.organisation_id = ${scope.org}::uuid AND l.archived_at IS NULL AND l.status <> 'CLOSED'
      AND (${scope.location}::uuid IS NULL OR l.id = ${scope.location}::uuid) ${inGroups}
    ON CONFLICT (location_id, source) WHERE status IN ('QUEUED', 'RUNNING') DO NOTHING`;
  await tx.$executeRaw`
    INSERT INTO verification_tasks (id, run_id, organisation_id, location_id, source, status, reason, finished_at)
    SELECT gen_random_uuid(), ${runId}::uuid, l.organisation_id, l.id, s.source, 'SKIPPED', 'already-running', now()
    FROM locations l
    CROSS JOIN unnest(${scope.sources}::"VerificationSource"[]) AS s(source)
    WHERE l.organisation_id = ${scope.org}::uuid AND l.archived_at IS NULL AND l.status <> 'CLOSED'
      AND (${scope.location}::uuid IS NULL OR l.id = ${scope.location}::uuid) ${inGroups}
      AND NOT EXISTS (SELECT 1 FROM verification_tasks t
                      WHERE t.run_id = ${runId}::uuid AND t.location_id = l.id AND t.source = s.source)`;
}

async function queuedTasks(tx: Transaction, runId: string, organisationId: string) {
  return tx.$queryRaw<QueuedTask[]>`
    SELECT t.id, t.source, l.latitude, l.longitude,
           COALESCE(l.website, (SELECT website FROM locations
                                WHERE organisation_id = ${organisationId}::uuid AND website IS NOT NULL
                                GROUP BY website ORDER BY count(*) DESC, website LIMIT 1)) AS website
    FROM verification_tasks t JOIN locations l ON l.id = t.location_id
    WHERE t.run_id = ${runId}::uuid AND t.status = 'QUEUED'`;
}

/** Tasks of one website host per job: its pages are fetched one after the other, each once. */
const tasksPerWebsiteJob = 25;

/**
 * Websites one job per host (at most 25 locations; a page several branches name is fetched
 * once), Google one per location, OpenStreetMap one per cluster of nearby locations.
 */
export function jobsFor(tasks: readonly QueuedTask[]): VerificationJob[] {
  const jobs: VerificationJob[] = [];
  const byHost = new Map<string, string[]>();
  for (const task of tasks) {
    if (task.source === 'WEBSITE') {
      const host = hostGroup(task.website);
      const ofHost = byHost.get(host);
      if (ofHost) ofHost.push(task.id);
      else byHost.set(host, [task.id]);
    } else if (task.source === 'GOOGLE') {
      jobs.push({ queue: jobQueues.verifyGoogle, data: { taskId: task.id } });
    }
  }
  for (const [host, taskIds] of byHost) {
    for (let start = 0; start < taskIds.length; start += tasksPerWebsiteJob) {
      const chunk = taskIds.slice(start, start + tasksPerWebsiteJob);
      jobs.push({ queue: jobQueues.verifyWebsite, data: { taskIds: chunk }, group: host });
    }
  }
  const { clusters } = clusterLocations(tasks.filter((task) => task.source === 'OPENSTREETMAP'));
  for (const cluster of clusters) {
    jobs.push({
      queue: jobQueues.verifyOpenStreetMap,
      data: { taskIds: cluster.locations.map((task) => task.id) },
    });
  }
  return jobs;
}

function hostGroup(website: string | null) {
  if (!website) return 'website:none';
  try {
    return `website:${new URL(/^https?:\/\//i.test(website) ? website : `https://${website}`).host}`;
  } catch {
    return 'website:invalid';
  }
}

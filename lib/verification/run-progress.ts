import 'server-only';
import type { MemberContext } from '@/lib/access/member-context';
import { db } from '@/lib/db/prisma';
import type { VerificationSource } from '@/lib/generated/prisma/enums';
import {
  getVerificationRun,
  visibleTasksSql,
  type SourceProgress,
  type VerificationRunView,
} from './verification-runs';
import { activeSources } from './verification-settings';

// A run's progress as the page's progress display reads it, first from the page and then, every
// few seconds, from the JSON route: dates as ISO text, and per source why tasks wait for another
// try ("status-503"), which the run's own view counts but does not name.

export type SourceProgressJson = SourceProgress & {
  /** Why queued tasks wait for a retry (the source could not be asked), most frequent first. */
  retryReasons: { reason: string; count: number }[];
};

export type VerificationRunJson = Omit<VerificationRunView, 'createdAt' | 'finishedAt' | 'sources'> & {
  createdAt: string;
  finishedAt: string | null;
  /**
   * No task is queued or running any more: nothing further will change, whether or not the run
   * has been marked finished yet. The page stops following the run then.
   */
  settled: boolean;
  sources: SourceProgressJson[];
};

/** `run` was read through getVerificationRun or latestVerificationRun for the same member. */
export async function verificationRunJson(
  member: MemberContext,
  run: VerificationRunView,
): Promise<VerificationRunJson> {
  const waiting = run.sources.some((source) => source.retrying > 0)
    ? await db.$queryRaw<{ source: VerificationSource; reason: string; count: number }[]>`
        SELECT source, reason, count(*)::int AS count FROM verification_tasks
        WHERE run_id = ${run.id}::uuid AND organisation_id = ${member.organisation.id}::uuid
          AND ${visibleTasksSql(member)} AND status = 'QUEUED' AND reason IS NOT NULL
        GROUP BY 1, 2 ORDER BY count DESC, reason`
    : [];
  return {
    ...run,
    createdAt: run.createdAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
    settled: run.finishedAt !== null || run.sources.every((source) => source.queued + source.running === 0),
    sources: run.sources.map((source) => ({
      ...source,
      retryReasons: waiting
        .filter((row) => row.source === source.source)
        .map(({ reason, count }) => ({ reason, count })),
    })),
  };
}

/**
 * What a page with "Jetzt prüfen" needs, in one statement: the sources a run would ask now
 * (switched on; Google only with a key) and the newest run covering the location (its own or the
 * organisation's; with `locationId` null the organisation's) that still has a task queued or
 * running, with its progress. Without such a run the page costs no more statements.
 */
export async function verificationPageState(
  member: MemberContext,
  scope: { locationId: string | null },
): Promise<{ sources: VerificationSource[]; unfinished: VerificationRunJson | null }> {
  const [row] = await db.$queryRaw<{ sources: VerificationSource[]; runId: string | null }[]>`
    SELECT o.verification_sources::text[] AS sources,
           (SELECT r.id FROM verification_runs r
            WHERE r.organisation_id = o.id AND r.finished_at IS NULL
              AND (r.location_id IS NULL OR r.location_id = ${scope.locationId}::uuid)
              AND EXISTS (SELECT 1 FROM verification_tasks t
                          WHERE t.run_id = r.id AND t.status IN ('QUEUED', 'RUNNING'))
            ORDER BY r.created_at DESC LIMIT 1) AS "runId"
    FROM organisations o WHERE o.id = ${member.organisation.id}::uuid`;
  const sources = activeSources(row?.sources ?? []);
  if (!row?.runId) return { sources, unfinished: null };
  return {
    sources,
    unfinished: await verificationRunJson(member, await getVerificationRun(member, row.runId)),
  };
}

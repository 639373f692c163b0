import 'server-only';
import type { MemberContext } from '@/lib/access/member-context';
import { db } from '@/lib/db/prisma';
import type { VerificationSource } from '@/lib/generated/prisma/enums';
import type { SourceProgress, VerificationRunView } from './verification-runs';

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
          AND status = 'QUEUED' AND reason IS NOT NULL
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

/** A run still under way (a task queued or running) as its progress, for a page to follow; else null. */
export async function unfinishedRunJson(member: MemberContext, run: VerificationRunView | null) {
  if (!run || run.finishedAt) return null;
  const json = await verificationRunJson(member, run);
  return json.settled ? null : json;
}

import { z } from 'zod';
import { apiJson } from '@/lib/api/responses';
import type { VerificationRunView } from '@/lib/verification/verification-runs';
import { verificationSourceValues } from '@/lib/verification/schemas';

// A verification run in /api/v1: started by POST /locations/{id}/verify or POST
// /verification-runs, followed with GET /verification-runs/{id}. The schema documents the answer
// in openapi.json; the mapper is typed against it.
const isoDateTime = z.iso.datetime({ offset: true });
const count = (description: string) => z.int().min(0).meta({ description });

const sourceProgressJsonSchema = z.object({
  source: z.enum(verificationSourceValues),
  total: count('Tasks of this source: one per location in the run.'),
  done: count('Asked and answered; the observation is stored.'),
  failed: count('Could not be asked in the end (see reasons).'),
  skipped: count(
    'Not asked: no position for OpenStreetMap (no-position), or another run asks it right now (already-running).',
  ),
  queued: count('Waiting to be asked; includes those waiting for a retry.'),
  running: count('Being asked right now.'),
  retrying: count('Queued again after the source could not be asked (timeout, 429, 5xx).'),
  reasons: z.array(z.object({ reason: z.string(), count: z.int().min(1) })).meta({
    description: 'Why tasks failed or were skipped (e.g. status-503, no-position), most frequent first.',
  }),
  outcomes: z
    .object({
      CONSISTENT: z.int().min(1).optional(),
      DIFFERENT: z.int().min(1).optional(),
      NOT_FOUND: z.int().min(1).optional(),
      AMBIGUOUS: z.int().min(1).optional(),
      NO_DATA: z.int().min(1).optional(),
    })
    .meta({ description: 'What the finished tasks found, per outcome; outcomes nobody found are left out.' }),
});

export const verificationRunJsonSchema = z
  .object({
    id: z.uuid(),
    locationId: z.uuid().nullable().meta({ description: 'null: every location of the organisation.' }),
    trigger: z.enum(['MANUAL', 'SCHEDULE', 'API']).meta({
      description: 'MANUAL: "Check now" in the app; SCHEDULE: the daily or weekly check; API: this API.',
    }),
    status: z.enum(['running', 'finished']).meta({ description: 'finished once every task ended.' }),
    createdAt: isoDateTime,
    finishedAt: isoDateTime.nullable(),
    sources: z
      .array(sourceProgressJsonSchema)
      .meta({ description: 'Progress per source switched on when the run started.' }),
  })
  .meta({ title: 'VerificationRun' });
export type VerificationRunJson = z.output<typeof verificationRunJsonSchema>;

export function toVerificationRunJson(run: VerificationRunView): VerificationRunJson {
  return {
    id: run.id,
    locationId: run.locationId,
    trigger: run.trigger,
    status: run.finishedAt ? 'finished' : 'running',
    createdAt: run.createdAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
    sources: run.sources.map((progress) => ({
      source: progress.source,
      total: progress.total,
      done: progress.done,
      failed: progress.failed,
      skipped: progress.skipped,
      queued: progress.queued,
      running: progress.running,
      retrying: progress.retrying,
      reasons: progress.reasons,
      outcomes: progress.outcomes,
    })),
  };
}

/** 202: the run is under way; the Location header is where to follow it. */
export function runAcceptedResponse(run: VerificationRunView) {
  return apiJson(toVerificationRunJson(run), {
    status: 202,
    headers: { location: `/api/v1/verification-runs/${run.id}` },
  });
}

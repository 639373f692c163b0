import 'server-only';
import { db, type Transaction } from '@/lib/db/prisma';
import type { ObservationOutcome } from '@/lib/generated/prisma/enums';
import type { SourceObservation } from '@/lib/verification/sources/source-result';
import { alertsBetween, type ObservationState } from './alert-rule';
import type { ClaimedTask } from './claim-tasks';
import { finishRuns } from './claim-tasks';
import { applyToChecklist } from './apply-to-checklist';
import { notifyListingAlerts, type QueueNotificationMails } from './notify-alerts';

// One observation stored in one transaction: it becomes the location's latest for the source, the
// checklist item follows it (or gets a suggestion), a change since the previous one alerts the
// people responsible, and the task ends. A task that another worker ended already is left as it is.

const outcomeOf: Record<SourceObservation['outcome'], ObservationOutcome> = {
  consistent: 'CONSISTENT',
  different: 'DIFFERENT',
  'not-found': 'NOT_FOUND',
  ambiguous: 'AMBIGUOUS',
  'no-data': 'NO_DATA',
};

export async function recordObservation(
  task: ClaimedTask,
  observation: SourceObservation,
  options: { observedAt?: Date; queueMails?: QueueNotificationMails } = {},
) {
  const observedAt = options.observedAt ?? new Date();
  const outcome = outcomeOf[observation.outcome];
  await db.$transaction(async (tx) => {
    const ended = await tx.$executeRaw`
      UPDATE verification_tasks SET status = 'DONE', reason = NULL, finished_at = now()
      WHERE id = ${task.id}::uuid AND status = 'RUNNING'`;
    if (ended === 0) return;
    const previous = await previousState(tx, task);
    const { suggestedStatus } = await applyToChecklist(tx, task, {
      outcome,
      observedAt,
      differingFields: observation.differingFields,
      rating: observation.observed?.rating ?? null,
      reviewCount: observation.observed?.reviewCount ?? null,
    });
    await tx.$executeRaw`
      INSERT INTO location_observations (id, organisation_id, location_id, source, outcome, observed_at, observed,
        differing_fields, details, source_url, external_id, external_version, suggested_status, run_id)
      VALUES (gen_random_uuid(), ${task.organisationId}::uuid, ${task.locationId}::uuid,
        ${task.source}::"VerificationSource", ${outcome}::"ObservationOutcome", ${observedAt},
        ${jsonOrNull(observation.observed)}::jsonb, ${observation.differingFields}::text[],
        ${JSON.stringify(observation.details)}::jsonb, ${observation.sourceUrl}, ${observation.externalId},
        ${observation.externalVersion}, ${suggestedStatus}::"ListingStatus", ${task.runId}::uuid)
      ON CONFLICT (location_id, source) DO UPDATE SET
        outcome = EXCLUDED.outcome, observed_at = EXCLUDED.observed_at, observed = EXCLUDED.observed,
        differing_fields = EXCLUDED.differing_fields, details = EXCLUDED.details,
        source_url = EXCLUDED.source_url,
        external_id = COALESCE(EXCLUDED.external_id, location_observations.external_id),
        external_version = EXCLUDED.external_version, suggested_status = EXCLUDED.suggested_status,
        run_id = EXCLUDED.run_id`;
    const alerts = alertsBetween(previous, {
      outcome,
      rating: observation.observed?.rating ?? null,
      differingFields: observation.differingFields,
    });
    await notifyListingAlerts(tx, task, alerts, observedAt, options.queueMails);
    await finishRuns(tx, [task]);
  });
}

async function previousState(tx: Transaction, task: ClaimedTask): Promise<ObservationState | null> {
  const [row] = await tx.$queryRaw<{ outcome: ObservationOutcome; rating: number | null }[]>`
    SELECT outcome, (observed->>'rating')::float8 AS rating FROM location_observations
    WHERE location_id = ${task.locationId}::uuid AND source = ${task.source}::"VerificationSource"
    FOR UPDATE`;
  return row ?? null;
}

function jsonOrNull(value: unknown) {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

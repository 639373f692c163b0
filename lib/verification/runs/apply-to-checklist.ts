import 'server-only';
import type { Transaction } from '@/lib/db/prisma';
import type { ListingStatus, ObservationOutcome } from '@/lib/generated/prisma/enums';
import { enabledPlatformsSql } from '@/lib/listings/platforms';
import { napFields } from '@/lib/nap/schemas';
import { emitWebhookEvent } from '@/lib/webhooks/emit';
import { listingStatusChangedData } from '@/lib/webhooks/listing-data';
import type { ClaimedTask } from './claim-tasks';
import { platformKeyOfSource, sourceDisplayName } from './source-names';
import { decideStatus, manualStatusGraceDays } from './status-rule';

// An observation's effect on the checklist item of the platform its source observes (OpenStreetMap,
// Google Business Profile; the website has none), when the organisation has that platform on:
// - the status follows the outcome for an item nobody set by hand within 30 days; otherwise the
//   observed status is returned as a suggestion (stored with the observation);
// - a found or missing listing counts as a check for the presence score's freshness;
// - the change is recorded in the item's history with the source as its author;
// - Google's rating and review count become a rating snapshot (kept 30 days, scheduled-runs.ts).

export type ObservedForChecklist = {
  outcome: ObservationOutcome;
  observedAt: Date;
  differingFields: readonly string[];
  rating: number | null;
  reviewCount: number | null;
};

type ItemRow = {
  platformId: string;
  itemId: string | null;
  status: ListingStatus;
  mismatchedFields: string[];
  setByHandRecently: boolean;
};

export async function applyToChecklist(
  tx: Transaction,
  task: ClaimedTask,
  observed: ObservedForChecklist,
): Promise<{ suggestedStatus: ListingStatus | null }> {
  const platformKey = platformKeyOfSource[task.source];
  if (!platformKey) return { suggestedStatus: null };
  const [item] = await tx.$queryRaw<ItemRow[]>`
    SELECT p.id AS "platformId", li.id AS "itemId", COALESCE(li.status, 'NOT_STARTED') AS status,
           COALESCE(li.mismatched_fields, '{}') AS "mismatchedFields",
           EXISTS (SELECT 1 FROM listing_changes lc
                   WHERE lc.listing_item_id = li.id AND lc.source IS NULL AND lc.changes ? 'status'
                     AND lc.changed_at > now() - make_interval(days => ${manualStatusGraceDays})) AS "setByHandRecently"
    FROM (${enabledPlatformsSql(task.organisationId)}) p
    LEFT JOIN listing_items li ON li.platform_id = p.id AND li.location_id = ${task.locationId}::uuid
    WHERE p.key = ${platformKey}`;
  if (!item) return { suggestedStatus: null };

  const decision = decideStatus({
    current: item.status,
    outcome: observed.outcome,
    setByHandRecently: item.setByHandRecently,
  });
  const counts = ['CONSISTENT', 'DIFFERENT', 'NOT_FOUND'].includes(observed.outcome);
  const mismatched =
    decision.apply === null
      ? item.mismatchedFields
      : observed.differingFields.filter((field) => (napFields as readonly string[]).includes(field));
  if (decision.apply === null && !counts && observed.rating === null) {
    return { suggestedStatus: decision.suggest };
  }
  const [saved] = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO listing_items (id, organisation_id, location_id, platform_id, status, mismatched_fields,
                               last_checked_at, version, updated_at)
    VALUES (gen_random_uuid(), ${task.organisationId}::uuid, ${task.locationId}::uuid, ${item.platformId}::uuid,
            ${decision.apply ?? item.status}::"ListingStatus", ${mismatched}::text[],
            ${counts ? observed.observedAt : null}, 1, now())
    ON CONFLICT (location_id, platform_id) DO UPDATE SET
      status = EXCLUDED.status, mismatched_fields = EXCLUDED.mismatched_fields,
      last_checked_at = COALESCE(EXCLUDED.last_checked_at, listing_items.last_checked_at),
      last_checked_by_id = CASE WHEN EXCLUDED.last_checked_at IS NULL THEN listing_items.last_checked_by_id END,
      -- Only a new status makes an open form stale; a check alone does not.
      version = listing_items.version + CASE WHEN listing_items.status = EXCLUDED.status THEN 0 ELSE 1 END,
      updated_at = now()
    RETURNING id`;
  if (decision.apply !== null) {
    const changes = {
      status: { from: item.status, to: decision.apply },
      ...(sameFields(item.mismatchedFields, mismatched)
        ? {}
        : { mismatchedFields: { from: item.mismatchedFields, to: mismatched } }),
    };
    await tx.$executeRaw`
      INSERT INTO listing_changes (id, listing_item_id, changed_by_id, changed_by_name, changed_at, changes, source)
      VALUES (gen_random_uuid(), ${saved!.id}::uuid, NULL, ${sourceDisplayName[task.source]}, ${observed.observedAt},
              ${JSON.stringify(changes)}::jsonb, ${task.source}::"VerificationSource")`;
    if (decision.apply !== item.status) {
      const data = listingStatusChangedData(task.locationId, item.platformId, item.status, decision.apply);
      await emitWebhookEvent(tx, task.organisationId, 'listing.status_changed', data);
    }
  }
  if (observed.rating !== null || observed.reviewCount !== null) {
    await tx.$executeRaw`
      INSERT INTO listing_rating_snapshots (id, listing_item_id, recorded_at, rating, review_count, source)
      VALUES (gen_random_uuid(), ${saved!.id}::uuid, ${observed.observedAt}, ${observed.rating}, ${observed.reviewCount},
              ${task.source}::"VerificationSource")`;
  }
  return { suggestedStatus: decision.suggest };
}

function sameFields(a: readonly string[], b: readonly string[]) {
  return a.length === b.length && a.every((field) => b.includes(field));
}

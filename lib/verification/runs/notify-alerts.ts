import 'server-only';
import { membershipSeesLocationSql } from '@/lib/access/group-filter';
import type { Transaction } from '@/lib/db/prisma';
import { emitWebhookEvent } from '@/lib/webhooks/emit';
import type { ListingAlert } from './alert-rule';
import type { ClaimedTask } from './claim-tasks';

// A change between two observations notifies the location's assigned member and the managers
// (limited ones only for their groups' locations) and owners, in the app and (with SMTP configured) by mail. The subject key names the change, so it
// notifies each of them once, however often the job that found it runs.

/** Queues the mails of fresh notifications inside the transaction that inserted them. */
export type QueueNotificationMails = (tx: Transaction, notificationIds: string[]) => Promise<void>;

export async function notifyListingAlerts(
  tx: Transaction,
  task: ClaimedTask,
  alerts: readonly ListingAlert[],
  observedAt: Date,
  queueMails?: QueueNotificationMails,
) {
  const inserted: string[] = [];
  for (const alert of alerts) {
    const subjectKey = `${task.source}:${task.locationId}:${alert.kind}:${observedAt.toISOString()}`;
    const data = JSON.stringify({ alert, source: task.source, locationId: task.locationId });
    const rows = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO notifications (id, organisation_id, membership_id, kind, week_start, data, subject_key)
      SELECT gen_random_uuid(), m.organisation_id, m.id, 'LISTING_ALERT',
             date_trunc('week', ${observedAt}::timestamptz AT TIME ZONE o.time_zone)::date,
             ${data}::jsonb || jsonb_build_object('locationName', l.name), ${subjectKey}
      FROM locations l
      JOIN organisations o ON o.id = l.organisation_id
      JOIN memberships m ON m.organisation_id = l.organisation_id
      WHERE l.id = ${task.locationId}::uuid AND l.organisation_id = ${task.organisationId}::uuid
        AND (m.role IN ('OWNER', 'MANAGER') OR m.id = l.assigned_membership_id)
        -- A manager limited to location groups hears of their groups' locations only.
        AND ${membershipSeesLocationSql('m', 'l')}
      ON CONFLICT (membership_id, kind, week_start, subject_key) DO NOTHING
      RETURNING id`;
    inserted.push(...rows.map((row) => row.id));
    // Once per change, like the notifications: a job that runs again inserts none and sends none.
    if (rows.length > 0) {
      await emitWebhookEvent(tx, task.organisationId, 'listing.alert', {
        location: { id: task.locationId },
        source: task.source,
        alert,
        observedAt: observedAt.toISOString(),
      });
    }
  }
  if (inserted.length > 0 && queueMails) await queueMails(tx, inserted);
}

import 'server-only';
import type { Transaction } from '@/lib/db/prisma';
import { queueWebhookDisabledMails } from './switch-off-mail';

// An endpoint whose deliveries have failed for `afterMs` without one succeeding is switched off
// (its later deliveries end as failed without being sent), and the organisation's owners are
// told in their notifications and by mail (switch-off-mail.ts), once per switching off.

export async function switchOffFailingEndpoint(tx: Transaction, endpointId: string, afterMs: number) {
  const switchedOff = await tx.$queryRaw<
    { id: string; organisation_id: string; url: string; disabled_at: Date }[]
  >`
    UPDATE webhook_endpoints
    SET enabled = false, disabled_at = now(), disabled_reason = 'failing'
    WHERE id = ${endpointId}::uuid AND enabled
      AND failing_since <= now() - make_interval(secs => ${afterMs / 1000})
    RETURNING id, organisation_id, url, disabled_at`;
  const endpoint = switchedOff[0];
  if (!endpoint) return false;
  const data = JSON.stringify({ endpointId: endpoint.id, url: endpoint.url });
  const notices = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO notifications (id, organisation_id, membership_id, kind, week_start, data, subject_key)
    SELECT gen_random_uuid(), m.organisation_id, m.id, 'WEBHOOK_DISABLED',
           date_trunc('week', now() AT TIME ZONE o.time_zone)::date, ${data}::jsonb,
           ${`${endpoint.id}:${endpoint.disabled_at.toISOString()}`}
    FROM memberships m JOIN organisations o ON o.id = m.organisation_id
    WHERE m.organisation_id = ${endpoint.organisation_id}::uuid AND m.role = 'OWNER'
    ON CONFLICT (membership_id, kind, week_start, subject_key) DO NOTHING
    RETURNING id`;
  await queueWebhookDisabledMails(
    tx,
    notices.map((notice) => notice.id),
  );
  return true;
}
